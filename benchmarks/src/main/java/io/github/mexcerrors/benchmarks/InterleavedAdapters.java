package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.benchmarks.Interleaving.Rounds;
import io.github.mexcerrors.benchmarks.Interleaving.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code adapter} mode of {@link InterleavedRun}: {@link HttpClientAdapterBenchmark},
 * {@link OkHttpAdapterBenchmark} and {@link SpringAdapterBenchmark} (a 1 MiB success over loopback with and without
 * each adapter) in slices of 200 ms of the whole process's CPU time: the client's threads and the stand-in's do the
 * work, so the process's time is what the adapter adds to. That clock ticks coarsely, so each variant's time is its
 * total over all rounds; the ratio of each adapter to its plain variant is given of the totals and as the median
 * of the ratios of each round, which drifting load moves less.
 */
final class InterleavedAdapters {
  private static final String[] CLIENTS = {"httpClient", "okHttp", "spring"};
  private static final String[] KINDS = {"Bytes", "Stream"};

  private InterleavedAdapters() {}

  static void run(int rounds, Set<String> clients) throws Exception {
    Map<String, AdapterBenchmarkState> states = new LinkedHashMap<>();
    states.put("httpClient", new HttpClientAdapterBenchmark());
    states.put("okHttp", new OkHttpAdapterBenchmark());
    states.put("spring", new SpringAdapterBenchmark());
    states.keySet().retainAll(clients);
    Map<String, Variant> variants = new LinkedHashMap<>();
    List<AdapterBenchmarkState> started = new ArrayList<>();
    Map<String, Rounds> samples;
    try {
      for (Map.Entry<String, AdapterBenchmarkState> client : states.entrySet()) {
        AdapterBenchmarkState state = client.getValue();
        state.size = 1 << 20;
        state.start();
        started.add(state);
        String name = client.getKey();
        variants.put(name + ".plainBytes", blackhole -> blackhole.consume(state.plainBytes()));
        variants.put(name + ".adapterBytes", blackhole -> blackhole.consume(state.adapterBytes()));
        variants.put(name + ".plainStream", blackhole -> blackhole.consume(state.plainStream()));
        variants.put(name + ".adapterStream", blackhole -> blackhole.consume(state.adapterStream()));
      }
      samples = new Interleaving(Interleaving.processCpuTime(), 200_000_000L, 1, 1).run(variants, rounds / 3, rounds);
    } finally {
      started.forEach(AdapterBenchmarkState::stop);
    }
    System.out.printf(Locale.ROOT, "%-26s %14s %10s %14s%n", "variant", "CPU us/request", "vs plain",
        "round median");
    for (String client : CLIENTS) {
      if (!states.containsKey(client)) {
        continue;
      }
      for (String kind : KINDS) {
        Rounds plain = samples.get(client + ".plain" + kind);
        Rounds adapter = samples.get(client + ".adapter" + kind);
        System.out.printf(Locale.ROOT, "%-26s %14.1f %10.3f%n", client + ".plain" + kind, plain.total() / 1000.0,
            1.0);
        System.out.printf(Locale.ROOT, "%-26s %14.1f %10.3f %14.3f%n", client + ".adapter" + kind,
            adapter.total() / 1000.0, adapter.total() / plain.total(), adapter.medianRatioTo(plain));
      }
    }
  }
}
