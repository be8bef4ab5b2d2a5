package io.github.mexcerrors.spring;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.MexcGate;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * A {@code RestClient} status handler that throws the table's typed exception for an answer it is given (4XX
 * and 5XX when set up by {@link MexcRestClient#configure}). It reads at most
 * {@link MexcAnswerReader#MAX_ERROR_BYTES} of the body. Thread-safe.
 */
public final class MexcStatusHandler implements RestClient.ResponseSpec.ErrorHandler {
  private final MexcAnswerReader reader;
  private final MexcGate gate;

  MexcStatusHandler(MexcAnswerReader reader, MexcGate gate) {
    this.reader = reader;
    this.gate = gate;
  }

  /**
   * Creates a handler with the typed exceptions of the bundled table, compiled in {@code mexc-errors-table}.
   *
   * @return the handler
   */
  public static MexcStatusHandler create() {
    return of(MexcErrors.factory());
  }

  /**
   * Creates a handler, for {@code defaultStatusHandler(predicate, handler)} or a request's
   * {@code onStatus(predicate, handler)}.
   *
   * @param factory the factory of typed exceptions: the generated {@code MexcErrors.factory()}
   * @return the handler
   */
  public static MexcStatusHandler of(MexcExceptionFactory factory) {
    return new MexcStatusHandler(MexcAnswerReader.of(Objects.requireNonNull(factory, "factory")), null);
  }

  /**
   * Reads the answer and throws its typed exception.
   *
   * @throws io.github.mexcerrors.MexcException always for an answer outside 2XX, and for a 2XX answer that
   *     carries an error
   * @throws IOException when the status or the body cannot be read
   */
  @Override
  public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
    MexcRequestInfo info = MexcRestClient.describe(request);
    int status = response.getStatusCode().value();
    int limit = MexcAnswerReader.MAX_ERROR_BYTES;
    BodyPrefix body;
    try (InputStream in = response.getBody()) {
      body = BodyPrefix.read(in, limit, response.getHeaders().getContentLength());
    }
    MexcAnswer answer = reader.read(info, status, response.getHeaders()::getFirst, body.bytes(), body.whole());
    if (gate != null) {
      java.util.Optional<MexcException> error = answer.error();
      if (error.isPresent()) {
        gate.onError(request.getHeaders()::getFirst, error.get());
      }
    }
    answer.throwIfError();
  }
}
