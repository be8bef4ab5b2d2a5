package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.benchmarks.Interleaving.Rounds;
import io.github.mexcerrors.benchmarks.Interleaving.Variant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code dispatch} mode of {@link InterleavedRun}: {@code generated}, {@code generatedReturningValues},
 * {@code generatedWithContext} and {@code handWrittenSwitch} of {@link DispatchBenchmark}, on one state set up (and
 * checked) as JMH does, each call one pass over the {@link ErrorStream}, in slices of 20 ms of the thread's CPU
 * time. Prints each variant's median time per answer and its ratio to the hand-written switch: the median of the
 * ratios of each round (with the quartiles of those ratios) and the ratio of the total times.
 */
final class InterleavedDispatch {
  private static final String FLOOR = "handWrittenSwitch";

  private InterleavedDispatch() {}

  static void run(int rounds) throws Exception {
    DispatchBenchmark state = new DispatchBenchmark();
    state.setUp();
    Map<String, Variant> variants = new LinkedHashMap<>();
    variants.put("generated", blackhole -> blackhole.consume(state.generated()));
    variants.put("generatedReturningValues", blackhole -> blackhole.consume(state.generatedReturningValues()));
    variants.put("generatedWithContext", blackhole -> blackhole.consume(state.generatedWithContext()));
    variants.put(FLOOR, blackhole -> blackhole.consume(state.handWrittenSwitch()));
    Map<String, Rounds> samples =
        new Interleaving(Interleaving.threadCpuTime(), 20_000_000L, 16, ErrorStream.SIZE)
            .run(variants, rounds / 4, rounds);
    Rounds floor = samples.get(FLOOR);
    System.out.printf(Locale.ROOT, "%d rounds (after %d of warm-up) of 20 ms of CPU each; ratios to %s%n", rounds,
        rounds / 4, FLOOR);
    System.out.printf(Locale.ROOT, "%-26s %10s %13s %18s %13s%n", "variant", "ns/answer", "round median",
        "round p25 to p75", "total ratio");
    for (Map.Entry<String, Rounds> sample : samples.entrySet()) {
      Rounds rounded = sample.getValue();
      double[] ratios = rounded.ratiosTo(floor);
      System.out.printf(Locale.ROOT, "%-26s %10.3f %13.3f %8.3f to %5.3f %13.3f%n", sample.getKey(),
          rounded.median(), rounded.medianRatioTo(floor), Interleaving.quantile(ratios, 0.25),
          Interleaving.quantile(ratios, 0.75), rounded.total() / floor.total());
    }
  }
}
