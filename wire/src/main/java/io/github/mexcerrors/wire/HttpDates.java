package io.github.mexcerrors.wire;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Reads the HTTP headers that carry times: {@code Date} and {@code Retry-After}. Never throws. */
final class HttpDates {
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private HttpDates() {}

  /**
   * Parses an HTTP date: the IMF-fixdate form ({@code Sun, 06 Nov 1994 08:49:37 GMT}) directly, other RFC 1123
   * forms with {@link DateTimeFormatter#RFC_1123_DATE_TIME}.
   *
   * @param text the header value; may be {@code null}
   * @return the instant, or {@code null} when the value is not a date
   */
  static Instant parseDate(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    Instant fast = parseFixdate(value);
    if (fast != null) {
      return fast;
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Reads {@code Retry-After}: delay seconds, or an HTTP date taken relative to the answer's {@code Date} (else
   * to {@code now}).
   *
   * @param text the header value; may be {@code null}
   * @param serverTime the answer's {@code Date}, or {@code null}
   * @return the wait (zero for a date in the past), or {@code null} when the value is neither form
   */
  static Duration parseRetryAfter(String text, Instant serverTime) {
    if (text == null) {
      return null;
    }
    long seconds = MexcRequestInfo.parseLong(text);
    if (seconds >= 0) {
      return Duration.ofSeconds(seconds);
    }
    Instant until = parseDate(text);
    if (until == null) {
      return null;
    }
    Duration wait = Duration.between(serverTime != null ? serverTime : Instant.now(), until);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  private static Instant parseFixdate(String v) {
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    if (v.length() != 29 || v.charAt(3) != ',' || v.charAt(4) != ' ' || v.charAt(7) != ' ' || v.charAt(11) != ' '
        || v.charAt(16) != ' ' || v.charAt(19) != ':' || v.charAt(22) != ':' || !v.endsWith(" GMT")) {
      return null;
    }
    int day = digits(v, 5, 2);
    int month = MONTHS.indexOf(v.substring(8, 11));
    int year = digits(v, 12, 4);
    int hour = digits(v, 17, 2);
    int minute = digits(v, 20, 2);
    int second = digits(v, 23, 2);
    if (day < 1 || day > 31 || month < 0 || month % 3 != 0 || year < 0 || hour > 23 || minute > 59
        || second > 60 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return java.time.LocalDateTime.of(year, month / 3 + 1, day, hour, minute, Math.min(second, 59))
          .toInstant(java.time.ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
