package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import java.util.List;

/**
 * One error code of the resolved table.
 *
 * @param api the code space
 * @param code the numeric code
 * @param name the enum constant name
 * @param messages the official messages, at least one
 * @param category the category's name
 * @param hint what to do, one line
 * @param retryPolicy the code's own policy or its category's
 * @param section the reference doc's heading
 * @param seenIn where MEXC was seen sending the code, one line each; empty when the code is in MEXC's published
 *     tables
 * @param position where the entry is declared
 */
public record CodeEntry(
    MexcApi api,
    int code,
    String name,
    List<String> messages,
    String category,
    String hint,
    RetryPolicy retryPolicy,
    String section,
    List<String> seenIn,
    SourcePosition position) {

  /**
   * Returns the first official message.
   *
   * @return the message
   */
  public String message() {
    return messages.get(0);
  }

  /**
   * Tells whether the code is in MEXC's published error tables, that is whether the table gives no {@code seenIn}.
   *
   * @return {@code true} for a published code
   */
  public boolean published() {
    return seenIn.isEmpty();
  }
}
