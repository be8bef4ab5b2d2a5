package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The account or API key is restricted by MEXC's risk control or compliance rules.
 *
 * <p>Category {@link ErrorCategory#ACCOUNT_RESTRICTED}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#RISK_CONTROL_ABNORMAL},
 * {@link SpotErrorCode#ACCOUNT_ABNORMAL}, {@link SpotErrorCode#PAIR_API_TRADING_BANNED},
 * {@link SpotErrorCode#UNUSUAL_USER_STATUS}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class AccountRestrictedException extends AccountException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  AccountRestrictedException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
