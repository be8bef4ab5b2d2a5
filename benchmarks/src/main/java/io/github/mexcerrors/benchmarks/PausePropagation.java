package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.fleet.PauseGate;
import io.github.mexcerrors.fleet.RedisPauseStore;
import io.github.mexcerrors.mexc.MexcErrors;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How long a pause takes to reach every process of a fleet on loopback: a coordinator process records a pause
 * through its Redis-backed gate; N listener processes (separate JVMs) poll their gate every 20 us and print the
 * {@link System#nanoTime()} (one clock for every process on Linux) at which they first see it. Per round, the
 * latency is the last listener's time minus the coordinator's time before it recorded the pause.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.mexcerrors.benchmarks.PausePropagation [listeners] [rounds]
 * </pre>
 */
public final class PausePropagation {
  private PausePropagation() {}

  /**
   * Runs the harness, or one listener ({@code listen <redis> <namespace> <rounds>}).
   *
   * @param args {@code [listeners [rounds]]}
   * @throws Exception when something fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("listen")) {
      listen(args[1], args[2], Integer.parseInt(args[3]));
      return;
    }
    int listeners = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    try (RedisProcess redis = RedisProcess.start()) {
      String namespace = "propagation" + System.nanoTime();
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      List<Process> processes = new ArrayList<>();
      ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
      ConcurrentHashMap<Integer, Boolean> ready = new ConcurrentHashMap<>();
      for (int l = 0; l < listeners; l++) {
        Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
            PausePropagation.class.getName(), "listen", redis.uri(), namespace, Integer.toString(rounds))
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        processes.add(process);
        int id = l;
        Thread reader = new Thread(() -> {
          try (BufferedReader in = new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
              if (line.equals("ready")) {
                ready.put(id, true);
              } else {
                String[] parts = line.split(" ");
                seen.put(id + ":" + parts[0], Long.parseLong(parts[1]));
              }
            }
          } catch (Exception ended) {
            // the listener ended
          }
        });
        reader.setDaemon(true);
        reader.start();
      }
      try (PauseGate gate = PauseGate.builder(MexcErrors.factory())
          .store(RedisPauseStore.builder(redis.uri()).namespace(namespace).build()).build()) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ready.size() < listeners || !gate.store().isShared()) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("listeners not ready");
          }
          Thread.sleep(10);
        }
        long[] latencies = new long[rounds];
        for (int round = 0; round < rounds; round++) {
          long start = System.nanoTime();
          gate.pause("ip:r" + round, Duration.ofMinutes(1));
          long last = 0;
          for (int l = 0; l < listeners; l++) {
            Long at;
            long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((at = seen.get(l + ":" + round)) == null) {
              if (System.nanoTime() > wait) {
                throw new IllegalStateException("listener " + l + " missed round " + round);
              }
              LockSupport.parkNanos(50_000);
            }
            last = Math.max(last, at);
          }
          latencies[round] = last - start;
          Thread.sleep(10);
        }
        // The first rounds warm up the JIT of every process: drop the first tenth.
        long[] measured = Arrays.copyOfRange(latencies, rounds / 10, rounds);
        Arrays.sort(measured);
        System.out.printf("listeners %d, rounds %d (first %d dropped): to every process p50 %.2f ms, p90 %.2f ms,"
            + " p99 %.2f ms, max %.2f ms%n", listeners, measured.length, rounds / 10,
            quantile(measured, 0.50), quantile(measured, 0.90), quantile(measured, 0.99),
            measured[measured.length - 1] / 1e6);
      } finally {
        processes.forEach(Process::destroyForcibly);
      }
    }
  }

  private static double quantile(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static void listen(String redis, String namespace, int rounds) throws Exception {
    try (PauseGate gate = PauseGate.builder(MexcErrors.factory())
        .store(RedisPauseStore.builder(redis).namespace(namespace).build()).build()) {
      while (!gate.store().isShared()) {
        Thread.sleep(5);
      }
      System.out.println("ready");
      for (int round = 0; round < rounds; round++) {
        String scope = "ip:r" + round;
        while (gate.pausedFor(scope).isZero()) {
          LockSupport.parkNanos(20_000);
        }
        System.out.println(round + " " + System.nanoTime());
      }
    }
  }
}
