package io.github.mexcerrors.resilience4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Real Resilience4j retries ({@code Retry.decorateSupplier}) of calls that fail with exceptions the generated
 * {@code MexcErrors} factory makes from MEXC answers. The waits the config asks for are recorded and not slept.
 */
class MexcRetryTest {
  private static final MexcExceptionFactory FACTORY = MexcErrors.factory();

  private final List<Long> waits = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  /** Fails with the given exceptions in turn, then answers "ok"; records each attempt in {@link #events}. */
  private Supplier<String> failing(RuntimeException... failures) {
    AtomicInteger attempts = new AtomicInteger();
    return () -> {
      int attempt = attempts.incrementAndGet();
      events.add("attempt " + attempt);
      if (attempt <= failures.length) {
        throw failures[attempt - 1];
      }
      return "ok";
    };
  }

  /** The config with its waits recorded in {@link #waits} instead of slept. */
  private RetryConfig recording(RetryConfig config) {
    IntervalBiFunction<Object> interval = config.getIntervalBiFunction();
    return RetryConfig.<Object>from(config)
        .intervalBiFunction((attempt, outcome) -> {
          waits.add(interval.apply(attempt, outcome));
          return 0L;
        })
        .build();
  }

  private String run(RetryConfig config, Supplier<String> call) {
    return Retry.decorateSupplier(Retry.of("mexc", recording(config)), call).get();
  }

  private static MexcException spot(int code, int httpStatus) {
    return FACTORY.create(MexcErrorResponse.builder(MexcApi.SPOT).code(code).httpStatus(httpStatus).build());
  }

  private static MexcException futures(int code) {
    return FACTORY.create(MexcErrorResponse.builder(MexcApi.FUTURES).code(code).httpStatus(200).build());
  }

  private static MexcException tooManyRequests(Duration retryAfter) {
    return FACTORY.create(MexcErrorResponse.builder(MexcApi.SPOT).httpStatus(429).retryAfter(retryAfter)
        .request("GET", "/api/v3/account").build());
  }

  private static MexcException internalError(String method) {
    return FACTORY.create(MexcErrorResponse.builder(MexcApi.SPOT).code(500).httpStatus(500)
        .request(method, "/api/v3/order").build());
  }

