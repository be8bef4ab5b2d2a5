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

  /** Text longer than this many characters is split into a constant concatenation of pieces. */
  static final int PIECE = 72;

  /**
   * Writes text as a string constant that JavaPoet can wrap: long text becomes {@code "..." + "..."}, split after
   * a space, which javac folds back into one constant.
   *
   * @param text any text
   * @return the expression
   */
  static CodeBlock wrapped(String text) {
    List<CodeBlock> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > PIECE) {
      int cut = text.lastIndexOf(' ', start + PIECE);
      if (cut < start + PIECE / 2) {
        break;
      }
      pieces.add(CodeBlock.of("$L", of(text.substring(start, cut + 1))));
      start = cut + 1;
    }
    pieces.add(CodeBlock.of("$L", of(text.substring(start))));
    return CodeBlock.join(pieces, " +$W");
  }
}
