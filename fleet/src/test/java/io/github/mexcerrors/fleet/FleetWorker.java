package io.github.mexcerrors.fleet;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.httpclient.MexcHttpClient;
import io.github.mexcerrors.mexc.MexcErrors;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One bot of the fleet, run as its own JVM by {@link FleetProcessesTest}: sends {@code GET /api/v3/ping} through
 * the java.net.http adapter with a Redis-backed gate every 20 ms; while the gate refuses, it tries again every
 * 10 ms (so that the stand-in sees any request the gate would let through early). Prints {@code shared} and
 * {@code local} when the store's state changes, and {@code paused N} / {@code resumed} when its own view changes.
 *
 * <p>Arguments: stand-in URI, Redis URI, namespace, worker number, how long to run in milliseconds.
 */
public final class FleetWorker {
  private FleetWorker() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String redis = args[1];
    String namespace = args[2];
    int worker = Integer.parseInt(args[3]);
    long end = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000L;
    try (PauseGate gate = PauseGate.builder(MexcErrors.factory())
        .store(RedisPauseStore.builder(redis).namespace(namespace).retryEvery(Duration.ofMillis(200)).build())
        .egress("fleet-test")
        .build()) {
      MexcHttpClient client = MexcHttpClient.of(HttpClient.newHttpClient(), MexcErrors.factory()).withGate(gate);
      HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v3/ping?worker=" + worker))
          .header(PauseGate.SPOT_KEY_HEADER, "the-fleet's-key")
          .timeout(Duration.ofSeconds(5))
          .build();
      boolean shared = false;
      boolean paused = false;
      while (System.nanoTime() < end) {
        if (gate.store().isShared() != shared) {
          shared = !shared;
          System.out.println(shared ? "shared" : "local");
        }
        try {
          client.send(request, HttpResponse.BodyHandlers.discarding());
          if (paused) {
            paused = false;
            System.out.println("resumed");
          }
          Thread.sleep(20);
        } catch (MexcException refused) {
          if (!paused) {
            paused = true;
            System.out.println("paused " + (PauseGate.isLocal(refused) ? "local" : "answer"));
          }
          Thread.sleep(10);
        } catch (java.io.IOException transport) {
          Thread.sleep(20);
        }
      }
    }
    System.out.println("done");
  }
}
