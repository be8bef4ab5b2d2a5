package io.github.mexcerrors.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ratios on a busy machine: runs the variants of {@link AnswerReadingBenchmark} in one JVM, interleaved in short
 * slices (round after round, each variant 20 ms of CPU in turn), measured in the thread's CPU time
 * ({@code ThreadMXBean}), not wall-clock time, and prints each variant's median time per body and its ratio to the
 * library. Time the thread spends descheduled by other processes is not counted, and what load remains (caches,
 * frequency) hits every variant alike, so the ratios hold where JMH's sequential wall-clock runs drift apart. No
 * allocation figures: use JMH's {@code -prof gc} for those.
 *
 * <p>{@code adapter} does the same for the adapter benchmarks ({@link HttpClientAdapterBenchmark},
 * {@link OkHttpAdapterBenchmark}, {@link SpringAdapterBenchmark}: a 1 MiB success over loopback with and without
 * each adapter), in 200 ms slices of the whole process's CPU time, totalled over all rounds (the process's CPU
 * clock ticks coarsely), every other round in reverse order: the client's threads and the stand-in's do the work,
 * so the process's time is what the adapter adds to. It prints the ratio of the totals and the median of the
 * ratios of each round (adapter against plain in the same round), which drifting load moves less.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.mexcerrors.benchmarks.InterleavedRun [rounds]
 * java -cp benchmarks/target/benchmarks.jar io.github.mexcerrors.benchmarks.InterleavedRun adapter [rounds] \
 *     [clients]}</pre>
 *
 * {@code clients}: a comma-separated subset of {@code httpClient,okHttp,spring} (default all).
 */
public final class InterleavedRun {
  private InterleavedRun() {}

  /** One variant: runs once over the four bodies. */
  @FunctionalInterface
  interface Variant {
    void run(Blackhole blackhole) throws Exception;
  }

