package io.github.mexcerrors.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ratios on a busy machine: runs the variants of one benchmark in one JVM, interleaved in short slices of CPU time
 * ({@link Interleaving}: round after round each variant runs one slice in turn, the order rotating every round, the
 * first rounds warming up), and prints medians and ratios. Time the thread spends descheduled by other processes is
 * not counted, and what load remains (caches, frequency) hits every variant alike, so the ratios hold where JMH's
 * sequential wall-clock runs drift apart. No allocation figures: use JMH's {@code -prof gc} for those.
 *
 * <ul>
 *   <li>{@code reader} (the default): {@link AnswerReadingBenchmark}, see {@link InterleavedReader};
 *   <li>{@code dispatch}: the generated dispatchers against the hand-written switch of {@link DispatchBenchmark},
 *       see {@link InterleavedDispatch};
 *   <li>{@code adapter}: the adapter benchmarks, see {@link InterleavedAdapters};
 *   <li>{@code inmemory}: each adapter's own cost without a socket, see {@link InterleavedInMemory}.
 * </ul>
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.mexcerrors.benchmarks.InterleavedRun \
 *     [reader] [rounds]
 * java -cp benchmarks/target/benchmarks.jar io.github.mexcerrors.benchmarks.InterleavedRun dispatch [rounds]
 * java -cp benchmarks/target/benchmarks.jar io.github.mexcerrors.benchmarks.InterleavedRun adapter [rounds] \
 *     [clients]
 * java -cp benchmarks/target/benchmarks.jar io.github.mexcerrors.benchmarks.InterleavedRun inmemory [rounds]}</pre>
 *
 * {@code rounds}: default 200 ({@code adapter}: 30). {@code clients}: a comma-separated subset of
 * {@code httpClient,okHttp,spring} (default all).
 */
public final class InterleavedRun {
  private InterleavedRun() {}

  /**
   * Runs the comparison.
   *
   * @param args the mode ({@code reader}, {@code dispatch}, {@code adapter} or {@code inmemory}; default
   *     {@code reader}), then the
   *     number of rounds, then for {@code adapter} which clients
   * @throws Exception when a variant fails
   */
  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    String mode = !rest.isEmpty() && !rest.get(0).matches("\\d+") ? rest.remove(0) : "reader";
    String rounds = rest.isEmpty() ? null : rest.get(0);
    switch (mode) {
      case "reader":
        InterleavedReader.run(rounds == null ? 200 : Integer.parseInt(rounds));
        break;
      case "dispatch":
        InterleavedDispatch.run(rounds == null ? 200 : Integer.parseInt(rounds));
        break;
      case "adapter":
        InterleavedAdapters.run(rounds == null ? 30 : Integer.parseInt(rounds),
            rest.size() > 1 ? Set.of(rest.get(1).split(",")) : Set.of("httpClient", "okHttp", "spring"));
        break;
      case "inmemory":
        InterleavedInMemory.run(rounds == null ? 200 : Integer.parseInt(rounds));
        break;
      default:
        throw new IllegalArgumentException("unknown mode " + mode + ": reader, dispatch, adapter or inmemory");
    }
  }
}
