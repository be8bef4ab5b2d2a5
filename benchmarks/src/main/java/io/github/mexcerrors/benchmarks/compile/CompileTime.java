package io.github.mexcerrors.benchmarks.compile;

import io.github.mexcerrors.benchmarks.synthetic.InProcessJavac;
import io.github.mexcerrors.benchmarks.synthetic.SyntheticSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Clean compile time with the processor, against javac compiling the same handler sources plus the sources the
 * processor generated, without the processor ({@code -proc:none}). In-process javac (a warm JVM, as in a Gradle
 * daemon or an IDE), median of several runs after eight warm-up compiles of 1,000 codes and 100 classes.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.mexcerrors.benchmarks.compile.CompileTime [runs] [codes,...] [handlerClasses,...]}; defaults: 5 runs,
 * 100,1000,10000 codes, 10,100,1000 classes.
 */
public final class CompileTime {
  private CompileTime() {}

  /**
   * Runs the measurements and prints a Markdown table.
   *
   * @param arguments runs, code counts, class counts
   * @throws IOException if a temporary file fails
   */
  public static void main(String[] arguments) throws IOException {
    int runs = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 5;
    int[] codeCounts = ints(arguments.length > 1 ? arguments[1] : "100,1000,10000");
    int[] classCounts = ints(arguments.length > 2 ? arguments[2] : "10,100,1000");
    // Warm javac and the processor up until their code is compiled: small runs are dominated by JIT warm-up.
    for (int i = 0; i < 8; i++) {
      measure(1000, 100, 1);
    }
    System.out.println("| codes | handler classes | generated source (KB) | javac with processor (ms) |"
        + " javac without, same sources + generated (ms) | processor's share (ms) | share |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int codes : codeCounts) {
      for (int classes : classCounts) {
        long[] result = measure(codes, classes, runs);
        System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %,d | %.0f%% |%n", codes, classes,
            result[2] / 1024, result[0], result[1], result[0] - result[1],
            100.0 * (result[0] - result[1]) / result[0]);
      }
    }
  }

  /** Returns the median ms with and without the processor, and the generated source size in bytes. */
  private static long[] measure(int codes, int classes, int runs) throws IOException {
    Path directory = Files.createTempDirectory("mexc-compile");
    try {
      Path table = directory.resolve("error-codes.yaml");
      Files.writeString(table, SyntheticSources.table(codes), StandardCharsets.UTF_8);
      Map<String, String> handlers = new LinkedHashMap<>();
      for (int i = 0; i < classes; i++) {
        handlers.put(SyntheticSources.HANDLER_PACKAGE + ".Handler" + i, SyntheticSources.handler(i, codes));
      }
      List<Long> with = new ArrayList<>();
      List<Long> without = new ArrayList<>();
      Map<String, String> all = null;
      long generatedBytes = 0;
      for (int run = 0; run < runs; run++) {
        Path output = directory.resolve("with" + run);
        long start = System.nanoTime();
        InProcessJavac.compile(handlers, output, table, true);
        with.add((System.nanoTime() - start) / 1_000_000);
        if (all == null) {
          all = new LinkedHashMap<>(handlers);
          generatedBytes = readGenerated(output.resolve("generated"), all);
        }
        Path plain = directory.resolve("without" + run);
        start = System.nanoTime();
        InProcessJavac.compile(all, plain, null, false);
        without.add((System.nanoTime() - start) / 1_000_000);
        delete(output);
        delete(plain);
      }
      return new long[] {median(with), median(without), generatedBytes};
    } finally {
      delete(directory);
    }
  }

  private static long readGenerated(Path generated, Map<String, String> into) throws IOException {
    long bytes = 0;
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        String name = generated.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        into.put(name, text);
        bytes += text.length();
      }
    }
    return bytes;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static int[] ints(String list) {
    return java.util.Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
