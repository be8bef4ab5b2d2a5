package io.github.mexcerrors.okhttp;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.MexcGate;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * An OkHttp application interceptor that turns every error answer of MEXC into the most specific exception of
 * the error table: spot errors with 4XX/5XX, futures errors inside HTTP 200, a gateway's HTML, a bare 429 with
 * its {@code Retry-After}. Add it with {@code addInterceptor} (not {@code addNetworkInterceptor}, which sees
 * compressed bodies):
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(MexcInterceptor.of(MexcErrors.factory()))
 *     .build();
 * }</pre>
 *
 * Retrofit users pass that client to {@code Retrofit.Builder.client(...)}.
 *
 * <h2>What it reads</h2>
 * It never consumes the body the caller reads: like {@link Response#peekBody(long)}, it buffers the first bytes
 * in the body's own source (where the caller reads them again) and copies them, only as far as needed
 * ({@link MexcAnswerReader#peekBytes(MexcRequestInfo, int)}): the first 8 KiB of a 2XX answer (MEXC's error
 * objects are a few hundred bytes; the rest of a large success is never buffered by the interceptor and streams
 * to the caller), at most 64 KiB of an error, the whole of a batch answer. The API and what the request sent
 * (timestamp, recvWindow) come from the request ({@link MexcRequestInfo#of}).
 *
 * <h2>What it throws</h2>
 * By default a {@link MexcIOException}, OkHttp's own failure type: {@code execute()} throws it and an async call
 * hands it to {@code Callback.onFailure}; the typed exception is its cause and
 * {@link MexcIOException#mexcException()}. The answer is closed first (its body, as read, stays on the
 * exception). {@link Builder#throwUnchecked()} throws the typed {@link MexcException} itself, a
 * {@code RuntimeException}: only for code that calls {@code execute()} (or Retrofit's synchronous calls); in an
 * async call OkHttp would report it to {@code onFailure} as a suppressed exception of a generic
 * {@code IOException} and then rethrow it on its dispatcher thread.
 *
 * <h2>Batch answers</h2>
 * A 2XX answer of a batch endpoint ({@code /api/v3/batchOrders}, futures cancels) is a success whose items may
 * be errors; the interceptor hands it on, with its outcome per item: {@link #answerOf(Response)}.
 *
 * <h2>A fleet that obeys one ban</h2>
 * With {@link Builder#gate(MexcGate)} (e.g. the fleet module's {@code PauseGate}), the interceptor asks the gate
 * before each request and throws its refusal (the typed rate-limit exception, wrapped as above) without sending,
 * and tells the gate of every error answer, so that a 429 or 418 seen by one process pauses the others.
 *
 * <p>Thread-safe; share one per client.
 */
public final class MexcInterceptor implements Interceptor {
  private final MexcAnswerReader reader;
  private final boolean unchecked;
  private final Function<Request, MexcRequestInfo> requests;
  private final MexcGate gate;

  private MexcInterceptor(Builder builder) {
    this.reader = MexcAnswerReader.of(builder.factory);
    this.unchecked = builder.unchecked;
    this.requests = builder.requests;
    this.gate = builder.gate;
  }

  /**
   * Creates an interceptor that throws {@link MexcIOException}s whose causes are the typed exceptions of the
   * bundled table, compiled in {@code mexc-errors-table} ({@code MexcErrors.factory()}): no processor, no handler
   * class. With a table of your own, use {@link #of(MexcExceptionFactory)} with its factory.
   *
   * @return the interceptor
   */
  public static MexcInterceptor create() {
    return builder().build();
  }

  /**
   * Starts an interceptor for the bundled table's typed exceptions (see {@link #create()}).
   *
   * @return the builder
   */
  public static Builder builder() {
    return builder(MexcErrors.factory());
  }

  /**
   * Creates an interceptor that throws {@link MexcIOException}s.
   *
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @return the interceptor
   */
  public static MexcInterceptor of(MexcExceptionFactory factory) {
    return builder(factory).build();
  }

  /**
   * Starts an interceptor.
   *
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @return the builder
   */
  public static Builder builder(MexcExceptionFactory factory) {
    return new Builder(Objects.requireNonNull(factory, "factory"));
  }

  /**
   * Returns what the interceptor read of a batch answer it handed on: one outcome per item, in order.
   *
   * @param response a response the interceptor handed on
   * @return the answer, or empty when the response is not a batch answer with items
   */
  public static Optional<MexcAnswer> answerOf(Response response) {
    return Optional.ofNullable(response.request().tag(MexcAnswer.class));
  }

  /**
   * Describes a request as {@link MexcRequestInfo#of(String, java.net.URI, io.github.mexcerrors.wire.MexcHeaders)}
   * does: the API from the path, timestamp and recvWindow from the query or the headers (read from the URL's
   * encoded path and query, without turning it into a {@code java.net.URI}).
   *
   * @param request the request
   * @return the description
   */
  public static MexcRequestInfo describe(Request request) {
    // The encoded path and query as sent: HttpUrl.uri() would re-encode and re-parse the URL (tens of us).
    return MexcRequestInfo.of(request.method(), request.url().encodedPath(), request.url().encodedQuery(),
        request::header);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (gate != null) {
      Request sending = chain.request();
      try {
        gate.beforeSend(sending::header);
      } catch (MexcException paused) {
        if (unchecked) {
          throw paused;
        }
        throw new MexcIOException(paused, paused.response().httpStatusOrNone(), null);
      }
    }
    Response response = chain.proceed(chain.request());
    MexcRequestInfo request = requests.apply(response.request());
    int status = response.code();
    int limit = MexcAnswerReader.peekBytes(request, status);
    byte[] prefix;
    boolean complete;
    try {
      // What Response.peekBody does, without its two copies and without sharing the source's segments (Okio
      // cannot recycle shared segments): buffer up to the limit in the body's own source, copy that much out.
      ResponseBody body = response.body();
      BufferedSource source = body.source();
      source.request(limit);
      Buffer buffered = source.getBuffer();
      prefix = new byte[(int) Math.min(limit, buffered.size())];
      buffered.copyTo(new ArrayFiller(prefix), 0, prefix.length);
      complete = MexcAnswerReader.isWholeBody(prefix.length, limit, body.contentLength());
    } catch (IOException unreadable) {
      if (MexcAnswerReader.isSuccessStatus(status)) {
        // The caller reads the body and meets the same failure where it expects one.
        return response;
      }
      prefix = new byte[0];
      complete = false;
    }
    MexcAnswer answer = reader.read(request, status, response::header, prefix, complete);
    Optional<MexcException> error = answer.error();
    if (error.isPresent()) {
      response.close();
      if (gate != null) {
        gate.onError(response.request()::header, error.get());
      }
      if (unchecked) {
        throw error.get();
      }
      throw new MexcIOException(error.get(), status, prefix);
    }
    if (!answer.items().isEmpty()) {
      Request tagged = response.request().newBuilder().tag(MexcAnswer.class, answer).build();
      return response.newBuilder().request(tagged).build();
    }
    return response;
  }

  /** Fills an array from its start: the target of {@code Buffer.copyTo}, which writes segment by segment. */
  private static final class ArrayFiller extends OutputStream {
    private final byte[] array;
    private int filled;

    ArrayFiller(byte[] array) {
      this.array = array;
    }

    @Override
    public void write(int b) {
      array[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      System.arraycopy(bytes, offset, array, filled, length);
      filled += length;
    }
  }

  /** Builds a {@link MexcInterceptor}. */
  public static final class Builder {
    private final MexcExceptionFactory factory;
    private boolean unchecked;
    private Function<Request, MexcRequestInfo> requests = MexcInterceptor::describe;
    private MexcGate gate;

    private Builder(MexcExceptionFactory factory) {
      this.factory = factory;
    }

    /**
     * Asks a gate before each request and tells it of every error answer: with the fleet module's
     * {@code PauseGate}, a rate limit seen by one process pauses every process that shares its store. While
     * paused, the request is not sent and the interceptor throws the gate's rate-limit exception as it throws an
     * answer's.
     *
     * @param gate the gate; {@code null} for none (the default)
     * @return this builder
     */
    public Builder gate(MexcGate gate) {
      this.gate = gate;
      return this;
    }

    /**
     * Throws the typed {@link MexcException} itself instead of a {@link MexcIOException}: for synchronous
     * calls only (see the class documentation).
     *
     * @return this builder
     */
    public Builder throwUnchecked() {
      this.unchecked = true;
      return this;
    }

    /**
     * Replaces how a request is described, e.g. to name the API behind a proxy whose paths do not tell it
     * ({@code request -> MexcInterceptor.describe(request).withApi(MexcApi.FUTURES)}), or to add the timestamp
     * of a form body.
     *
     * @param requests describes a request; must not throw
     * @return this builder
     */
    public Builder describeRequests(Function<Request, MexcRequestInfo> requests) {
      this.requests = Objects.requireNonNull(requests, "requests");
      return this;
    }

    /**
     * Builds the interceptor.
     *
     * @return the interceptor
     */
    public MexcInterceptor build() {
      return new MexcInterceptor(this);
    }
  }
}
