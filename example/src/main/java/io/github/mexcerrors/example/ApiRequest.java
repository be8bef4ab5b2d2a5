package io.github.mexcerrors.example;

import io.github.mexcerrors.MexcApi;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to MEXC, before signing: the client adds {@code timestamp}, {@code recvWindow} and {@code signature}
 * on every attempt, so that a retry is signed afresh with the re-synchronised clock.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path the endpoint, e.g. {@code /api/v3/order}
 * @param api the code space of the endpoint's errors
 * @param signed whether the endpoint needs a signature
 * @param params the request parameters, in order
 * @param order the order this call submits or concerns, or {@code null}
 */
public record ApiRequest(
    String method, String path, MexcApi api, boolean signed, Map<String, String> params, OrderRequest order) {
  /** Checks the components and freezes the parameters. */
  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(api, "api");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * Tells whether sending this call twice could do something twice (place two orders).
   *
   * @return {@code true} for every method but {@code GET}
   */
  public boolean submitsSomething() {
    return !method.equals("GET");
  }

  /**
   * Describes the call in one line.
   *
   * @return e.g. {@code POST /api/v3/order BUY 0.001 BTCUSDT LIMIT @ 60000 (id ex-1)}
   */
  public String describe() {
    return method + " " + path + (order != null ? " " + order.describe() : "");
  }
}
