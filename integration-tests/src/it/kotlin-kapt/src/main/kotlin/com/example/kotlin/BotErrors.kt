package com.example.kotlin

import io.github.mexcerrors.MexcApi
import io.github.mexcerrors.MexcException
import io.github.mexcerrors.OnMexcCategory
import io.github.mexcerrors.OnMexcError
import io.github.mexcerrors.OnMexcErrorFallback
import io.github.mexcerrors.mexc.ClockSkewException
import io.github.mexcerrors.mexc.RateLimitException
import io.github.mexcerrors.mexc.SpotErrorCode

/** The README's handler class, in Kotlin: every method a plain public member function. */
class BotErrors {
  private val recorded = mutableListOf<String>()

  /** What the handler methods recorded, oldest first. */
  val events: List<String> get() = recorded.toList()

  @OnMexcError(700003)
  fun resync(e: ClockSkewException) {
    recorded += "resync ${e.code()} ${e.retryPolicy()}"
  }

  @OnMexcError(30004, 10101)
  fun noFunds(code: SpotErrorCode, message: String?) {
    recorded += "no funds $code $message"
  }

  @OnMexcCategory("RATE_LIMIT")
  fun backOff(e: RateLimitException) {
    recorded += "back off ${e.api()} ${e.code()}"
  }

  @OnMexcErrorFallback
  fun other(api: MexcApi, code: Int, message: String?) {
    recorded += "other $api $code $message"
  }

  /** Kotlin code of the bot calls the generated dispatcher, like Java code does. */
  fun handle(e: MexcException): Boolean = BotErrorsDispatcher.dispatch(this, e)
}

/** An object declaration: its stub is a class with an INSTANCE, a handler class like any other. */
object ClockWatch {
  var resyncs = 0
    private set

  @OnMexcError(700003)
  fun resync(e: ClockSkewException) {
    resyncs += e.code() / e.code()
  }
}
