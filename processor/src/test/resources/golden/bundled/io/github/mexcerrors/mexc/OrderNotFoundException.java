package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The referenced order or position does not exist or is already closed.
 *
 * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#UNKNOWN_ORDER}, {@link SpotErrorCode#INVALID_ORDER_IDS}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#POSITION_NOT_FOUND},
 * {@link FuturesErrorCode#STOP_LIMIT_ORDER_NOT_FOUND}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class OrderNotFoundException extends OrderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  OrderNotFoundException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
