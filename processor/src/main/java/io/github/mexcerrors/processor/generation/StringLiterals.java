package io.github.mexcerrors.processor.generation;

import java.util.Locale;

/**
 * Writes table text as Java string literals that are printable ASCII on one line, to pass to JavaPoet as
 * {@code $L}. JavaPoet's own {@code $S} leaves characters such as U+2028 raw, and its code writer then breaks the
 * line inside the literal, which does not compile. Here line breaks, quotes and backslashes become the escape
 * sequences {@code \n}, {@code \r}, {@code \"} and {@code \\}; every other character outside printable ASCII
 * becomes a unicode escape (never one of line feed, carriage return, quote or backslash, whose unicode escapes
 * javac would read before the literal and so break it).
 */
final class StringLiterals {
  private StringLiterals() {}

  /**
   * Writes a string literal.
   *
   * @param text any text, also with unpaired surrogates or control characters
   * @return the literal with its double quotes
   */
  static String of(String text) {
    StringBuilder result = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          result.append("\\\"");
          break;
        case '\\':
          result.append("\\\\");
          break;
        case '\n':
          result.append("\\n");
          break;
        case '\r':
          result.append("\\r");
          break;
        case '\t':
          result.append("\\t");
          break;
        default:
          if (c >= 0x20 && c < 0x7F) {
            result.append(c);
          } else {
            result.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          }
      }
    }
    return result.append('"').toString();
  }
}
