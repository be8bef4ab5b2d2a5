package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.benchmarks.Interleaving.Rounds;
import io.github.mexcerrors.benchmarks.Interleaving.Variant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code inmemory} mode of {@link InterleavedRun}: the variants of {@link InMemoryAdapterBenchmark} (each
 * client's own handling of a small success and of an error, in memory, with and without its adapter) in slices of
 * 20 ms of the thread's CPU time: everything runs on the calling thread, so other processes' load is not
 * counted. Per variant the median time per call; per adapter its ratio to the plain client (median of the rounds'
 * ratios) and the time it adds.
 */
final class InterleavedInMemory {
  private static final String[] CLIENTS = {"httpClient", "okHttp", "spring"};

  private InterleavedInMemory() {}

  static void run(int rounds) throws Exception {
    System.out.printf(Locale.ROOT, "%-8s %-18s %12s %10s %12s%n", "answer", "variant", "ns/call", "vs plain",
        "added ns");
    for (String answer : new String[] {"success", "error"}) {
      InMemoryAdapterBenchmark state = new InMemoryAdapterBenchmark();
      state.answer = answer;
      state.setUp();
      Map<String, Variant> variants = new LinkedHashMap<>();
      variants.put("httpClientPlain", blackhole -> blackhole.consume(state.httpClientPlain()));
      variants.put("httpClientAdapter", blackhole -> blackhole.consume(state.httpClientAdapter()));
      variants.put("okHttpPlain", blackhole -> blackhole.consume(state.okHttpPlain()));
      variants.put("okHttpAdapter", blackhole -> blackhole.consume(state.okHttpAdapter()));
      variants.put("springPlain", blackhole -> blackhole.consume(state.springPlain()));
      variants.put("springAdapter", blackhole -> blackhole.consume(state.springAdapter()));
      Map<String, Rounds> samples;
      try {
        samples = new Interleaving(Interleaving.threadCpuTime(), 20_000_000L, 16, 1)
            .run(variants, rounds / 4, rounds);
      } finally {
        state.tearDown();
      }
      for (String client : CLIENTS) {
        Rounds plain = samples.get(client + "Plain");
        Rounds adapter = samples.get(client + "Adapter");
        System.out.printf(Locale.ROOT, "%-8s %-18s %12.0f%n", answer, client + "Plain", plain.median());
        System.out.printf(Locale.ROOT, "%-8s %-18s %12.0f %10.2f %12.0f%n", answer, client + "Adapter",
            adapter.median(), adapter.medianRatioTo(plain), adapter.median() - plain.median());
      }
    }
  }
}
