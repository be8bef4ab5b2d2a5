package io.github.mexcerrors.httpclient;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.MexcGate;
import io.github.mexcerrors.wire.MexcAnswerReader;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * An {@link HttpClient} that throws MEXC's errors as the generated typed exceptions: {@link #send} returns the
 * response of a success and throws the {@link MexcException} of an error (a {@code ClockSkewException}, a
 * {@code RateLimitException} with its {@code Retry-After}, ...), unwrapped from the {@link IOException}
 * {@code HttpClient} would wrap it in, with the caller's stack trace. Transport failures stay
 * {@code IOException}s. Thread-safe, like the client it wraps.
 *
 * <pre>{@code
 * MexcHttpClient mexc = MexcHttpClient.of(HttpClient.newHttpClient(), MexcErrors.factory());
 * try {
 *   String order = mexc.send(request, BodyHandlers.ofString()).body();
 * } catch (ClockSkewException e) {
 *   // e.getMessage(): "... Your request was 6.2 s behind MEXC's clock; recvWindow 5000 ms."
 * }
 * }</pre>
 *
 * <p>With a gate ({@link #withGate(MexcGate)}, e.g. the fleet module's {@code PauseGate}), {@link #send} and
 * {@link #sendAsync} ask it before sending (a paused gate's rate-limit exception is thrown, or fails the future,
 * and nothing is sent) and tell it of every error answer. {@link #sendForResult}, which never throws for a MEXC
 * error, tells the gate of errors but does not ask it: check {@code gate.pausedFor(...)} first there.
 */
public final class MexcHttpClient {
  private final HttpClient client;
  private final MexcAnswerReader reader;
  private final MexcGate gate;

  private MexcHttpClient(HttpClient client, MexcAnswerReader reader, MexcGate gate) {
    this.client = client;
    this.reader = reader;
    this.gate = gate;
  }

  /**
   * Wraps a client, with the typed exceptions of the bundled table, compiled in {@code mexc-errors-table}
   * ({@code MexcErrors.factory()}): no processor, no handler class.
   *
   * @param client the client
   * @return the wrapping client
   */
  public static MexcHttpClient of(HttpClient client) {
    return of(client, MexcAnswerReader.create());
  }

  /**
   * Wraps a client.
   *
   * @param client the client
   * @param factory the factory of the exceptions, e.g. {@code MexcErrors.factory()}
   * @return the wrapping client
   */
  public static MexcHttpClient of(HttpClient client, MexcExceptionFactory factory) {
    return of(client, MexcAnswerReader.of(factory));
  }

  /**
   * Wraps a client with a reader.
   *
   * @param client the client
   * @param reader the reader
   * @return the wrapping client
   */
  public static MexcHttpClient of(HttpClient client, MexcAnswerReader reader) {
    return new MexcHttpClient(Objects.requireNonNull(client, "client"), Objects.requireNonNull(reader, "reader"),
        null);
  }

  /**
   * Returns a client that asks a gate before each request and tells it of every error answer: with the fleet
   * module's {@code PauseGate}, a rate limit seen by one process pauses every process that shares its store.
   *
   * @param gate the gate; {@code null} for none
   * @return the client with the gate, sharing the wrapped client and the reader
   */
  public MexcHttpClient withGate(MexcGate gate) {
    return new MexcHttpClient(client, reader, gate);
  }

  /**
   * Returns the wrapped client.
   *
   * @return the client
   */
  public HttpClient client() {
    return client;
  }

  /**
   * Returns the reader.
   *
   * @return the reader
   */
  public MexcAnswerReader reader() {
    return reader;
  }

  /**
   * Sends a request; a success's body goes to the handler, an error is thrown.
   *
   * @param request the request
   * @param handler the caller's handler of a success's body
   * @param <T> the body type
   * @return the response of a success
   * @throws MexcException (unchecked) the typed exception of an error answer
   * @throws IOException when the transport fails
   * @throws InterruptedException when interrupted while waiting
   */
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    Function<String, String> headers = null;
    if (gate != null) {
      headers = headers(request);
      gate.beforeSend(headers);
    }
    try {
      return client.send(request, MexcBodyHandlers.of(reader, request, handler));
    } catch (IOException e) {
      MexcException error = MexcBodyHandlers.unwrap(e);
      if (error != null) {
        if (gate != null) {
          gate.onError(headers, error);
        }
        // Created on the client's thread: show where the caller sent the request instead.
        error.fillInStackTrace();
        throw error;
      }
      throw e;
    }
  }

  /**
   * Sends a request asynchronously; the future fails with the typed exception of an error answer (itself, not
   * wrapped in a {@link CompletionException}, when observed with {@code exceptionally} on this future).
   *
   * @param request the request
   * @param handler the caller's handler of a success's body
   * @param <T> the body type
   * @return the response of a success
   */
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
    Function<String, String> headers = gate != null ? headers(request) : null;
    if (gate != null) {
      try {
        gate.beforeSend(headers);
      } catch (MexcException paused) {
        result.completeExceptionally(paused);
        return result;
      }
    }
    client.sendAsync(request, MexcBodyHandlers.of(reader, request, handler)).whenComplete((response, failure) -> {
      if (failure == null) {
        result.complete(response);
      } else {
        MexcException error = MexcBodyHandlers.unwrap(failure);
        if (error != null && gate != null) {
          gate.onError(headers, error);
        }
        result.completeExceptionally(error != null ? error : unwrapCompletion(failure));
      }
    });
    return result;
  }

  /**
   * Sends a request and gives the answer as a value: never throws for a MEXC error.
   *
   * @param request the request
   * @param handler the caller's handler of a success's body
   * @param <T> the body type
   * @return the response, whose body holds the answer and, for a success, the handler's body
   * @throws IOException when the transport fails
   * @throws InterruptedException when interrupted while waiting
   */
  public <T> HttpResponse<MexcResult<T>> sendForResult(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse<MexcResult<T>> response =
        client.send(request, MexcBodyHandlers.withAnswer(reader, request, handler));
    if (gate != null) {
      response.body().error().ifPresent(error -> gate.onError(headers(request), error));
    }
    return response;
  }

  private static Function<String, String> headers(HttpRequest request) {
    return name -> request.headers().firstValue(name).orElse(null);
  }

  private static Throwable unwrapCompletion(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }
}
