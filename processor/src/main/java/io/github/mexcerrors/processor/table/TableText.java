package io.github.mexcerrors.processor.table;

import java.util.List;
import java.util.Optional;

/**
 * One message of a code: its text, the language it is written in when the table says so, and where MEXC was seen
 * sending it when it is not a text of MEXC's published tables.
 *
 * @param text the text, verbatim
 * @param language a BCP 47 language tag such as {@code zh}; {@code null} when the table gives none (English)
 * @param seenIn where MEXC was seen sending the text, one line each; empty for a text of the published tables
 */
public record TableText(String text, String language, List<String> seenIn) {
  /**
   * Creates a text.
   *
   * @param text the text
   * @param language the language tag, or {@code null}
   * @param seenIn where it was seen; empty for a published text
   */
  public TableText {
    seenIn = List.copyOf(seenIn);
  }

  /**
   * Creates a text of the published tables, without a language.
   *
   * @param text the text
   * @return the text
   */
  public static TableText published(String text) {
    return new TableText(text, null, List.of());
  }

  /**
   * Returns the language tag the table gives.
   *
   * @return the tag, e.g. {@code zh}, or empty
   */
  public Optional<String> languageTag() {
    return Optional.ofNullable(language);
  }

  /**
   * Tells whether the text is one of MEXC's published tables, that is whether the table gives no {@code seenIn}.
   *
   * @return {@code true} for a published text
   */
  public boolean published() {
    return seenIn.isEmpty();
  }
}
