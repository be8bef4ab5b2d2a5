package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * The exchange failed to process the request for reasons on its side.
 *
 * <p>Category {@link ErrorCategory#SERVER}; retry {@link io.github.mexcerrors.RetryPolicy#NEVER}
 * unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#INTERMEDIATE_ACCOUNT_NOT_CONFIGURED},
 * {@link SpotErrorCode#REQUEST_FAILED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class ServerException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  ServerException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
