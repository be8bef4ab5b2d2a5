package test;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.mexc.FuturesErrorCode;
import io.github.mexcerrors.mexc.InsufficientBalanceException;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import test.Decisions.Recovery;
import test.OrderHandlers.OrderCall;

/**
 * The handler class of the golden value-returning dispatcher with a context
 * (golden/bundled/test/OrderDecisionsDispatcher.java): the methods of {@link Decisions}, most of them also taking
 * the call that failed; two do not.
 */
public class OrderDecisions {
  @OnMexcError({10101, 30004})
  Recovery insufficientBalance(InsufficientBalanceException e, SpotErrorCode constant, OrderCall call) {
    return Recovery.GIVE_UP;
  }

  @OnMexcError(value = 510, api = MexcApi.FUTURES)
  Recovery futuresRateLimit(FuturesErrorCode constant, String message) {
    return Recovery.BACK_OFF;
  }

  @OnMexcError(429)
  static Recovery spotRateLimit(int code, OrderCall call, MexcApi api) {
    return Recovery.BACK_OFF;
  }

  @OnMexcCategory("RATE_LIMIT")
  Recovery rateLimited(RateLimitException e, MexcApi api, OrderCall call) {
    return call.attempt() < 3 ? Recovery.BACK_OFF : Recovery.GIVE_UP;
  }

  @OnMexcCategory({"UNAVAILABLE", "UNKNOWN_OUTCOME"})
  Recovery serverTrouble(MexcException e) {
    return Recovery.RETRY;
  }

  @OnMexcErrorFallback
  Recovery fallback(OrderCall call, MexcApi api, int code, String message) {
    return Recovery.GIVE_UP;
  }
}
