package com.example.orders;

import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.mexc.SpotErrorCode;
import io.github.mexcerrors.mexc.TradingDisabledException;
import java.util.ArrayList;
import java.util.List;

/** Handles a code that only this application's table knows. */
public class OrderErrors {
  private final List<String> events = new ArrayList<>();

  @OnMexcError(30099)
  void useLimitOrder(SpotErrorCode code, TradingDisabledException e) {
    events.add("limit order " + code + " " + e.hint().orElse("no hint"));
  }

  @OnMexcErrorFallback
  void other(int code) {
    events.add("other " + code);
  }

  /**
   * Returns what the handler methods recorded.
   *
   * @return the events, oldest first
   */
  public List<String> events() {
    return List.copyOf(events);
  }
}
