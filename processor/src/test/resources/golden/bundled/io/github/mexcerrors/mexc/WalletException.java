package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import javax.annotation.processing.Generated;

/**
 * A deposit, withdrawal or internal transfer request was refused or could not be completed.
 *
 * <p>Category {@link ErrorCategory#WALLET}; retry {@link io.github.mexcerrors.RetryPolicy#NEVER}
 * unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#CURRENCY_TRANSFER_NOT_SUPPORTED},
 * {@link SpotErrorCode#ACCOUNT_TRANSFER_NOT_SUPPORTED}, {@link SpotErrorCode#TRANSFER_PROCESSING},
 * {@link SpotErrorCode#TRANSFER_IN_FAILED}, {@link SpotErrorCode#TRANSFER_OUT_FAILED},
 * {@link SpotErrorCode#TRANSFER_DISABLED}, {@link SpotErrorCode#TRANSFER_FORBIDDEN},
 * {@link SpotErrorCode#WITHDRAWAL_ADDRESS_NOT_ALLOWED}, {@link SpotErrorCode#NO_ADDRESS_AVAILABLE},
 * {@link SpotErrorCode#ASSET_FLOW_WRITE_FAILED}, {@link SpotErrorCode#WITHDRAWAL_RISK_CONTROL}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class WalletException extends MexcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  WalletException(MexcErrorResponse response, MexcErrorCode errorCode, ErrorCategory category,
      boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
