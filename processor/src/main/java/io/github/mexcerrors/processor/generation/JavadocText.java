package io.github.mexcerrors.processor.generation;

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

  /** The widest a Javadoc line of table text gets, not counting the comment's indent and {@code " * "}. */
  static final int WIDTH = 100;

  /**
   * Breaks escaped text into lines of at most {@link #WIDTH} characters at spaces (a longer word stays whole), so
   * that generated Javadoc reads like hand-written Javadoc.
   *
   * @param text escaped text, without line breaks
   * @return the text with {@code '\n'} between lines
   */
  static String wrap(String text) {
    StringBuilder result = new StringBuilder(text.length() + 8);
    int lineStart = 0;
    for (String word : text.split(" ", -1)) {
      if (result.length() > lineStart && result.length() - lineStart + 1 + word.length() > WIDTH) {
        result.append('\n');
        lineStart = result.length();
      } else if (result.length() > lineStart) {
        result.append(' ');
      }
      result.append(word);
    }
    return result.toString();
  }
}
