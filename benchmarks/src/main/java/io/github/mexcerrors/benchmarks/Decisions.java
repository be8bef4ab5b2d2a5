package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;

/**
 * {@link Handlers} with methods that return a value instead of writing a field: the same methods, codes and
 * categories, each returning the term {@link Handlers} adds to its {@code sink}, so that the caller of the
 * value-returning dispatcher computes the same result from what {@code dispatch} returns.
 */
public class Decisions {
  /** Creates the handlers. */
  public Decisions() {}

  /**
   * The clock is off.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcError(700003)
  public int clockSkew(int code, String message) {
    return code + 1;
  }

  /**
   * The signature is wrong.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcError(700002)
  public int badSignature(int code, String message) {
    return code + 2;
  }

  /**
   * Not enough funds.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcError({30004, 10101})
  public int insufficientBalance(int code, String message) {
    return code + 3;
  }

  /**
   * Unknown symbol.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcError(30014)
  public int invalidSymbol(int code, String message) {
    return code + 4;
  }

  /**
   * Rate limits of both APIs (spot 429, futures 510).
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcCategory("RATE_LIMIT")
  public int rateLimited(int code, String message) {
    return code + 5;
  }

  /**
   * Server-side trouble.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcCategory("SERVER")
  public int server(int code, String message) {
    return code + 6;
  }

  /**
   * Other authentication problems.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcCategory("AUTHENTICATION")
  public int authentication(int code, String message) {
    return code + 7;
  }

  /**
   * Malformed requests.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcCategory("REQUEST")
  public int request(int code, String message) {
    return code + 8;
  }

  /**
   * Everything else, including codes missing from the table.
   *
   * @param code the code
   * @param message the message
   * @return the term of the result
   */
  @OnMexcErrorFallback
  public int fallback(int code, String message) {
    return code + 9;
  }
}
