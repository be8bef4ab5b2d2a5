package io.github.mexcerrors.fleet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A MEXC stand-in on loopback for a fleet: answers {@code GET /api/v3/ping?worker=N} with {@code {}}, except the
 * one request after {@link #arm} which gets the armed status (429 or 418) with {@code Retry-After}. It logs every
 * request with its arrival time ({@link System#nanoTime()}, which on Linux is one clock for every process) and
 * worker, so that a test can count who sent during a pause.
 */
final class FleetStandIn implements AutoCloseable {
  /** One request as the stand-in saw it. */
  record Hit(long nanos, int worker, int status) {}

  /** A tripped rate limit: when, to whom, for how long. */
  record Trip(long nanos, int worker, int status, int retryAfterSeconds) {
    long deadlineNanos() {
      return nanos + retryAfterSeconds * 1_000_000_000L;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Hit> hits = new ArrayList<>();
  private int armedStatus;
  private int armedRetryAfter;
  private Trip trip;

  private FleetStandIn(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static FleetStandIn start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "fleet-stand-in");
      thread.setDaemon(true);
      return thread;
    });
    FleetStandIn standIn = new FleetStandIn(server, executor);
    server.createContext("/", standIn::handle);
    server.setExecutor(executor);
    server.start();
    return standIn;
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next request gets this status with {@code Retry-After}. */
  synchronized void arm(int status, int retryAfterSeconds) {
    armedStatus = status;
    armedRetryAfter = retryAfterSeconds;
    trip = null;
  }

  /** The trip of the last {@link #arm}, or {@code null} while no request took it. */
  synchronized Trip trip() {
    return trip;
  }

  synchronized List<Hit> hits() {
    return List.copyOf(hits);
  }

  /** How many requests a worker sent in a window of arrival times. */
  synchronized long count(int worker, long fromNanos, long toNanos) {
    return hits.stream().filter(h -> h.worker() == worker && h.nanos() > fromNanos && h.nanos() < toNanos).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long now = System.nanoTime();
      String query = exchange.getRequestURI().getRawQuery();
      int worker = query != null && query.startsWith("worker=") ? Integer.parseInt(query.substring(7)) : -1;
      int status = 200;
      int retryAfter = 0;
      synchronized (this) {
        if (armedStatus != 0) {
          status = armedStatus;
          retryAfter = armedRetryAfter;
          armedStatus = 0;
          trip = new Trip(now, worker, status, retryAfter);
        }
        hits.add(new Hit(now, worker, status));
      }
      byte[] body = status == 200 ? "{}".getBytes(StandardCharsets.UTF_8)
          : ("{\"code\":" + status + ",\"msg\":\"Too Many Requests\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (retryAfter > 0) {
        exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfter));
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
