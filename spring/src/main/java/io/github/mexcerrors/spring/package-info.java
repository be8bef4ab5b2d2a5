/**
 * MEXC errors in Spring's {@code RestClient}: {@link io.github.mexcerrors.spring.MexcRestClient#configure} adds a
 * status handler for 4XX/5XX and an interceptor for errors inside HTTP 200, both throwing the table's typed
 * exception.
 */
package io.github.mexcerrors.spring;
