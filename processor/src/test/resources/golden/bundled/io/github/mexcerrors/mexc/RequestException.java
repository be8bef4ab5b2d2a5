package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * The request is malformed or not supported and must be changed before it is sent again.
 *
 * <p>Category {@link ErrorCategory#REQUEST}; retry {@link io.github.mexcerrors.RetryPolicy#NEVER}
 * unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#API_KEY_REQUIRED},
 * {@link SpotErrorCode#INVALID_CONTENT_TYPE}, {@link SpotErrorCode#UNSUPPORTED_OPERATION}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#DUPLICATE_REQUEST}.
 *
 * <p>Also thrown for codes missing from the table that arrive with HTTP status 400.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class RequestException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  RequestException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
