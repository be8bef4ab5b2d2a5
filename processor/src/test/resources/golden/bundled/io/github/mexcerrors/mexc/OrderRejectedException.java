package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import javax.annotation.processing.Generated;

/**
 * The order's side, type, price, quantity or size limits are not acceptable for this symbol.
 *
 * <p>Category {@link ErrorCategory#ORDER_REJECTED}; retry
 * {@link io.github.mexcerrors.RetryPolicy#NEVER} unless a code says otherwise.
 *
 * <p>Spot codes: {@link SpotErrorCode#QUANTITY_BELOW_MINIMUM},
 * {@link SpotErrorCode#QUANTITY_ABOVE_MAXIMUM}, {@link SpotErrorCode#NO_VALID_TRADE_PRICE},
 * {@link SpotErrorCode#NO_OPPOSING_ORDER}, {@link SpotErrorCode#MAX_ORDER_LIMIT_EXCEEDED},
 * {@link SpotErrorCode#MAX_POSITION_EXCEEDED}, {@link SpotErrorCode#ORDER_TYPE_NOT_ALLOWED}.
 *
 * <p>Futures codes: {@link FuturesErrorCode#INVALID_ORDER_SIDE},
 * {@link FuturesErrorCode#INVALID_OPEN_TYPE}, {@link FuturesErrorCode#BUY_PRICE_TOO_HIGH},
 * {@link FuturesErrorCode#SELL_PRICE_TOO_LOW}, {@link FuturesErrorCode#INVALID_ORDER_PRICE},
 * {@link FuturesErrorCode#INVALID_ORDER_QUANTITY}, {@link FuturesErrorCode#CANCEL_LIMIT_EXCEEDED},
 * {@link FuturesErrorCode#BATCH_ORDER_LIMIT_EXCEEDED},
 * {@link FuturesErrorCode#PRICE_OR_QUANTITY_PRECISION_ERROR},
 * {@link FuturesErrorCode#TRIGGER_VOLUME_TOO_LARGE},
 * {@link FuturesErrorCode#MAX_POSITION_EXCEEDED},
 * {@link FuturesErrorCode#ORDER_QUANTITY_ABOVE_MAXIMUM},
 * {@link FuturesErrorCode#INVALID_ORDER_TYPE},
 * {@link FuturesErrorCode#PRICE_BELOW_LONG_LIQUIDATION_PRICE},
 * {@link FuturesErrorCode#PRICE_ABOVE_SHORT_LIQUIDATION_PRICE},
 * {@link FuturesErrorCode#UNSUPPORTED_MARKET_PRICE_TIER},
 * {@link FuturesErrorCode#ORDER_LIMIT_EXCEEDED},
 * {@link FuturesErrorCode#MAX_POSITION_QUANTITY_EXCEEDED},
 * {@link FuturesErrorCode#INVALID_TRIGGER_PRICE_TYPE},
 * {@link FuturesErrorCode#INVALID_TRIGGER_TYPE}, {@link FuturesErrorCode#INVALID_EXECUTION_CYCLE},
 * {@link FuturesErrorCode#INVALID_TRIGGER_PRICE}, {@link FuturesErrorCode#TP_SL_PRICE_REQUIRED},
 * {@link FuturesErrorCode#INVALID_TP_SL_PRICE},
 * {@link FuturesErrorCode#TP_SL_VOLUME_EXCEEDS_POSITION}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public class OrderRejectedException extends OrderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; only {@link MexcErrors} and subclasses call this.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry, or {@code null} for a code missing from the table
   * @param category the category
   * @param writableStackTrace whether to fill in the stack trace
   */
  OrderRejectedException(MexcErrorResponse response, MexcErrorCode errorCode,
      ErrorCategory category, boolean writableStackTrace) {
    super(response, errorCode, category, writableStackTrace);
  }
}
