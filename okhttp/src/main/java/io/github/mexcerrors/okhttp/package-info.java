/**
 * MEXC errors in OkHttp (and Retrofit, which runs on it): {@link io.github.mexcerrors.okhttp.MexcInterceptor}
 * turns every error answer into the table's typed exception, carried by a
 * {@link io.github.mexcerrors.okhttp.MexcIOException}.
 */
package io.github.mexcerrors.okhttp;
