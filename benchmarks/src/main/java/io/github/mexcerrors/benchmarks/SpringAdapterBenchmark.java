package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.spring.MexcRestClient;
import io.github.mexcerrors.wire.testing.MexcStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What the Spring {@code RestClient} adapter costs on a large success: a {@code GET} of a JSON success of
 * {@code size} bytes from the loopback MEXC stand-in, with a plain {@code RestClient} against one set up by
 * {@link MexcRestClient#configure} (the status handler and the interceptor), both on the same JDK
 * {@code HttpClient} ({@code JdkClientHttpRequestFactory}); the body read with {@code retrieve().body(byte[].class)}
 * and as a stream ({@code exchange}, read to the end). The interceptor reads 8 KiB, decides, and hands on the
 * prefix followed by the unread rest. Time per request.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SpringAdapterBenchmark {
  /** The size of the success body. */
  @Param("1048576")
  public int size;

  private MexcStandIn server;
  private HttpClient http;
  private RestClient plain;
  private RestClient adapter;
  private URI uri;

  /** Creates the benchmark state. */
  public SpringAdapterBenchmark() {}

  /**
   * Starts the stand-in and checks that every variant reads the whole body, byte for byte.
   *
   * @throws Exception when the stand-in cannot start or a variant reads something else
   */
  @Setup(Level.Trial)
  public void start() throws Exception {
    server = MexcStandIn.start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    plain = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(http)).build();
    adapter = MexcRestClient.configure(
        RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(http)), MexcErrors.factory()).build();
    uri = URI.create(server.baseUri() + "/api/v3/ticker/price?mexcCase=large-" + size);
    byte[] expected = MexcStandIn.largeSuccess(size);
    if (!Arrays.equals(expected, plainBytes()) || !Arrays.equals(expected, adapterBytes())
        || plainStream() != size || adapterStream() != size) {
      throw new IllegalStateException("a variant did not read the " + size + " bytes of the answer");
    }
  }

  /** Stops the stand-in. */
  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  /**
   * No adapter: {@code retrieve().body(byte[].class)}.
   *
   * @return the body
   */
  @Benchmark
  public byte[] plainBytes() {
    return plain.get().uri(uri).retrieve().body(byte[].class);
  }

  /**
   * The adapter, then {@code retrieve().body(byte[].class)}.
   *
   * @return the body
   */
  @Benchmark
  public byte[] adapterBytes() {
    return adapter.get().uri(uri).retrieve().body(byte[].class);
  }

  /**
   * No adapter: the body as a stream ({@code exchange}), read to the end.
   *
   * @return the number of bytes read
   */
  @Benchmark
  public long plainStream() {
    return plain.get().uri(uri).exchange((request, response) -> OkHttpAdapterBenchmark.drain(response.getBody()));
  }

  /**
   * The adapter, then the body as a stream ({@code exchange}), read to the end.
   *
   * @return the number of bytes read
   */
  @Benchmark
  public long adapterStream() {
    return adapter.get().uri(uri).exchange((request, response) -> OkHttpAdapterBenchmark.drain(response.getBody()));
  }
}
