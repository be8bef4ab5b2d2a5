package io.github.mexcerrors.okhttp;

import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.wire.MexcFailures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link IOException} that {@link MexcInterceptor} throws for an error answer of MEXC: OkHttp's own failure
 * type, so that it reaches {@code Call.execute()}'s caller and an async {@code Callback.onFailure} alike (and
 * Retrofit's {@code Call}, {@code Callback} and suspend functions). The typed exception of the table is its
 * {@linkplain #getCause() cause} and {@link #mexcException()}; catch this type, then dispatch on that one:
 *
 * <pre>{@code
 * try (Response response = client.newCall(request).execute()) {
 *   return response.body().string();
 * } catch (MexcIOException e) {
 *   MexcException error = e.mexcException();    // e.g. a ClockSkewException
 *   TradingErrorsDispatcher.dispatch(handlers, error);
 * }
 * }</pre>
 *
 * <p>The answer's body is kept too, as read (at most {@code MexcAnswerReader.MAX_ERROR_BYTES}): the
 * interceptor closes the answer it does not hand on, so this is where a caller reads the error's body.
 */
public class MexcIOException extends IOException {
  private static final long serialVersionUID = 1L;

  private final MexcException mexcException;
  private final int httpStatus;
  private final byte[] body;

  /**
   * Creates the exception.
   *
   * @param mexcException the typed exception of the answer
   * @param httpStatus the answer's HTTP status
   * @param body the answer's body as read, or its first bytes; {@code null} for none
   */
  public MexcIOException(MexcException mexcException, int httpStatus, byte[] body) {
    // The message is the typed exception's, built when asked for: most errors are dispatched, never printed.
    super(null, Objects.requireNonNull(mexcException, "mexcException"));
    this.mexcException = mexcException;
    this.httpStatus = httpStatus;
    this.body = body == null ? new byte[0] : body.clone();
  }

  /**
   * Returns the message of the typed exception.
   *
   * @return {@code mexcException().getMessage()}
   */
  @Override
  public String getMessage() {
    return mexcException.getMessage();
  }

  /**
   * Returns the typed exception of the answer (also {@link #getCause()}).
   *
   * @return the exception, e.g. a generated {@code RateLimitException}
   */
  public MexcException mexcException() {
    return mexcException;
  }

  /**
   * Returns what MEXC answered, with what the wire told around it.
   *
   * @return the response of {@link #mexcException()}
   */
  public MexcErrorResponse response() {
    return mexcException.response();
  }

  /**
   * Returns the answer's HTTP status.
   *
   * @return the status, e.g. 400, or 200 for futures errors
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Returns the answer's body as read: the whole body, or its first {@code MexcAnswerReader.MAX_ERROR_BYTES}.
   *
   * @return a copy of the bytes; empty when the answer had none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the answer's body as read, decoded as UTF-8.
   *
   * @return the body
   */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Finds the MEXC error in any failure of a call: this exception, a {@link MexcException}, or either as a
   * cause or suppressed exception (OkHttp reports an unchecked exception of an async call to
   * {@code onFailure} as the suppressed exception of an {@code IOException}), as every adapter does:
   * {@link MexcFailures#find(Throwable)}.
   *
   * @param failure the failure; may be {@code null}
   * @return the typed exception, or empty when the failure is not a MEXC error
   */
  public static Optional<MexcException> find(Throwable failure) {
    return MexcFailures.find(failure);
  }
}
