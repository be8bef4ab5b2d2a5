package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The API key or account is authenticated but not allowed to perform this operation.
 *
 * <p>Category {@link ErrorCategory#PERMISSION}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#OPERATION_NOT_ALLOWED}, {@link SpotErrorCode#ACCESS_DENIED},
 * {@link SpotErrorCode#SYMBOL_NOT_PERMITTED}, {@link SpotErrorCode#ENDPOINT_PERMISSION_DENIED}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#ENDPOINT_INACCESSIBLE},
 * {@link FuturesErrorCode#ACCOUNT_READ_PERMISSION_REQUIRED},
 * {@link FuturesErrorCode#ACCOUNT_MODIFY_PERMISSION_REQUIRED},
 * {@link FuturesErrorCode#TRADE_READ_PERMISSION_REQUIRED},
 * {@link FuturesErrorCode#TRADE_MODIFY_PERMISSION_REQUIRED}.
 *
 * <p>Also thrown for codes missing from the table that arrive with HTTP status 403.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class PermissionException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  PermissionException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
