package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.okhttp.MexcInterceptor;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * What the OkHttp interceptor costs on a large success: a {@code GET} of a JSON success of {@code size} bytes from
 * the loopback MEXC stand-in, with a plain {@code OkHttpClient} against the same client (same connection pool and
 * dispatcher) with {@link MexcInterceptor} added, the body read with {@code bytes()} and as a stream. The
 * interceptor peeks 8 KiB ({@code Response.peekBody}), decides, and leaves the rest to the caller. Time per
 * request.
 */
public class OkHttpAdapterBenchmark extends AdapterBenchmarkState {
  private OkHttpClient plain;
  private OkHttpClient adapter;
  private Request request;

  /** Creates the benchmark state. */
  public OkHttpAdapterBenchmark() {}

  @Override
  protected void open(String url) {
    plain = new OkHttpClient();
    adapter = plain.newBuilder().addInterceptor(MexcInterceptor.of(MexcErrors.factory())).build();
    request = new Request.Builder().url(url).build();
  }

  /** Stops the client's threads. */
  @Override
  protected void close() {
    plain.dispatcher().executorService().shutdown();
    plain.connectionPool().evictAll();
  }

  /**
   * No adapter: {@code body().bytes()}.
   *
   * @return the body
   * @throws IOException when the request fails
   */
  @Override
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
  @Override
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
  @Override
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
  @Override
  @Benchmark
  public long adapterStream() throws IOException {
    try (Response response = adapter.newCall(request).execute()) {
      return drain(response.body().byteStream());
    }
  }
}
