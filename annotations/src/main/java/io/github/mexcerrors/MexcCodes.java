package io.github.mexcerrors;

/**
 * Parsing of error codes as MEXC sends them: sometimes a JSON number, sometimes a JSON string such as
 * {@code "30021"}. Never throws.
 */
public final class MexcCodes {
  private MexcCodes() {}

  /**
   * Parses a code sent as text. Leading and trailing whitespace is ignored, as is one leading {@code +}.
   *
   * @param rawCode the text, e.g. {@code "30021"}, {@code " -2011 "}; may be {@code null}
   * @return the code, or {@link MexcException#NO_CODE} when the text is {@code null}, empty, not a decimal
   *     integer, or beyond the {@code int} range
   */
  public static int parse(String rawCode) {
    if (rawCode == null) {
      return MexcException.NO_CODE;
    }
    String text = rawCode.strip();
    int length = text.length();
    if (length == 0 || length > 12) {
      return MexcException.NO_CODE;
    }
    int index = 0;
    boolean negative = false;
    char first = text.charAt(0);
    if (first == '-' || first == '+') {
      negative = first == '-';
      index = 1;
      if (length == 1) {
        return MexcException.NO_CODE;
      }
    }
    long value = 0;
    for (; index < length; index++) {
      char digit = text.charAt(index);
      if (digit < '0' || digit > '9') {
        return MexcException.NO_CODE;
      }
      value = value * 10 + (digit - '0');
    }
    value = negative ? -value : value;
    if (value < Integer.MIN_VALUE + 1L || value > Integer.MAX_VALUE) {
      return MexcException.NO_CODE;
    }
    return (int) value;
  }
}
