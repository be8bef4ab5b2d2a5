package io.github.mexcerrors.wire;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The headers of an HTTP request or answer, as the reader needs them: the first value of a header. Adapters pass
 * their client's own lookup, e.g. {@code response::header} (OkHttp), {@code name ->
 * headers.firstValue(name).orElse(null)} ({@code java.net.http}) or {@code headers::getFirst} (Spring).
 */
@FunctionalInterface
public interface MexcHeaders {
  /**
   * Returns the first value of a header.
   *
   * @param name the header's name; implementations match it case-insensitively
   * @return the first value, or {@code null} when the header is absent
   */
  String first(String name);

  /**
   * Returns headers that are all absent.
   *
   * @return the empty headers
   */
  static MexcHeaders none() {
    return name -> null;
  }

  /**
   * Returns headers backed by a copy of a map of names to values, matched case-insensitively.
   *
   * @param headers the headers, e.g. {@code HttpHeaders.map()}; {@code null} for none
   * @return the headers
   */
  static MexcHeaders of(Map<String, ? extends List<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return none();
    }
    Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> {
      if (name != null && values != null && !values.isEmpty() && values.get(0) != null) {
        first.putIfAbsent(name, values.get(0));
      }
    });
    return name -> name == null ? null : first.get(name);
  }

  /**
   * Returns headers from names and values in turn, matched case-insensitively: for tests and small adapters.
   *
   * @param namesAndValues a name, its value, the next name, ...; the first value of a name wins
   * @return the headers
   * @throws IllegalArgumentException when the number of arguments is odd
   */
  static MexcHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs, got "
          + namesAndValues.length + " strings");
    }
    Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i] != null && namesAndValues[i + 1] != null) {
        first.putIfAbsent(namesAndValues[i].toLowerCase(Locale.ROOT), namesAndValues[i + 1]);
      }
    }
    return name -> name == null ? null : first.get(name);
  }
}
