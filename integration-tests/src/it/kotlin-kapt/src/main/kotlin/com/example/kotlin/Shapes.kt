package com.example.kotlin

import io.github.mexcerrors.OnMexcError
import io.github.mexcerrors.mexc.ClockSkewException

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
