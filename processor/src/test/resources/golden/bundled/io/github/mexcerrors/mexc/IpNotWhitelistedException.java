package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.MexcErrorCode;
import javax.annotation.processing.Generated;

/**
 * The request comes from an IP address that is not bound to the API key.
 *
 * <p>Category {@link ErrorCategory#IP_NOT_WHITELISTED}; retry {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#IP_NOT_WHITELISTED}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#IP_NOT_WHITELISTED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class IpNotWhitelistedException extends PermissionException {
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
  public IpNotWhitelistedException(MexcApi api, int code, String rawCode, String exchangeMessage,
      int httpStatus, MexcErrorCode errorCode, MexcErrorCategory category,
      boolean writableStackTrace) {
    super(api, code, rawCode, exchangeMessage, httpStatus, errorCode, category, writableStackTrace);
  }
}
