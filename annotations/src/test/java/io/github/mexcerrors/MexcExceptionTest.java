package io.github.mexcerrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link MexcException} keeps what the exchange sent and never throws on junk. */
class MexcExceptionTest {
  private static MexcException of(int code, String rawCode, String message, int httpStatus) {
    return new MexcException(MexcApi.SPOT, code, rawCode, message, httpStatus, null, null, true);
  }

  /** A table entry as the generated enums implement it, for message tests. */
  private static final MexcErrorCode SIGNATURE = new MexcErrorCode() {
    @Override public MexcApi api() {
      return MexcApi.SPOT;
    }

    @Override public int code() {
      return 700002;
    }

    @Override public String name() {
      return "INVALID_SIGNATURE";
    }

    @Override public String message() {
      return "Signature for this request is not valid.";
    }

    @Override public java.util.List<String> messages() {
      return java.util.List.of(message());
    }

    @Override public String hint() {
      return "Check signature algorithm.";
    }

    @Override public MexcErrorCategory category() {
      return null;
    }

    @Override public RetryPolicy retryPolicy() {
      return RetryPolicy.NEVER;
    }
  };

  @Test
  void theMessageNamesCodeConstantStatusAndHintWithOneFullStopBetweenSentences() {
    MexcException withStop = new MexcException(MexcApi.SPOT, 700002, null, "Signature for this request is not valid.",
        400, SIGNATURE, null, false);
    assertEquals("MEXC spot error 700002 (INVALID_SIGNATURE), HTTP 400: Signature for this request is not valid."
        + " Hint: Check signature algorithm.", withStop.getMessage());
    MexcException withoutStop = new MexcException(MexcApi.SPOT, 700002, null, "signature invalid",
        MexcException.NO_HTTP_STATUS, SIGNATURE, null, false);
    assertEquals("MEXC spot error 700002 (INVALID_SIGNATURE): signature invalid. Hint: Check signature algorithm.",
        withoutStop.getMessage());
  }

  /** A clock entry: its retry policy makes the message describe the skew. */
  private static final MexcErrorCode CLOCK = new MexcErrorCode() {
    @Override public MexcApi api() {
      return MexcApi.SPOT;
    }

    @Override public int code() {
      return 700003;
    }

    @Override public String name() {
      return "TIMESTAMP_OUTSIDE_RECV_WINDOW";
    }

    @Override public String message() {
      return "Timestamp for this request is outside of the recvWindow";
    }

    @Override public java.util.List<String> messages() {
      return java.util.List.of(message());
    }

    @Override public String hint() {
      return "Sync your system clock.";
    }

    @Override public MexcErrorCategory category() {
      return null;
    }

    @Override public RetryPolicy retryPolicy() {
      return RetryPolicy.AFTER_CLOCK_SYNC;
    }
  };

  private static MexcException clockError(long requestMillisAfterServer) {
    java.time.Instant server = java.time.Instant.parse("2026-11-29T02:00:06Z");
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT).code(700003).httpStatus(400)
        .message("Timestamp for this request is outside of the recvWindow.")
        .serverTime(server).requestTimestamp(server.plusMillis(requestMillisAfterServer))
        .recvWindow(java.time.Duration.ofMillis(60000)).build();
    return new MexcException(response, CLOCK, null, false);
  }

  @Test
  void aRequestAheadOfMexcsClockIsToldThatRecvWindowCannotHelp() {
    assertTrue(clockError(2300).getMessage().endsWith("Hint: Sync your system clock. Your request was 2.3 s ahead"
        + " of MEXC's clock; recvWindow 60000 ms. MEXC rejects a timestamp more than 1 s ahead of its clock whatever"
        + " the recvWindow, so sync the clock: a wider recvWindow cannot help."), clockError(2300).getMessage());
    assertTrue(clockError(-6200).getMessage().endsWith("Your request was 6.2 s behind MEXC's clock; recvWindow"
        + " 60000 ms."), clockError(-6200).getMessage());
  }

  @Test
  void aMaintenanceAnswerKeepsItsAnnouncementLinkAndText() {
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT).code(500).httpStatus(500)
        .message("Under maintenance, please try again later").announcement(" https://www.mexc.com/support/x ")
        .build();
    MexcException exception = new MexcException(response, null, null, false);
    assertEquals("https://www.mexc.com/support/x", exception.response().announcement().orElseThrow());
    assertEquals("MEXC spot error 500, HTTP 500: Under maintenance, please try again later. Announcement:"
        + " https://www.mexc.com/support/x", exception.getMessage());
    assertEquals(response, response.toBuilder().build());
    assertFalse(response.equals(response.toBuilder().announcement(null).build()));
    assertTrue(MexcErrorResponse.builder(MexcApi.SPOT).announcement("  ").build().announcement().isEmpty());
  }

  @Test
  void nullMessageBecomesEmpty() {
    MexcException exception = of(30051, null, null, MexcException.NO_HTTP_STATUS);
    assertEquals("", exception.exchangeMessage());
    assertEquals("30051", exception.rawCode());
    assertEquals("MEXC spot error 30051", exception.getMessage());
  }

  @Test
  void rawCodeIsKeptExactly() {
    MexcException exception = of(MexcException.NO_CODE, " abc ", "m", 400);
    assertEquals(" abc ", exception.rawCode());
    assertEquals(MexcException.NO_CODE, exception.code());
    assertEquals("MEXC spot error  abc , HTTP 400: m", exception.getMessage());
  }

  @Test
  void noCodeWithoutRawCodeHasAnEmptyRawCode() {
    MexcException exception = of(MexcException.NO_CODE, null, "m", MexcException.NO_HTTP_STATUS);
    assertEquals("", exception.rawCode());
    assertFalse(exception.errorCode().isPresent());
    assertFalse(exception.category().isPresent());
    assertFalse(exception.hint().isPresent());
    assertEquals(RetryPolicy.NEVER, exception.retryPolicy());
  }

  @Test
  void hugeMessageIsKeptAsTheSameString() {
    String huge = "\u4e2d".repeat(5_000_000);
    MexcException exception = of(1, null, huge, MexcException.NO_HTTP_STATUS);
    assertSame(huge, exception.exchangeMessage());
    assertTrue(exception.getMessage().endsWith(huge));
  }

  @Test
  void anyHttpStatusIsKept() {
    assertEquals(0, of(1, null, "m", 0).httpStatus().getAsInt());
    assertEquals(Integer.MAX_VALUE, of(1, null, "m", Integer.MAX_VALUE).httpStatus().getAsInt());
    assertFalse(of(1, null, "m", MexcException.NO_HTTP_STATUS).httpStatus().isPresent());
  }

  @Test
  void aMissingApiIsAProgrammingErrorNotJunk() {
    assertThrows(NullPointerException.class,
        () -> new MexcException(null, 1, null, "m", 400, null, null, true));
  }
}
