package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;

/**
 * The handler class every dispatch variant calls: the hot codes of MEXC users get their own methods, a few
 * categories theirs, the rest reaches the fallback. Every method has the same shape, {@code (int code, String
 * message)}, so that reflective and {@code MethodHandle} dispatch can call them uniformly, and does the same tiny
 * work, so that only the dispatch differs between variants.
 */
public class Handlers {
  /** What the handlers computed; read by the benchmarks so that no call can be eliminated. */
  public int sink;

  /** Creates the handlers. */
  public Handlers() {}

  /**
   * The clock is off.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcError(700003)
  public void clockSkew(int code, String message) {
    sink = 31 * sink + code + 1;
  }

  /**
   * The signature is wrong.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcError(700002)
  public void badSignature(int code, String message) {
    sink = 31 * sink + code + 2;
  }

  /**
   * Not enough funds.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcError({30004, 10101})
  public void insufficientBalance(int code, String message) {
    sink = 31 * sink + code + 3;
  }

  /**
   * Unknown symbol.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcError(30014)
  public void invalidSymbol(int code, String message) {
    sink = 31 * sink + code + 4;
  }

  /**
   * Rate limits of both APIs (spot 429, futures 510).
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcCategory("RATE_LIMIT")
  public void rateLimited(int code, String message) {
    sink = 31 * sink + code + 5;
  }

  /**
   * Server-side trouble.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcCategory("SERVER")
  public void server(int code, String message) {
    sink = 31 * sink + code + 6;
  }

  /**
   * Other authentication problems.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcCategory("AUTHENTICATION")
  public void authentication(int code, String message) {
    sink = 31 * sink + code + 7;
  }

  /**
   * Malformed requests.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcCategory("REQUEST")
  public void request(int code, String message) {
    sink = 31 * sink + code + 8;
  }

  /**
   * Everything else, including codes missing from the table.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcErrorFallback
  public void fallback(int code, String message) {
    sink = 31 * sink + code + 9;
  }
}
