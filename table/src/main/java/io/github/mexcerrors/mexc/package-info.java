/**
 * The MEXC error table bundled with mexc-errors, compiled: {@code SpotErrorCode} and {@code FuturesErrorCode}
 * (every code of MEXC's spot v3 and futures v1 tables, and the codes MEXC is seen sending), {@code ErrorCategory},
 * one exception per category ({@code ClockSkewException extends AuthenticationException extends MexcException},
 * ...) and {@code MexcErrors}, the factory the HTTP client adapters take.
 *
 * <p>Every type here is generated at this artifact's build, by the mexc-errors processor, from the repository's
 * {@code error-codes.yaml} (a copy is in this jar as {@code io/github/mexcerrors/mexc/error-codes.yaml}, the
 * reference as {@code META-INF/mexc-errors/error-reference.md}). {@code MexcErrors} records the table's
 * fingerprint: a module whose processor finds these types on its class path reuses them, and generates only its
 * dispatchers, when its table is the same.
 */
@MexcErrorTypes
package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorTypes;
