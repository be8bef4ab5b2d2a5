package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.benchmarks.synthetic.InProcessJavac;
import io.github.mexcerrors.benchmarks.synthetic.SyntheticSources;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spot dispatch on a table of 91 codes (the official one) against a synthetic table of 10,000 codes, whose
 * dispatcher and lookup the generator splits into chunk methods. Both handlers and their drivers are compiled with
 * the processor at setup, and called the same way; the input is half hot codes, 45% other codes, 5% unknown.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
@OperationsPerInvocation(ErrorStream.SIZE)
public class ScaleBenchmark {
  /** The table: {@code 91} is the official spot table, other values a synthetic one of that many codes. */
  @Param({"91", "10000"})
  public int codes;

  private Path directory;
  private URLClassLoader loader;
  private ToIntFunction<int[]> driver;
  private final int[] stream = new int[ErrorStream.SIZE];

  /** Creates the benchmark state. */
  public ScaleBenchmark() {}

  /**
   * Compiles the handler and its driver and builds the input.
   *
   * @throws Exception if the compilation fails
   */
  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void setUp() throws Exception {
    directory = Files.createTempDirectory("mexc-scale");
    Path table = null;
    int[] hot;
    String handler;
    if (codes == 91) {
      handler = "Handlers";
      hot = new int[] {700003, 700002, 30004, 10101, 30014, 429};
    } else {
      handler = "Handler0";
      table = directory.resolve("error-codes.yaml");
      Files.writeString(table, SyntheticSources.table(codes), StandardCharsets.UTF_8);
      hot = SyntheticSources.ownCodes(0, codes);
    }
    String source = codes == 91 ? SyntheticSources.officialHandler() : SyntheticSources.handler(0, codes);
    Path classes = directory.resolve("classes");
    InProcessJavac.compile(Map.of(SyntheticSources.HANDLER_PACKAGE + "." + handler, source,
        SyntheticSources.HANDLER_PACKAGE + ".Driver", SyntheticSources.driver(handler)), classes, table, true);
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ScaleBenchmark.class.getClassLoader());
    driver = (ToIntFunction<int[]>) loader.loadClass(SyntheticSources.HANDLER_PACKAGE + ".Driver")
        .getConstructor().newInstance();
    String enumName = codes == 91 ? "io.github.mexcerrors.mexc.SpotErrorCode"
        : SyntheticSources.TABLE_PACKAGE + ".SpotErrorCode";
    Class<?> spot = loader.loadClass(enumName);
    Object[] values = (Object[]) spot.getMethod("values").invoke(null);
    List<Integer> all = new ArrayList<>();
    for (Object value : values) {
      all.add((Integer) spot.getMethod("code").invoke(value));
    }
    SplittableRandom random = new SplittableRandom(20_260_101);
    for (int i = 0; i < stream.length; i++) {
      double draw = random.nextDouble();
      if (draw < 0.5) {
        stream[i] = hot[random.nextInt(hot.length)];
      } else if (draw < 0.95) {
        stream[i] = all.get(random.nextInt(all.size()));
      } else {
        stream[i] = 900_000_000 + random.nextInt(1_000_000);
      }
    }
  }

  /**
   * Deletes the compiled classes.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    loader.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /**
   * One spot dispatch through the generated dispatcher.
   *
   * @return what the handler computed
   */
  @Benchmark
  public int dispatch() {
    return driver.applyAsInt(stream);
  }
}
