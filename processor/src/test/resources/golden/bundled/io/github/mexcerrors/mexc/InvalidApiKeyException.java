package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The API key is missing, malformed, unknown or expired.
 *
 * <p>Category {@link ErrorCategory#INVALID_API_KEY}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#INVALID_ACCESS_KEY},
 * {@link SpotErrorCode#API_KEY_FORMAT_INVALID}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#API_KEY_EXPIRED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class InvalidApiKeyException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  InvalidApiKeyException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
