package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * A request parameter is missing, malformed or out of range.
 *
 * <p>Category {@link ErrorCategory#INVALID_PARAMETER}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#USER_ID_REQUIRED}, {@link SpotErrorCode#AMOUNT_REQUIRED},
 * {@link SpotErrorCode#AMOUNT_TOO_MANY_DECIMALS}, {@link SpotErrorCode#INVALID_AMOUNT},
 * {@link SpotErrorCode#AMOUNT_NOT_POSITIVE}, {@link SpotErrorCode#CURRENCY_REQUIRED},
 * {@link SpotErrorCode#REMARK_TOO_LONG}, {@link SpotErrorCode#SUBSYSTEM_NOT_SUPPORTED},
 * {@link SpotErrorCode#RECORD_NOT_FOUND}, {@link SpotErrorCode#PARAMETER_ERROR},
 * {@link SpotErrorCode#PARAMETER_REQUIRED}, {@link SpotErrorCode#ORDER_ID_REQUIRED},
 * {@link SpotErrorCode#ILLEGAL_CHARACTERS}, {@link SpotErrorCode#PAIR_OR_USER_INFO_NOT_FOUND},
 * {@link SpotErrorCode#INVALID_INPUT_PARAMETER}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#PARAMETER_ERROR},
 * {@link FuturesErrorCode#DATA_DECODING_ERROR}, {@link FuturesErrorCode#AMOUNT_ERROR},
 * {@link FuturesErrorCode#EXTERNAL_ORDER_ID_TOO_LONG},
 * {@link FuturesErrorCode#BATCH_QUERY_LIMIT_EXCEEDED}, {@link FuturesErrorCode#INVALID_TIME_RANGE},
 * {@link FuturesErrorCode#SYMBOL_AND_STATUS_REQUIRED}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class InvalidParameterException extends RequestException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  InvalidParameterException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
