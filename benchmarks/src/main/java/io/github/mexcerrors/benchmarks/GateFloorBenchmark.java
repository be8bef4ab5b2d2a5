package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.fleet.PauseGate;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The floor of {@link GateBenchmark}: reading the API key header of the same headers, nothing else. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class GateFloorBenchmark {
  private final Function<String, String> headers;

  /** Creates the headers, as {@link GateBenchmark} does. */
  public GateFloorBenchmark() {
    Map<String, String> map = new HashMap<>();
    map.put(PauseGate.SPOT_KEY_HEADER, "benchmark-api-key");
    map.put("Content-Type", "application/json");
    headers = map::get;
  }

  /** Reads the key header. */
  @Benchmark
  public String keyHeaderOnly() {
    return headers.apply(PauseGate.SPOT_KEY_HEADER);
  }
}
