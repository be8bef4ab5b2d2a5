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
 * @param texts the messages, at least one: {@code message} first, then {@code alternativeMessages}, each with its
 *     language and where it was seen
 * @param category the category's name
 * @param hint what to do, one line
 * @param generic whether MEXC sends the code for several unrelated problems, so that only its message tells which
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
    List<TableText> texts,
    String category,
    String hint,
    boolean generic,
    RetryPolicy retryPolicy,
    String section,
    List<String> seenIn,
    SourcePosition position) {

  /**
   * Returns the texts of the messages, {@code message} first.
   *
   * @return the texts, at least one
   */
  public List<String> messages() {
    return texts.stream().map(TableText::text).toList();
  }

  /**
   * Returns the first message.
   *
   * @return the message
   */
  public String message() {
    return texts.get(0).text();
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
