package io.github.mexcerrors.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.httpclient.MexcHttpClient;
import io.github.mexcerrors.okhttp.MexcIOException;
import io.github.mexcerrors.okhttp.MexcInterceptor;
import io.github.mexcerrors.resilience4j.MexcRetry;
import io.github.mexcerrors.spring.MexcRestClient;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcStandIn;
import io.github.resilience4j.retry.Retry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Each adapter with a gate, against the loopback stand-in: a 418 reaches the gate, the next request of this
 * client and of another gate on the same store is refused without reaching the server.
 */
class AdapterWiringTest {
  private static final Function<String, String> NONE = null;
  private MexcStandIn server;
  private InProcessPauseStore store;
  private PauseGate gate;
  private PauseGate other;
  private URI ban;

  @BeforeEach
  void start() throws Exception {
    server = MexcStandIn.start();
    store = new InProcessPauseStore();
    gate = PauseGate.builder(MexcErrors.factory()).store(store).build();
    other = PauseGate.builder(MexcErrors.factory()).store(store).build();
    ban = MexcAnswerCatalogue.named("spot-ip-ban-418").uri(server.baseUri(), Instant.now());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void assertPausedEverywhere(int served) {
    assertEquals(served, server.requests().size(), server.requests().toString());
    Duration left = other.pausedFor(NONE);
    assertTrue(left.toSeconds() > 100, "the other gate pauses for the ban's 120 s: " + left);
  }

  private static void assertRefusedLocally(Throwable refused) {
    RateLimitException local = assertInstanceOf(RateLimitException.class, refused);
    assertTrue(PauseGate.isLocal(local), local.getMessage());
    assertTrue(local.retryAfter().orElseThrow().toSeconds() > 100, local.getMessage());
  }

  @Test
  void okHttp() {
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(MexcInterceptor.builder(MexcErrors.factory()).gate(gate).build())
        .build();
    Request request = new Request.Builder().url(ban.toString()).build();
    MexcIOException banned = assertThrows(MexcIOException.class, () -> client.newCall(request).execute());
    assertInstanceOf(RateLimitException.class, banned.mexcException());
    MexcIOException refused = assertThrows(MexcIOException.class, () -> client.newCall(request).execute());
    assertRefusedLocally(refused.mexcException());
    assertPausedEverywhere(1);
  }

  @Test
  void httpClient() throws Exception {
    MexcHttpClient client = MexcHttpClient.of(HttpClient.newHttpClient(), MexcErrors.factory()).withGate(gate);
    HttpRequest request = HttpRequest.newBuilder(ban).build();
    assertThrows(RateLimitException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    assertRefusedLocally(assertThrows(MexcException.class,
        () -> client.send(request, HttpResponse.BodyHandlers.ofString())));
    CompletionException async = assertThrows(CompletionException.class,
        () -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join());
    assertRefusedLocally(async.getCause());
    assertPausedEverywhere(1);
  }

  @Test
  void spring() {
    RestClient client = MexcRestClient.configure(RestClient.builder(), MexcErrors.factory(), gate)
        .requestFactory(new JdkClientHttpRequestFactory())
        .build();
    assertThrows(RateLimitException.class, () -> client.get().uri(ban).retrieve().toBodilessEntity());
    assertRefusedLocally(assertThrows(MexcException.class,
        () -> client.get().uri(ban).retrieve().toBodilessEntity()));
    assertPausedEverywhere(1);
  }

  @Test
  void throughMexcRetryARefusedRequestWaitsForTheFleetAndIsSentOnce() throws Throwable {
    MexcHttpClient client = MexcHttpClient.of(HttpClient.newHttpClient(), MexcErrors.factory()).withGate(gate);
    URI ok = MexcAnswerCatalogue.named("spot-order-success").uri(server.baseUri(), Instant.now());
    other.onError(NONE, Answers.status(418, Duration.ofMillis(800)));
    Retry retry = Retry.of("mexc", MexcRetry.configBuilder().backoff(Duration.ZERO, 1, Duration.ZERO).build());
    long start = System.nanoTime();
    HttpResponse<String> response = Retry.decorateCheckedSupplier(retry,
        () -> client.send(HttpRequest.newBuilder(ok).build(), HttpResponse.BodyHandlers.ofString())).get();
    long waited = (System.nanoTime() - start) / 1_000_000;
    assertEquals(200, response.statusCode());
    assertTrue(waited >= 700, "waited " + waited + " ms");
    assertEquals(1, server.requests().size(), "nothing was sent while paused: " + server.requests());
  }

  @Test
  void resilience4jWaitsForTheFleetsPause() {
    // The other gate meets a short ban; this process's retry of a 503 waits for it.
    other.onError(NONE, Answers.status(418, Duration.ofMillis(600)));
    Retry retry = Retry.of("mexc", MexcRetry.configBuilder().backoff(Duration.ZERO, 1, Duration.ZERO)
        .maxAttempts(2).gate(gate).build());
    AtomicInteger calls = new AtomicInteger();
    long start = System.nanoTime();
    String result = Retry.decorateSupplier(retry, () -> {
      if (calls.incrementAndGet() == 1) {
        throw Answers.status(503, null);
      }
      return "ok";
    }).get();
    long waited = (System.nanoTime() - start) / 1_000_000;
    assertEquals("ok", result);
    assertTrue(waited >= 500, "waited " + waited + " ms");
  }
}
