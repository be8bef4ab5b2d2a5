package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.benchmarks.Interleaving.Rounds;
import io.github.mexcerrors.benchmarks.Interleaving.Variant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code reader} mode of {@link InterleavedRun}: the variants of {@link AnswerReadingBenchmark} in slices of
 * 20 ms of the thread's CPU time; each variant's median time per body, its ratio to the library and
 * {@code readTree}'s ratio to it.
 */
final class InterleavedReader {
  private InterleavedReader() {}

  static void run(int rounds) throws Exception {
    AnswerReadingBenchmark state = new AnswerReadingBenchmark();
    state.check();
    Map<String, Variant> variants = new LinkedHashMap<>();
    variants.put("library", state::library);
    variants.put("libraryWithException", state::libraryWithException);
    variants.put("readTree", state::readTree);
    variants.put("readTreeToResponse", state::readTreeToResponse);
    variants.put("bareStreamingLoop", state::bareStreamingLoop);
    variants.put("jacksonParserFloor", state::jacksonParserFloor);
    Map<String, Rounds> samples =
        new Interleaving(Interleaving.threadCpuTime(), 20_000_000L, 64, AnswerReadingBenchmark.BODIES)
            .run(variants, rounds / 4, rounds);
    double library = samples.get("library").median();
    double readTree = samples.get("readTree").median();
    System.out.printf(Locale.ROOT, "%-22s %12s %10s %12s%n", "variant", "ns/body", "vs library", "readTree/x");
    for (Map.Entry<String, Rounds> sample : samples.entrySet()) {
      double median = sample.getValue().median();
      System.out.printf(Locale.ROOT, "%-22s %12.1f %10.2f %12.2f%n", sample.getKey(), median, median / library,
          readTree / median);
    }
  }
}
