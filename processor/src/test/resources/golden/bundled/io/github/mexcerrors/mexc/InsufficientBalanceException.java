package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The account does not hold enough available funds, position or margin for the operation.
 *
 * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#INSUFFICIENT_BALANCE},
 * {@link SpotErrorCode#INSUFFICIENT_POSITION}, {@link SpotErrorCode#OVERSOLD}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#INSUFFICIENT_BALANCE},
 * {@link FuturesErrorCode#INSUFFICIENT_QUANTITY},
 * {@link FuturesErrorCode#MAX_AVAILABLE_MARGIN_EXCEEDED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class InsufficientBalanceException extends AccountException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  InsufficientBalanceException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
