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

/**
 * The handler class of the golden value-returning dispatcher (golden/bundled/test/DecisionsDispatcher.java): the
 * methods of {@link Handlers}, each returning what the caller does next.
 */
public class Decisions {
  /** What the caller does next. */
  public enum Recovery {
    RETRY, RESYNC, BACK_OFF, GIVE_UP
  }

  @OnMexcError({10101, 30004})
  Recovery insufficientBalance(InsufficientBalanceException e, SpotErrorCode constant) {
    return Recovery.GIVE_UP;
  }

  @OnMexcError(value = 510, api = MexcApi.FUTURES)
  Recovery futuresRateLimit(FuturesErrorCode constant, String message) {
    return Recovery.BACK_OFF;
  }

  @OnMexcError(429)
  static Recovery spotRateLimit(int code, MexcApi api) {
    return Recovery.BACK_OFF;
  }

  @OnMexcCategory("RATE_LIMIT")
  Recovery rateLimited(RateLimitException e, MexcApi api) {
    return Recovery.BACK_OFF;
  }

  @OnMexcCategory({"UNAVAILABLE", "UNKNOWN_OUTCOME"})
  Recovery serverTrouble(MexcException e) {
    return Recovery.RETRY;
  }

  @OnMexcErrorFallback
  Recovery fallback(MexcApi api, int code, String message) {
    return Recovery.GIVE_UP;
  }
}
