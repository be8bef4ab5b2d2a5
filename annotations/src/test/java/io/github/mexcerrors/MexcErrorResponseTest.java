package io.github.mexcerrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MexcErrorResponseTest {
  @Test
  void emptyResponseKnowsOnlyItsApi() {
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.FUTURES).build();
    assertEquals(MexcApi.FUTURES, response.api());
    assertEquals(MexcException.NO_CODE, response.code());
    assertEquals("", response.rawCode());
    assertEquals("", response.message());
    assertEquals("", response.body());
    assertFalse(response.httpStatus().isPresent());
    assertEquals(MexcException.NO_HTTP_STATUS, response.httpStatusOrNone());
    assertFalse(response.requestMethod().isPresent());
    assertFalse(response.retryAfter().isPresent());
    assertFalse(response.clockSkew().isPresent());
    assertThrows(NullPointerException.class, () -> MexcErrorResponse.builder(null));
  }

  @Test
  void rawCodeIsParsedAndKept() {
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT).rawCode("30021").build();
    assertEquals(30021, response.code());
    assertEquals("30021", response.rawCode());
    MexcErrorResponse junk = MexcErrorResponse.builder(MexcApi.SPOT).rawCode("abc").build();
    assertEquals(MexcException.NO_CODE, junk.code());
    assertEquals("abc", junk.rawCode());
    assertEquals("-2011", MexcErrorResponse.of(MexcApi.SPOT, -2011, null, 400).rawCode());
  }

  @Test
  void pathLosesItsQueryStringAndLongTextsAreBounded() {
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT)
        .request("DELETE", "/api/v3/order?symbol=X&signature=secret")
        .body("x".repeat(MexcErrorResponse.MAX_BODY_CHARS * 3)).build();
    assertEquals(Optional.of("/api/v3/order"), response.requestPath());
    assertEquals(Optional.of("DELETE"), response.requestMethod());
    assertEquals(MexcErrorResponse.MAX_BODY_CHARS, response.body().length());
    assertTrue(response.body().endsWith("..."));
    String surrogates = "\ud83d\ude00".repeat(MexcErrorResponse.MAX_BODY_CHARS);
    String cut = MexcErrorResponse.builder(MexcApi.SPOT).body(surrogates).build().body();
    assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 4)), "no half of a surrogate pair");
  }

  @Test
  void clockSkewIsServerTimeMinusRequestTimestamp() {
    Instant sent = Instant.parse("2026-11-29T10:00:00Z");
    MexcErrorResponse behind = MexcErrorResponse.builder(MexcApi.SPOT).requestTimestamp(sent)
        .serverTime(sent.plusMillis(6200)).build();
    assertEquals(Optional.of(Duration.ofMillis(6200)), behind.clockSkew());
    MexcErrorResponse ahead = MexcErrorResponse.builder(MexcApi.SPOT).requestTimestamp(sent)
        .serverTime(sent.minusSeconds(2)).build();
    assertEquals(Optional.of(Duration.ofSeconds(-2)), ahead.clockSkew());
  }

  @Test
  void negativeRetryAfterIsNone() {
    assertFalse(MexcErrorResponse.builder(MexcApi.SPOT).retryAfter(Duration.ofSeconds(-1)).build()
        .retryAfter().isPresent());
  }

  @Test
  void toBuilderCopiesEveryFieldAndEqualityCoversThem() {
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT).rawCode("700003").message("m")
        .httpStatus(400).request("GET", "/p").retryAfter(Duration.ofSeconds(1))
        .requestTimestamp(Instant.EPOCH).recvWindow(Duration.ofSeconds(5)).serverTime(Instant.EPOCH)
        .body("{}").build();
    assertEquals(response, response.toBuilder().build());
    assertEquals(response.hashCode(), response.toBuilder().build().hashCode());
    assertNotEquals(response, response.toBuilder().body("{ }").build());
    assertNotEquals(response, response.toBuilder().recvWindow(null).build());
    assertTrue(response.toString().contains("code 700003"), response.toString());
  }

  @Test
  void untypedFactoryMakesPlainExceptions() {
    MexcException exception = MexcExceptionFactory.untyped()
        .create(MexcErrorResponse.of(MexcApi.SPOT, 700003, "m", 400));
    assertEquals(MexcException.class, exception.getClass());
    assertFalse(exception.errorCode().isPresent());
    assertEquals("MEXC spot error 700003, HTTP 400: m", exception.getMessage());
    assertEquals(0, MexcExceptionFactory.untyped()
        .createWithoutStackTrace(MexcErrorResponse.of(MexcApi.SPOT, 1, "m", 400)).getStackTrace().length);
    assertFalse(MexcExceptionFactory.untyped().errorCode(MexcApi.SPOT, 700003).isPresent());
  }
}
