package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The request rate limit was exceeded or the IP address is temporarily banned.
 *
 * <p>Category {@link ErrorCategory#RATE_LIMIT}; retry
 * {@link io.github.mexcerrors.RetryPolicy#AFTER_BACKOFF} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#TOO_MANY_REQUESTS}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#TOO_MANY_REQUESTS},
 * {@link FuturesErrorCode#FREQUENT_TRANSACTIONS}.
 *
 * <p>Also thrown for codes missing from the table that arrive with HTTP status 429 or 418.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class RateLimitException extends ServerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  RateLimitException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
