package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The request comes from an IP address that is not bound to the API key.
 *
 * <p>Category {@link ErrorCategory#IP_NOT_WHITELISTED}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#IP_NOT_WHITELISTED}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#IP_NOT_WHITELISTED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class IpNotWhitelistedException extends PermissionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  IpNotWhitelistedException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
