package io.github.mexcerrors.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several JVM processes (not threads), each a {@link FleetWorker} with a Redis-backed gate, against a loopback MEXC
 * stand-in and a real redis-server that the test kills and restarts.
 */
class FleetProcessesTest {
  private static final int WORKERS = 3;
  private static final long MS = 1_000_000L;
  /**
   * Requests that arrive this soon after a rate limit was answered may have left before its pause reached their
   * process (in flight, or the message in flight on a loaded machine); later ones are violations.
   */
  private static final long IN_FLIGHT = 250 * MS;
  private static final Duration SOON = Duration.ofSeconds(40);

  private RedisServer redis;
  private FleetStandIn standIn;
  private final List<Worker> workers = new ArrayList<>();

  /** A worker process and the lines it printed. */
  private static final class Worker {
    final int id;
    final Process process;
    final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    volatile String state = "";

    Worker(int id, Process process) {
      this.id = id;
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.equals("shared") || line.equals("local")) {
              state = line;
            }
          }
        } catch (IOException ended) {
          // the process ended
        }
      }, "fleet-worker-" + id);
      reader.setDaemon(true);
      reader.start();
    }
  }

  @BeforeEach
  void start() throws Exception {
    redis = RedisServer.start();
    standIn = FleetStandIn.start();
  }

  @AfterEach
  void stop() {
    for (Worker worker : workers) {
      worker.process.destroyForcibly();
    }
    standIn.close();
    redis.close();
  }

  private void startWorkers(long runMillis) throws IOException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String namespace = "fleet" + System.nanoTime();
    for (int id = 0; id < WORKERS; id++) {
      ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
          "-cp", System.getProperty("java.class.path"), FleetWorker.class.getName(), standIn.baseUri().toString(),
          redis.uri(), namespace, Integer.toString(id), Long.toString(runMillis));
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
      workers.add(new Worker(id, builder.start()));
    }
  }

  private void awaitState(String state) throws InterruptedException {
    Eventually.within(SOON, "every worker is " + state,
        () -> workers.stream().allMatch(w -> w.state.equals(state)));
  }

  private void awaitTraffic() throws InterruptedException {
    long since = System.nanoTime();
    Eventually.within(SOON, "every worker sends",
        () -> workers.stream().allMatch(w -> standIn.count(w.id, since, Long.MAX_VALUE) >= 3));
  }

  private FleetStandIn.Trip trip(int status, int retryAfter) throws InterruptedException {
    standIn.arm(status, retryAfter);
    Eventually.within(SOON, "a worker gets the " + status, () -> standIn.trip() != null);
    return standIn.trip();
  }

  private static void sleepUntil(long nanos) throws InterruptedException {
    long left = nanos - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private String timeline(FleetStandIn.Trip trip) {
    return standIn.hits().stream().filter(h -> h.nanos() > trip.nanos() - 100 * MS)
        .map(h -> (h.nanos() - trip.nanos()) / MS + "ms:w" + h.worker() + (h.status() != 200 ? "!" + h.status() : ""))
        .collect(Collectors.joining(" "));
  }

  /** Nobody sends during the pause (but for requests in flight when it began); everybody resumes after it. */
  private void assertFleetPausedAndResumed(FleetStandIn.Trip trip) throws InterruptedException {
    long deadline = trip.deadlineNanos();
    sleepUntil(deadline + 2_000 * MS);
    for (Worker worker : workers) {
      long from = worker.id == trip.worker() ? trip.nanos() : trip.nanos() + IN_FLIGHT;
      assertEquals(0, standIn.count(worker.id, from, deadline),
          "worker " + worker.id + " sent during the pause: " + timeline(trip));
      assertTrue(standIn.count(worker.id, deadline, deadline + 2_000 * MS) > 0,
          "worker " + worker.id + " resumed after the pause: " + timeline(trip));
    }
  }

  @Test
  void aBanSeenByOneProcessStopsEveryProcessUntilItsRetryAfter() throws Exception {
    startWorkers(60_000);
    awaitState("shared");
    awaitTraffic();
    assertFleetPausedAndResumed(trip(418, 3));
  }

  @Test
  void withRedisKilledEachProcessPausesOnItsOwnAndSharingResumesWhenRedisIsBack() throws Exception {
    startWorkers(60_000);
    awaitState("shared");
    awaitTraffic();

    redis.kill();
    awaitState("local");
    FleetStandIn.Trip alone = trip(429, 2);
    sleepUntil(alone.deadlineNanos() + 1_000 * MS);
    for (Worker worker : workers) {
      long during = standIn.count(worker.id, alone.nanos() + IN_FLIGHT, alone.deadlineNanos());
      if (worker.id == alone.worker()) {
        assertEquals(0, standIn.count(worker.id, alone.nanos(), alone.deadlineNanos()),
            "the worker that got the 429 paused: " + timeline(alone));
      } else {
        assertTrue(during > 0, "without Redis worker " + worker.id + " did not learn of it: " + timeline(alone));
      }
      assertTrue(standIn.count(worker.id, alone.deadlineNanos(), Long.MAX_VALUE) > 0,
          "worker " + worker.id + " resumed: " + timeline(alone));
    }

    redis.restart();
    awaitState("shared");
    awaitTraffic();
    assertFleetPausedAndResumed(trip(418, 3));
  }
}
