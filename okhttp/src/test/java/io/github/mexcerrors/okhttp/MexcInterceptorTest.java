package io.github.mexcerrors.okhttp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.testing.MexcAnswerAssertions;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import io.github.mexcerrors.wire.testing.MexcStandIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A real {@link OkHttpClient} with the interceptor, against OkHttp's {@code mockwebserver3} on loopback serving
 * every answer of the wire module's {@link MexcAnswerCatalogue}: errors become the expected typed exception
 * (with the wire's facts), successes reach the caller with their body unread.
 */
class MexcInterceptorTest {
  private static final int LARGE = 1024 * 1024;

  private static MockWebServer server;
  private static OkHttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new CatalogueDispatcher());
    server.start(0);
    client = new OkHttpClient.Builder()
        .addInterceptor(MexcInterceptor.create())
        .build();
  }

  @AfterAll
  static void stop() {
    server.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /** Answers {@code mexcCase=NAME} with that catalogue entry, {@code mexcCase=large-N} with N bytes of JSON. */
  private static final class CatalogueDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String name = request.getUrl().queryParameter(MexcAnswerCatalogue.CASE_PARAMETER);
      if (name != null && name.startsWith("large-")) {
        Buffer body = new Buffer().write(MexcStandIn.largeSuccess(Integer.parseInt(name.substring(6))));
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body(body).build();
      }
      Entry entry = MexcAnswerCatalogue.named(name);
      MockResponse.Builder response = new MockResponse.Builder().code(entry.status());
      for (Map.Entry<String, String> header : entry.responseHeaders(Instant.now()).entrySet()) {
        response.addHeader(header.getKey(), header.getValue());
      }
      return response.body(new Buffer().write(entry.body())).build();
    }
  }

  private static Request request(Entry entry, Instant now) {
    Request.Builder request = new Request.Builder().url(entry.uri(server.url("/").uri(), now).toString());
    entry.requestHeaders(now).forEach(request::header);
    RequestBody body = entry.method().equals("GET") ? null : RequestBody.create(new byte[0], (MediaType) null);
    return request.method(entry.method(), body).build();
  }

  @TestFactory
  List<DynamicTest> everyCatalogueAnswer() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Entry entry : MexcAnswerCatalogue.all()) {
      tests.add(DynamicTest.dynamicTest(entry.name(), () -> check(entry)));
    }
    return tests;
  }

  private static void check(Entry entry) throws IOException {
    Instant now = Instant.now();
    Call call = client.newCall(request(entry, now));
    if (entry.isError()) {
      MexcIOException thrown = assertThrows(MexcIOException.class, call::execute);
      MexcAnswerAssertions.assertError(entry, thrown.mexcException(),
          MexcAnswerCatalogue.clockTolerance(now));
      assertSame(thrown.mexcException(), thrown.getCause());
      assertEquals(entry.status(), thrown.httpStatus());
      // The caller still reads the error's body: the interceptor kept it on the exception.
      assertArrayEquals(entry.body(), thrown.body());
      assertEquals(new String(entry.body(), StandardCharsets.UTF_8), thrown.response().body());
      return;
    }
    try (Response response = call.execute()) {
      assertEquals(entry.status(), response.code());
      // The caller reads the whole body, untouched by the interceptor's peek.
      assertArrayEquals(entry.body(), response.body().bytes());
      Optional<MexcAnswer> answer = MexcInterceptor.answerOf(response);
      if (entry.expectedItems().isEmpty()) {
        assertTrue(answer.isEmpty(), "no items expected");
      } else {
        MexcAnswerAssertions.assertItems(entry, answer.orElseThrow().items());
      }
    }
  }


  @Test
  void asyncCallsHearOfErrorsInOnFailure() throws Exception {
    Entry entry = MexcAnswerCatalogue.named("futures-rate-limit-510");
    CompletableFuture<IOException> failure = new CompletableFuture<>();
    client.newCall(request(entry, Instant.now())).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        failure.complete(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        response.close();
        failure.completeExceptionally(new AssertionError("no failure"));
      }
    });
    IOException thrown = failure.get(10, TimeUnit.SECONDS);
    MexcIOException mexc = assertInstanceOf(MexcIOException.class, thrown);
    assertInstanceOf(RateLimitException.class, mexc.mexcException());
    assertSame(mexc.mexcException(), MexcIOException.find(thrown).orElseThrow());
  }

  @Test
  void uncheckedModeThrowsTheTypedExceptionToSynchronousCallers() {
    OkHttpClient unchecked = new OkHttpClient.Builder()
        .addInterceptor(MexcInterceptor.builder().throwUnchecked().build()).build();
    Entry entry = MexcAnswerCatalogue.named("spot-rate-limit-json");
    RateLimitException thrown = assertThrows(RateLimitException.class,
        () -> unchecked.newCall(request(entry, Instant.now())).execute());
    assertEquals(Optional.of(Duration.ofSeconds(30)), thrown.retryAfter());
    assertEquals(MexcApi.SPOT, thrown.api());
    unchecked.connectionPool().evictAll();
  }

  @Test
  void aLargeSuccessIsDecidedFromAPrefixAndStreamsToTheCallerWhole() throws IOException {
    AtomicLong pulled = new AtomicLong();
    AtomicLong pulledWhenDecided = new AtomicLong(-1);
    OkHttpClient probed = new OkHttpClient.Builder()
        // Outermost: notes how much of the body had left the network when the MEXC interceptor returned.
        .addInterceptor(chain -> {
          Response response = chain.proceed(chain.request());
          pulledWhenDecided.set(pulled.get());
          return response;
        })
        .addInterceptor(MexcInterceptor.of(MexcErrors.factory()))
        // Innermost: counts the bytes read from the connection.
        .addNetworkInterceptor(new CountingInterceptor(pulled))
        .build();
    Request request = new Request.Builder()
        .url(server.url("/api/v3/ticker/price?" + MexcAnswerCatalogue.CASE_PARAMETER + "=large-" + LARGE))
        .build();
    try (Response response = probed.newCall(request).execute()) {
      long decided = pulledWhenDecided.get();
      assertTrue(decided >= 0 && decided <= 2L * MexcAnswerReader.DEFAULT_PEEK_BYTES,
          "bytes read before the interceptor decided: " + decided);
      byte[] body = response.body().bytes();
      assertArrayEquals(MexcStandIn.largeSuccess(LARGE), body);
      assertEquals(LARGE, pulled.get());
    }
    probed.connectionPool().evictAll();
  }

  /** Counts the bytes of response bodies read from the connection. */
  private static final class CountingInterceptor implements Interceptor {
    private final AtomicLong pulled;

    CountingInterceptor(AtomicLong pulled) {
      this.pulled = pulled;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      BufferedSource counted = Okio.buffer(new CountingSource(body.source(), pulled));
      return response.newBuilder()
          .body(ResponseBody.create(counted, body.contentType(), body.contentLength())).build();
    }
  }

  /** A source that counts the bytes read through it. */
  private static final class CountingSource extends ForwardingSource {
    private final AtomicLong pulled;

    CountingSource(Source delegate, AtomicLong pulled) {
      super(delegate);
      this.pulled = pulled;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long read = super.read(sink, byteCount);
      if (read > 0) {
        pulled.addAndGet(read);
      }
      return read;
    }
  }

  @Test
  void aRequestIsDescribedAsFromItsUri() {
    for (String url : new String[] {
        "https://api.mexc.com/api/v3/order?symbol=MXUSDT&recvWindow=5000&timestamp=1764381593600&signature=a",
        "https://api.mexc.com/api/v3/batchOrders?batchOrders=%5B%7B%22a%22%3A1%7D%5D&timestamp=1",
        "https://contract.mexc.com/api/v1/private/order/cancel",
        "http://proxy/some%20where/order?timestamp=12&recvWindow=9"}) {
      Request request = new Request.Builder().url(url).header("Request-Time", "1764381593600")
          .header("Recv-Window", "10").build();
      assertEquals(io.github.mexcerrors.wire.MexcRequestInfo.of(request.method(), request.url().uri(),
          request::header), MexcInterceptor.describe(request), url);
    }
  }

  @Test
  void anExceptionWithoutABodyHasAnEmptyOne() {
    MexcException error = MexcErrors.factory().create(MexcErrorResponse.of(MexcApi.SPOT, 700003, "late", 400));
    MexcIOException empty = new MexcIOException(error, 400, null);
    assertEquals(error.getMessage(), empty.getMessage());
    assertNotNull(empty.body());
    assertEquals("", empty.bodyAsString());
  }
}
