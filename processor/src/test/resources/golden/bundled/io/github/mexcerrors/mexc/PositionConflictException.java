package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The request conflicts with the current futures position, leverage, margin mode or risk limit.
 *
 * <p>Category {@link ErrorCategory#POSITION_CONFLICT}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Futures codes: {@link FuturesErrorCode#RISK_LIMIT_LEVEL_ERROR},
 * {@link FuturesErrorCode#INVALID_LEVERAGE}, {@link FuturesErrorCode#OPEN_POSITION_EXISTS},
 * {@link FuturesErrorCode#LEVERAGE_MISMATCH}, {@link FuturesErrorCode#INVALID_POSITION_TYPE},
 * {@link FuturesErrorCode#POSITION_LEVERAGE_TOO_HIGH},
 * {@link FuturesErrorCode#ORDER_LEVERAGE_TOO_HIGH},
 * {@link FuturesErrorCode#CROSS_LEVERAGE_CHANGE_NOT_SUPPORTED},
 * {@link FuturesErrorCode#MARGIN_MODE_CONFLICT}, {@link FuturesErrorCode#RISK_LIMIT_EXCEEDED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class PositionConflictException extends OrderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  PositionConflictException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
