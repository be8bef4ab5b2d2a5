package com.example.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.mexc.AuthenticationException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.ErrorCategory;
import io.github.mexcerrors.mexc.FuturesErrorCode;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedCodeTest {
  @Test
  void dispatchesACodeToItsMethod() {
    TradingErrors handlers = new TradingErrors();

    assertTrue(TradingErrorsDispatcher.dispatch(handlers, 700003, "Timestamp outside recvWindow"));
    assertTrue(TradingErrorsDispatcher.dispatch(handlers, 10101, "Insufficient balance"));

    assertEquals(List.of("resync 700003 AFTER_CLOCK_SYNC", "no funds INSUFFICIENT_BALANCE Insufficient balance"),
        handlers.events());
  }

  @Test
  void dispatchesACategoryOfBothApisAndFallsBackForTheRest() {
    TradingErrors handlers = new TradingErrors();

    TradingErrorsDispatcher.dispatch(handlers, 429, "Too Many Requests");
    TradingErrorsDispatcher.dispatch(handlers, MexcApi.FUTURES, 510, "Excessive frequency of requests");
    TradingErrorsDispatcher.dispatch(handlers, 123456, "not in the table");

    assertEquals(List.of("back off SPOT 429", "back off FUTURES 510", "other SPOT 123456 not in the table"),
        handlers.events());
  }

  @Test
  void dispatchesAnException() {
    TradingErrors handlers = new TradingErrors();

    TradingErrorsDispatcher.dispatch(handlers, MexcErrors.create(MexcApi.SPOT, 999999, "slow down", 429));

    assertEquals(List.of("back off SPOT 999999"), handlers.events());
  }

  @Test
  void looksCodesUp() {
    SpotErrorCode timestamp = SpotErrorCode.of(700003).orElseThrow();
    assertEquals("TIMESTAMP_OUTSIDE_RECV_WINDOW", timestamp.name());
    assertSame(ErrorCategory.CLOCK_SKEW, timestamp.category());
    assertEquals(RetryPolicy.AFTER_CLOCK_SYNC, timestamp.retryPolicy());
    assertFalse(timestamp.hint().isBlank());

    MexcErrorCode futures = MexcErrors.lookup(MexcApi.FUTURES, 2005).orElseThrow();
    assertInstanceOf(FuturesErrorCode.class, futures);
    assertTrue(SpotErrorCode.of(424242).isEmpty());
    assertTrue(MexcErrors.lookup(MexcApi.SPOT, 424242).isEmpty());
  }

  @Test
  void createsTheMostSpecificException() {
    MexcException clock = MexcErrors.create(MexcApi.SPOT, 700003, "Timestamp outside recvWindow");
    assertInstanceOf(ClockSkewException.class, clock);
    assertInstanceOf(AuthenticationException.class, clock);
    assertEquals(RetryPolicy.AFTER_CLOCK_SYNC, clock.retryPolicy());
    assertEquals("Timestamp outside recvWindow", clock.exchangeMessage());

    assertInstanceOf(RateLimitException.class, MexcErrors.create(MexcApi.SPOT, 999999, "?", 429));
    assertSame(MexcException.class, MexcErrors.create(MexcApi.SPOT, 999999, "?", 200).getClass());
    assertEquals(MexcException.NO_CODE, MexcErrors.create(MexcApi.SPOT, "abc", "?", 400).code());
  }

  @Test
  void shipsTheGeneratedReference() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/mexc-errors/error-reference.md")) {
      assertNotNull(in, "the processor wrote no META-INF/mexc-errors/error-reference.md");
      String reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reference.contains("| 700003 | `TIMESTAMP_OUTSIDE_RECV_WINDOW` | "), reference);
    }
  }
}
