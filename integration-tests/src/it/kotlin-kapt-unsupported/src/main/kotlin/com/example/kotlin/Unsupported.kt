package com.example.kotlin

import io.github.mexcerrors.OnMexcError
import io.github.mexcerrors.mexc.ClockSkewException

// Kotlin shapes no dispatcher can call: each is an error at its function's line (verify.groovy reads them).

class SuspendingHandlers {
  @OnMexcError(700003)
  suspend fun resync(e: ClockSkewException) {
    println(e)
  }
}

class OverloadedHandlers {
  @OnMexcError(700003)
  @JvmOverloads
  fun resync(e: ClockSkewException, message: String? = null) {
    println("$e $message")
  }
}

class PrivateHandlers {
  @OnMexcError(700003)
  private fun resync(e: ClockSkewException) {
    println(e)
  }

  fun use(e: ClockSkewException) = resync(e)
}

class NullableCodeHandlers {
  @OnMexcError(700003)
  fun resync(code: Int?) {
    println(code)
  }
}

@OnMexcError(700003)
fun topLevelResync(e: ClockSkewException) {
  println(e)
}
