package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.okhttp.MexcInterceptor;
import io.github.mexcerrors.wire.testing.MexcStandIn;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
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

/**
 * What the OkHttp interceptor costs on a large success: a {@code GET} of a JSON success of {@code size} bytes from
 * the loopback MEXC stand-in, with a plain {@code OkHttpClient} against the same client (same connection pool and
 * dispatcher) with {@link MexcInterceptor} added, the body read with {@code bytes()} and as a stream. The
 * interceptor peeks 8 KiB ({@code Response.peekBody}), decides, and leaves the rest to the caller. Time per
 * request.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class OkHttpAdapterBenchmark {
  /** The size of the success body. */
  @Param("1048576")
  public int size;

  private MexcStandIn server;
  private OkHttpClient plain;
  private OkHttpClient adapter;
  private Request request;

  /** Creates the benchmark state. */
  public OkHttpAdapterBenchmark() {}

  /**
   * Starts the stand-in and checks that every variant reads the whole body, byte for byte.
   *
   * @throws Exception when the stand-in cannot start or a variant reads something else
   */
  @Setup(Level.Trial)
  public void start() throws Exception {
    server = MexcStandIn.start();
    plain = new OkHttpClient();
    adapter = plain.newBuilder().addInterceptor(MexcInterceptor.of(MexcErrors.factory())).build();
    request = new Request.Builder()
        .url(server.baseUri() + "/api/v3/ticker/price?mexcCase=large-" + size)
        .build();
    byte[] expected = MexcStandIn.largeSuccess(size);
    if (!Arrays.equals(expected, plainBytes()) || !Arrays.equals(expected, adapterBytes())
        || plainStream() != size || adapterStream() != size) {
      throw new IllegalStateException("a variant did not read the " + size + " bytes of the answer");
    }
  }

  /** Stops the stand-in and the client's threads. */
  @TearDown(Level.Trial)
  public void stop() {
    plain.dispatcher().executorService().shutdown();
    plain.connectionPool().evictAll();
    server.close();
  }

  /**
   * No adapter: {@code body().bytes()}.
   *
   * @return the body
   * @throws IOException when the request fails
   */
  @Benchmark
  public byte[] plainBytes() throws IOException {
    try (Response response = plain.newCall(request).execute()) {
      return response.body().bytes();
    }
  }

  /**
   * The interceptor, then {@code body().bytes()}.
   *
   * @return the body
   * @throws IOException when the request fails
   */
  @Benchmark
  public byte[] adapterBytes() throws IOException {
    try (Response response = adapter.newCall(request).execute()) {
      return response.body().bytes();
    }
  }

  /**
   * No adapter: {@code body().byteStream()}, read to the end.
   *
   * @return the number of bytes read
   * @throws IOException when the request fails
   */
  @Benchmark
  public long plainStream() throws IOException {
    try (Response response = plain.newCall(request).execute()) {
      return drain(response.body().byteStream());
    }
  }

  /**
   * The interceptor, then {@code body().byteStream()}, read to the end.
   *
   * @return the number of bytes read
   * @throws IOException when the request fails
   */
  @Benchmark
  public long adapterStream() throws IOException {
    try (Response response = adapter.newCall(request).execute()) {
      return drain(response.body().byteStream());
    }
  }

  static long drain(InputStream in) throws IOException {
    byte[] buffer = new byte[16384];
    long total = 0;
    try (in) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        total += read;
      }
    }
    return total;
  }
}
