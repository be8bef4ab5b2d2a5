package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The request timestamp is too far from the exchange's clock to be accepted.
 *
 * <p>Category {@link ErrorCategory#CLOCK_SKEW}; retry
 * {@link io.github.mexcerrors.RetryPolicy#AFTER_CLOCK_SYNC} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#INVALID_REQUEST_TIME},
 * {@link SpotErrorCode#TIMESTAMP_OUTSIDE_RECV_WINDOW}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#REQUEST_TIME_OUT_OF_RANGE}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class ClockSkewException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  ClockSkewException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
