package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The request signature does not match the request and the secret key.
 *
 * <p>Category {@link ErrorCategory#INVALID_SIGNATURE}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#SIGNATURE_VERIFICATION_FAILED},
 * {@link SpotErrorCode#INVALID_SIGNATURE}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#SIGNATURE_VERIFICATION_FAILED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class InvalidSignatureException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  InvalidSignatureException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
