package io.github.mexcerrors.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.UnavailableException;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MexcAnswerReaderTest {
  private static final MexcAnswerReader READER = MexcAnswerReader.create();
  private static final MexcRequestInfo SPOT = MexcRequestInfo.of(MexcApi.SPOT, "GET", "/api/v3/order");
  private static final MexcRequestInfo FUTURES =
      MexcRequestInfo.of(MexcApi.FUTURES, "POST", "/api/v1/private/order/submit");

  private static MexcAnswer read(MexcRequestInfo request, int status, String body) {
    return READER.read(request, status, MexcHeaders.none(), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void clockErrorSaysHowFarBehindTheRequestWas() {
    Instant date = Instant.parse("2026-11-29T02:00:06Z");
    URI uri = URI.create("https://api.mexc.com/api/v3/order?symbol=MXUSDT&recvWindow=5000&timestamp="
        + date.minusMillis(6200).toEpochMilli() + "&signature=abc");
    MexcRequestInfo request = MexcRequestInfo.of("GET", uri, MexcHeaders.none());
    MexcAnswer answer = READER.read(request, 400, MexcHeaders.of("date", MexcAnswerCatalogue.httpDate(date)),
        "{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}"
            .getBytes(StandardCharsets.UTF_8));
    MexcException error = answer.error().orElseThrow();
    assertInstanceOf(ClockSkewException.class, error);
    assertEquals(Duration.ofMillis(6200), error.response().clockSkew().orElseThrow());
    assertTrue(error.getMessage().contains("Your request was 6.2 s behind MEXC's clock; recvWindow 5000 ms."),
        error.getMessage());
    assertTrue(error.getMessage().contains("GET /api/v3/order"), error.getMessage());
    assertFalse(error.getMessage().contains("signature"), error.getMessage());
  }

  @Test
  void futuresClockHeadersAreRead() {
    MexcRequestInfo request = MexcRequestInfo.of("GET",
        URI.create("https://contract.mexc.com/api/v1/private/account/assets"),
        MexcHeaders.of("Request-Time", "1764381593600", "Recv-Window", "10"));
    assertEquals(MexcApi.FUTURES, request.api());
    assertEquals(Instant.ofEpochMilli(1764381593600L), request.timestamp().orElseThrow());
    assertEquals(Duration.ofSeconds(10), request.recvWindow().orElseThrow());
    MexcRequestInfo millis = MexcRequestInfo.of("GET",
        URI.create("https://contract.mexc.com/api/v1/private/account/assets"), MexcHeaders.of("Recv-Window", "5000"));
    assertEquals(Duration.ofMillis(5000), millis.recvWindow().orElseThrow());
  }

  @Test
  void aRequestReadFromPathAndQueryIsTheRequestReadFromItsUri() {
    MexcHeaders headers = MexcHeaders.of("Request-Time", "1764381593600", "Recv-Window", "10");
    for (String text : new String[] {
        "https://api.mexc.com/api/v3/order?symbol=MXUSDT&recvWindow=5000&timestamp=1764381593600&signature=a",
        "https://api.mexc.com/api/v3/batchOrders?batchOrders=%5B%7B%7D%5D&timestamp=1",
        "https://contract.mexc.com/api/v1/private/order/cancel",
        "https://contract.mexc.com/api/v1/private/account/assets?recvWindow=x",
        "http://proxy/some%20where/order?timestamp=12&timestamp=13",
        "http://proxy"}) {
      URI uri = URI.create(text);
      for (MexcHeaders requestHeaders : new MexcHeaders[] {null, headers}) {
        assertEquals(MexcRequestInfo.of("POST", uri, requestHeaders),
            MexcRequestInfo.of("POST", uri.getRawPath(), uri.getRawQuery(), requestHeaders), text);
      }
    }
    assertEquals(MexcRequestInfo.of(MexcApi.SPOT, null, "/api/v3/order"),
        MexcRequestInfo.of(null, "/api/v3/order?timestamp=x", null, null), "a query on the path is dropped");
    assertEquals(MexcRequestInfo.of(MexcApi.SPOT, "GET", null), MexcRequestInfo.of("GET", null, null, null));
  }

  @Test
  void apiAndBatchInference() {
    assertEquals(MexcApi.SPOT, MexcRequestInfo.apiOf("/api/v3/order"));
    assertEquals(MexcApi.FUTURES, MexcRequestInfo.apiOf("/api/v1/contract/ping"));
    assertEquals(MexcApi.FUTURES, MexcRequestInfo.apiOf("/api/v1/private/order/submit"));
    assertEquals(MexcApi.SPOT, MexcRequestInfo.apiOf("/somewhere/else"));
    assertEquals(MexcApi.SPOT, MexcRequestInfo.apiOf(null));
    assertTrue(MexcRequestInfo.isBatchPath(MexcApi.SPOT, "/api/v3/batchOrders"));
    assertFalse(MexcRequestInfo.isBatchPath(MexcApi.SPOT, "/api/v3/order"));
    assertTrue(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/order/cancel"));
    assertTrue(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/order/submit_batch"));
    assertFalse(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/order/submit"));
    // The futures order endpoints of 2026: one order each, whatever "cancel" their name holds.
    assertFalse(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/order/create"));
    assertFalse(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/order/cancel_with_external"));
    assertFalse(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/order/cancel_all"));
    assertTrue(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/order/batch_cancel_with_external"));
    assertTrue(MexcRequestInfo.isBatchPath(MexcApi.FUTURES, "/api/v1/private/planorder/cancel"));
    assertTrue(MexcRequestInfo.isOneItemPath(MexcApi.FUTURES, "/api/v1/private/order/cancel_with_external"));
    assertFalse(MexcRequestInfo.isOneItemPath(MexcApi.FUTURES, "/api/v1/private/order/batch_cancel_with_external"));
    assertFalse(MexcRequestInfo.isOneItemPath(MexcApi.FUTURES, "/api/v1/private/order/create"));
    assertFalse(MexcRequestInfo.isOneItemPath(MexcApi.SPOT, "/api/v1/private/order/cancel_with_external"));
    MexcRequestInfo proxied = MexcRequestInfo.of("GET", URI.create("http://proxy/mexc/order"), null)
        .withApi(MexcApi.FUTURES).withBatch(true);
    assertEquals(MexcApi.FUTURES, proxied.api());
    assertTrue(proxied.isBatch());
    assertEquals("/mexc/order", proxied.path().orElseThrow());
  }

  @Test
  void successesAreNeverErrors() {
    for (String body : List.of("", "   ", "{}", "[]", "null", "42", "\"ok\"", "{\"code\":0}", "{\"code\":\"0\"}",
        "{\"code\":200}", "{\"code\":\"200\",\"msg\":\"success\"}", "{\"code\":0.0}", "{\"success\":true}",
        "{\"success\":true,\"code\":602,\"message\":\"odd\"}", "{\"success\":\"true\",\"code\":1}",
        "{\"code\":\"abc\",\"msg\":\"x\"}", "{\"code\":null}", "{\"code\":{\"a\":1}}", "{\"code\":true}",
        "[{\"code\":700003,\"msg\":\"in an array\"}]", "<html>OK</html>", "OK", "{\"data\":\"text\"}",
        "{\"code\":99999999999}")) {
      for (int status : new int[] {200, 201, 204, 299, 0, -1, 1000}) {
        MexcAnswer answer = read(SPOT, status, body);
        assertFalse(answer.isError(), () -> status + " " + body + " -> " + answer);
        assertTrue(answer.error().isEmpty());
        assertSame(answer, answer.throwIfError());
      }
    }
  }

  @Test
  void codesAsNumbersOrStringsAndMessagesFromEveryField() {
    assertEquals("602", read(FUTURES, 200, "{\"success\":false,\"code\":602}").error().orElseThrow().rawCode());
    assertEquals(" 30021", read(SPOT, 400, "{\"code\":\" 30021\"}").error().orElseThrow().rawCode());
    assertEquals(30021, read(SPOT, 400, "{\"code\":\" 30021\"}").error().orElseThrow().code());
    assertEquals("a", read(SPOT, 400, "{\"code\":1,\"msg\":\"a\",\"message\":\"b\"}").response().get().message());
    assertEquals("b", read(SPOT, 400, "{\"code\":1,\"errorMsg\":\"c\",\"message\":\"b\"}").response().get().message());
    assertEquals("c", read(SPOT, 400, "{\"code\":1,\"data\":\"d\",\"errorMsg\":\"c\"}").response().get().message());
    assertEquals("d", read(SPOT, 400, "{\"code\":1,\"data\":\"d\"}").response().get().message());
    assertEquals("5", read(SPOT, 200, "{\"errorCode\":5,\"errorMsg\":\"e\"}").response().get().rawCode());
    MexcErrorResponse big = read(SPOT, 400, "{\"code\":99999999999,\"msg\":\"x\"}").response().get();
    assertEquals("99999999999", big.rawCode());
    assertEquals(MexcException.NO_CODE, big.code());
  }

  @Test
  void aSuccessCodeInAnErrorAnswerNamesNothing() {
    MexcException error = read(SPOT, 503, "{\"code\":0,\"msg\":\"system busy\"}").error().orElseThrow();
    assertInstanceOf(UnavailableException.class, error);
    assertEquals("", error.rawCode());
    assertEquals("system busy", error.exchangeMessage());
    MexcException futures = read(FUTURES, 200, "{\"success\":false,\"code\":0,\"message\":\"x\"}").error()
        .orElseThrow();
    assertEquals("", futures.rawCode());
  }

  @Test
  void retryAfterAsSecondsOrDateOnAnyStatus() {
    Instant date = Instant.parse("2026-11-29T02:00:06Z");
    MexcHeaders seconds = MexcHeaders.of("Retry-After", " 12 ", "Date", MexcAnswerCatalogue.httpDate(date));
    MexcException limited = READER.read(SPOT, 429, seconds, new byte[0]).error().orElseThrow();
    assertInstanceOf(RateLimitException.class, limited);
    assertEquals(Duration.ofSeconds(12), limited.retryAfter().orElseThrow());
    assertTrue(limited.getMessage().endsWith("Retry after 12 s."), limited.getMessage());
    MexcHeaders httpDate = MexcHeaders.of("Retry-After", MexcAnswerCatalogue.httpDate(date.plusSeconds(90)),
        "Date", MexcAnswerCatalogue.httpDate(date));
    assertEquals(Duration.ofSeconds(90),
        READER.read(SPOT, 503, httpDate, new byte[0]).error().orElseThrow().retryAfter().orElseThrow());
    MexcHeaders past = MexcHeaders.of("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT", "Date",
        MexcAnswerCatalogue.httpDate(date));
    assertEquals(Duration.ZERO, READER.read(SPOT, 503, past, null).error().orElseThrow().retryAfter().orElseThrow());
    MexcHeaders junk = MexcHeaders.of("Retry-After", "soon", "Date", "yesterday");
    MexcErrorResponse response = READER.read(SPOT, 429, junk, null).response().orElseThrow();
    assertTrue(response.retryAfter().isEmpty());
    assertTrue(response.serverTime().isEmpty());
    MexcHeaders otherForm = MexcHeaders.of("Date", "Sun, 6 Nov 1994 08:49:37 GMT");
    assertEquals(Instant.parse("1994-11-06T08:49:37Z"),
        READER.read(SPOT, 500, otherForm, null).response().get().serverTime().orElseThrow());
  }

  @Test
  void oddInputsNeverThrow() {
    MexcHeaders throwing = name -> {
      throw new IllegalStateException("broken headers");
    };
    assertTrue(READER.read(null, 400, throwing, null).isError());
    assertFalse(READER.read(null, 200, null, null).isError());
    assertTrue(READER.read(SPOT, 500, null, new byte[] {1, 2, 3}, 5, 10, true).isError());
    assertTrue(read(SPOT, 400, "{\"code\":700003,\"msg\":").isError());
    assertEquals(700003, read(SPOT, 400, "{\"code\":700003,\"msg\":").error().get().code());
    assertTrue(read(SPOT, 200, "{\"code\":700003,\"msg\":\"x\"").isError(), "a cut error is still an error");
    byte[] deep = ("[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
    assertFalse(READER.read(SPOT, 200, null, deep).isError());
    assertTrue(READER.read(SPOT, 400, null, deep).isError());
    byte[] deepObject = ("{\"a\":".repeat(10_000)).getBytes(StandardCharsets.US_ASCII);
    assertFalse(READER.read(SPOT, 200, null, deepObject).isError());
    MexcExceptionFactory throwingFactory = new MexcExceptionFactory() {
      @Override
      public MexcException create(MexcErrorResponse response) {
        throw new IllegalStateException();
      }

      @Override
      public MexcException createWithoutStackTrace(MexcErrorResponse response) {
        return null;
      }

      @Override
      public java.util.Optional<? extends io.github.mexcerrors.MexcErrorCode> errorCode(MexcApi api, int code) {
        return java.util.Optional.empty();
      }
    };
    byte[] error = "{\"code\":1}".getBytes(StandardCharsets.UTF_8);
    assertEquals(MexcException.class, MexcAnswerReader.of(throwingFactory).read(SPOT, 400, null, error).error()
        .orElseThrow().getClass());
    assertEquals(MexcException.class, MexcAnswerReader.of(throwingFactory).withoutStackTraces()
        .read(SPOT, 400, null, error).error().orElseThrow().getClass());
  }

  @Test
  void readsASliceOfAnArray() {
    byte[] padded = "xx{\"code\":700003,\"msg\":\"a \\\"quoted\\\" \u4f59\"}yy".getBytes(StandardCharsets.UTF_8);
    MexcErrorResponse response = READER.read(SPOT, 400, null, padded, 2, padded.length - 4, true).response().get();
    assertEquals(700003, response.code());
    assertEquals("a \"quoted\" \u4f59", response.message());
    byte[] plain = "  {\"code\":1,\"msg\":\"\u4f59\u989d\u4e0d\u8db3\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals("\u4f59\u989d\u4e0d\u8db3",
        READER.read(SPOT, 400, null, plain, 2, plain.length - 2, true).response().get().message());
  }

  @Test
  void aCodeCutByThePrefixIsNotKnown() {
    byte[] success = "{\"code\":200}".getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= success.length; cut++) {
      byte[] prefix = Arrays.copyOf(success, cut);
      assertFalse(READER.read(SPOT, 200, null, prefix, cut == success.length).isError(), "prefix " + cut);
    }
    byte[] error = "{\"code\":700003 ,\"msg\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    assertFalse(READER.read(SPOT, 200, null, Arrays.copyOf(error, 15), false).isError(), "a cut 2XX object");
    byte[] futures = "{\"success\":false,\"code\":602,\"data\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
    assertEquals(602, READER.read(FUTURES, 200, null, Arrays.copyOf(futures, 35), false).response().get().code());
    byte[] late = "{\"code\":602,\"msg\":\"x\",\"success\":true}".getBytes(StandardCharsets.UTF_8);
    assertFalse(READER.read(FUTURES, 200, null, Arrays.copyOf(late, 30), false).isError());
    assertFalse(READER.read(FUTURES, 200, null, late).isError());
    assertEquals("", READER.read(SPOT, 503, null, Arrays.copyOf(error, 14), false).response().get().rawCode());
    assertEquals(700003, READER.read(SPOT, 400, null, Arrays.copyOf(error, 14), true).response().get().code());
  }

  @Test
  void bodyIsKeptBoundedForLogs() {
    String message = "x".repeat(10_000);
    MexcErrorResponse response = read(SPOT, 400, "{\"code\":1,\"msg\":\"" + message + "\"}").response().get();
    assertEquals(message, response.message());
    assertTrue(response.body().length() <= MexcErrorResponse.MAX_BODY_CHARS);
    assertTrue(response.body().endsWith("..."));
    byte[] chinese = ("{\"code\":1,\"msg\":\"" + "余".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
    String body = READER.read(SPOT, 400, null, chinese).response().get().body();
    assertTrue(body.length() <= MexcErrorResponse.MAX_BODY_CHARS);
    assertFalse(body.contains("\uFFFD"), "cut on a character");
    byte[] prefix = Arrays.copyOf("{\"code\":1,\"msg\":\"short\"}".getBytes(StandardCharsets.UTF_8), 10);
    assertTrue(READER.read(SPOT, 400, null, prefix, false).response().get().body().endsWith("..."));
  }

  @Test
  void withoutStackTracesAndLazyCreation() {
    MexcAnswer answer = MexcAnswerReader.of(MexcErrors.factory()).withoutStackTraces()
        .read(SPOT, 400, null, "{\"code\":700003}".getBytes(StandardCharsets.UTF_8));
    MexcException error = answer.error().orElseThrow();
    assertEquals(0, error.getStackTrace().length);
    assertSame(error, answer.error().orElseThrow());
    assertThrows(ClockSkewException.class, answer::throwIfError);
    MexcException traced = READER.read(SPOT, 400, null, "{\"code\":700003}".getBytes(StandardCharsets.UTF_8))
        .error().orElseThrow();
    assertTrue(traced.getStackTrace().length > 0);
  }

  @Test
  void headersOfAMapAreCaseInsensitive() {
    MexcHeaders headers = MexcHeaders.of(Map.of("retry-after", List.of("3", "4")));
    assertEquals("3", headers.first("Retry-After"));
    assertEquals(null, headers.first("Date"));
    assertEquals(null, MexcHeaders.of((Map<String, List<String>>) null).first("Date"));
    assertThrows(IllegalArgumentException.class, () -> MexcHeaders.of("a"));
  }

  @Test
  void aPrefixIsTheWholeBodyWhenTheBodyEndedFirstOrItsLengthSaysSo() {
    int limit = MexcAnswerReader.DEFAULT_PEEK_BYTES;
    assertTrue(MexcAnswerReader.isWholeBody(200, limit, -1), "fewer bytes than asked for: the body ended");
    assertTrue(MexcAnswerReader.isWholeBody(0, limit, -1), "an empty body");
    assertTrue(MexcAnswerReader.isWholeBody(limit, limit, limit), "exactly the Content-Length");
    assertFalse(MexcAnswerReader.isWholeBody(limit, limit, -1), "as many as asked for, no length: a prefix");
    assertFalse(MexcAnswerReader.isWholeBody(limit, limit, limit + 1L), "the length says more follow");
    assertFalse(MexcAnswerReader.isWholeBody(limit, limit, 100), "a length smaller than what came (compressed)");
  }

  @Test
  void successStatusesAre2xxAndWhatIsNoHttpStatus() {
    for (int status : new int[] {200, 201, 204, 299, 0, 99, 600, -1}) {
      assertTrue(MexcAnswerReader.isSuccessStatus(status), "status " + status);
    }
    for (int status : new int[] {100, 199, 300, 302, 400, 429, 500, 599}) {
      assertFalse(MexcAnswerReader.isSuccessStatus(status), "status " + status);
    }
  }
}
