package io.github.mexcerrors.example;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.FuturesErrorCode;
import io.github.mexcerrors.mexc.InsufficientBalanceException;
import io.github.mexcerrors.mexc.InvalidSignatureException;
import io.github.mexcerrors.mexc.InvalidSymbolException;
import io.github.mexcerrors.mexc.OrderRejectedException;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.RequestException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import io.github.mexcerrors.mexc.TradingDisabledException;
import io.github.mexcerrors.mexc.UnavailableException;
import io.github.mexcerrors.mexc.UnknownOutcomeException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenarios the example runs against the stand-in: one per kind of MEXC error a client meets.
 */
public final class Scenarios {
  private static final String ORDER = "/api/v3/order";

  private Scenarios() {}

  /**
   * Returns every scenario, in the order they run.
   *
   * @return the scenarios
   */
  public static List<Scenario> all() {
    return List.of(
        clockSkew(), badSignature(), insufficientBalance(), unknownSymbol(), marketOrdersDisabled(),
        undocumentedCode(), rateLimit(), serviceUnavailable(), gatewayTimeout(), orderMissedRightAfterCreate(),
        futuresError(), mixedBatch());
  }

  /**
   * Finds a scenario by name.
   *
   * @param name e.g. {@code clock-skew}
   * @return the scenario, or empty
   */
  public static Optional<Scenario> named(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  static Scenario clockSkew() {
    return new Scenario("clock-skew", "the exchange's clock is 30 s ahead of ours", MexcStandIn.SECRET_KEY,
        standIn -> standIn.clockAhead(Duration.ofSeconds(30)),
        client -> client.placeOrder(OrderRequest.limit("BTCUSDT", "BUY", "0.001", "60000", "ex-clock-1")),
        List.of(
            firstError(ClockSkewException.class, "700003", SpotErrorCode.TIMESTAMP_OUTSIDE_RECV_WINDOW),
            handlers("resyncClock"),
            new Scenario.Check("clock offset re-synced to about +30 s",
                o -> Math.abs(o.clockOffsetMillis() - 30_000) < 2_000),
            new Scenario.Check("the retry placed the order",
                o -> o.json().map(j -> j.has("orderId")).orElse(false) && o.stats().ordersPlaced() == 1),
            submissions(2), new Scenario.Check("server time read once",
                o -> o.stats().count("GET /api/v3/time") == 1)));
  }

  static Scenario badSignature() {
    return new Scenario("bad-signature", "the client signs with the wrong secret key",
        "not-the-secret-of-this-key", standIn -> { },
        MexcSpotClient::account,
        List.of(
            firstError(InvalidSignatureException.class, "700002", SpotErrorCode.INVALID_SIGNATURE),
            handlers("logUnhandled"), failedWith(InvalidSignatureException.class),
            new Scenario.Check("not retried", o -> o.stats().count("GET /api/v3/account") == 1)));
  }

  static Scenario insufficientBalance() {
    return new Scenario("insufficient-balance", "buy 0.01 BTC at 60000 with 100 USDT in the account",
        MexcStandIn.SECRET_KEY, standIn -> { },
        client -> client.placeOrder(OrderRequest.limit("BTCUSDT", "BUY", "0.01", "60000", "ex-funds-1")),
        List.of(
            firstError(InsufficientBalanceException.class, "30004", SpotErrorCode.INSUFFICIENT_POSITION),
            handlers("reportInsufficientBalance"),
            new Scenario.Check("report names 600 USDT asked and 100 USDT available",
                o -> o.trace().handlerRuns().get(0).detail().contains("asked for 600 USDT, 100 USDT available")),
            failedWith(InsufficientBalanceException.class), submissions(1)));
  }

  static Scenario unknownSymbol() {
    return new Scenario("unknown-symbol", "order on a symbol MEXC does not list (code sent as a JSON string)",
        MexcStandIn.SECRET_KEY, standIn -> { },
        client -> client.placeOrder(OrderRequest.limit("NOPEUSDT", "BUY", "10", "1", "ex-symbol-1")),
        List.of(
            firstError(InvalidSymbolException.class, "30021", SpotErrorCode.UNKNOWN_SYMBOL),
            handlers("logUnhandled"), failedWith(InvalidSymbolException.class), submissions(1)));
  }

  static Scenario marketOrdersDisabled() {
    return new Scenario("market-orders-disabled", "API market order on MXUSDT, which accepts none",
        MexcStandIn.SECRET_KEY, standIn -> { },
        client -> client.placeOrder(OrderRequest.marketBuy("MXUSDT", "10", "ex-market-1")),
        List.of(
            firstError(TradingDisabledException.class, "30019", SpotErrorCode.API_MARKET_ORDER_DISABLED),
            handlers("logUnhandled"), failedWith(TradingDisabledException.class), submissions(1)));
  }

  static Scenario undocumentedCode() {
    return new Scenario("undocumented-code", "MEXC answers 30099, a code in no official table",
        MexcStandIn.SECRET_KEY,
        standIn -> standIn.failNext("POST", ORDER,
            MexcStandIn.Fault.json(400, "{\"code\":30099,\"msg\":\"api market order is disabled\"}")),
        client -> client.placeOrder(OrderRequest.marketBuy("BTCUSDT", "10", "ex-undocumented-1")),
        List.of(
            firstError(RequestException.class, "30099", null),
            handlers("logUnhandled"),
            new Scenario.Check("fallback got raw code 30099, no table entry",
                o -> o.trace().handlerRuns().get(0).exception().code() == 30099
                    && o.trace().handlerRuns().get(0).exception().errorCode().isEmpty()
                    && o.trace().handlerRuns().get(0).detail().contains("not in the error table")),
            failedWith(RequestException.class), submissions(1)));
  }

  static Scenario rateLimit() {
    return new Scenario("rate-limit", "HTTP 429 with Retry-After and a plain-text body on an account read",
        MexcStandIn.SECRET_KEY,
        standIn -> standIn.failNext("GET", "/api/v3/account",
            MexcStandIn.Fault.text(429, "text/plain", "Too Many Requests").withHeader("Retry-After", "2")),
        MexcSpotClient::account,
        List.of(
            firstError(RateLimitException.class, "", null),
            handlers("backOff"),
            new Scenario.Check("honoured Retry-After 2 s, capped",
                o -> o.trace().handlerRuns().get(0).detail().startsWith("Retry-After 2 s, waited 50 ms (capped)")),
            new Scenario.Check("the retry read the account",
                o -> o.json().map(j -> j.has("balances")).orElse(false)
                    && o.stats().count("GET /api/v3/account") == 2)));
  }

  static Scenario serviceUnavailable() {
    return new Scenario("service-unavailable", "order answered 503: the exchange did not take it",
        MexcStandIn.SECRET_KEY,
        standIn -> standIn.failNext("POST", ORDER,
            MexcStandIn.Fault.json(503, "{\"code\":503,\"msg\":\"service not available, please try again\"}")),
        client -> client.placeOrder(OrderRequest.limit("BTCUSDT", "BUY", "0.001", "60000", "ex-503-1")),
        List.of(
            firstError(UnavailableException.class, "503", SpotErrorCode.SERVICE_NOT_AVAILABLE),
            handlers("checkOrderBeforeResending"),
            new Scenario.Check("queried twice, a wait apart, before re-sending", o -> o.stats().orderQueries() == 2),
            new Scenario.Check("re-sent once and placed once",
                o -> o.stats().orderSubmissions() == 2 && o.stats().ordersPlaced() == 1
                    && o.json().map(j -> j.has("orderId")).orElse(false))));
  }

  static Scenario gatewayTimeout() {
    return new Scenario("gateway-timeout", "order placed, but the gateway answered 504 with an HTML page",
        MexcStandIn.SECRET_KEY,
        standIn -> standIn.failNext("POST", ORDER, MexcStandIn.Fault.text(504, "text/html",
            "<html><head><title>504 Gateway Time-out</title></head><body>504 Gateway Time-out</body></html>")
            .afterProcessing()),
        client -> client.placeOrder(OrderRequest.limit("BTCUSDT", "BUY", "0.001", "60000", "ex-504-1")),
        List.of(
            firstError(UnknownOutcomeException.class, "", null),
            handlers("checkOrderBeforeResending"),
            new Scenario.Check("queried, not re-sent",
                o -> o.stats().orderQueries() == 1 && o.stats().orderSubmissions() == 1),
            new Scenario.Check("result is the order found, NEW",
                o -> o.json().map(j -> j.path("clientOrderId").asText().equals("ex-504-1")
                    && j.path("status").asText().equals("NEW")).orElse(false))));
  }

  static Scenario orderMissedRightAfterCreate() {
    return new Scenario("order-missed-after-create", "order placed, gateway 504, and the first query answers -2013",
        MexcStandIn.SECRET_KEY,
        standIn -> {
          standIn.failNext("POST", ORDER, MexcStandIn.Fault.text(504, "text/html",
              "<html><head><title>504 Gateway Time-out</title></head><body>504 Gateway Time-out</body></html>")
              .afterProcessing());
          standIn.failNext("GET", ORDER,
              MexcStandIn.Fault.json(400, "{\"code\":-2013,\"msg\":\"Order does not exist.\"}"));
        },
        client -> client.placeOrder(OrderRequest.limit("BTCUSDT", "BUY", "0.001", "60000", "ex-2013-1")),
        List.of(
            firstError(UnknownOutcomeException.class, "", null),
            handlers("checkOrderBeforeResending"),
            new Scenario.Check("queried again after the miss, not re-sent",
                o -> o.stats().orderQueries() == 2 && o.stats().orderSubmissions() == 1
                    && o.stats().ordersPlaced() == 1),
            new Scenario.Check("result is the order found",
                o -> o.json().map(j -> j.path("clientOrderId").asText().equals("ex-2013-1")).orElse(false))));
  }

  static Scenario futuresError() {
    return new Scenario("futures-error", "futures answer HTTP 200 success:false, code \"510\" as a string",
        MexcStandIn.SECRET_KEY,
        standIn -> standIn.failNext("GET", "/api/v1/private/position/open_positions", MexcStandIn.Fault.json(200,
            "{\"success\":false,\"code\":\"510\",\"message\":\"Excessive frequency of requests\"}")),
        MexcSpotClient::futuresOpenPositions,
        List.of(
            firstError(RateLimitException.class, "510", FuturesErrorCode.TOO_MANY_REQUESTS),
            new Scenario.Check("in the futures code space",
                o -> o.firstError().map(e -> e.api() == MexcApi.FUTURES).orElse(false)),
            handlers("backOff"),
            new Scenario.Check("the retry answered success:true, code 0, an empty list",
                o -> o.json().map(j -> j.isArray() && j.isEmpty()).orElse(false))));
  }

  static Scenario mixedBatch() {
    return new Scenario("mixed-batch", "batch of 3 orders: one placed, one without funds, one too small",
        MexcStandIn.SECRET_KEY, standIn -> { },
        client -> client.placeBatchOrders(List.of(
            OrderRequest.limit("BTCUSDT", "BUY", "0.001", "60000", "ex-batch-1"),
            OrderRequest.limit("ETHUSDT", "BUY", "1", "3000", "ex-batch-2"),
            OrderRequest.limit("BTCUSDT", "BUY", "0.00001", "60000", "ex-batch-3"))),
        List.of(
            new Scenario.Check("items: placed, InsufficientBalanceException 30004, OrderRejectedException 30002",
                o -> o.batchItems().size() == 3 && o.batchItems().get(0).placed()
                    && o.batchItems().get(1).error() instanceof InsufficientBalanceException
                    && o.batchItems().get(1).error().code() == 30004
                    && o.batchItems().get(2).error() instanceof OrderRejectedException
                    && o.batchItems().get(2).error().errorCode().orElse(null)
                        == SpotErrorCode.QUANTITY_BELOW_MINIMUM),
            handlers("reportInsufficientBalance", "logUnhandled"),
            new Scenario.Check("report names 3000 USDT asked and 40 USDT available",
                o -> o.trace().handlerRuns().get(0).detail().contains("asked for 3000 USDT, 40 USDT available")),
            new Scenario.Check("one order placed", o -> o.stats().ordersPlaced() == 1)));
  }

  private static Scenario.Check firstError(
      Class<? extends MexcException> type, String rawCode, MexcErrorCode constant) {
    String name = constant == null ? "(not in the table)" : Trace.constantName(constant);
    return new Scenario.Check("error " + (rawCode.isEmpty() ? "(no code)" : rawCode) + " " + name + " -> "
        + type.getSimpleName(),
        o -> o.firstError().map(e -> e.getClass() == type && e.rawCode().equals(rawCode)
            && Objects.equals(e.errorCode().orElse(null), constant)).orElse(false));
  }

  private static Scenario.Check handlers(String... names) {
    List<String> expected = List.of(names);
    return new Scenario.Check("handlers " + expected, o -> o.trace().handlers().equals(expected));
  }

  private static Scenario.Check failedWith(Class<? extends MexcException> type) {
    return new Scenario.Check("caller gets " + type.getSimpleName(),
        o -> o.thrown() != null && o.thrown().getClass() == type);
  }

  private static Scenario.Check submissions(int count) {
    return new Scenario.Check(count + " order submission(s)", o -> o.stats().orderSubmissions() == count);
  }
}
