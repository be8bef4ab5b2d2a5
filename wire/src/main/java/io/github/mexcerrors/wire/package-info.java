/**
 * Reading MEXC's HTTP answers: {@link io.github.mexcerrors.wire.MexcAnswerReader} turns (request, status,
 * headers, body) into a {@link io.github.mexcerrors.wire.MexcAnswer}, a success or the most specific exception of
 * the generated table, built on Jackson's streaming parser. Client adapters ({@code mexc-errors-httpclient},
 * OkHttp, Spring) build on it.
 */
package io.github.mexcerrors.wire;
