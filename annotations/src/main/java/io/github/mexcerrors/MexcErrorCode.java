package io.github.mexcerrors;

import java.util.List;

/**
 * One entry of the error table: a documented MEXC error code. Implemented by the generated
 * {@code SpotErrorCode} and {@code FuturesErrorCode} enums.
 */
public interface MexcErrorCode {
  /**
   * Returns the API whose code space this code belongs to.
   *
   * @return the API
   */
  MexcApi api();

  /**
   * Returns the numeric code MEXC sends.
   *
   * @return the code, possibly negative
   */
  int code();

  /**
   * Returns the stable Java constant name written in the table.
   *
   * @return the constant name, e.g. {@code TIMESTAMP_OUTSIDE_RECV_WINDOW}
   */
  String name();

  /**
   * Returns the official message, the first one where MEXC documents several.
   *
   * @return the official message
   */
  String message();

  /**
   * Returns every official message MEXC documents for this code, the first being {@link #message()}.
   *
   * @return an unmodifiable, non-empty list
   */
  List<String> messages();

  /**
   * Returns a one-line hint that tells the user what to do.
   *
   * @return the hint
   */
  String hint();

  /**
   * Returns the category of the code.
   *
   * @return the category
   */
  MexcErrorCategory category();

  /**
   * Returns what a client may do after this error.
   *
   * @return the code's own retry policy, or its category's
   */
  RetryPolicy retryPolicy();
}
