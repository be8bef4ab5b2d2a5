package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The exchange failed internally or timed out, so the request may or may not have taken effect.
 *
 * <p>Category {@link ErrorCategory#UNKNOWN_OUTCOME}; retry
 * {@link io.github.mexcerrors.RetryPolicy#IF_IDEMPOTENT} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#INTERNAL_ERROR}, {@link SpotErrorCode#GATEWAY_TIMEOUT},
 * {@link SpotErrorCode#INTERNAL_SYSTEM_ERROR}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#INTERNAL_ERROR},
 * {@link FuturesErrorCode#GENERAL_ERROR}.
 *
 * <p>Also thrown for codes missing from the table that arrive with HTTP status 500 or 502 or 504.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class UnknownOutcomeException extends ServerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  UnknownOutcomeException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
