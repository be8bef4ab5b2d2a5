package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.mexc.MexcErrors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building the most specific exception for an answer of the stream through the generated factory, with a filled
 * stack trace ({@code create}, what {@code throw} needs) and without ({@code createWithoutStackTrace}, for errors
 * handled as values). Time per exception; the stack is JMH's frames plus about four.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
@OperationsPerInvocation(ErrorStream.SIZE)
public class FactoryBenchmark {
  private final ErrorStream stream = new ErrorStream();

  /** Creates the benchmark state. */
  public FactoryBenchmark() {}

  /**
   * {@code MexcErrors.create(api, code, message, 400)}.
   *
   * @param blackhole takes every exception, so none is optimized away
   */
  @Benchmark
  public void withStackTrace(Blackhole blackhole) {
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      blackhole.consume(MexcErrors.create(stream.apis[i], stream.codes[i], stream.messages[i], 400));
    }
  }

  /**
   * {@code MexcErrors.createWithoutStackTrace(api, code, message, 400)}.
   *
   * @param blackhole takes every exception, so none is optimized away
   */
  @Benchmark
  public void withoutStackTrace(Blackhole blackhole) {
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      blackhole.consume(MexcErrors.createWithoutStackTrace(stream.apis[i], stream.codes[i], stream.messages[i], 400));
    }
  }
}
