package com.example.app;

import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.mexc.AuthenticationException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import io.github.mexcerrors.mexc.TradingDisabledException;
import java.util.ArrayList;
import java.util.List;

/** Uses the types generated in the errors module, including a code only its table has. */
public class AppErrors {
  private final List<String> events = new ArrayList<>();

  @OnMexcError(30099)
  void useLimitOrder(SpotErrorCode code, TradingDisabledException e) {
    events.add("limit order " + code + " " + e.getClass().getSimpleName());
  }

  @OnMexcCategory("AUTHENTICATION")
  void reauthenticate(AuthenticationException e) {
    events.add("authentication " + e.code());
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
