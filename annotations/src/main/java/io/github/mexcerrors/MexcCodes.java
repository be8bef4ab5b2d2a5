package io.github.mexcerrors;

/**
 * Parsing of error codes as MEXC sends them: sometimes a JSON number, sometimes a JSON string such as
 * {@code "30021"}. Never throws.
 */
public final class MexcCodes {
  private MexcCodes() {}

  /**
   * Parses a code sent as text. Leading and trailing whitespace is ignored, as are one leading sign and leading
   * zeros. Only the ASCII digits 0-9 count as digits.
   *
   * @param rawCode the text, e.g. {@code "30021"}, {@code " -2011 "}; may be {@code null}
   * @return the code, or {@link MexcException#NO_CODE} when the text is {@code null}, empty, blank, not a decimal
   *     integer (e.g. {@code "abc"}, {@code "3e4"}, {@code "0x10"}, {@code "1.0"}), beyond the {@code int} range,
   *     or {@code "-2147483648"} (whose value is {@link MexcException#NO_CODE} itself)
   */
  public static int parse(String rawCode) {
    if (rawCode == null) {
      return MexcException.NO_CODE;
    }
    String text = rawCode.strip();
    int length = text.length();
    int index = 0;
    boolean negative = false;
    if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      negative = text.charAt(0) == '-';
      index = 1;
    }
    if (index == length) {
      return MexcException.NO_CODE;
    }
    while (index < length - 1 && text.charAt(index) == '0') {
      index++;
    }
    if (length - index > 10) {
      return MexcException.NO_CODE;
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