  /**
   * Runs the comparison.
   *
   * @param args {@code adapter} for the adapters', then the number of rounds (default 200, adapter 30), then
   *     for the adapters which clients (default {@code httpClient,okHttp,spring})
   * @throws Exception when a variant fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("adapter")) {
      adapter(args.length > 1 ? Integer.parseInt(args[1]) : 30,
          args.length > 2 ? java.util.Set.of(args[2].split(",")) : java.util.Set.of("httpClient", "okHttp", "spring"));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AnswerReadingBenchmark state = new AnswerReadingBenchmark();
    state.check();
    Blackhole blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    Map<String, Variant> variants = new LinkedHashMap<>();
    variants.put("library", state::library);
    variants.put("libraryWithException", state::libraryWithException);
    variants.put("readTree", state::readTree);
    variants.put("readTreeToResponse", state::readTreeToResponse);
    variants.put("bareStreamingLoop", state::bareStreamingLoop);
    variants.put("jacksonParserFloor", state::jacksonParserFloor);
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    variants.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
    for (int round = -rounds / 4; round < rounds; round++) { // the first quarter warms up
      for (Map.Entry<String, Variant> variant : variants.entrySet()) {
        long calls = 0;
        long start = cpu.getCurrentThreadCpuTime();
        long end = start + 20_000_000L;
        long now;
        do {
          for (int i = 0; i < 64; i++) {
            variant.getValue().run(blackhole);
          }
          calls += 64;
          now = cpu.getCurrentThreadCpuTime();
        } while (now < end);
        if (round >= 0) {
          samples.get(variant.getKey()).add((now - start) / (double) (calls * AnswerReadingBenchmark.BODIES));
        }
      }
    }
    double library = median(samples.get("library"));
    double readTree = median(samples.get("readTree"));
    System.out.printf(Locale.ROOT, "%-22s %12s %10s %12s%n", "variant", "ns/body", "vs library", "readTree/x");
    for (Map.Entry<String, List<Double>> sample : samples.entrySet()) {
      double median = median(sample.getValue());
      System.out.printf(Locale.ROOT, "%-22s %12.1f %10.2f %12.2f%n", sample.getKey(), median, median / library,
          readTree / median);
    }
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private static void adapter(int rounds, java.util.Set<String> clients) throws Exception {
    HttpClientAdapterBenchmark httpClient = new HttpClientAdapterBenchmark();
    OkHttpAdapterBenchmark okHttp = new OkHttpAdapterBenchmark();
    SpringAdapterBenchmark spring = new SpringAdapterBenchmark();
    httpClient.size = 1 << 20;
    okHttp.size = 1 << 20;
    spring.size = 1 << 20;
    httpClient.start();
    okHttp.start();
    spring.start();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, Variant> variants = new LinkedHashMap<>();
    variants.put("httpClient.plainBytes", blackhole -> blackhole.consume(httpClient.plainBytes()));
    variants.put("httpClient.adapterBytes", blackhole -> blackhole.consume(httpClient.adapterBytes()));
    variants.put("httpClient.plainStream", blackhole -> blackhole.consume(httpClient.plainStream()));
    variants.put("httpClient.adapterStream", blackhole -> blackhole.consume(httpClient.adapterStream()));
    variants.put("okHttp.plainBytes", blackhole -> blackhole.consume(okHttp.plainBytes()));
    variants.put("okHttp.adapterBytes", blackhole -> blackhole.consume(okHttp.adapterBytes()));
    variants.put("okHttp.plainStream", blackhole -> blackhole.consume(okHttp.plainStream()));
    variants.put("okHttp.adapterStream", blackhole -> blackhole.consume(okHttp.adapterStream()));
    variants.put("spring.plainBytes", blackhole -> blackhole.consume(spring.plainBytes()));
    variants.put("spring.adapterBytes", blackhole -> blackhole.consume(spring.adapterBytes()));
    variants.put("spring.plainStream", blackhole -> blackhole.consume(spring.plainStream()));
    variants.put("spring.adapterStream", blackhole -> blackhole.consume(spring.adapterStream()));
    variants.keySet().removeIf(name -> !clients.contains(name.substring(0, name.indexOf('.'))));
    Blackhole blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    Map<String, List<Double>> rounded = new LinkedHashMap<>();
    variants.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
    variants.keySet().forEach(name -> rounded.put(name, new ArrayList<>()));
    try {
      List<Map.Entry<String, Variant>> order = new ArrayList<>(variants.entrySet());
      for (int round = -rounds / 3; round < rounds; round++) {
        java.util.Collections.reverse(order);
        for (Map.Entry<String, Variant> variant : order) {
          long calls = 0;
          long start = os.getProcessCpuTime();
          long now;
          do {
            variant.getValue().run(blackhole);
            calls++;
            now = os.getProcessCpuTime();
          } while (now < start + 200_000_000L);
          if (round >= 0) {
            // CPU time is counted in clock ticks: keep totals (time, calls), not per-slice ratios.
            List<Double> totals = samples.get(variant.getKey());
            if (totals.isEmpty()) {
              totals.add(0.0);
              totals.add(0.0);
            }
            totals.set(0, totals.get(0) + (now - start));
            totals.set(1, totals.get(1) + calls);
            rounded.get(variant.getKey()).add((now - start) / (double) calls);
          }
        }
      }
    } finally {
      httpClient.stop();
      okHttp.stop();
      spring.stop();
    }
    System.out.printf(Locale.ROOT, "%-26s %14s %10s %14s%n", "variant", "CPU us/request", "vs plain",
        "round median");
    for (String client : new String[] {"httpClient", "okHttp", "spring"}) {
      if (!clients.contains(client)) {
        continue;
      }
      for (String kind : new String[] {"Bytes", "Stream"}) {
        double plain = perCall(samples.get(client + ".plain" + kind));
        double adapter = perCall(samples.get(client + ".adapter" + kind));
        System.out.printf(Locale.ROOT, "%-26s %14.1f %10.3f%n", client + ".plain" + kind, plain, 1.0);
        List<Double> plainRounds = rounded.get(client + ".plain" + kind);
        List<Double> adapterRounds = rounded.get(client + ".adapter" + kind);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < plainRounds.size(); i++) {
          ratios.add(adapterRounds.get(i) / plainRounds.get(i));
        }
        System.out.printf(Locale.ROOT, "%-26s %14.1f %10.3f %14.3f%n", client + ".adapter" + kind, adapter,
            adapter / plain, median(ratios));
      }
    }
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private static double perCall(List<Double> totals) {
    return totals.get(0) / totals.get(1) / 1000.0;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
