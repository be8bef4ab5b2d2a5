package com.example.kotlin

import io.github.mexcerrors.OnMexcCategory
import io.github.mexcerrors.OnMexcError
import io.github.mexcerrors.OnMexcErrorFallback
import io.github.mexcerrors.mexc.ClockSkewException
import io.github.mexcerrors.mexc.RateLimitException

/** What the Kotlin shapes below recorded, oldest first. */
object Recorded {
  val events = mutableListOf<String>()
}

/** A companion object's function: a method of the nested class CompanionHandlers.Companion in the stub. */
class CompanionHandlers {
  companion object {
    @OnMexcError(700003)
    fun resync(e: ClockSkewException) {
      Recorded.events += "companion ${e.code()}"
    }
  }
}

/** @JvmStatic: the annotation is on the companion's method and on a static method of the outer class. */
class StaticHandlers {
  companion object {
    @JvmStatic
    @OnMexcError(700003)
    fun resync(e: ClockSkewException) {
      Recorded.events += "static ${e.code()}"
    }
  }
}

/** An internal function: named resync$<module> in the stub, and so in the dispatcher. */
class InternalHandlers {
  @OnMexcError(700003)
  internal fun resync(e: ClockSkewException) {
    Recorded.events += "internal ${e.code()}"
  }
}

/** An extension function: its receiver is the stub's first parameter. */
class ExtensionHandlers {
  @OnMexcError(700003)
  fun ClockSkewException.resync() {
    Recorded.events += "extension ${code()}"
  }
}

/** A default argument is never used: the dispatcher passes every parameter, a String being the message. */
class DefaultArgumentHandlers {
  @OnMexcError(700003)
  fun resync(e: ClockSkewException, note: String? = "the default") {
    Recorded.events += "default ${e.code()} $note"
  }
}

/** A non-null String parameter: Kotlin checks it, so a dispatch without a message throws. */
class NonNullMessageHandlers {
  @OnMexcError(700003)
  fun resync(message: String) {
    Recorded.events += "non-null $message"
  }
}

/** The call that failed, which the caller passes to the dispatcher: the handler functions' context. */
data class OrderCall(val clientOrderId: String, val attempt: Int)

/**
 * Handler functions that take the caller's context (a parameter of a type of our own), non-null or nullable; one
 * does not take it. They return a value, so the dispatcher returns it.
 */
class ContextHandlers {
  @OnMexcError(700003)
  fun resync(e: ClockSkewException, call: OrderCall): String =
    "resync ${e.code()} ${call.clientOrderId} ${call.attempt}"

  @OnMexcCategory("RATE_LIMIT")
  fun backOff(call: OrderCall?, e: RateLimitException): String = "back off ${e.code()} ${call?.attempt}"

  @OnMexcErrorFallback
  fun other(code: Int): String = "other $code"
}
