package com.example.kotlin

import io.github.mexcerrors.MexcApi
import io.github.mexcerrors.mexc.MexcErrors
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class KaptDispatchTest {
  @Test
  fun dispatchesCodesToKotlinFunctions() {
    val handlers = BotErrors()

    assertTrue(BotErrorsDispatcher.dispatch(handlers, 700003, "Timestamp outside recvWindow"))
    assertTrue(BotErrorsDispatcher.dispatch(handlers, 10101, "Insufficient balance"))
    assertTrue(BotErrorsDispatcher.dispatch(handlers, MexcApi.FUTURES, 510, null))
    assertTrue(BotErrorsDispatcher.dispatch(handlers, 123456, "not in the table"))

    assertEquals(
      listOf(
        "resync 700003 AFTER_CLOCK_SYNC",
        "no funds INSUFFICIENT_BALANCE Insufficient balance",
        "back off FUTURES 510",
        "other SPOT 123456 not in the table",
      ),
      handlers.events,
    )
  }

  @Test
  fun dispatchesAnExceptionFromKotlinCode() {
    val handlers = BotErrors()

    assertTrue(handlers.handle(MexcErrors.create(MexcApi.SPOT, 999999, "slow down", 429)))

    assertEquals(listOf("back off SPOT 999999"), handlers.events)
  }

  @Test
  fun dispatchesToAnObjectDeclaration() {
    assertTrue(ClockWatchDispatcher.dispatch(ClockWatch, 700003, "Timestamp outside recvWindow"))

    assertEquals(1, ClockWatch.resyncs)
  }
}
