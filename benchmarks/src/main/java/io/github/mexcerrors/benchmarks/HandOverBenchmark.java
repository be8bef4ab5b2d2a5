package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.MexcApi;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispatch of a code (spot 30004) to a handler method that takes the exception: the dispatcher builds the exception
 * only to hand it to the method, so it should cost what {@code createWithoutStackTrace} costs, not a filled stack
 * trace ({@link FactoryBenchmark}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class HandOverBenchmark {
  private final ExceptionHandlers handlers = new ExceptionHandlers();
  private String message = "Oversold";

  /** Creates the benchmark state. */
  public HandOverBenchmark() {}

  /**
   * {@code ExceptionHandlersDispatcher.dispatch(handlers, MexcApi.SPOT, 30004, message)}.
   *
   * @return the handlers' sink
   */
  @Benchmark
  public int dispatchToAnExceptionParameter() {
    ExceptionHandlersDispatcher.dispatch(handlers, MexcApi.SPOT, 30004, message);
    return handlers.sink;
  }
}
