package io.github.mexcerrors.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs the variants of a benchmark interleaved in one JVM, the harness of every {@link InterleavedRun} mode: round
 * after round each variant runs for one slice of a CPU clock in turn, the order rotating by one variant every round
 * so that none always goes first; the first rounds warm up and are not kept. Each kept round of a variant is its
 * CPU time and the operations it did, from which {@link Rounds} takes medians and ratios.
 */
final class Interleaving {
  /** One variant: one call of a benchmark method, its result consumed by the blackhole. */
  @FunctionalInterface
  interface Variant {
    void run(Blackhole blackhole) throws Exception;
  }

  private final LongSupplier clock;
  private final long sliceNanos;
  private final int callsPerCheck;
  private final int operationsPerCall;

  /**
   * Sets the slices up.
   *
   * @param clock the CPU clock in nanoseconds: {@link #threadCpuTime()} or {@link #processCpuTime()}
   * @param sliceNanos how long each variant runs in a round, on that clock
   * @param callsPerCheck how many calls run between two readings of the clock
   * @param operationsPerCall what one call does, in the unit the times are reported per (answers, bodies)
   */
  Interleaving(LongSupplier clock, long sliceNanos, int callsPerCheck, int operationsPerCall) {
    this.clock = clock;
    this.sliceNanos = sliceNanos;
    this.callsPerCheck = callsPerCheck;
    this.operationsPerCall = operationsPerCall;
  }

  /**
   * The CPU time of the running thread, for variants that do all their work on it: time the thread spends
   * descheduled by other processes is not counted.
   *
   * @return the clock
   */
  static LongSupplier threadCpuTime() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads::getCurrentThreadCpuTime;
  }

  /**
   * The CPU time of the whole process, for variants whose work runs on other threads too (clients, the stand-in).
   * It ticks coarsely: compare totals, or slices much longer than a tick.
   *
   * @return the clock
   */
  static LongSupplier processCpuTime() {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os::getProcessCpuTime;
  }

  /**
   * Runs the variants.
   *
   * @param variants the variants by name, in the order of the first round
   * @param warmUpRounds the rounds run first and not kept
   * @param rounds the rounds kept
   * @return what each variant did in each kept round, by name in the order given
   * @throws Exception when a variant fails
   */
  Map<String, Rounds> run(Map<String, Variant> variants, int warmUpRounds, int rounds) throws Exception {
    List<String> names = new ArrayList<>(variants.keySet());
    Map<String, Rounds> kept = new LinkedHashMap<>();
    names.forEach(name -> kept.put(name, new Rounds(rounds)));
    Blackhole blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (int round = 0; round < warmUpRounds + rounds; round++) {
      for (int turn = 0; turn < names.size(); turn++) {
        String name = names.get((round + turn) % names.size());
        Variant variant = variants.get(name);
        long calls = 0;
        long start = clock.getAsLong();
        long now;
        do {
          for (int i = 0; i < callsPerCheck; i++) {
            variant.run(blackhole);
          }
          calls += callsPerCheck;
          now = clock.getAsLong();
        } while (now - start < sliceNanos);
        if (round >= warmUpRounds) {
          kept.get(name).set(round - warmUpRounds, now - start, calls * operationsPerCall);
        }
      }
    }
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    return kept;
  }

  /** What one variant did in the kept rounds: per round its CPU time and its operations. */
  static final class Rounds {
    private final long[] nanos;
    private final long[] operations;

    private Rounds(int rounds) {
      nanos = new long[rounds];
      operations = new long[rounds];
    }

    private void set(int round, long roundNanos, long roundOperations) {
      nanos[round] = roundNanos;
      operations[round] = roundOperations;
    }

    private double perOperation(int round) {
      return nanos[round] / (double) operations[round];
    }

    /**
     * The median over the rounds of the time per operation.
     *
     * @return nanoseconds
     */
    double median() {
      double[] times = new double[nanos.length];
      Arrays.setAll(times, this::perOperation);
      return quantile(times, 0.5);
    }

    /**
     * The total time over the total operations, for coarse clocks.
     *
     * @return nanoseconds
     */
    double total() {
      return Arrays.stream(nanos).sum() / (double) Arrays.stream(operations).sum();
    }

    /**
     * The ratios of this variant's time per operation to another's, each of one round, sorted.
     *
     * @param base the other variant
     * @return one ratio a round, ascending
     */
    double[] ratiosTo(Rounds base) {
      double[] ratios = new double[nanos.length];
      Arrays.setAll(ratios, round -> perOperation(round) / base.perOperation(round));
      Arrays.sort(ratios);
      return ratios;
    }

    /**
     * The median of the ratios of this variant's time per operation to another's in the same round: load that
     * drifts from round to round moves it less than the ratio of medians.
     *
     * @param base the other variant
     * @return the ratio
     */
    double medianRatioTo(Rounds base) {
      return quantile(ratiosTo(base), 0.5);
    }
  }

  /**
   * A quantile of values: the one at index {@code (int) (fraction * length)} once sorted (of an even count, the
   * upper median).
   *
   * @param values the values, in any order (not changed)
   * @param fraction 0.5 for the median
   * @return the value
   */
  static double quantile(double[] values, double fraction) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) (fraction * sorted.length)];
  }
}
