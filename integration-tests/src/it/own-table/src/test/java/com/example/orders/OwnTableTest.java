package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.mexc.ErrorCategory;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.SpotErrorCode;
import io.github.mexcerrors.mexc.TradingDisabledException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnTableTest {
  @Test
  void theAddedCodeIsInTheEnumTheFactoryAndTheDispatcher() {
    SpotErrorCode added = SpotErrorCode.of(30099).orElseThrow();
    assertEquals("QUOTE_ASSET_PAUSED", added.name());
    assertEquals("api market order is disabled", added.message());
    assertSame(ErrorCategory.TRADING_DISABLED, added.category());
    assertInstanceOf(TradingDisabledException.class, MexcErrors.create(MexcApi.SPOT, 30099, "disabled"));

    OrderErrors handlers = new OrderErrors();
    assertTrue(OrderErrorsDispatcher.dispatch(handlers, 30099, "api market order is disabled"));
    assertEquals(List.of("limit order QUOTE_ASSET_PAUSED Use a LIMIT order for this pair."),
        handlers.events());
  }

  @Test
  void theOverriddenHintReplacesTheBundledOneAndKeepsTheRest() {
    SpotErrorCode timestamp = SpotErrorCode.of(700003).orElseThrow();
    assertEquals("Sync your system clock: our NTP daemon may be down, check chronyd on the host.",
        timestamp.hint());
    assertEquals("TIMESTAMP_OUTSIDE_RECV_WINDOW", timestamp.name());
    assertSame(ErrorCategory.CLOCK_SKEW, timestamp.category());
  }

  @Test
  void theBundledCodesAreStillThere() {
    assertTrue(SpotErrorCode.of(30004).isPresent());
    assertTrue(MexcErrors.lookup(MexcApi.FUTURES, 2005).isPresent());
  }

  @Test
  void theReferenceIsGeneratedFromThisTable() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/mexc-errors/error-reference.md")) {
      String reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reference.contains("| 30099 | `QUOTE_ASSET_PAUSED` | api market order is disabled | "
          + "`TradingDisabledException` | "), reference);
      assertTrue(reference.contains("our NTP daemon may be down"), reference);
    }
  }
}
