package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;

/**
 * {@link Handlers} with the caller's context: the same methods, codes and categories, each also taking the
 * {@link Tally} the caller passes to the dispatcher and adding to it the term {@link Handlers} adds to its own
 * {@code sink}. One stateless object serves every caller; what a dispatch is about travels in the context.
 */
public class ContextHandlers {
  /** Creates the handlers. */
  public ContextHandlers() {}

  /**
   * The clock is off.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcError(700003)
  public void clockSkew(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 1;
  }

  /**
   * The signature is wrong.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcError(700002)
  public void badSignature(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 2;
  }

  /**
   * Not enough funds.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcError({30004, 10101})
  public void insufficientBalance(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 3;
  }

  /**
   * Unknown symbol.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcError(30014)
  public void invalidSymbol(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 4;
  }

  /**
   * Rate limits of both APIs (spot 429, futures 510).
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcCategory("RATE_LIMIT")
  public void rateLimited(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 5;
  }

  /**
   * Server-side trouble.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcCategory("SERVER")
  public void server(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 6;
  }

  /**
   * Other authentication problems.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcCategory("AUTHENTICATION")
  public void authentication(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 7;
  }

  /**
   * Malformed requests.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcCategory("REQUEST")
  public void request(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 8;
  }

  /**
   * Everything else, including codes missing from the table.
   *
   * @param code the code
   * @param message the message
   * @param tally the caller's context
   */
  @OnMexcErrorFallback
  public void fallback(int code, String message, Tally tally) {
    tally.sink = 31 * tally.sink + code + 9;
  }
}
