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
 * The handler class of the golden dispatcher with a context (golden/bundled/test/OrderHandlersDispatcher.java): the
 * methods of {@link Handlers}, most of them also taking the call that failed; two do not.
 */
public class OrderHandlers {
  /** The call that failed. */
  public record OrderCall(String clientOrderId, int attempt) {}

  @OnMexcError({10101, 30004})
  void insufficientBalance(InsufficientBalanceException e, SpotErrorCode constant, OrderCall call) {}

  @OnMexcError(value = 510, api = MexcApi.FUTURES)
  void futuresRateLimit(FuturesErrorCode constant, String message) {}

  @OnMexcError(429)
  static void spotRateLimit(int code, OrderCall call, MexcApi api) {}

  @OnMexcCategory("RATE_LIMIT")
  void rateLimited(RateLimitException e, MexcApi api, OrderCall call) {}

  @OnMexcCategory({"UNAVAILABLE", "UNKNOWN_OUTCOME"})
  void serverTrouble(MexcException e) {}

  @OnMexcErrorFallback
  void fallback(OrderCall call, MexcApi api, int code, String message) {}
}
