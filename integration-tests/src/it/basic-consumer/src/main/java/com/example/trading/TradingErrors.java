package com.example.trading;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.util.ArrayList;
import java.util.List;

/** The README's handler class, recording what ran. */
public class TradingErrors {
  private final List<String> events = new ArrayList<>();

  @OnMexcError(700003)
  void resyncClock(ClockSkewException e) {
    events.add("resync " + e.code() + " " + e.retryPolicy());
  }

  @OnMexcError({30004, 10101})
  void noFunds(SpotErrorCode code, String message) {
    events.add("no funds " + code + " " + message);
  }

  @OnMexcCategory("RATE_LIMIT")
  void backOff(RateLimitException e) {
    events.add("back off " + e.api() + " " + e.code());
  }

  @OnMexcErrorFallback
  void other(MexcApi api, int code, String message) {
    events.add("other " + api + " " + code + " " + message);
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
