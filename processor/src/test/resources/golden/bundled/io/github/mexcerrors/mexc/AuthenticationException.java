package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * The request could not be authenticated with the given API key, signature or timestamp.
 *
 * <p>Category {@link ErrorCategory#AUTHENTICATION}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#NO_AUTHORITY}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#UNAUTHORIZED},
 * {@link FuturesErrorCode#UNKNOWN_REQUEST_SOURCE}.
 *
 * <p>Also thrown for codes missing from the table that arrive with HTTP status 401.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class AuthenticationException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  AuthenticationException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