  private static MexcRetry.Builder fastBackoff() {
    return MexcRetry.configBuilder().backoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(350));
  }

  @Test
  void theExceptionsUnderTestCarryTheTablesPolicies() {
    assertEquals(RetryPolicy.AFTER_BACKOFF, tooManyRequests(Duration.ofSeconds(1)).retryPolicy());
    assertInstanceOf(RateLimitException.class, tooManyRequests(Duration.ofSeconds(1)));
    assertEquals(RetryPolicy.AFTER_BACKOFF, futures(510).retryPolicy());
    assertInstanceOf(ClockSkewException.class, spot(700003, 400));
    assertEquals(RetryPolicy.AFTER_CLOCK_SYNC, futures(513).retryPolicy());
    assertEquals(RetryPolicy.IF_IDEMPOTENT, internalError("POST").retryPolicy());
    assertEquals(RetryPolicy.NEVER, spot(700005, 400).retryPolicy());
  }

  @Test
  void backOffCodesWaitExponentiallyUpToTheMaximum() {
    RetryConfig config = fastBackoff().maxAttempts(5).build();
    String result = run(config, failing(futures(510), futures(510), futures(510), futures(510)));
    assertEquals("ok", result);
    assertEquals(List.of(100L, 200L, 350L, 350L), waits);
    assertEquals(5, events.size());
  }

  @Test
  void retryAfterIsTheLeastWait() {
    RetryConfig config = fastBackoff().maxAttempts(4).build();
    run(config, failing(tooManyRequests(Duration.ofSeconds(2)), futures(510),
        tooManyRequests(Duration.ofMillis(50))));
    // Retry-After 2 s beats the back-off (100 ms); then the back-off alone; then the back-off beats 50 ms.
    assertEquals(List.of(2000L, 200L, 350L), waits);
  }

  @Test
  void aRetryAfterLongerThanTheMaximumIsNotWaitedFor() {
    MexcException banned = tooManyRequests(Duration.ofMinutes(2));
    RetryConfig config = fastBackoff().maxRetryAfter(Duration.ofSeconds(60)).build();
    MexcException thrown = assertThrows(MexcException.class, () -> run(config, failing(banned)));
    assertSame(banned, thrown);
    assertEquals(List.of("attempt 1"), events);
    assertEquals(List.of(), waits);
  }

  @Test
  void anAttemptLimitEndsBackOffRetries() {
    RetryConfig config = fastBackoff().maxAttempts(3).build();
    MexcException last = futures(510);
    MexcException thrown = assertThrows(MexcException.class,
        () -> run(config, failing(futures(510), futures(510), last, futures(510))));
    assertSame(last, thrown);
    assertEquals(3, events.size());
    assertEquals(List.of(100L, 200L), waits);
  }

  @Test
  void clockErrorsAreRetriedAfterTheResyncWhichRunsBeforeTheNextAttempt() {
    AtomicInteger resyncs = new AtomicInteger();
    RetryConfig config = fastBackoff().maxAttempts(4).onClockSkew(() -> {
      resyncs.incrementAndGet();
      events.add("resync");
    }).build();
    String result = run(config, failing(spot(700003, 400), futures(513)));
    assertEquals("ok", result);
    assertEquals(2, resyncs.get());
    assertEquals(List.of("attempt 1", "resync", "attempt 2", "resync", "attempt 3"), events);
    assertEquals(List.of(0L, 0L), waits);
  }

  @Test
  void theResyncDoesNotRunWhenNoAttemptFollows() {
    AtomicInteger resyncs = new AtomicInteger();
    RetryConfig config = fastBackoff().maxAttempts(2).onClockSkew(resyncs::incrementAndGet).build();
    assertThrows(ClockSkewException.class,
        () -> run(config, failing(spot(700003, 400), spot(700003, 400), spot(700003, 400))));
    assertEquals(2, events.size());
    assertEquals(1, resyncs.get());
  }

  @Test
  void clockErrorsAreNotRetriedWithoutAResync() {
    assertThrows(ClockSkewException.class, () -> run(MexcRetry.config(), failing(spot(700003, 400))));
    assertEquals(List.of("attempt 1"), events);
  }

  @Test
  void aFailingResyncEndsTheRetriesWithItsOwnException() {
    IllegalStateException timeDown = new IllegalStateException("GET /api/v3/time failed");
    RetryConfig config = fastBackoff().onClockSkew(() -> {
      throw timeDown;
    }).build();
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> run(config, failing(spot(700003, 400))));
    assertSame(timeDown, thrown);
    assertEquals(List.of("attempt 1"), events);
  }

  @Test
  void outcomeUnknownErrorsAreNeverResentByDefault() {
    RetryConfig config = fastBackoff().maxAttempts(5).build();
    MexcException unknown = internalError("POST");
    assertSame(unknown, assertThrows(MexcException.class, () -> run(config, failing(unknown))));
    assertEquals(List.of("attempt 1"), events);
  }

  @Test
  void outcomeUnknownErrorsAreResentOnlyWhenTheOrderIsAbsent() {
    List<MexcException> checked = new ArrayList<>();
    MexcException placed = internalError("POST");
    RetryConfig present = fastBackoff().maxAttempts(5).orderAbsent(e -> {
      checked.add(e);
      return false;
    }).build();
    assertSame(placed, assertThrows(MexcException.class, () -> run(present, failing(placed))));
    assertEquals(List.of(placed), checked);
    assertEquals(List.of("attempt 1"), events);

    events.clear();
    RetryConfig absent = fastBackoff().maxAttempts(5).orderAbsent(e -> true).build();
    assertEquals("ok", run(absent, failing(internalError("POST"))));
    assertEquals(List.of("attempt 1", "attempt 2"), events);
    assertEquals(List.of(100L), waits);
  }

  @Test
  void readsWithUnknownOutcomeAreRetriedWhenEnabled() {
    RetryConfig reads = fastBackoff().retryReads(true).build();
    assertEquals("ok", run(reads, failing(internalError("GET"))));
    assertEquals(2, events.size());

    events.clear();
    assertThrows(MexcException.class, () -> run(reads, failing(internalError("POST"))));
    assertEquals(1, events.size());

    events.clear();
    MexcException noRequest = spot(500, 500);
    assertThrows(MexcException.class, () -> run(reads, failing(noRequest)));
    assertEquals(1, events.size());
  }

  @Test
  void neverCodesAreNotRetried() {
    RetryConfig config = fastBackoff().maxAttempts(5).onClockSkew(() -> { }).orderAbsent(e -> true).build();
    for (MexcException error : List.of(spot(700005, 400), spot(10101, 400), futures(602),
        spot(123456789, 400))) {
      events.clear();
      assertSame(error, assertThrows(MexcException.class, () -> run(config, failing(error))));
      assertEquals(List.of("attempt 1"), events, error.getMessage());
    }
  }

  @Test
  void otherExceptionsAreNotRetriedUnlessConfigured() {
    UncheckedIOException refused = new UncheckedIOException(new ConnectException("refused"));
    assertSame(refused, assertThrows(UncheckedIOException.class,
        () -> run(fastBackoff().build(), failing(refused))));
    assertEquals(1, events.size());

    events.clear();
    RetryConfig config = fastBackoff()
        .retryOtherExceptions(e -> e.getCause() instanceof ConnectException).build();
    assertEquals("ok", run(config, failing(refused)));
    assertEquals(2, events.size());
    assertEquals(List.of(100L), waits);
  }

  @Test
  void aMexcExceptionIsFoundAsTheCauseOfAnotherException() throws Throwable {
    AtomicInteger attempts = new AtomicInteger();
    Retry retry = Retry.of("mexc", recording(fastBackoff().build()));
    String result = Retry.decorateCheckedSupplier(retry, () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IOException("MEXC answered an error", tooManyRequests(Duration.ofSeconds(1)));
      }
      return "ok";
    }).get();
    assertEquals("ok", result);
    assertEquals(List.of(1000L), waits);
  }

  @Test
  void theBuiltConfigRetriesForRealWithShortWaits() {
    RetryConfig config = MexcRetry.configBuilder().maxAttempts(3)
        .backoff(Duration.ofMillis(1), 2.0, Duration.ofMillis(2)).build();
    Retry retry = Retry.of("mexc", config);
    assertEquals("ok", Retry.decorateSupplier(retry, failing(futures(510), futures(510))).get());
    assertEquals(3, events.size());
    assertEquals(1, retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt());
  }

  @Test
  void randomizationSpreadsTheBackOffButNotBelowRetryAfter() {
    RetryConfig config = MexcRetry.configBuilder().maxAttempts(50)
        .backoff(Duration.ofMillis(1000), 1.0, Duration.ofMillis(1000)).randomization(0.5).build();
    RuntimeException[] failures = new RuntimeException[49];
    for (int i = 0; i < failures.length; i++) {
      failures[i] = i % 2 == 0 ? futures(510) : tooManyRequests(Duration.ofMillis(1400));
    }
    run(config, failing(failures));
    for (int i = 0; i < waits.size(); i++) {
      long wait = waits.get(i);
      assertTrue(wait >= (i % 2 == 0 ? 500 : 1400) && wait <= 1500, "wait " + i + ": " + wait);
    }
    assertTrue(waits.stream().distinct().count() > 5, "spread: " + waits);
  }

  @Test
  void theBuilderRejectsNonsense() {
    MexcRetry.Builder builder = MexcRetry.configBuilder();
    assertThrows(IllegalArgumentException.class, () -> builder.maxAttempts(0));
    assertThrows(IllegalArgumentException.class,
        () -> builder.backoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> builder.backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> builder.backoff(Duration.ofSeconds(1), Double.NaN, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> builder.randomization(1.5));
    assertThrows(IllegalArgumentException.class, () -> builder.maxRetryAfter(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.clockSyncWait(Duration.ofSeconds(-1)));
  }
}
