package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.spring.MexcRestClient;
import java.net.URI;
import java.net.http.HttpClient;
import org.openjdk.jmh.annotations.Benchmark;
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
public class SpringAdapterBenchmark extends AdapterBenchmarkState {
  private HttpClient http;
  private RestClient plain;
  private RestClient adapter;
  private URI uri;

  /** Creates the benchmark state. */
  public SpringAdapterBenchmark() {}

  @Override
  protected void open(String url) {
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    plain = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(http)).build();
    adapter = MexcRestClient.configure(
        RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(http)), MexcErrors.factory()).build();
    uri = URI.create(url);
  }

  /**
   * No adapter: {@code retrieve().body(byte[].class)}.
   *
   * @return the body
   */
  @Override
  @Benchmark
  public byte[] plainBytes() {
    return plain.get().uri(uri).retrieve().body(byte[].class);
  }

  /**
   * The adapter, then {@code retrieve().body(byte[].class)}.
   *
   * @return the body
   */
  @Override
  @Benchmark
  public byte[] adapterBytes() {
    return adapter.get().uri(uri).retrieve().body(byte[].class);
  }

  /**
   * No adapter: the body as a stream ({@code exchange}), read to the end.
   *
   * @return the number of bytes read
   */
  @Override
  @Benchmark
  public long plainStream() {
    return plain.get().uri(uri).exchange((request, response) -> drain(response.getBody()));
  }

  /**
   * The adapter, then the body as a stream ({@code exchange}), read to the end.
   *
   * @return the number of bytes read
   */
  @Override
  @Benchmark
  public long adapterStream() {
    return adapter.get().uri(uri).exchange((request, response) -> drain(response.getBody()));
  }
}
