package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.httpclient.MexcBodyHandlers;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.okhttp.MexcIOException;
import io.github.mexcerrors.okhttp.MexcInterceptor;
import io.github.mexcerrors.spring.MexcRestClient;
import io.github.mexcerrors.wire.MexcAnswerReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * What each adapter itself costs on the answers bots get most, without a socket in the way: a small success
 * (a 170-byte order answer) and an error (spot 700002 with HTTP 400), handed to the client's own machinery in
 * memory, with and without the adapter.
 * <ul>
 *   <li>{@code java.net.http}: the {@code BodyHandler} ({@code BodyHandlers.ofByteArray()}, alone or wrapped per
 *       request by {@link MexcBodyHandlers#of}, as {@code MexcHttpClient.send} does) applied to the answer's
 *       status and headers, its subscriber fed the body as one {@code ByteBuffer};
 *   <li>OkHttp: {@code call.execute()} on an {@code OkHttpClient} whose last application interceptor answers
 *       from memory (a body source over a stream, read into pooled segments as from a socket, that returns them
 *       when closed), with {@link MexcInterceptor} before it or not, the body read with {@code bytes()};
 *   <li>Spring: {@code retrieve().body(byte[].class)} on a {@code RestClient} whose request factory answers from
 *       memory, plain or set up by {@link MexcRestClient#configure}.
 * </ul>
 * The plain variant of an error returns the bytes (java.net.http, OkHttp) or Spring's own
 * {@code RestClientResponseException}; the adapter's returns the typed exception. Time per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class InMemoryAdapterBenchmark {
  static final String PATH = "/api/v3/order";
  static final String QUERY = "symbol=BTCUSDT&orderId=C02__443776347957968896&recvWindow=5000"
      + "&timestamp=1764381606000&signature=6e2b0a5b0f9b8a1f8e0c4e3f7a5a9d1c2b3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a";
  static final byte[] SUCCESS = ("{\"symbol\":\"BTCUSDT\",\"orderId\":\"C02__443776347957968896\","
      + "\"orderListId\":-1,\"price\":\"95000\",\"origQty\":\"0.001\",\"type\":\"LIMIT\",\"side\":\"BUY\","
      + "\"transactTime\":1764381606000}").getBytes(StandardCharsets.UTF_8);
  static final byte[] ERROR = "{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}"
      .getBytes(StandardCharsets.UTF_8);

  /** Which answer: {@code success} (HTTP 200) or {@code error} (HTTP 400). */
  @Param({"success", "error"})
  public String answer;

  private int status;
  private byte[] body;
  private URI uri;
  private Map<String, List<String>> headers;

  private MexcAnswerReader reader;
  private HttpRequest jdkRequest;
  private HttpResponse.ResponseInfo jdkInfo;

  private OkHttpClient okPlain;
  private OkHttpClient okAdapter;
  private Request okRequest;

  private RestClient springPlain;
  private RestClient springAdapter;

  /** Creates the benchmark state. */
  public InMemoryAdapterBenchmark() {}

  /**
   * Sets every client up and checks what each variant gives: the body, or the typed exception of the error.
   *
   * @throws Exception when a variant gives something else
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    boolean error = "error".equals(answer);
    status = error ? 400 : 200;
    body = error ? ERROR : SUCCESS;
    uri = URI.create("https://api.mexc.com" + PATH + "?" + QUERY);
    headers = Map.of("Content-Type", List.of("application/json"),
        "Content-Length", List.of(Integer.toString(body.length)),
        "Date", List.of("Sat, 29 Nov 2025 02:00:06 GMT"));

    reader = MexcAnswerReader.of(MexcErrors.factory());
    jdkRequest = HttpRequest.newBuilder(uri).GET().build();
    HttpHeaders jdkHeaders = HttpHeaders.of(headers, (name, value) -> true);
    jdkInfo = new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return status;
      }

      @Override
      public HttpHeaders headers() {
        return jdkHeaders;
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };

    MediaType json = MediaType.get("application/json");
    okPlain = new OkHttpClient.Builder().addInterceptor(chain -> {
      Response.Builder answer = new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1)
          .code(status).message(status == 200 ? "OK" : "Bad Request")
          .body(ResponseBody.create(Okio.buffer(Okio.source(new ByteArrayInputStream(body))), json,
              body.length));
      headers.forEach((name, values) -> answer.header(name, values.get(0)));
      return answer.build();
    }).build();
    okAdapter = withFirst(okPlain);
    okRequest = new Request.Builder().url(uri.toString()).build();

    ClientHttpRequestFactory memory = (target, method) -> new MemoryRequest(target, method);
    springPlain = RestClient.builder().requestFactory(memory).build();
    springAdapter = MexcRestClient.configure(RestClient.builder().requestFactory(memory), MexcErrors.factory())
        .build();

    check("httpClientPlain", httpClientPlain(), false);
    check("httpClientAdapter", httpClientAdapter(), error);
    check("okHttpPlain", okHttpPlain(), false);
    check("okHttpAdapter", okHttpAdapter(), error);
    if (error) {
      if (!(springPlain() instanceof RestClientResponseException)) {
        throw new IllegalStateException("springPlain: not Spring's exception");
      }
    } else {
      check("springPlain", springPlain(), false);
    }
    check("springAdapter", springAdapter(), error);
  }

  /** The same client with the adapter as its first application interceptor, before the in-memory answer. */
  private static OkHttpClient withFirst(OkHttpClient plain) {
    OkHttpClient.Builder builder = plain.newBuilder();
    builder.interceptors().add(0, MexcInterceptor.of(MexcErrors.factory()));
    return builder.build();
  }

  private void check(String variant, Object result, boolean typedError) {
    boolean ok = typedError
        ? result instanceof MexcException && ((MexcException) result).code() == 700002
        : result instanceof byte[] && Arrays.equals(body, (byte[]) result);
    if (!ok) {
      throw new IllegalStateException(variant + " gave " + result);
    }
  }

  /** Stops OkHttp's threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    okPlain.dispatcher().executorService().shutdown();
    okPlain.connectionPool().evictAll();
  }

  /**
   * {@code BodyHandlers.ofByteArray()} alone.
   *
   * @return the body
   */
  @Benchmark
  public Object httpClientPlain() {
    return feed(BodyHandlers.ofByteArray().apply(jdkInfo));
  }

  /**
   * {@code MexcBodyHandlers.of(reader, request, BodyHandlers.ofByteArray())}, made per request.
   *
   * @return the body, or the typed exception
   */
  @Benchmark
  public Object httpClientAdapter() {
    return feed(MexcBodyHandlers.of(reader, jdkRequest, BodyHandlers.ofByteArray()).apply(jdkInfo));
  }

  private Object feed(HttpResponse.BodySubscriber<byte[]> subscriber) {
    subscriber.onSubscribe(NoSubscription.INSTANCE);
    subscriber.onNext(List.of(ByteBuffer.wrap(body)));
    subscriber.onComplete();
    return subscriber.getBody().toCompletableFuture().handle((value, failure) -> failure != null ? failure : value)
        .join();
  }

  /**
   * {@code execute()} and {@code bytes()} without the interceptor.
   *
   * @return the body
   * @throws IOException never: the answer is in memory
   */
  @Benchmark
  public Object okHttpPlain() throws IOException {
    try (Response response = okPlain.newCall(okRequest).execute()) {
      return response.body().bytes();
    }
  }

  /**
   * {@code execute()} and {@code bytes()} with {@link MexcInterceptor}.
   *
   * @return the body, or the typed exception
   * @throws IOException never: the answer is in memory
   */
  @Benchmark
  public Object okHttpAdapter() throws IOException {
    try (Response response = okAdapter.newCall(okRequest).execute()) {
      return response.body().bytes();
    } catch (MexcIOException e) {
      return e.mexcException();
    }
  }

  /**
   * {@code retrieve().body(byte[].class)} on a plain {@code RestClient}.
   *
   * @return the body, or Spring's exception of the error
   */
  @Benchmark
  public Object springPlain() {
    try {
      return springPlain.get().uri(uri).retrieve().body(byte[].class);
    } catch (RestClientResponseException e) {
      return e;
    }
  }

  /**
   * {@code retrieve().body(byte[].class)} on a {@code RestClient} set up by {@link MexcRestClient#configure}.
   *
   * @return the body, or the typed exception
   */
  @Benchmark
  public Object springAdapter() {
    try {
      return springAdapter.get().uri(uri).retrieve().body(byte[].class);
    } catch (MexcException e) {
      return e;
    }
  }

  /** A subscription that ignores demand: the test feeds the subscriber itself. */
  private enum NoSubscription implements Flow.Subscription {
    INSTANCE;

    @Override
    public void request(long n) {}

    @Override
    public void cancel() {}
  }

  /** A Spring request answered from memory. */
  private final class MemoryRequest extends AbstractClientHttpRequest {
    private final URI target;
    private final HttpMethod method;

    MemoryRequest(URI target, HttpMethod method) {
      this.target = target;
      this.method = method;
    }

    @Override
    public HttpMethod getMethod() {
      return method;
    }

    @Override
    public URI getURI() {
      return target;
    }

    @Override
    protected OutputStream getBodyInternal(org.springframework.http.HttpHeaders requestHeaders) {
      return new ByteArrayOutputStream(0);
    }

    @Override
    protected ClientHttpResponse executeInternal(org.springframework.http.HttpHeaders requestHeaders) {
      return new MemoryResponse();
    }
  }

  /** A Spring response of the benchmark's answer. */
  private final class MemoryResponse implements ClientHttpResponse {
    private final org.springframework.http.HttpHeaders responseHeaders = new org.springframework.http.HttpHeaders();
    private final InputStream in = new ByteArrayInputStream(body);

    MemoryResponse() {
      headers.forEach(responseHeaders::put);
    }

    @Override
    public HttpStatusCode getStatusCode() {
      return HttpStatusCode.valueOf(status);
    }

    @Override
    public String getStatusText() {
      return status == 200 ? "OK" : "Bad Request";
    }

    @Override
    public org.springframework.http.HttpHeaders getHeaders() {
      return responseHeaders;
    }

    @Override
    public InputStream getBody() {
      return in;
    }

    @Override
    public void close() {}
  }
}
