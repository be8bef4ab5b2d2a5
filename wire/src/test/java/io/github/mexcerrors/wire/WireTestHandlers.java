package io.github.mexcerrors.wire;

import io.github.mexcerrors.OnMexcError;

/** A handler class, so that the processor generates {@code MexcErrors} from the bundled table for the tests. */
public class WireTestHandlers {
  /** How many clock errors were handled. */
  int clockErrors;

  /**
   * Counts clock errors.
   *
   * @param code the code
   * @param message the message
   */
  @OnMexcError(700003)
  public void clockSkew(int code, String message) {
    clockErrors++;
  }
}
