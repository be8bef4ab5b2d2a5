package io.github.mexcerrors.spring;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.MexcGate;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A {@code ClientHttpRequestInterceptor} that throws the table's typed exception for a 2XX answer that carries
 * a MEXC error (futures {@code {"success":false,...}}, a spot code inside HTTP 200). It reads only a prefix of
 * the body ({@link MexcAnswerReader#peekBytes}: 8 KiB, the whole of a batch answer) and hands the caller a
 * response whose body is whole: the prefix, then the rest, unread. Answers outside 2XX pass through untouched,
 * for the status handlers ({@link MexcStatusHandler}). A batch answer's outcomes per item are left in the
 * request's attributes ({@link MexcRestClient#answerOf}). Thread-safe.
 */
public final class MexcResponseInterceptor implements ClientHttpRequestInterceptor {
  private final MexcAnswerReader reader;
  private final MexcGate gate;

  MexcResponseInterceptor(MexcAnswerReader reader, MexcGate gate) {
    this.reader = reader;
    this.gate = gate;
  }

  /**
   * Creates an interceptor with the typed exceptions of the bundled table, compiled in {@code mexc-errors-table}.
   *
   * @return the interceptor
   */
  public static MexcResponseInterceptor create() {
    return of(MexcErrors.factory());
  }

  /**
   * Creates an interceptor, for {@code RestClient.Builder.requestInterceptor(...)}.
   *
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @return the interceptor
   */
  public static MexcResponseInterceptor of(MexcExceptionFactory factory) {
    return new MexcResponseInterceptor(MexcAnswerReader.of(Objects.requireNonNull(factory, "factory")), null);
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    if (gate != null) {
      gate.beforeSend(request.getHeaders()::getFirst);
    }
    ClientHttpResponse response = execution.execute(request, body);
    int status = response.getStatusCode().value();
    if (!MexcAnswerReader.isSuccessStatus(status)) {
      return response;
    }
    MexcRequestInfo info = MexcRestClient.describe(request);
    int limit = MexcAnswerReader.peekBytes(info, status);
    InputStream in = response.getBody();
    BodyPrefix read = BodyPrefix.read(in, limit, response.getHeaders().getContentLength());
    byte[] prefix = read.bytes();
    boolean complete = read.whole();
    MexcAnswer answer = reader.read(info, status, response.getHeaders()::getFirst, prefix, complete);
    Optional<MexcException> error = answer.error();
    if (error.isPresent()) {
      response.close();
      if (gate != null) {
        gate.onError(request.getHeaders()::getFirst, error.get());
      }
      throw error.get();
    }
    if (!answer.items().isEmpty()) {
      request.getAttributes().put(MexcRestClient.ANSWER_ATTRIBUTE, answer);
    }
    return new PrefixedResponse(response, prefix, complete ? null : in);
  }

  /** The response with its body restored: the bytes read, then the rest of the stream. */
  private static final class PrefixedResponse implements ClientHttpResponse {
    private final ClientHttpResponse delegate;
    private final InputStream body;

    PrefixedResponse(ClientHttpResponse delegate, byte[] prefix, InputStream rest) {
      this.delegate = delegate;
      InputStream head = new ByteArrayInputStream(prefix);
      this.body = rest == null ? head : new SequenceInputStream(head, rest);
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
}
