package io.github.mexcerrors.resilience4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mexcerrors.httpclient.MexcHttpClient;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.UnknownOutcomeException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retry config around real HTTP calls: the JDK's {@code HttpClient} through the {@code mexc-errors-httpclient}
 * adapter against a JDK {@code HttpServer} on loopback that answers a scripted sequence of MEXC answers. Counts
 * what reached the server: what is retried is sent again, what is not is sent once.
 */
class MexcRetryLoopbackTest {
  private HttpServer server;
  private final Deque<String[]> script = new ArrayDeque<>();
  private final List<String> received = new ArrayList<>();
  private final List<Long> waits = new ArrayList<>();
  private final MexcHttpClient client =
      MexcHttpClient.of(HttpClient.newHttpClient(), MexcErrors.factory());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** Answers with the next scripted {status, Retry-After or null, body}. */
  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      synchronized (received) {
        received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      }
      String[] next = script.poll();
      if (next == null) {
        next = new String[] {"200", null, "{}"};
      }
      if (next[1] != null) {
        exchange.getResponseHeaders().set("Retry-After", next[1]);
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      byte[] body = next[2].getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(Integer.parseInt(next[0]), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private String call(RetryConfig config, String method, String path) throws Throwable {
    IntervalBiFunction<Object> interval = config.getIntervalBiFunction();
    RetryConfig recorded = RetryConfig.<Object>from(config)
        .intervalBiFunction((attempt, outcome) -> {
          waits.add(interval.apply(attempt, outcome));
          return 0L;
        })
        .build();
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return Retry.decorateCheckedSupplier(Retry.of("mexc", recorded),
        () -> client.send(request, BodyHandlers.ofString()).body()).get();
  }

  @Test
  void rateLimitsAndClockErrorsAreRetriedOverTheWire() throws Throwable {
    script.add(new String[] {"429", "2", ""});
    script.add(new String[] {"200", null,
        "{\"success\":false,\"code\":510,\"message\":\"Excessive frequency of requests\"}"});
    script.add(new String[] {"200", null, "{\"success\":false,\"code\":513,\"message\":\"Invalid request\"}"});
    script.add(new String[] {"200", null, "{\"orderId\":\"42\"}"});
    AtomicInteger resyncs = new AtomicInteger();
    RetryConfig config = MexcRetry.configBuilder().maxAttempts(5)
        .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1))
        .onClockSkew(resyncs::incrementAndGet).build();

    assertEquals("{\"orderId\":\"42\"}", call(config, "POST", "/api/v1/private/order/submit"));
    assertEquals(4, received.size());
    // Retry-After 2 s, then the back-off of the second failure, then the clock re-sync's zero wait.
    assertEquals(List.of(2000L, 200L, 0L), waits);
    assertEquals(1, resyncs.get());
  }

  @Test
  void anOrderWithUnknownOutcomeIsSentOnce() {
    script.add(new String[] {"500", null, "{\"code\":500,\"msg\":\"Internal error\"}"});
    RetryConfig config = MexcRetry.configBuilder().maxAttempts(5).build();
    assertThrows(UnknownOutcomeException.class, () -> call(config, "POST", "/api/v3/order"));
    assertEquals(List.of("POST /api/v3/order"), received);
  }

  @Test
  void anOrderWithUnknownOutcomeIsResentWhenTheCheckFindsNoOrder() throws Throwable {
    script.add(new String[] {"503", null, "<html><title>503 Service Temporarily Unavailable</title></html>"});
    script.add(new String[] {"500", null, "{\"code\":500,\"msg\":\"Internal error\"}"});
    RetryConfig config = MexcRetry.configBuilder().maxAttempts(5)
        .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1))
        .orderAbsent(e -> true).build();
    assertEquals("{}", call(config, "POST", "/api/v3/order"));
    assertEquals(3, received.size());
    assertEquals(List.of(100L, 200L), waits);
  }
}
