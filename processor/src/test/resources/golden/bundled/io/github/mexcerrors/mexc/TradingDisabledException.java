package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * Trading, or this kind of order, is currently disabled for the symbol or contract.
 *
 * <p>Category {@link ErrorCategory#TRADING_DISABLED}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#SYMBOL_SUSPENDED},
 * {@link SpotErrorCode#ORDER_SIDE_NOT_ALLOWED}, {@link SpotErrorCode#TRADING_DISABLED},
 * {@link SpotErrorCode#MARKET_ORDER_DISABLED}, {@link SpotErrorCode#API_MARKET_ORDER_DISABLED},
 * {@link SpotErrorCode#BUYING_SUSPENDED_POSITION_LIMIT},
 * {@link SpotErrorCode#SELLING_SUSPENDED_RISK_CONTROL}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#CONTRACT_NOT_ACTIVATED},
 * {@link FuturesErrorCode#TRADING_FORBIDDEN}, {@link FuturesErrorCode#OPENING_FORBIDDEN},
 * {@link FuturesErrorCode#TRADING_PAIR_NOT_AVAILABLE}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class TradingDisabledException extends OrderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  TradingDisabledException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
