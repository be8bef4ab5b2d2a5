package io.github.mexcerrors;

import java.time.Duration;
import java.util.function.Function;

/**
 * What a client adapter asks around every request it sends to MEXC: before sending, whether the request may go;
 * after an error answer, to learn from it. The client adapters (OkHttp, {@code java.net.http}, Spring) take one as
 * an option; without one they ask nothing.
 *
 * <p>The fleet module's {@code PauseGate} ({@code mexc-errors-fleet}) is the implementation: it shares the pause
 * a rate limit asks for ({@code Retry-After} of a 429 or 418) with every process on the same egress IP or API
 * key, so that a fleet of bots stops together instead of walking into an IP ban.
 *
 * <p>Implementations are thread-safe, never block a request on anything remote, and never throw from
 * {@link #onError}.
 */
public interface MexcGate {
  /**
   * Called before a request is sent. Returns when it may go; throws the typed rate-limit exception (a
   * {@code RateLimitException} of the generated table, with {@link MexcException#retryAfter()} the time left) when
   * the request must not be sent yet.
   *
   * @param requestHeaders the request's headers by name (the first value, or {@code null}), e.g. to tell the API
   *     key the request carries; {@code null} when unknown
   * @throws MexcException the rate-limit exception of a paused gate; nothing was sent
   */
  void beforeSend(Function<String, String> requestHeaders);

  /**
   * Called with every MEXC error an adapter is about to hand its caller.
   *
   * @param requestHeaders the request's headers by name, as for {@link #beforeSend}; {@code null} when unknown
   * @param error the error
   */
  void onError(Function<String, String> requestHeaders, MexcException error);

  /**
   * Tells how long requests with these headers would still be refused.
   *
   * @param requestHeaders the request's headers by name; {@code null} for the pauses that hold for every request
   * @return the time left, {@link Duration#ZERO} when open
   */
  Duration pausedFor(Function<String, String> requestHeaders);
}
