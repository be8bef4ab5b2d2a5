package io.github.mexcerrors.httpclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.testing.MexcAnswerAssertions;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import io.github.mexcerrors.wire.testing.MexcStandIn;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogue shape over real HTTP on loopback, through the adapter. */
class MexcHttpClientTest {
  private static MexcStandIn server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final MexcAnswerReader READER = MexcAnswerReader.of(MexcErrors.factory());
  private static final MexcHttpClient MEXC = MexcHttpClient.of(CLIENT);

  @BeforeAll
  static void start() throws IOException {
    server = MexcStandIn.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<Entry> entries() {
    return MexcAnswerCatalogue.all();
  }

  private static HttpRequest request(Entry entry) {
    return request(entry, Instant.now());
  }

  private static HttpRequest request(Entry entry, Instant now) {
    HttpRequest.Builder request = HttpRequest.newBuilder(entry.uri(server.baseUri(), now))
        .method(entry.method(), HttpRequest.BodyPublishers.noBody());
    entry.requestHeaders(now).forEach(request::header);
    return request.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void sendThrowsTheTypedExceptionOrGivesTheBody(Entry entry) throws Exception {
    Instant now = Instant.now();
    HttpRequest request = request(entry, now);
    if (entry.isError()) {
      MexcException error = assertThrows(MexcException.class, () -> MEXC.send(request, BodyHandlers.ofString()));
      MexcAnswerAssertions.assertError(entry, error, MexcAnswerCatalogue.clockTolerance(now));
      assertTrue(List.of(error.getStackTrace()).stream()
          .anyMatch(frame -> frame.getClassName().equals(MexcHttpClientTest.class.getName())
              || frame.getClassName().startsWith(MexcHttpClientTest.class.getName() + "$")),
          "the stack trace shows the caller");
    } else {
      HttpResponse<byte[]> response = MEXC.send(request, BodyHandlers.ofByteArray());
      assertEquals(entry.status(), response.statusCode());
      assertArrayEquals(entry.body(), response.body(), "the caller's handler got every byte");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void plainSendWrapsTheErrorInAnIoException(Entry entry) throws Exception {
    Instant now = Instant.now();
    HttpRequest request = request(entry, now);
    if (entry.isError()) {
      IOException wrapped = assertThrows(IOException.class,
          () -> CLIENT.send(request, MexcBodyHandlers.of(READER, request, BodyHandlers.ofString())));
      MexcException error = MexcBodyHandlers.unwrap(wrapped);
      MexcAnswerAssertions.assertError(entry, error, MexcAnswerCatalogue.clockTolerance(now));
    } else {
      String body = CLIENT.send(request, MexcBodyHandlers.of(READER, request, BodyHandlers.ofString())).body();
      assertEquals(new String(entry.body(), java.nio.charset.StandardCharsets.UTF_8), body);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void sendAsyncFailsWithTheTypedException(Entry entry) throws Exception {
    Instant now = Instant.now();
    HttpRequest request = request(entry, now);
    CompletableFuture<HttpResponse<byte[]>> future = MEXC.sendAsync(request, BodyHandlers.ofByteArray());
    if (entry.isError()) {
      ExecutionException failure = assertThrows(ExecutionException.class, future::get);
      MexcAnswerAssertions.assertError(entry, (MexcException) failure.getCause(),
          MexcAnswerCatalogue.clockTolerance(now));
      assertSame(failure.getCause(), future.handle((r, e) -> e).get());
    } else {
      assertArrayEquals(entry.body(), future.get().body());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void resultsCarryTheAnswerAndItems(Entry entry) throws Exception {
    Instant now = Instant.now();
    HttpRequest request = request(entry, now);
    HttpResponse<MexcResult<String>> response = MEXC.sendForResult(request, BodyHandlers.ofString());
    MexcResult<String> result = response.body();
    MexcAnswerAssertions.assertAnswer(entry, result.answer(), MexcAnswerCatalogue.clockTolerance(now));
    assertEquals(!entry.isError(), result.body().isPresent());
  }

  @Test
  void clockSkewOverTheWire() throws Exception {
    Entry entry = MexcAnswerCatalogue.named("spot-clock-skew");
    ClockSkewException error = assertThrows(ClockSkewException.class,
        () -> MEXC.send(request(entry), BodyHandlers.ofString()));
    assertTrue(error.getMessage().contains("behind MEXC's clock; recvWindow 5000 ms."), error.getMessage());
  }

  @Test
  void aLargeSuccessStreamsToTheCallerWithoutBeingBuffered() throws Exception {
    int size = 1 << 20;
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(server.baseUri() + "/api/v3/ticker/price?mexcCase=large-" + size)).build();
    AtomicLong total = new AtomicLong();
    AtomicInteger chunks = new AtomicInteger();
    AtomicLong largestHeldBeforeFirstChunk = new AtomicLong(-1);
    // A counting subscriber: sees every byte, in chunks as the client delivers them, never a 1 MB array.
    HttpResponse.BodyHandler<Long> counting = info -> new HttpResponse.BodySubscriber<>() {
      private final CompletableFuture<Long> result = new CompletableFuture<>();
      private Flow.Subscription subscription;

      @Override
      public CompletionStage<Long> getBody() {
        return result;
      }

      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
      }

      @Override
      public void onNext(List<ByteBuffer> item) {
        long bytes = item.stream().mapToLong(ByteBuffer::remaining).sum();
        if (chunks.getAndIncrement() == 0) {
          largestHeldBeforeFirstChunk.set(bytes);
        }
        total.addAndGet(bytes);
        subscription.request(1);
      }

      @Override
      public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
      }

      @Override
      public void onComplete() {
        result.complete(total.get());
      }
    };
    HttpResponse<Long> response = MEXC.send(request, counting);
    assertEquals(size, response.body());
    assertTrue(chunks.get() > 1, "streamed in chunks: " + chunks.get());
    assertTrue(largestHeldBeforeFirstChunk.get() < MexcAnswerReader.DEFAULT_PEEK_BYTES + 64 * 1024,
        "held at most the peek plus one delivery: " + largestHeldBeforeFirstChunk.get());
  }

  @Test
  void aLargeErrorPageIsReadOnlyUpToTheErrorLimit() throws Exception {
    for (int round = 0; round < 5; round++) {
      HttpRequest request = HttpRequest.newBuilder(
          URI.create(server.baseUri() + "/api/v3/order?mexcCase=large503-" + (2 << 20))).build();
      io.github.mexcerrors.mexc.UnavailableException error = assertThrows(
          io.github.mexcerrors.mexc.UnavailableException.class, () -> MEXC.send(request, BodyHandlers.ofString()));
      assertEquals("503 Service Temporarily Unavailable", error.exchangeMessage());
      assertTrue(error.response().body().endsWith("..."));
    }
    // The client still works after cancelled bodies.
    Entry entry = MexcAnswerCatalogue.named("spot-order-success");
    assertEquals(200, MEXC.send(request(entry), BodyHandlers.ofString()).statusCode());
  }

  @Test
  void anEmptySuccessCompletesTheCallersHandler() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(server.baseUri() + "/api/v3/userDataStream?mexcCase=no-content")).DELETE().build();
    HttpResponse<String> response = MEXC.send(request, BodyHandlers.ofString());
    assertEquals(204, response.statusCode());
    assertEquals("", response.body());
    assertTrue(MEXC.sendForResult(request, BodyHandlers.ofString()).body().answer().isSuccess());
  }

  @Test
  void anInputStreamHandlerStillWorks() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(server.baseUri() + "/api/v3/ticker/price?mexcCase=large-300000")).build();
    try (InputStream in = MEXC.send(request, BodyHandlers.ofInputStream()).body()) {
      assertEquals(300_000, in.readAllBytes().length);
    }
    Entry entry = MexcAnswerCatalogue.named("futures-bad-signature");
    assertThrows(MexcException.class, () -> MEXC.send(request(entry), BodyHandlers.ofInputStream()));
  }

  @Test
  void discardingAndTransportFailures() throws Exception {
    Entry success = MexcAnswerCatalogue.named("futures-success");
    assertEquals(null, MEXC.send(request(success), BodyHandlers.discarding()).body());
    HttpRequest nowhere = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/api/v3/order")).build();
    IOException failure = assertThrows(IOException.class, () -> MEXC.send(nowhere, BodyHandlers.ofString()));
    assertEquals(null, MexcBodyHandlers.unwrap(failure));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> MEXC.sendAsync(nowhere, BodyHandlers.ofString()).get());
    assertInstanceOf(IOException.class, async.getCause());
  }
}
