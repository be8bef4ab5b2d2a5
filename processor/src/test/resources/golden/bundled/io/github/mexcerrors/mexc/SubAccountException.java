package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * A sub-account or sub-account API key management request was refused.
 *
 * <p>Category {@link ErrorCategory#SUB_ACCOUNT}; retry {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#SUB_ACCOUNT_NOT_OPENED}, {@link SpotErrorCode#SUB_ACCOUNT_NOT_FOUND}, {@link SpotErrorCode#SUB_ACCOUNT_FORBIDDEN}, {@link SpotErrorCode#SUB_ACCOUNT_NAME_TAKEN}, {@link SpotErrorCode#SUB_ACCOUNT_NAME_REQUIRED}, {@link SpotErrorCode#SUB_ACCOUNT_NAME_INVALID}, {@link SpotErrorCode#SUB_ACCOUNT_NOTE_REQUIRED}, {@link SpotErrorCode#API_KEY_NOTE_REQUIRED}, {@link SpotErrorCode#API_KEY_PERMISSIONS_REQUIRED}, {@link SpotErrorCode#API_KEY_PERMISSION_UNKNOWN}, {@link SpotErrorCode#API_KEY_IP_LIST_INVALID}, {@link SpotErrorCode#API_KEY_IP_FORMAT_INVALID}, {@link SpotErrorCode#API_KEY_LIMIT_REACHED}, {@link SpotErrorCode#API_KEY_NOT_FOUND}, {@link SpotErrorCode#ACCESS_KEY_REQUIRED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class SubAccountException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; {@link MexcErrors} calls this.
   *
   * @param api the API that answered
   * @param code the numeric code
   * @param rawCode the code as received
   * @param exchangeMessage the message as received
   * @param httpStatus the HTTP status, or {@link io.github.mexcerrors.MexcException#NO_HTTP_STATUS}
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  public SubAccountException(MexcApi api, int code, String rawCode, String exchangeMessage,
      int httpStatus, MexcErrorCode errorCode, MexcErrorCategory category,
      boolean writableStackTrace) {
    super(api, code, rawCode, exchangeMessage, httpStatus, errorCode, category, writableStackTrace);
  }
}
