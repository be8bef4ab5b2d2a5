package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.fleet.InProcessPauseStore;
import io.github.mexcerrors.fleet.PauseGate;
import io.github.mexcerrors.fleet.RedisPauseStore;
import io.github.mexcerrors.mexc.MexcErrors;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the fleet's pause gate costs a request in steady state (open): {@code PauseGate.beforeSend} with a signed
 * request's headers (the egress scope, then the API key's), against reading the key header alone (what any
 * check must do: {@link GateFloorBenchmark}, one fork without this class's parameters). Stores: in-process, and Redis (a real redis-server on loopback, connected and subscribed: the
 * check reads only memory either way). History: {@code never} paused, or {@code expired} (both scopes were paused
 * and the pause ended: the check then reads the clock).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class GateBenchmark {
  /** The store behind the gate. */
  @Param({"in-process", "redis"})
  public String store;

  /** Whether the gate's scopes were ever paused. */
  @Param({"never", "expired"})
  public String history;

  private RedisProcess redis;
  private PauseGate gate;
  private Function<String, String> headers;

  /** Creates the benchmark state. */
  public GateBenchmark() {}

  /** Starts the store (and Redis) and checks that the gate is open and, for Redis, shared. */
  @Setup
  public void setUp() throws Exception {
    Map<String, String> map = new HashMap<>();
    map.put(PauseGate.SPOT_KEY_HEADER, "benchmark-api-key");
    map.put("Content-Type", "application/json");
    headers = map::get;
    PauseGate.Builder builder = PauseGate.builder(MexcErrors.factory());
    if (store.equals("redis")) {
      redis = RedisProcess.start();
      builder.store(RedisPauseStore.builder(redis.uri()).namespace("bench" + System.nanoTime()).build());
    } else {
      builder.store(new InProcessPauseStore());
    }
    gate = builder.build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (store.equals("redis") && !gate.store().isShared()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the Redis store did not connect");
      }
      Thread.sleep(10);
    }
    if (history.equals("expired")) {
      gate.pause(gate.egressScope(), Duration.ofMillis(1));
      gate.pause(PauseGate.keyScope("benchmark-api-key"), Duration.ofMillis(1));
      Thread.sleep(50);
    }
    gate.beforeSend(headers);
  }

  /** Stops the store and Redis. */
  @TearDown
  public void tearDown() {
    gate.close();
    if (redis != null) {
      redis.close();
    }
  }

  /** The gate's check of an open fleet. */
  @Benchmark
  public void beforeSend() {
    gate.beforeSend(headers);
  }
}
