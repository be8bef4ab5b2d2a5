/**
 * Retries of MEXC calls with Resilience4j, decided by the error table's retry policies: {@link
 * io.github.mexcerrors.resilience4j.MexcRetry}.
 */
package io.github.mexcerrors.resilience4j;
