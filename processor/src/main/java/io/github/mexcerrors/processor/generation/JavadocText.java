package io.github.mexcerrors.processor.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes table text safe inside a Javadoc comment: HTML is escaped, nothing can close the comment or start a
 * block tag or inline tag, no backslash can form a unicode escape (javac reads those even in comments), and
 * control characters and line breaks become spaces.
 */
final class JavadocText {
  private JavadocText() {}

  /**
   * Escapes one text for Javadoc.
   *
   * @param text the text from the table
   * @return text to pass to JavaPoet as a {@code $L} argument
   */
  static String escape(String text) {
    StringBuilder result = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          result.append("&amp;");
          break;
        case '<':
          result.append("&lt;");
          break;
        case '>':
          result.append("&gt;");
          break;
        case '@':
          result.append("&#64;");
          break;
        case '\\':
          result.append("&#92;");
          break;
        case '/':
          result.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
          break;
        case '*':
          result.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
          break;
        default:
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            result.append(' ');
          } else if (Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
            result.append('\uFFFD');
          } else {
            result.append(c);
          }
      }
    }
    return result.toString().strip();
  }

  /**
   * Makes sure a sentence ends with a full stop, so that Javadoc's first sentence is the whole text.
   *
   * @param text escaped text
   * @return the text ending with punctuation
   */
  static String sentence(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' ? text : text + ".";
  }

  private static boolean isPairedSurrogate(String text, int index) {
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
    }
    return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
  }

  /**
   * Wraps the Javadoc of a rendered source: every comment line wider than {@code width} is broken at spaces into
   * lines of the same {@code " * "} prefix, each within {@code width} (JavaPoet writes a comment's lines as
   * given). Other lines are left as they are. A word too long for a line of its own is broken between characters,
   * never inside a unicode escape or an HTML character reference.
   *
   * @param source rendered source, in printable ASCII
   * @param width the widest a line may be
   * @return the source with its Javadoc wrapped
   */
  static String wrapComments(String source, int width) {
    String[] lines = source.split("\n", -1);
    StringBuilder result = new StringBuilder(source.length() + 256);
    boolean inJavadoc = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (i > 0) {
        result.append('\n');
      }
      if (trimmed.equals("/**")) {
        inJavadoc = true;
      } else if (trimmed.equals("*/")) {
        inJavadoc = false;
      } else if (inJavadoc && line.length() > width && trimmed.startsWith("* ")) {
        int prefix = line.indexOf('*') + 2;
        wrapLine(result, line.substring(0, prefix), line.substring(prefix), width);
        continue;
      }
      result.append(line);
    }
    return result.toString();
  }

  /**
   * Wraps one comment line. An inline tag such as {@code {@link X#y}} stays on one line when it fits one; the
   * lines after the first of a block tag ({@code @param}, {@code @return}) are indented by four more columns.
   */
  private static void wrapLine(StringBuilder result, String prefix, String text, int width) {
    String continuation = text.startsWith("@") ? prefix + "    " : prefix;
    List<String> units = new ArrayList<>();
    int open = 0;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (open > 0) {
        units.set(units.size() - 1, units.get(units.size() - 1) + " " + word);
      } else {
        units.add(word);
      }
      open = Math.max(0, open + count(word, '{') - count(word, '}'));
    }
    StringBuilder line = new StringBuilder();
    String linePrefix = prefix;
    for (String unit : units) {
      for (String word : unit.length() > width - continuation.length() ? List.of(unit.split(" ")) : List.of(unit)) {
        int available = Math.max(width - linePrefix.length(), 20);
        if (line.length() > 0 && line.length() + 1 + word.length() > available) {
          result.append(linePrefix).append(line).append('\n');
          line.setLength(0);
          linePrefix = continuation;
          available = Math.max(width - linePrefix.length(), 20);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        int start = 0;
        while (word.length() - start > available - line.length()) {
          int cut = cut(word, start, start + available - line.length());
          if (cut == start) {
            break;
          }
          line.append(word, start, cut);
          result.append(linePrefix).append(line).append('\n');
          line.setLength(0);
          linePrefix = continuation;
          available = Math.max(width - linePrefix.length(), 20);
          start = cut;
        }
        line.append(word, start, word.length());
      }
    }
    result.append(linePrefix).append(line);
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }

  /** The last place at or before {@code limit} where a word may be broken: not inside an escape or a reference. */
  private static int cut(String word, int start, int limit) {
    int cut = start;
    while (cut < word.length()) {
      int next = cut + 1;
      if (word.startsWith("\\u", cut) && cut + 6 <= word.length()) {
        next = cut + 6;
      } else if (word.charAt(cut) == '&' && word.indexOf(';', cut) > cut && word.indexOf(';', cut) - cut <= 8) {
        next = word.indexOf(';', cut) + 1;
      }
      if (next > limit) {
        break;
      }
      cut = next;
    }
    return cut;
  }
}
