package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * A sub-account or sub-account API key management request was refused.
 *
 * <p>Category {@link ErrorCategory#SUB_ACCOUNT}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#SUB_ACCOUNT_NOT_OPENED},
 * {@link SpotErrorCode#SUB_ACCOUNT_NOT_FOUND}, {@link SpotErrorCode#SUB_ACCOUNT_FORBIDDEN},
 * {@link SpotErrorCode#SUB_ACCOUNT_NAME_TAKEN}, {@link SpotErrorCode#SUB_ACCOUNT_NAME_REQUIRED},
 * {@link SpotErrorCode#SUB_ACCOUNT_NAME_INVALID}, {@link SpotErrorCode#SUB_ACCOUNT_NOTE_REQUIRED},
 * {@link SpotErrorCode#API_KEY_NOTE_REQUIRED}, {@link SpotErrorCode#API_KEY_PERMISSIONS_REQUIRED},
 * {@link SpotErrorCode#API_KEY_PERMISSION_UNKNOWN}, {@link SpotErrorCode#API_KEY_IP_LIST_INVALID},
 * {@link SpotErrorCode#API_KEY_IP_FORMAT_INVALID}, {@link SpotErrorCode#API_KEY_LIMIT_REACHED},
 * {@link SpotErrorCode#API_KEY_NOT_FOUND}, {@link SpotErrorCode#ACCESS_KEY_REQUIRED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class SubAccountException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  SubAccountException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
