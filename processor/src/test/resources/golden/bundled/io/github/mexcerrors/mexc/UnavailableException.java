package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The service is busy, overloaded or under maintenance and did not process the request.
 *
 * <p>Category {@link ErrorCategory#UNAVAILABLE}; retry
 * {@link io.github.mexcerrors.RetryPolicy#AFTER_BACKOFF} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#SERVICE_NOT_AVAILABLE}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#SYSTEM_BUSY}.
 *
 * <p>Also thrown for codes missing from the table that arrive with HTTP status 503.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class UnavailableException extends ServerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  UnavailableException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
