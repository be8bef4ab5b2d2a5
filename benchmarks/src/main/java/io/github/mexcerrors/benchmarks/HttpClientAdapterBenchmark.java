package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.httpclient.MexcBodyHandlers;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcAnswerReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * What the {@code java.net.http} adapter costs on a large success: a {@code GET} of a JSON success of
 * {@code size} bytes from the loopback MEXC stand-in, with {@code BodyHandlers.ofByteArray()} and
 * {@code ofInputStream()} alone against the same handlers wrapped by {@link MexcBodyHandlers#of}. The adapter peeks
 * 8 KiB, decides, and streams the rest to the caller's handler. Time per request.
 */
public class HttpClientAdapterBenchmark extends AdapterBenchmarkState {
  private HttpClient client;
  private HttpRequest request;
  private MexcAnswerReader reader;

  /** Creates the benchmark state. */
  public HttpClientAdapterBenchmark() {}

  @Override
  protected void open(String url) {
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    request = HttpRequest.newBuilder(URI.create(url)).build();
    reader = MexcAnswerReader.of(MexcErrors.factory());
  }

  /**
   * No adapter: {@code BodyHandlers.ofByteArray()}.
   *
   * @return the body
   * @throws Exception when the request fails
   */
  @Override
  @Benchmark
  public byte[] plainBytes() throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  /**
   * The adapter around {@code BodyHandlers.ofByteArray()}.
   *
   * @return the body
   * @throws Exception when the request fails
   */
  @Override
  @Benchmark
  public byte[] adapterBytes() throws Exception {
    return client.send(request, MexcBodyHandlers.of(reader, request, HttpResponse.BodyHandlers.ofByteArray()))
        .body();
  }

  /**
   * No adapter: {@code BodyHandlers.ofInputStream()}, read to the end.
   *
   * @return the number of bytes read
   * @throws Exception when the request fails
   */
  @Override
  @Benchmark
  public long plainStream() throws Exception {
    return drain(client.send(request, HttpResponse.BodyHandlers.ofInputStream()).body());
  }

  /**
   * The adapter around {@code BodyHandlers.ofInputStream()}, read to the end.
   *
   * @return the number of bytes read
   * @throws Exception when the request fails
   */
  @Override
  @Benchmark
  public long adapterStream() throws Exception {
    return drain(client.send(request, MexcBodyHandlers.of(reader, request, HttpResponse.BodyHandlers.ofInputStream()))
        .body());
  }
}
