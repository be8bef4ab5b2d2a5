package com.example.kotlin

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test

/** The Kotlin shapes the README's table says are dispatched, dispatched from Kotlin. */
class KaptShapesTest {
  @BeforeEach
  fun clear() {
    Recorded.events.clear()
  }

  @Test
  fun companionObjectsAreHandlerClasses() {
    assertTrue(CompanionHandlers_CompanionDispatcher.dispatch(CompanionHandlers, 700003, "skew"))
    assertTrue(StaticHandlers_CompanionDispatcher.dispatch(StaticHandlers, 700003, "skew"))

    assertEquals(listOf("companion 700003", "static 700003"), Recorded.events)
  }

  @Test
  fun jvmStaticFunctionsAreDispatchedThroughTheOuterClassToo() {
    assertTrue(StaticHandlersDispatcher.dispatch(StaticHandlers(), 700003, "skew"))

    assertEquals(listOf("static 700003"), Recorded.events)
  }

  @Test
  fun internalAndExtensionFunctionsAreDispatched() {
    assertTrue(InternalHandlersDispatcher.dispatch(InternalHandlers(), 700003, "skew"))
    assertTrue(ExtensionHandlersDispatcher.dispatch(ExtensionHandlers(), 700003, "skew"))

    assertEquals(listOf("internal 700003", "extension 700003"), Recorded.events)
  }

  @Test
  fun defaultArgumentsAreNeverUsed() {
    assertTrue(DefaultArgumentHandlersDispatcher.dispatch(DefaultArgumentHandlers(), 700003, "skew"))
    assertTrue(DefaultArgumentHandlersDispatcher.dispatch(DefaultArgumentHandlers(), 700003, null))

    assertEquals(listOf("default 700003 skew", "default 700003 null"), Recorded.events)
  }

  @Test
  fun aNonNullMessageParameterRefusesADispatchWithoutAMessage() {
    assertTrue(NonNullMessageHandlersDispatcher.dispatch(NonNullMessageHandlers(), 700003, "skew"))
    assertThrows(NullPointerException::class.java) {
      NonNullMessageHandlersDispatcher.dispatch(NonNullMessageHandlers(), 700003, null)
    }

    assertEquals(listOf("non-null skew"), Recorded.events)
  }

  @Test
  fun handlerFunctionsTakeTheCallersContext() {
    val call = OrderCall("order-1", 2)

    assertEquals("resync 700003 order-1 2",
      ContextHandlersDispatcher.dispatch(ContextHandlers(), 700003, "skew", call))
    assertEquals("back off 429 2", ContextHandlersDispatcher.dispatch(ContextHandlers(), 429, "slow", call))
    assertEquals("other 30014", ContextHandlersDispatcher.dispatch(ContextHandlers(), 30014, "symbol", call))
  }

  @Test
  fun aNullContextIsPassedAsItIsAndKotlinChecksANonNullParameter() {
    assertEquals("back off 429 null", ContextHandlersDispatcher.dispatch(ContextHandlers(), 429, "slow", null))
    assertThrows(NullPointerException::class.java) {
      ContextHandlersDispatcher.dispatch(ContextHandlers(), 700003, "skew", null)
    }
  }
}
