package io.github.mexcerrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void aBodyGivenAsBytesIsCopiedAndReadsAsTheSameText() {
    String text = "{\"code\":10101,\"msg\":\"余额不足\"}";
    byte[] framed = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
    int length = text.getBytes(StandardCharsets.UTF_8).length;
    MexcErrorResponse.Builder builder = MexcErrorResponse.builder(MexcApi.SPOT).code(10101)
        .body(framed, 2, length, StandardCharsets.UTF_8);
    java.util.Arrays.fill(framed, (byte) 'z'); // the builder took a copy
    MexcErrorResponse fromBytes = builder.build();
    MexcErrorResponse fromText = MexcErrorResponse.builder(MexcApi.SPOT).code(10101).body(text).build();
    assertEquals(text, fromBytes.body());
    assertEquals(fromText, fromBytes);
    assertEquals(fromText.hashCode(), fromBytes.hashCode());
    assertEquals(fromBytes, fromBytes.toBuilder().build());
    assertEquals(text, MexcErrorResponse.builder(MexcApi.SPOT)
        .body(text.getBytes(StandardCharsets.UTF_8), 0, length, null).build().body(), "null is UTF-8");
    assertEquals("", MexcErrorResponse.builder(MexcApi.SPOT).body(text).body(null, 0, 0, null).build().body());
    assertEquals("t", MexcErrorResponse.builder(MexcApi.SPOT).body(framed, 0, 1, null).body("t").build().body(),
        "the last setter wins");
    assertThrows(IndexOutOfBoundsException.class,
        () -> MexcErrorResponse.builder(MexcApi.SPOT).body(new byte[4], 2, 3, null));
    assertThrows(IndexOutOfBoundsException.class,
        () -> MexcErrorResponse.builder(MexcApi.SPOT).body(new byte[4], -1, 1, null));
  }

  @Test
  void aLongBodyGivenAsBytesIsBoundedLikeText() {
    int max = MexcErrorResponse.MAX_BODY_CHARS;
    for (int chars : new int[] {max - 3, max - 2, max, max + 1, 3 * max, 4 * max, 4 * max + 1, 10 * max}) {
      String text = "x".repeat(chars);
      String fromBytes = MexcErrorResponse.builder(MexcApi.SPOT)
          .body(text.getBytes(StandardCharsets.US_ASCII), 0, chars, StandardCharsets.US_ASCII).build().body();
      String fromText = MexcErrorResponse.builder(MexcApi.SPOT).body(text).build().body();
      assertEquals(fromText, fromBytes, chars + " characters");
      assertTrue(fromBytes.length() <= max, chars + " characters");
      assertEquals(chars > max, fromBytes.endsWith("..."), chars + " characters");
    }
    String emoji = "\ud83d\ude00".repeat(3 * max);
    byte[] utf8 = emoji.getBytes(StandardCharsets.UTF_8);
    String cut = MexcErrorResponse.builder(MexcApi.SPOT).body(utf8, 0, utf8.length, StandardCharsets.UTF_8)
        .build().body();
    assertEquals(MexcErrorResponse.builder(MexcApi.SPOT).body(emoji).build().body(), cut);
    assertFalse(cut.contains("\uFFFD"), "no cut character");
  }

  @Test
  void theRawCodeOfANumericCodeIsItsDecimalText() {
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT).code(700003).build();
    assertEquals("700003", response.rawCode());
    assertEquals(response.rawCode(), response.rawCode());
    assertEquals(MexcErrorResponse.builder(MexcApi.SPOT).rawCode("700003").build(), response);
    assertEquals("", MexcErrorResponse.builder(MexcApi.SPOT).build().rawCode());
    assertEquals("700003", MexcErrorResponse.builder(MexcApi.SPOT).code(700003).build().toBuilder().build()
        .rawCode());
    assertEquals("30021", MexcErrorResponse.builder(MexcApi.SPOT).rawCode("30021").build().toBuilder().build()
        .rawCode());
  }

  @Test
  void serializationWritesTheBodyAndRawCodeAsText() throws Exception {
    byte[] body = "{\"code\":700003,\"msg\":\"late\"}".getBytes(StandardCharsets.UTF_8);
    MexcErrorResponse response = MexcErrorResponse.builder(MexcApi.SPOT).code(700003).message("late")
        .httpStatus(400).body(body, 0, body.length, StandardCharsets.UTF_8).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(response);
    }
    MexcErrorResponse copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MexcErrorResponse) in.readObject();
    }
    assertNotSame(response, copy);
    assertEquals(response, copy);
    assertEquals(new String(body, StandardCharsets.UTF_8), copy.body());
    assertEquals("700003", copy.rawCode());
    assertEquals(copy, copy.toBuilder().build());
  }
}
