package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.wire.testing.MexcStandIn;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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
 * What the adapter benchmarks share: the loopback MEXC stand-in serving a JSON success of {@code size} bytes, the
 * four variants every client is measured with (the body as bytes and as a stream, without and with the adapter),
 * the check at setup that each of them reads the whole body, byte for byte, and how they run (JMH's annotations
 * are inherited): time per request, 3 + 5 iterations of 2 s, one fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public abstract class AdapterBenchmarkState {
  /** The size of the success body. */
  @Param("1048576")
  public int size;

  private MexcStandIn server;

  /** Creates the benchmark state. */
  protected AdapterBenchmarkState() {}

  /**
   * Starts the stand-in, sets the client up and checks that every variant reads the whole body, byte for byte.
   *
   * @throws Exception when the stand-in cannot start or a variant reads something else
   */
  @Setup(Level.Trial)
  public void start() throws Exception {
    server = MexcStandIn.start();
    open(server.baseUri() + "/api/v3/ticker/price?mexcCase=large-" + size);
    byte[] expected = MexcStandIn.largeSuccess(size);
    if (!Arrays.equals(expected, plainBytes()) || !Arrays.equals(expected, adapterBytes())
        || plainStream() != size || adapterStream() != size) {
      throw new IllegalStateException("a variant did not read the " + size + " bytes of the answer");
    }
  }

  /** Stops the client, then the stand-in. */
  @TearDown(Level.Trial)
  public void stop() {
    close();
    server.close();
  }

  /**
   * Sets the client up, with and without the adapter, for {@code GET} requests of one address.
   *
   * @param url the address of the large success on the stand-in
   * @throws Exception when the client cannot be set up
   */
  protected abstract void open(String url) throws Exception;

  /** Stops what the client started; nothing by default. */
  protected void close() {}

  /**
   * No adapter, the body as bytes.
   *
   * @return the body
   * @throws Exception when the request fails
   */
  public abstract byte[] plainBytes() throws Exception;

  /**
   * The adapter, the body as bytes.
   *
   * @return the body
   * @throws Exception when the request fails
   */
  public abstract byte[] adapterBytes() throws Exception;

  /**
   * No adapter, the body as a stream, read to the end.
   *
   * @return the number of bytes read
   * @throws Exception when the request fails
   */
  public abstract long plainStream() throws Exception;

  /**
   * The adapter, the body as a stream, read to the end.
   *
   * @return the number of bytes read
   * @throws Exception when the request fails
   */
  public abstract long adapterStream() throws Exception;

  /**
   * Reads a stream to the end and closes it.
   *
   * @param in the stream
   * @return the number of bytes read
   * @throws IOException when reading fails
   */
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
