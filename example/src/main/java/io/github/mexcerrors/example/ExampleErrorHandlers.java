package io.github.mexcerrors.example;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.example.ErrorRecovery.Decision;
import io.github.mexcerrors.example.ErrorRecovery.Failure;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.InsufficientBalanceException;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.ServerException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The error handlers of the example client: each decides what the client does next and returns its
 * {@link Decision}. The processor checks every code and category named here against the error table at compile
 * time, checks that every handler returns a {@code Decision} and that there is a fallback, and generates
 * {@code ExampleErrorHandlersDispatcher}, whose {@code dispatch} returns the decision of the handler it ran: the
 * exact code first, then the nearest category, then the fallback.
 *
 * <ul>
 *   <li>700003, the clock is off: re-sync against {@code GET /api/v3/time}, then retry once;
 *   <li>10101/30004, not enough funds: report the asset and amount the order asked for, and what is available;
 *   <li>rate limits (spot 429, futures 510, any HTTP 429/418): wait, honouring {@code Retry-After}, then retry;
 *   <li>5XX on an order (unavailable, unknown outcome): never re-send blindly; query the order by its
 *       {@code origClientOrderId} first and re-send only if the exchange does not know it;
 *   <li>everything else: log code, hint and raw message, and give up.
 * </ul>
 *
 * <p>One handler object serves the whole client: the failure (the call that failed, its attempt, its order) is
 * each dispatch's context, which the dispatcher passes to the handler methods that take a {@link Failure}. So the
 * object holds no state of a failure, is shared by every failure and thread, and needs no {@code ThreadLocal}.
 * {@link #recovery} makes the {@link ErrorRecovery} that dispatches each failure to it. Handlers make their own
 * calls (clock, order query, balances) with a plain client, so that a failure there is reported rather than
 * handled again.
 */
public final class ExampleErrorHandlers {
  private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
  /** How long the order check waits after a query that misses the order, before asking again (capped). */
  private static final Duration ORDER_SETTLE = Duration.ofSeconds(2);
  /** How many times the order check queries an order before it believes that the order does not exist. */
  private static final int ORDER_QUERIES = 2;

  private final MexcSpotClient client;
  private final Trace trace;
  private final Duration maxBackoff;

  private ExampleErrorHandlers(MexcSpotClient client, Trace trace, Duration maxBackoff) {
    this.client = client;
    this.trace = trace;
    this.maxBackoff = maxBackoff;
  }

  /**
   * Returns the recovery of a client: for each failure, the decision of the handler the generated dispatcher
   * picks for its exception, given the failure as its context. One handler object serves every failure.
   *
   * @param client the plain client (without recovery) that handlers use for their own calls
   * @param trace where handlers report what they did
   * @param maxBackoff the longest a handler sleeps, whatever {@code Retry-After} says
   * @return the recovery
   */
  public static ErrorRecovery recovery(MexcSpotClient client, Trace trace, Duration maxBackoff) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    ExampleErrorHandlers handlers = new ExampleErrorHandlers(client, trace, maxBackoff);
    return failure -> ExampleErrorHandlersDispatcher.dispatch(handlers, failure.exception(), failure);
  }

  /**
   * 700003: our timestamp is outside the server's recvWindow. Measures the clock offset against the server and
   * retries once with it.
   *
   * @param e the exception
   * @param failure the call that failed
   * @return retry once, or give up when the retry was spent
   */
  @OnMexcError(700003)
  Decision resyncClock(ClockSkewException e, Failure failure) {
    long before = client.clockOffsetMillis();
    long offset = client.syncClock();
    Instant local = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String clocks = "local clock " + local + ", server clock " + local.plusMillis(offset)
        + " (offset " + signed(before) + " -> " + signed(offset) + " ms, recvWindow "
        + MexcSpotClient.RECV_WINDOW_MILLIS + " ms)";
    if (failure.retryAllowed()) {
      trace.handler("resyncClock", e, "re-synced with GET /api/v3/time: " + clocks + "; retrying once");
      return Decision.retry();
    }
    trace.handler("resyncClock", e, "re-synced again: " + clocks + "; the retry was spent, giving up");
    return Decision.giveUp();
  }

  /**
   * 10101/30004: not enough funds. Reports what the order asked for and what the account holds; never retries.
   *
   * @param e the exception
   * @param constant the table entry of the code
   * @param failure the call that failed
   * @return give up
   */
  @OnMexcError({10101, 30004})
  Decision reportInsufficientBalance(InsufficientBalanceException e, SpotErrorCode constant, Failure failure) {
    OrderRequest order = failure.request().order();
    if (order == null) {
      trace.handler("reportInsufficientBalance", e, constant.name() + ": not enough funds for "
          + failure.request().describe());
      return Decision.giveUp();
    }
    String asset = order.spentAsset();
    String available;
    try {
      available = available(client.account(), asset).toPlainString() + " " + asset + " available";
    } catch (MexcException | IllegalStateException balanceUnknown) {
      available = "available balance unknown (" + balanceUnknown.getMessage() + ")";
    }
    trace.handler("reportInsufficientBalance", e, constant.name() + ": order " + order.clientOrderId()
        + " asked for " + order.spentAmount().toPlainString() + " " + asset + ", " + available
        + "; not retried");
    return Decision.giveUp();
  }

  /**
   * Rate limits, in both APIs, and any HTTP 429/418: waits as long as {@code Retry-After} says (capped), then
   * retries.
   *
   * @param e the exception, with the {@code Retry-After} the answer carried, if any
   * @param failure the call that failed
   * @return retry after the wait, or give up
   */
  @OnMexcCategory("RATE_LIMIT")
  Decision backOff(RateLimitException e, Failure failure) {
    if (!failure.retryAllowed()) {
      trace.handler("backOff", e, "still rate-limited after the retry: giving up");
      return Decision.giveUp();
    }
    Duration asked = e.retryAfter().orElse(DEFAULT_BACKOFF);
    Duration sleep = asked.compareTo(maxBackoff) > 0 ? maxBackoff : asked;
    String why = e.retryAfter().map(d -> "Retry-After " + d.toSeconds() + " s")
        .orElse("no Retry-After, default " + DEFAULT_BACKOFF.toSeconds() + " s");
    try {
      Thread.sleep(sleep.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      trace.handler("backOff", e, "interrupted while waiting: giving up");
      return Decision.giveUp();
    }
    trace.handler("backOff", e, why + ", waited " + sleep.toMillis() + " ms"
        + (sleep.equals(asked) ? "" : " (capped)") + "; retrying");
    return Decision.retry();
  }

  /**
   * 5XX (unavailable, unknown outcome). A read is retried. An order may have been placed whatever the status
   * says, so it is never re-sent blindly: the handler queries it by its client id and uses the order found. One
   * answer "-2013 Order does not exist." is no proof: MEXC gives it for orders placed a moment before (ccxt
   * issue 21614), so the handler waits and queries by the client id once more, and re-sends only when that
   * query misses too.
   *
   * @param e the exception
   * @param failure the call that failed
   * @return retry a read; for an order, use the order found, re-send once, or give up
   */
  @OnMexcCategory({"UNAVAILABLE", "UNKNOWN_OUTCOME"})
  Decision checkOrderBeforeResending(ServerException e, Failure failure) {
    OrderRequest order = failure.request().order();
    if (!failure.request().submitsSomething() || order == null) {
      if (failure.retryAllowed()) {
        trace.handler("checkOrderBeforeResending", e, "a read is safe to repeat; retrying");
        return Decision.retry();
      }
      trace.handler("checkOrderBeforeResending", e, "still failing after the retry: giving up");
      return Decision.giveUp();
    }
    String query = "GET /api/v3/order origClientOrderId=" + order.clientOrderId();
    String missed = "";
    for (int attempt = 1; ; attempt++) {
      try {
        JsonNode found = client.queryOrder(order.symbol(), order.clientOrderId());
        trace.handler("checkOrderBeforeResending", e, "outcome unknown, " + query + ": " + missed + "order "
            + found.path("orderId").asText() + " exists (" + found.path("status").asText() + "); not re-sent");
        return Decision.useResult(found);
      } catch (MexcException queryFailed) {
        boolean absent = queryFailed.errorCode().filter(SpotErrorCode.ORDER_DOES_NOT_EXIST::equals).isPresent();
        if (absent && attempt < ORDER_QUERIES) {
          // A miss right after the order was sent proves nothing: wait, then ask again.
          Duration wait = ORDER_SETTLE.compareTo(maxBackoff) > 0 ? maxBackoff : ORDER_SETTLE;
          if (!sleep(wait)) {
            trace.handler("checkOrderBeforeResending", e, "interrupted while waiting: giving up");
            return Decision.giveUp();
          }
          missed += "-2013 at query " + attempt + ", waited " + wait.toMillis() + " ms; ";
          continue;
        }
        if (absent && failure.retryAllowed()) {
          trace.handler("checkOrderBeforeResending", e, "outcome unknown, " + query + ": " + missed
              + "-2013 again: the exchange does not know the order; re-sending once");
          return Decision.retry();
        }
        trace.handler("checkOrderBeforeResending", e, "outcome unknown, " + query + ": " + missed + "failed ("
            + queryFailed.rawCode() + " " + queryFailed.exchangeMessage() + "); not re-sending");
        return Decision.giveUp();
      }
    }
  }

  private static boolean sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Everything no other handler claims, including codes missing from the table: logs and gives up.
   *
   * @param api the code space
   * @param e the exception, whose raw code and message are kept as received
   * @return give up
   */
  @OnMexcErrorFallback
  Decision logUnhandled(MexcApi api, MexcException e) {
    String hint = e.hint().orElse("none: the code is not in the error table");
    trace.handler("logUnhandled", e, api + " code " + (e.rawCode().isEmpty() ? "(none)" : e.rawCode())
        + ", hint: " + hint + " | raw message: \"" + e.exchangeMessage() + "\"");
    return Decision.giveUp();
  }

  private static BigDecimal available(JsonNode account, String asset) {
    for (JsonNode balance : account.path("balances")) {
      if (balance.path("asset").asText().equals(asset)) {
        return new BigDecimal(balance.path("free").asText("0")).stripTrailingZeros();
      }
    }
    return BigDecimal.ZERO;
  }

  private static String signed(long millis) {
    return (millis >= 0 ? "+" : "") + millis;
  }
}
