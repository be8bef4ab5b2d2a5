package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * An order, or a change to an order or position, was refused by the trading system.
 *
 * <p>Category {@link ErrorCategory#ORDER}; retry {@link io.github.mexcerrors.RetryPolicy#NEVER}
 * unless a code says otherwise.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class OrderException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  OrderException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
