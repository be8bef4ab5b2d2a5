package io.github.mexcerrors.resilience4j;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcGate;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.wire.MexcFailures;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * A Resilience4j {@link RetryConfig} that follows the MEXC error table: each failure is retried, or not, by the
 * {@link RetryPolicy} of its {@link MexcException}.
 *
 * <ul>
 *   <li>{@link RetryPolicy#AFTER_BACKOFF} (rate limits, maintenance, unavailable): retried after an exponential
 *       back-off, never sooner than the answer's {@code Retry-After}; an answer that asks to wait longer than
 *       {@link Builder#maxRetryAfter(Duration)} (an IP ban of 418 lasts minutes to days) is not retried.
 *   <li>{@link RetryPolicy#AFTER_CLOCK_SYNC} (700003, futures 513, 10073): retried only when a re-sync is
 *       configured ({@link Builder#onClockSkew(Runnable)}); it runs once per clock error, before the next
 *       attempt, and only when there is a next attempt.
 *   <li>{@link RetryPolicy#IF_IDEMPOTENT} (5XX, the outcome is unknown: an order may have been placed): never
 *       re-sent unless the user's check says the order does not exist ({@link Builder#orderAbsent(Predicate)}),
 *       or, when enabled, the request was a {@code GET} ({@link Builder#retryReads(boolean)}). One query that
 *       misses the order is no such proof: MEXC answers {@code -2013} "Order does not exist." for orders it
 *       placed a moment before (ccxt issue 21614), so the check waits, queries by the client order id more than
 *       once, and says absent only when every query misses.
 *   <li>{@link RetryPolicy#NEVER}: not retried.
 *   <li>Any other exception: not retried unless {@link Builder#retryOtherExceptions(Predicate)} says so.
 * </ul>
 *
 * <p>A {@link MexcException} is also found as a cause or a suppressed exception of another (e.g. the
 * {@code IOException} of the OkHttp adapter, a {@code CompletionException}), as every adapter finds it:
 * {@link MexcFailures#find(Throwable)}.
 *
 * <pre>{@code
 * RetryConfig config = MexcRetry.configBuilder()
 *     .maxAttempts(4)
 *     .onClockSkew(clock::resync)
 *     // absent only if MEXC still has no such order after a wait: a miss right after the failure proves nothing
 *     .orderAbsent(e -> client.queryOrderAfter(Duration.ofSeconds(2), clientOrderId).isEmpty()
 *         && client.queryOrderAfter(Duration.ofSeconds(5), clientOrderId).isEmpty())
 *     .build();
 * Retry retry = Retry.of("mexc", config);
 * Order order = Retry.decorateSupplier(retry, () -> client.placeOrder(request)).get();
 * }</pre>
 *
 * <p>A fleet that shares pauses (the fleet module's {@code PauseGate}, given to the client adapter): while paused,
 * the adapter throws the gate's rate-limit exception without sending, with {@code retryAfter()} the time left, so
 * the retry waits that long (if it is at most {@link Builder#maxRetryAfter(Duration)}). With
 * {@link Builder#gate(MexcGate)} every wait before a retry also lasts at least the fleet's pause of the egress
 * learned meanwhile (a ban another process met while this one backs off from a 503).
 *
 * <p>The config is thread-safe as long as the callbacks given to the builder are.
 */
public final class MexcRetry {
  private MexcRetry() {}

  /**
   * Returns the config with every default: 3 attempts, back-off from 500 ms doubling up to 30 s, a
   * {@code Retry-After} of at most 60 s honoured, clock errors and outcome-unknown errors not retried.
   *
   * @return the config
   */
  public static RetryConfig config() {
    return configBuilder().build();
  }

  /**
   * Starts a config.
   *
   * @return a builder with every default
   */
  public static Builder configBuilder() {
    return new Builder();
  }

  /**
   * Finds the MEXC error in a failure, as every adapter does: {@link MexcFailures#find(Throwable)}.
   *
   * @param failure the failure; may be {@code null}
   * @return the nearest {@link MexcException} among the failure, its causes and suppressed exceptions, or empty
   */
  public static Optional<MexcException> findMexcException(Throwable failure) {
    return MexcFailures.find(failure);
  }

  /** Builds a MEXC {@link RetryConfig}. Not thread-safe; the config it builds is immutable. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(30);
    private double randomization;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Runnable clockResync;
    private Duration clockSyncWait = Duration.ZERO;
    private Predicate<? super MexcException> orderAbsent;
    private boolean retryReads;
    private Predicate<? super Throwable> otherExceptions = failure -> false;
    private MexcGate gate;

    private Builder() {}

    /**
     * Makes every wait before a retry last at least as long as the gate's pause for every request (the egress
     * IP's, e.g. a 418 another process of the fleet met).
     *
     * @param gate the gate the client adapters use; {@code null} for none (the default)
     * @return this builder
     */
    public Builder gate(MexcGate gate) {
      this.gate = gate;
      return this;
    }

    /**
     * Sets how many times the call is made at most, the first included.
     *
     * @param maxAttempts at least 1; 3 by default
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the exponential back-off: the n-th retry waits {@code initial * multiplier^(n-1)}, at most
     * {@code max}, and never less than the answer's {@code Retry-After}.
     *
     * @param initial the first wait, not negative; 500 ms by default
     * @param multiplier at least 1; 2 by default
     * @param max the longest wait the back-off computes, not less than {@code initial}; 30 s by default
     * @return this builder
     */
    public Builder backoff(Duration initial, double multiplier, Duration max) {
      Objects.requireNonNull(initial, "initial");
      Objects.requireNonNull(max, "max");
      if (initial.isNegative() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("need 0 <= initial <= max: " + initial + ", " + max);
      }
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
      }
      this.initialBackoff = initial;
      this.multiplier = multiplier;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Spreads the back-off waits at random by up to {@code factor} either way, so that clients that failed
     * together do not retry together. A {@code Retry-After} stays the least wait.
     *
     * @param factor from 0 (no randomization, the default) to 1
     * @return this builder
     */
    public Builder randomization(double factor) {
      if (!(factor >= 0.0 && factor <= 1.0)) {
        throw new IllegalArgumentException("randomization must be in [0, 1]: " + factor);
      }
      this.randomization = factor;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} that is waited for; an answer that asks for longer (an IP ban) is
     * not retried, and its exception reaches the caller at once.
     *
     * @param maxRetryAfter not negative; 60 s by default
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * Retries clock errors ({@link RetryPolicy#AFTER_CLOCK_SYNC}) after re-synchronising the local clock with
     * MEXC's, e.g. by reading {@code GET /api/v3/time} and storing the offset that signing uses. The re-sync
     * runs on the calling thread once per clock error that is followed by another attempt, before it. If it
     * throws, no further attempt is made and its exception propagates from the decorated call. Without a
     * re-sync, clock errors are not retried (the next request would carry the same stale time).
     *
     * @param resync the re-sync; {@code null} for none
     * @return this builder
     */
    public Builder onClockSkew(Runnable resync) {
      this.clockResync = resync;
      return this;
    }

    /**
     * Sets how long to wait between a clock re-sync and the next attempt.
     *
     * @param wait not negative; zero by default
     * @return this builder
     */
    public Builder clockSyncWait(Duration wait) {
      Objects.requireNonNull(wait, "wait");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("clockSyncWait must not be negative: " + wait);
      }
      this.clockSyncWait = wait;
      return this;
    }

    /**
     * Re-sends a request whose outcome is unknown ({@link RetryPolicy#IF_IDEMPOTENT}: a 5XX, an internal
     * error; an order may have been placed) only when this check says that it had no effect, e.g. that
     * queries of the order by its client order id find nothing. The check runs on the calling thread for each
     * such error (also after the last attempt); if it throws, its exception propagates from the decorated
     * call. Without it, such errors are never re-sent.
     *
     * <p>A query that misses an order placed a moment ago is no proof that it is absent: MEXC answers
     * {@code -2013} "Order does not exist." right after a successful create, "quite often and chaotically"
     * (ccxt issue 21614). A check that returns {@code true} on the first miss can place the order twice. Wait
     * (a few seconds), query by the client order id ({@code origClientOrderId} on spot, {@code externalOid} on
     * futures) again, and return {@code true} only when every query misses; return {@code false} when a query
     * fails otherwise (an unknown outcome of the query is no answer either).
     *
     * @param orderAbsent tells, from the error, that the request had no effect; {@code null} for none
     * @return this builder
     */
    public Builder orderAbsent(Predicate<? super MexcException> orderAbsent) {
      this.orderAbsent = orderAbsent;
      return this;
    }

    /**
     * Re-sends a request whose outcome is unknown when it was a {@code GET} (as the exception's response
     * tells; reads change nothing). Off by default: a response without the request's method is not a read.
     *
     * @param retryReads whether to retry outcome-unknown errors of {@code GET} requests
     * @return this builder
     */
    public Builder retryReads(boolean retryReads) {
      this.retryReads = retryReads;
      return this;
    }

    /**
     * Decides which failures that carry no {@link MexcException} are retried (with the back-off), e.g.
     * {@code e -> e instanceof java.net.ConnectException} (the request never left). By default none is.
     *
     * @param predicate tells whether to retry a failure without a MEXC error; not {@code null}
     * @return this builder
     */
    public Builder retryOtherExceptions(Predicate<? super Throwable> predicate) {
      this.otherExceptions = Objects.requireNonNull(predicate, "predicate");
      return this;
    }

    /**
     * Builds the config.
     *
     * @return the config
     */
    public RetryConfig build() {
      return toRetryConfigBuilder().build();
    }

    /**
     * Returns a Resilience4j builder with this configuration, to add settings of its own (e.g.
     * {@code retryOnResult}, {@code failAfterMaxAttempts}). Replacing its {@code retryOnException} or
     * interval function replaces MEXC's decisions.
     *
     * @param <T> the result type of the decorated calls
     * @return a new Resilience4j builder
     */
    public <T> RetryConfig.Builder<T> toRetryConfigBuilder() {
      Decisions decisions = new Decisions(this);
      IntervalBiFunction<T> interval = decisions::interval;
      return RetryConfig.<T>custom()
          .maxAttempts(maxAttempts)
          .retryOnException(decisions::shouldRetry)
          .intervalBiFunction(interval);
    }
  }

  /** The decisions of one config: immutable, shared by every call the config decorates. */
  private static final class Decisions {
    private final long initialMillis;
    private final double multiplier;
    private final long maxBackoffMillis;
    private final double randomization;
    private final Duration maxRetryAfter;
    private final Runnable clockResync;
    private final long clockSyncWaitMillis;
    private final Predicate<? super MexcException> orderAbsent;
    private final boolean retryReads;
    private final Predicate<? super Throwable> otherExceptions;
    private final MexcGate gate;

    Decisions(Builder builder) {
      this.initialMillis = builder.initialBackoff.toMillis();
      this.multiplier = builder.multiplier;
      this.maxBackoffMillis = builder.maxBackoff.toMillis();
      this.randomization = builder.randomization;
      this.maxRetryAfter = builder.maxRetryAfter;
      this.clockResync = builder.clockResync;
      this.clockSyncWaitMillis = builder.clockSyncWait.toMillis();
      this.orderAbsent = builder.orderAbsent;
      this.retryReads = builder.retryReads;
      this.otherExceptions = builder.otherExceptions;
      this.gate = builder.gate;
    }

    boolean shouldRetry(Throwable failure) {
      Optional<MexcException> found = findMexcException(failure);
      if (found.isEmpty()) {
        return otherExceptions.test(failure);
      }
      MexcException error = found.get();
      switch (error.retryPolicy()) {
        case AFTER_BACKOFF:
          return error.retryAfter().map(wait -> wait.compareTo(maxRetryAfter) <= 0).orElse(true);
        case AFTER_CLOCK_SYNC:
          return clockResync != null;
        case IF_IDEMPOTENT:
          if (retryReads && error.response().requestMethod().filter("GET"::equalsIgnoreCase).isPresent()) {
            return true;
          }
          return orderAbsent != null && orderAbsent.test(error);
        case NEVER:
        default:
          return false;
      }
    }

    /** Runs only when another attempt follows: Resilience4j asks for the wait just before it sleeps. */
    <T> Long interval(Integer attempt, Either<Throwable, T> outcome) {
      long wait = decide(attempt, outcome);
      if (gate != null) {
        wait = Math.max(wait, saturatedMillis(gate.pausedFor(null)));
      }
      return wait;
    }

    private <T> long decide(Integer attempt, Either<Throwable, T> outcome) {
      int failures = attempt == null ? 1 : Math.max(1, attempt);
      if (outcome != null && outcome.isLeft()) {
        Optional<MexcException> found = findMexcException(outcome.getLeft());
        if (found.isPresent()) {
          MexcException error = found.get();
          RetryPolicy policy = error.retryPolicy();
          if (policy == RetryPolicy.AFTER_CLOCK_SYNC && clockResync != null) {
            clockResync.run();
            return clockSyncWaitMillis;
          }
          long backoff = backoffMillis(failures);
          if (policy == RetryPolicy.AFTER_BACKOFF) {
            Optional<Duration> retryAfter = error.retryAfter();
            if (retryAfter.isPresent()) {
              return Math.max(backoff, saturatedMillis(retryAfter.get()));
            }
          }
          return backoff;
        }
      }
      return backoffMillis(failures);
    }

    private long backoffMillis(int failures) {
      double wait = initialMillis * Math.pow(multiplier, failures - 1);
      if (randomization > 0) {
        double delta = randomization * wait;
        wait = wait - delta + ThreadLocalRandom.current().nextDouble() * 2 * delta;
      }
      return (long) Math.min(wait, (double) maxBackoffMillis);
    }

    private static long saturatedMillis(Duration duration) {
      try {
        return duration.toMillis();
      } catch (ArithmeticException tooLong) {
        return Long.MAX_VALUE;
      }
    }
  }
}
