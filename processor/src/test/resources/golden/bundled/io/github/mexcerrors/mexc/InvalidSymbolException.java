package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The symbol, contract or currency is unknown to the exchange or not supported by this endpoint.
 *
 * <p>Category {@link ErrorCategory#INVALID_SYMBOL}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#BAD_SYMBOL}, {@link SpotErrorCode#CURRENCY_NOT_FOUND},
 * {@link SpotErrorCode#INVALID_SYMBOL}, {@link SpotErrorCode#UNKNOWN_SYMBOL}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#CONTRACT_NOT_FOUND},
 * {@link FuturesErrorCode#UNSUPPORTED_CURRENCY}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class InvalidSymbolException extends RequestException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  InvalidSymbolException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
