package io.github.mexcerrors.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mexcerrors.MexcApi;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every scenario against the stand-in and checks what the trace claims. */
class ScenarioTest {
  private static MexcStandIn standIn;
  private static ScenarioRunner runner;

  @BeforeAll
  static void start() throws IOException {
    standIn = MexcStandIn.start();
    runner = new ScenarioRunner(standIn);
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  private static ScenarioRunner.Result run(String name) {
    ScenarioRunner.Result result = runner.run(Scenarios.named(name).orElseThrow());
    assertNull(result.outcome().unexpected(), () -> "unexpected exception in " + name);
    return result;
  }

  static Stream<String> scenarioNames() {
    return Scenarios.all().stream().map(Scenario::name);
  }

  @ParameterizedTest
  @MethodSource("scenarioNames")
  void everyScenarioPassesItsOwnChecks(String name) {
    ScenarioRunner.Result result = run(name);
    assertEquals(List.of(), result.failedChecks(), () -> String.join("\n", result.outcome().trace().lines()));
    assertTrue(result.passed());
  }

  @Test
  void thereAreTwelveScenariosWithUniqueNames() {
    assertEquals(List.of("clock-skew", "bad-signature", "insufficient-balance", "unknown-symbol",
        "market-orders-disabled", "undocumented-code", "rate-limit", "service-unavailable", "gateway-timeout",
        "order-missed-after-create", "futures-error", "mixed-batch"), scenarioNames().toList());
  }

  @Test
  void clockSkewResyncsAgainstServerTimeAndTheRetrySucceeds() {
    Scenario.Outcome outcome = run("clock-skew").outcome();
    MexcException first = outcome.firstError().orElseThrow();
    assertEquals(ClockSkewException.class, first.getClass());
    assertEquals(700003, first.code());
    assertSame(SpotErrorCode.TIMESTAMP_OUTSIDE_RECV_WINDOW, first.errorCode().orElseThrow());
    assertEquals(List.of("resyncClock"), outcome.trace().handlers());
    assertSame(first, outcome.trace().handlerRuns().get(0).exception(), "the handler got the very exception");
    assertEquals(List.of("POST /api/v3/order", "GET /api/v3/time", "POST /api/v3/order"),
        outcome.stats().requests());
    assertTrue(Math.abs(outcome.clockOffsetMillis() - 30_000) < 2_000, "offset " + outcome.clockOffsetMillis());
    assertNull(outcome.thrown());
    JsonNode order = outcome.json().orElseThrow();
    assertEquals("BTCUSDT", order.path("symbol").asText());
    assertTrue(order.path("orderId").asText().startsWith("C02__"));
    assertEquals(1, outcome.stats().ordersPlaced());
    assertEquals(1, outcome.trace().errors().size(), "the retry did not fail");
  }

  @Test
  void badSignatureIsRejectedByTheStandInAndGoesToTheFallbackWithoutRetry() {
    Scenario.Outcome outcome = run("bad-signature").outcome();
    assertInstanceOf(InvalidSignatureException.class, outcome.thrown());
    assertEquals(700002, outcome.thrown().code());
    assertEquals(List.of("logUnhandled"), outcome.trace().handlers());
    assertTrue(outcome.trace().handlerRuns().get(0).detail().contains("hint: Check signature algorithm"));
    assertEquals(List.of("GET /api/v3/account"), outcome.stats().requests());
  }

  @Test
  void insufficientBalanceReportsAssetAndAmountAskedAndAvailable() {
    Scenario.Outcome outcome = run("insufficient-balance").outcome();
    assertEquals(InsufficientBalanceException.class, outcome.thrown().getClass());
    assertSame(SpotErrorCode.INSUFFICIENT_POSITION, outcome.thrown().errorCode().orElseThrow());
    assertEquals(List.of("reportInsufficientBalance"), outcome.trace().handlers());
    assertEquals("INSUFFICIENT_POSITION: order ex-funds-1 asked for 600 USDT, 100 USDT available; not retried",
        outcome.trace().handlerRuns().get(0).detail());
    assertEquals(1, outcome.stats().orderSubmissions());
    assertEquals(0, outcome.stats().ordersPlaced());
  }

  @Test
  void unknownSymbolWithStringCodeIsClassifiedAndLogged() {
    Scenario.Outcome outcome = run("unknown-symbol").outcome();
    assertEquals(InvalidSymbolException.class, outcome.thrown().getClass());
    assertEquals("30021", outcome.thrown().rawCode());
    assertSame(SpotErrorCode.UNKNOWN_SYMBOL, outcome.thrown().errorCode().orElseThrow());
    assertEquals(List.of("logUnhandled"), outcome.trace().handlers());
  }

  @Test
  void marketOrdersDisabledIsATradingDisabledError() {
    Scenario.Outcome outcome = run("market-orders-disabled").outcome();
    assertEquals(TradingDisabledException.class, outcome.thrown().getClass());
    assertSame(SpotErrorCode.API_MARKET_ORDER_DISABLED, outcome.thrown().errorCode().orElseThrow());
    assertEquals(List.of("logUnhandled"), outcome.trace().handlers());
  }

  @Test
  void undocumentedCodeReachesTheFallbackWithItsRawCode() {
    Scenario.Outcome outcome = run("undocumented-code").outcome();
    Trace.HandlerRun fallback = outcome.trace().handlerRuns().get(0);
    assertEquals("logUnhandled", fallback.handler());
    assertSame(outcome.thrown(), fallback.exception());
    assertEquals(RequestException.class, fallback.exception().getClass());
    assertEquals(30099, fallback.exception().code());
    assertEquals("30099", fallback.exception().rawCode());
    assertTrue(fallback.exception().errorCode().isEmpty());
    assertEquals("SPOT code 30099, hint: none: the code is not in the error table | raw message: "
        + "\"api market order is disabled\"", fallback.detail());
  }

  @Test
  void rateLimitHonoursRetryAfterCappedAndRetries() {
    Scenario.Outcome outcome = run("rate-limit").outcome();
    MexcException first = outcome.firstError().orElseThrow();
    assertEquals(RateLimitException.class, first.getClass());
    assertEquals("", first.rawCode());
    assertEquals(429, first.httpStatus().getAsInt());
    assertEquals("Too Many Requests", first.exchangeMessage());
    assertEquals(List.of("backOff"), outcome.trace().handlers());
    assertEquals("Retry-After 2 s, waited 50 ms (capped); retrying", outcome.trace().handlerRuns().get(0).detail());
    assertEquals(List.of("GET /api/v3/account", "GET /api/v3/account"), outcome.stats().requests());
    assertEquals(2, outcome.json().orElseThrow().path("balances").size());
  }

  @Test
  void serviceUnavailableQueriesTheOrderFirstAndResendsOnlyBecauseItDoesNotExist() {
    Scenario.Outcome outcome = run("service-unavailable").outcome();
    assertEquals(UnavailableException.class, outcome.firstError().orElseThrow().getClass());
    assertEquals(List.of("checkOrderBeforeResending"), outcome.trace().handlers());
    assertEquals(List.of("POST /api/v3/order", "GET /api/v3/order", "GET /api/v3/order", "POST /api/v3/order"),
        outcome.stats().requests());
    assertEquals(1, outcome.stats().ordersPlaced());
    assertNotNull(outcome.json().orElseThrow().get("orderId"));
  }

  @Test
  void anOrderMissedByTheFirstQueryRightAfterTheCreateIsQueriedAgainAndNotResent() {
    Scenario.Outcome outcome = run("order-missed-after-create").outcome();
    assertEquals(UnknownOutcomeException.class, outcome.firstError().orElseThrow().getClass());
    assertEquals(List.of("POST /api/v3/order", "GET /api/v3/order", "GET /api/v3/order"),
        outcome.stats().requests());
    assertEquals(1, outcome.stats().orderSubmissions(), "a -2013 right after the create is no proof of absence");
    assertEquals("ex-2013-1", outcome.json().orElseThrow().path("clientOrderId").asText());
    assertTrue(outcome.trace().handlerRuns().get(0).detail().contains("-2013 at query 1, waited"),
        outcome.trace().handlerRuns().get(0).detail());
  }

  @Test
  void gatewayTimeoutOrderIsQueriedAndNotResent() {
    Scenario.Outcome outcome = run("gateway-timeout").outcome();
    MexcException first = outcome.firstError().orElseThrow();
    assertEquals(UnknownOutcomeException.class, first.getClass());
    assertEquals(504, first.httpStatus().getAsInt());
    assertEquals(List.of("checkOrderBeforeResending"), outcome.trace().handlers());
    assertEquals(1, outcome.stats().orderSubmissions(), "the order was sent once, never re-sent");
    assertEquals(1, outcome.stats().orderQueries());
    assertEquals(List.of("POST /api/v3/order", "GET /api/v3/order"), outcome.stats().requests());
    JsonNode order = outcome.json().orElseThrow();
    assertEquals("ex-504-1", order.path("clientOrderId").asText());
    assertEquals("NEW", order.path("status").asText());
    assertNull(outcome.thrown());
  }

  @Test
  void futuresShapedErrorIsAFuturesRateLimitAndTheRetrySucceeds() {
    Scenario.Outcome outcome = run("futures-error").outcome();
    MexcException first = outcome.firstError().orElseThrow();
    assertEquals(RateLimitException.class, first.getClass());
    assertEquals(MexcApi.FUTURES, first.api());
    assertEquals("510", first.rawCode());
    assertSame(FuturesErrorCode.TOO_MANY_REQUESTS, first.errorCode().orElseThrow());
    assertEquals(200, first.httpStatus().getAsInt());
    assertEquals(List.of("backOff"), outcome.trace().handlers());
    assertTrue(outcome.json().orElseThrow().isArray());
    assertEquals(2, outcome.stats().count("GET /api/v1/private/position/open_positions"));
  }

  @Test
  void mixedBatchHandlesEachItem() {
    Scenario.Outcome outcome = run("mixed-batch").outcome();
    List<MexcSpotClient.BatchItem> items = outcome.batchItems();
    assertEquals(3, items.size());
    assertTrue(items.get(0).placed());
    assertEquals(InsufficientBalanceException.class, items.get(1).error().getClass());
    assertEquals(30004, items.get(1).error().code());
    assertEquals(OrderRejectedException.class, items.get(2).error().getClass());
    assertSame(SpotErrorCode.QUANTITY_BELOW_MINIMUM, items.get(2).error().errorCode().orElseThrow());
    assertEquals("The minimum transaction volume cannot be less than:5USDT", items.get(2).error().exchangeMessage());
    assertEquals(List.of("reportInsufficientBalance", "logUnhandled"), outcome.trace().handlers());
    assertSame(items.get(1).error(), outcome.trace().handlerRuns().get(0).exception());
    assertTrue(outcome.trace().handlerRuns().get(0).detail()
        .contains("order ex-batch-2 asked for 3000 USDT, 40 USDT available"));
    assertEquals(1, outcome.stats().ordersPlaced());
    assertNull(outcome.thrown());
  }

  @Test
  void aWrongExpectationMakesTheScenarioFail() {
    Scenario real = Scenarios.named("clock-skew").orElseThrow();
    Scenario wrong = new Scenario(real.name(), real.title(), real.secretKey(), real.setup(), real.action(),
        List.of(new Scenario.Check("handlers [backOff]", o -> o.trace().handlers().equals(List.of("backOff")))));
    ScenarioRunner.Result result = runner.run(wrong);
    assertFalse(result.passed());
    assertEquals(List.of("handlers [backOff]"), result.failedChecks());
  }

  @Test
  void runAllPrintsTracesAndTheSummaryLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<ScenarioRunner.Result> results = runner.runAll(
        List.of(Scenarios.named("gateway-timeout").orElseThrow(), Scenarios.named("rate-limit").orElseThrow()),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2, results.size());
    assertTrue(text.contains("[1/2] gateway-timeout:"), text);
    assertTrue(text.contains("error   SPOT (no code) (not in the table) -> UnknownOutcomeException, HTTP 504"), text);
    assertTrue(text.contains("handler checkOrderBeforeResending:"), text);
    assertTrue(text.contains("handler backOff: Retry-After 2 s"), text);
    assertTrue(text.strip().endsWith("2 scenarios: 2 passed, 0 failed"), text);
  }
}
