package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One lookup of a spot code (the spot answers of the stream; futures answers are looked up as spot codes too, so
 * some miss, like the unknown ones): the generated {@code SpotErrorCode.of(int)}, {@code forCode(int)} and
 * {@code of(String)} against a hand-written {@code switch} (the floor), a {@code HashMap} and a linear scan of
 * {@code values()}. Time per lookup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
@OperationsPerInvocation(ErrorStream.SIZE)
public class LookupBenchmark {
  private final ErrorStream stream = new ErrorStream();
  private final Map<Integer, SpotErrorCode> byInt = new HashMap<>();
  private final Map<String, SpotErrorCode> byText = new HashMap<>();
  private final SpotErrorCode[] values = SpotErrorCode.values();

  /** Creates the benchmark state. */
  public LookupBenchmark() {}

  /** Fills the maps. */
  @Setup
  public void setUp() {
    for (SpotErrorCode code : values) {
      byInt.put(code.code(), code);
      byText.put(Integer.toString(code.code()), code);
    }
    if (generatedInt() != hashMapInt() || generatedInt() != scanInt() || generatedText() != hashMapText()
        || generatedInt() != handWrittenSwitchInt() || generatedInt() != generatedForCode()) {
      throw new IllegalStateException("variants disagree");
    }
  }

  private static int sum(int sum, SpotErrorCode code) {
    return 31 * sum + (code == null ? -1 : code.ordinal());
  }

  /**
   * {@code SpotErrorCode.of(int)}.
   *
   * @return the ordinals found
   */
  @Benchmark
  public int generatedInt() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      sum = sum(sum, SpotErrorCode.of(stream.codes[i]).orElse(null));
    }
    return sum;
  }

  /**
   * {@code SpotErrorCode.forCode(int)}: the same lookup without the {@code Optional}.
   *
   * @return the ordinals found
   */
  @Benchmark
  public int generatedForCode() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      sum = sum(sum, SpotErrorCode.forCode(stream.codes[i]));
    }
    return sum;
  }

  /**
   * The floor: {@link HandWrittenLookup}, a {@code switch} written by hand.
   *
   * @return the ordinals found
   */
  @Benchmark
  public int handWrittenSwitchInt() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      sum = sum(sum, HandWrittenLookup.spot(stream.codes[i]));
    }
    return sum;
  }

  /**
   * {@code HashMap<Integer, SpotErrorCode>.get}.
   *
   * @return the ordinals found
   */
  @Benchmark
  public int hashMapInt() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      sum = sum(sum, byInt.get(stream.codes[i]));
    }
    return sum;
  }

  /**
   * A linear scan of the (cached) {@code values()} array.
   *
   * @return the ordinals found
   */
  @Benchmark
  public int scanInt() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      int code = stream.codes[i];
      SpotErrorCode found = null;
      for (SpotErrorCode candidate : values) {
        if (candidate.code() == code) {
          found = candidate;
          break;
        }
      }
      sum = sum(sum, found);
    }
    return sum;
  }

  /**
   * {@code SpotErrorCode.of(String)} on the code as sent in JSON text.
   *
   * @return the ordinals found
   */
  @Benchmark
  public int generatedText() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      sum = sum(sum, SpotErrorCode.of(stream.texts[i]).orElse(null));
    }
    return sum;
  }

  /**
   * {@code HashMap<String, SpotErrorCode>.get} on the text.
   *
   * @return the ordinals found
   */
  @Benchmark
  public int hashMapText() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      sum = sum(sum, byText.get(stream.texts[i]));
    }
    return sum;
  }

  /**
   * The generated factory's lookup across both APIs, {@code MexcErrors.lookup(api, code)}.
   *
   * @return the codes found
   */
  @Benchmark
  public int generatedBothApis() {
    int sum = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      MexcErrorCode found = MexcErrors.lookup(stream.apis[i], stream.codes[i]).orElse(null);
      sum = 31 * sum + (found == null ? -1 : found.code());
    }
    return sum;
  }
}
