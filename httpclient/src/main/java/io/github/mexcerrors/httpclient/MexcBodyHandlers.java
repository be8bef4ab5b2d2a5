package io.github.mexcerrors.httpclient;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.MexcFailures;
import io.github.mexcerrors.wire.MexcHeaders;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;

/**
 * {@link HttpResponse.BodyHandler}s for MEXC answers. Each wraps the caller's own handler: it reads the first
 * bytes of the answer ({@link MexcAnswerReader#peekBytes}: 8 KiB of a 2XX answer, the whole of a batch answer,
 * up to 64 KiB of an error), decides with a {@link MexcAnswerReader}, and then
 * <ul>
 *   <li>on a success hands those bytes and the rest of the stream, unchanged and not copied, to the caller's
 *       handler: a large success is never buffered beyond the peek;
 *   <li>on an error stops reading and completes the body with the typed exception ({@link #of}), or with a
 *       {@link MexcResult} that holds it ({@link #withAnswer}).
 * </ul>
 *
 * <p><b>How an error reaches the caller.</b> {@code HttpClient.send} wraps every failure of a body in an
 * {@link IOException} whose cause is the failure, and {@code sendAsync}'s future fails with it. So with
 * {@link #of}, {@code client.send(...)} throws an {@code IOException} whose {@linkplain Throwable#getCause() cause}
 * is the {@link MexcException}: catch it and call {@link #unwrap(Throwable)}, or let {@link MexcHttpClient} do it
 * and throw the typed exception itself. To keep errors as values, use {@link #withAnswer}.
 *
 * <p>The request is a parameter because {@code HttpClient} tells a body handler the status and headers of the
 * answer but not the request it answers, whose path says the API and whose {@code timestamp} and
 * {@code recvWindow} explain clock errors.
 */
public final class MexcBodyHandlers {
  private MexcBodyHandlers() {}

  /**
   * Wraps a handler: a success gives the handler's body, an error fails the body with the typed exception.
   *
   * @param reader the reader, e.g. {@code MexcAnswerReader.of(MexcErrors.factory())}
   * @param request the request the answer belongs to (its method, URI and headers are read)
   * @param downstream the caller's handler, e.g. {@code BodyHandlers.ofString()}
   * @param <T> the body type
   * @return the handler
   */
  public static <T> HttpResponse.BodyHandler<T> of(
      MexcAnswerReader reader, HttpRequest request, HttpResponse.BodyHandler<T> downstream) {
    return of(reader, describe(request), downstream);
  }

  /**
   * Wraps a handler for a request described explicitly (e.g. when the API cannot be told from the path).
   *
   * @param reader the reader
   * @param request the request
   * @param downstream the caller's handler
   * @param <T> the body type
   * @return the handler
   */
  public static <T> HttpResponse.BodyHandler<T> of(
      MexcAnswerReader reader, MexcRequestInfo request, HttpResponse.BodyHandler<T> downstream) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(downstream, "downstream");
    return info -> new PeekingSubscriber<T, T>(reader, request, info, downstream,
        (answer, body) -> answer.isError() ? null : body);
  }

  /**
   * Wraps a handler with a factory's reader; see {@link #of(MexcAnswerReader, HttpRequest, HttpResponse.BodyHandler)}.
   *
   * @param factory the factory, e.g. {@code MexcErrors.factory()}
   * @param request the request the answer belongs to
   * @param downstream the caller's handler
   * @param <T> the body type
   * @return the handler
   */
  public static <T> HttpResponse.BodyHandler<T> of(
      MexcExceptionFactory factory, HttpRequest request, HttpResponse.BodyHandler<T> downstream) {
    return of(MexcAnswerReader.of(factory), request, downstream);
  }

  /**
   * Wraps a handler so that the body is a {@link MexcResult}: never fails on a MEXC error, gives the answer
   * (with one outcome per item of a batch) and, for a success, the caller's handler's body.
   *
   * @param reader the reader
   * @param request the request the answer belongs to
   * @param downstream the caller's handler
   * @param <T> the body type of the caller's handler
   * @return the handler
   */
  public static <T> HttpResponse.BodyHandler<MexcResult<T>> withAnswer(
      MexcAnswerReader reader, HttpRequest request, HttpResponse.BodyHandler<T> downstream) {
    return withAnswer(reader, describe(request), downstream);
  }

  /**
   * Like {@link #withAnswer(MexcAnswerReader, HttpRequest, HttpResponse.BodyHandler)}, for a request described
   * explicitly.
   *
   * @param reader the reader
   * @param request the request
   * @param downstream the caller's handler
   * @param <T> the body type of the caller's handler
   * @return the handler
   */
  public static <T> HttpResponse.BodyHandler<MexcResult<T>> withAnswer(
      MexcAnswerReader reader, MexcRequestInfo request, HttpResponse.BodyHandler<T> downstream) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(downstream, "downstream");
    return info -> new PeekingSubscriber<T, MexcResult<T>>(reader, request, info, downstream, MexcResult::new);
  }

  /**
   * Describes a {@link HttpRequest} for the reader: method, URI and headers, with the API inferred from the path
   * ({@link MexcRequestInfo#of(String, java.net.URI, MexcHeaders)}).
   *
   * @param request the request
   * @return the description
   */
  public static MexcRequestInfo describe(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    return MexcRequestInfo.of(request.method(), request.uri(),
        name -> request.headers().firstValue(name).orElse(null));
  }

  /**
   * Finds the MEXC error in a failure of {@code send} or {@code sendAsync} (the {@link IOException}, or the
   * {@code CompletionException} or {@code ExecutionException} around it), as every adapter does:
   * {@link MexcFailures#find(Throwable)}.
   *
   * @param failure what {@code send} threw or the future failed with
   * @return the MEXC error, or {@code null} when the failure holds none (a transport failure)
   */
  public static MexcException unwrap(Throwable failure) {
    return MexcFailures.find(failure).orElse(null);
  }
}
