package com.example.app;

import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.mexc.TradingDisabledException;

/** Handles the category of the code that only this module's table has. */
public class AppErrors {
  @OnMexcCategory("TRADING_DISABLED")
  void useLimitOrder(TradingDisabledException e) {
    System.out.println("limit order " + e.code());
  }
}
