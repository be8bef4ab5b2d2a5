package com.example.bom;

import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.mexc.ClockSkewException;
import java.util.ArrayList;
import java.util.List;

/** A handler class of a project that takes every mexc-errors version from the BOM. */
public class OrderErrors {
  private final List<String> events = new ArrayList<>();

  @OnMexcError(700003)
  void resync(ClockSkewException e) {
    events.add("resync " + e.code());
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
