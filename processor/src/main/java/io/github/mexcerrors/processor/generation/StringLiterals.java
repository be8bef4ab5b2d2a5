package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Writes text as a string constant laid out within {@link SourceText#MAX_COLUMNS}: the first piece where the
   * caller put it, at the start of a line at {@code column}, every further piece on a line of its own, four columns
   * further in, after {@code "+ "}; javac folds the pieces back into one constant. A piece ends after the last
   * space that fits, unless that would leave it less than half full; then it ends at the limit (never inside an
   * escape or between the two halves of a surrogate pair).
   *
   * @param text any text
   * @param column the column of the literal's first quote
   * @param trailing how many characters follow the literal on its last line, such as {@code "),"}
   * @return the expression, with its line breaks and indentation
   */
  static CodeBlock lines(String text, int column, int trailing) {
    // The first piece starts at the column; the others four columns further in, after "+ ".
    int first = Math.max(SourceText.MAX_COLUMNS - column - "\"\"".length() - trailing, 22);
    int budget = first;
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int width = 0;
    int lastSpace = -1;
    for (int i = 0; i < text.length(); i++) {
      int charWidth = of(String.valueOf(text.charAt(i))).length() - 2;
      boolean pairHalf = i > start && Character.isLowSurrogate(text.charAt(i))
          && Character.isHighSurrogate(text.charAt(i - 1));
      if (width + charWidth > budget) {
        int cut = lastSpace >= 0 && lastSpace + 1 - start >= budget / 2 ? lastSpace + 1 : pairHalf ? i - 1 : i;
        pieces.add(text.substring(start, cut));
        budget = first - "    + ".length();
        start = cut;
        width = of(text.substring(start, i)).length() - 2;
        lastSpace = text.lastIndexOf(' ', i - 1) >= start ? text.lastIndexOf(' ', i - 1) : -1;
      }
      if (text.charAt(i) == ' ') {
        lastSpace = i;
      }
      width += charWidth;
    }
    pieces.add(text.substring(start));
    CodeBlock.Builder block = CodeBlock.builder().add("$L", of(pieces.get(0)));
    if (pieces.size() > 1) {
      block.add("$>$>");
      pieces.subList(1, pieces.size()).forEach(piece -> block.add("\n+ $L", of(piece)));
      block.add("$<$<");
    }
    return block.build();
  }
}
