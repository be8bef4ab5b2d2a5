package io.github.mexcerrors.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.InvalidSignatureException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.testing.MexcAnswerAssertions;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import io.github.mexcerrors.wire.testing.MexcStandIn;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A real {@link RestClient} on the JDK's {@code HttpClient} ({@link JdkClientHttpRequestFactory}), set up with
 * {@link MexcRestClient#configure}, against the wire module's {@link MexcStandIn} on loopback serving every
 * answer of the {@link MexcAnswerCatalogue}.
 */
class MexcRestClientTest {
  private static final int LARGE = 1024 * 1024;

  private static MexcStandIn server;
  private static RestClient client;

  @BeforeAll
  static void start() throws IOException {
    server = MexcStandIn.start();
    client = MexcRestClient.configure(RestClient.builder())
        .requestFactory(new JdkClientHttpRequestFactory())
        .build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RestClient.RequestBodySpec request(RestClient restClient, Entry entry, Instant now) {
    URI uri = entry.uri(server.baseUri(), now);
    return restClient.method(HttpMethod.valueOf(entry.method())).uri(uri)
        .headers(headers -> entry.requestHeaders(now).forEach(headers::set));
  }

  @TestFactory
  List<DynamicTest> everyCatalogueAnswer() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Entry entry : MexcAnswerCatalogue.all()) {
      tests.add(DynamicTest.dynamicTest(entry.name(), () -> check(entry)));
    }
    return tests;
  }

  private static void check(Entry entry) {
    Instant now = Instant.now();
    if (entry.isError()) {
      MexcException thrown = assertThrows(MexcException.class,
          () -> request(client, entry, now).retrieve().body(byte[].class));
      MexcAnswerAssertions.assertError(entry, thrown, MexcAnswerCatalogue.clockTolerance(now));
      return;
    }
    ResponseEntity<byte[]> response = request(client, entry, now).retrieve().toEntity(byte[].class);
    assertEquals(entry.status(), response.getStatusCode().value());
    // The caller reads the whole body: the interceptor's prefix, then the unread rest.
    assertArrayEquals(entry.body(), response.getBody());
    Optional<MexcAnswer> answer = request(client, entry, now)
        .exchange((request, exchanged) -> {
          exchanged.getBody().readAllBytes();
          return MexcRestClient.answerOf(request);
        });
    if (entry.expectedItems().isEmpty()) {
      assertTrue(answer.isEmpty(), "no items expected");
    } else {
      MexcAnswerAssertions.assertItems(entry, answer.orElseThrow().items());
    }
  }


  @Test
  void aRequestsOwnStatusHandlerStillTakesPrecedence() {
    Entry entry = MexcAnswerCatalogue.named("spot-rate-limit-json");
    String handled = request(client, entry, Instant.now()).retrieve()
        .onStatus(status -> status.value() == 429, (request, response) -> { })
        .body(String.class);
    assertEquals(new String(entry.body(), StandardCharsets.UTF_8), handled);
  }

  @Test
  void theCustomizerAndThePartsSetUpTheSameHandling() {
    RestClient customized = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
        .apply(MexcRestClient.customizer()).build();
    assertThrows(RateLimitException.class, () -> request(customized, MexcAnswerCatalogue.named(
        "futures-rate-limit-510"), Instant.now()).retrieve().toBodilessEntity());
    RestClient parts = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
        .defaultStatusHandler(HttpStatusCode::isError, MexcStatusHandler.create())
        .requestInterceptor(MexcResponseInterceptor.create())
        .build();
    assertThrows(InvalidSignatureException.class, () -> request(parts, MexcAnswerCatalogue.named(
        "spot-bad-signature"), Instant.now()).retrieve().toBodilessEntity());
    assertThrows(InvalidSignatureException.class, () -> request(parts, MexcAnswerCatalogue.named(
        "futures-bad-signature"), Instant.now()).retrieve().toBodilessEntity());
  }

  @Test
  void aLargeSuccessIsDecidedFromAPrefixAndStreamsToTheCallerWhole() {
    AtomicLong pulled = new AtomicLong();
    AtomicLong pulledWhenDecided = new AtomicLong(-1);
    // Outermost: notes how much of the body had been read when the MEXC interceptor returned.
    ClientHttpRequestInterceptor outer = (request, body, execution) -> {
      ClientHttpResponse response = execution.execute(request, body);
      pulledWhenDecided.set(pulled.get());
      return response;
    };
    // Innermost: counts the bytes read from the connection.
    ClientHttpRequestInterceptor inner = (request, body, execution) ->
        new Counted(execution.execute(request, body), pulled);
    // Step by step, not one chain: javac 17 crashes ("typecode ERROR") on the chain of lambdas and the
    // generated MexcErrors when the processor generates it in the same compile.
    Consumer<RestClient.Builder> mexc = MexcRestClient.customizer(MexcErrors.factory());
    RestClient.Builder builder = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory());
    builder.requestInterceptor(outer);
    builder.apply(mexc);
    builder.requestInterceptor(inner);
    RestClient probed = builder.build();
    URI uri = URI.create(server.baseUri() + "/api/v3/ticker/price?" + MexcAnswerCatalogue.CASE_PARAMETER
        + "=large-" + LARGE);
    byte[] body = probed.get().uri(uri).retrieve().body(byte[].class);
    assertArrayEquals(MexcStandIn.largeSuccess(LARGE), body);
    long decided = pulledWhenDecided.get();
    assertTrue(decided >= 0 && decided <= MexcAnswerReader.DEFAULT_PEEK_BYTES + 1,
        "bytes read before the interceptor decided: " + decided);
    assertEquals(LARGE, pulled.get());
  }

  /** A response that counts the bytes read from its body. */
  private static final class Counted implements ClientHttpResponse {
    private final ClientHttpResponse delegate;
    private final InputStream body;

    Counted(ClientHttpResponse delegate, AtomicLong pulled) throws IOException {
      this.delegate = delegate;
      this.body = new FilterInputStream(delegate.getBody()) {
        @Override
        public int read() throws IOException {
          int read = super.read();
          if (read >= 0) {
            pulled.incrementAndGet();
          }
          return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int read = super.read(buffer, offset, length);
          if (read > 0) {
            pulled.addAndGet(read);
          }
          return read;
        }
      };
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
      return delegate.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
      return delegate.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
      return delegate.getHeaders();
    }

    @Override
    public InputStream getBody() {
      return body;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  @Test
  void theExceptionIsTypedForEveryErrorShape() {
    assertInstanceOf(MexcException.class, assertThrows(RuntimeException.class, () -> request(client,
        MexcAnswerCatalogue.named("gateway-html-403"), Instant.now()).retrieve().body(String.class)));
  }
}
