package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * The account cannot perform the operation in its current state.
 *
 * <p>Category {@link ErrorCategory#ACCOUNT}; retry {@link io.github.mexcerrors.RetryPolicy#NEVER}
 * unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#USER_NOT_FOUND}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#ACCOUNT_NOT_FOUND}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class AccountException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  AccountException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
