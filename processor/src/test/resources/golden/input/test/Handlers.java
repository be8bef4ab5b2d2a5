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
 * The handler class of the golden dispatcher (golden/bundled/test/HandlersDispatcher.java): exact codes of both
 * APIs, a table entry, a narrow and a wide exception, categories, a static method and a fallback.
 */
public class Handlers {
  @OnMexcError({10101, 30004})
  void insufficientBalance(InsufficientBalanceException e, SpotErrorCode constant) {}

  @OnMexcError(value = 510, api = MexcApi.FUTURES)
  void futuresRateLimit(FuturesErrorCode constant, String message) {}

  @OnMexcError(429)
  static void spotRateLimit(int code, MexcApi api) {}

  @OnMexcCategory("RATE_LIMIT")
  void rateLimited(RateLimitException e, MexcApi api) {}

  @OnMexcCategory({"UNAVAILABLE", "UNKNOWN_OUTCOME"})
  void serverTrouble(MexcException e) {}

  @OnMexcErrorFallback
  void fallback(MexcApi api, int code, String message) {}
}
