package io.github.mexcerrors.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.AuthenticationException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.FuturesErrorCode;
import io.github.mexcerrors.mexc.InsufficientBalanceException;
import io.github.mexcerrors.mexc.InvalidSignatureException;
import io.github.mexcerrors.mexc.InvalidSymbolException;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import io.github.mexcerrors.mexc.UnavailableException;
import io.github.mexcerrors.mexc.UnknownOutcomeException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorResponseParserTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ErrorResponseParser parser = new ErrorResponseParser(mapper);

  private ErrorResponse error(MexcApi api, int status, String body) {
    ErrorResponseParser.Parsed parsed = parser.parse(api, status, body);
    assertTrue(parsed.isError(), () -> "expected an error for HTTP " + status + " " + body);
    return parsed.error();
  }

  @Test
  void spotErrorBecomesItsCategoryException() {
    ErrorResponse error = error(MexcApi.SPOT, 400,
        "{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}");
    assertEquals(new ErrorResponse(MexcApi.SPOT, 400, "700003",
        "Timestamp for this request is outside of the recvWindow."), error);
    MexcException exception = error.toException();
    assertEquals(ClockSkewException.class, exception.getClass());
    assertEquals(700003, exception.code());
    assertEquals(Optional.of(SpotErrorCode.TIMESTAMP_OUTSIDE_RECV_WINDOW), exception.errorCode());
    assertEquals(400, exception.httpStatus().getAsInt());
  }

  @Test
  void spotErrorWithExtraFieldsKeepsCodeAndMessage() {
    ErrorResponse error = error(MexcApi.SPOT, 400,
        "{\"msg\":\"Insufficient position\",\"code\":30004,\"_extend\":null,\"newClientOrderId\":\"x\"}");
    assertEquals("30004", error.rawCode());
    assertEquals("Insufficient position", error.message());
    assertEquals(InsufficientBalanceException.class, error.toException().getClass());
  }

  @Test
  void codeSentAsJsonStringIsKeptAsTextAndStillClassified() {
    ErrorResponse error = error(MexcApi.SPOT, 400, "{\"code\":\"30021\",\"msg\":\"invalid symbol\"}");
    assertEquals("30021", error.rawCode());
    MexcException exception = error.toException();
    assertEquals(InvalidSymbolException.class, exception.getClass());
    assertEquals(30021, exception.code());
    assertEquals("30021", exception.rawCode());
    assertEquals(Optional.of(SpotErrorCode.UNKNOWN_SYMBOL), exception.errorCode());
  }

  @Test
  void futuresShapedErrorAtHttp200UsesMessageField() {
    ErrorResponse error = error(MexcApi.FUTURES, 200,
        "{\"success\":false,\"code\":602,\"message\":\"Verify failed\"}");
    assertEquals(new ErrorResponse(MexcApi.FUTURES, 200, "602", "Verify failed"), error);
    MexcException exception = error.toException();
    assertEquals(InvalidSignatureException.class, exception.getClass());
    assertEquals(MexcApi.FUTURES, exception.api());
    assertEquals(Optional.of(FuturesErrorCode.SIGNATURE_VERIFICATION_FAILED), exception.errorCode());
  }

  @Test
  void messageUnderDataIsUsed() {
    ErrorResponse error = error(MexcApi.FUTURES, 200,
        "{\"success\":false,\"code\":\"510\",\"data\":\"Excessive frequency of requests\"}");
    assertEquals("Excessive frequency of requests", error.message());
    assertEquals("510", error.rawCode());
    assertEquals(RateLimitException.class, error.toException().getClass());
  }

  @Test
  void msgWinsOverMessageAndData() {
    ErrorResponse error = error(MexcApi.SPOT, 400,
        "{\"code\":10101,\"data\":\"third\",\"message\":\"second\",\"msg\":\"first\"}");
    assertEquals("first", error.message());
  }

  @Test
  void dataThatIsNotTextIsNotTheMessage() {
    ErrorResponse error = error(MexcApi.FUTURES, 200,
        "{\"success\":false,\"code\":2005,\"data\":{\"orderId\":1}}");
    assertEquals("", error.message());
    assertEquals(InsufficientBalanceException.class, error.toException().getClass());
  }

  @Test
  void successFalseWithoutCodeIsAnErrorWithoutCode() {
    ErrorResponse error = error(MexcApi.FUTURES, 200, "{\"success\":false,\"message\":\"failed\"}");
    assertEquals("", error.rawCode());
    MexcException exception = error.toException();
    assertEquals(MexcException.class, exception.getClass());
    assertEquals(MexcException.NO_CODE, exception.code());
    assertEquals("failed", exception.exchangeMessage());
  }

  @Test
  void successFalseWithCodeZeroNeverBecomesAConstant() {
    ErrorResponse error = error(MexcApi.FUTURES, 200, "{\"success\":false,\"code\":0,\"message\":\"?\"}");
    assertEquals("0", error.rawCode());
    assertTrue(error.toException().errorCode().isEmpty());
  }

  @Test
  void undocumentedCodeKeepsRawCodeAndMessageAndTakesTheStatusCategory() {
    MexcException exception = error(MexcApi.SPOT, 400,
        "{\"code\":30099,\"msg\":\"api market order is disabled\"}").toException();
    assertEquals(30099, exception.code());
    assertEquals("30099", exception.rawCode());
    assertEquals("api market order is disabled", exception.exchangeMessage());
    assertTrue(exception.errorCode().isEmpty());
    assertEquals("REQUEST", exception.category().orElseThrow().name());
  }

  @Test
  void undocumentedCodeAtHttp200IsAPlainMexcException() {
    MexcException exception = error(MexcApi.FUTURES, 200,
        "{\"success\":false,\"code\":987654,\"message\":\"new\"}").toException();
    assertEquals(MexcException.class, exception.getClass());
    assertEquals(987654, exception.code());
  }

  @ParameterizedTest
  @CsvSource({
    "429, io.github.mexcerrors.mexc.RateLimitException",
    "418, io.github.mexcerrors.mexc.RateLimitException",
    "503, io.github.mexcerrors.mexc.UnavailableException",
    "500, io.github.mexcerrors.mexc.UnknownOutcomeException",
    "502, io.github.mexcerrors.mexc.UnknownOutcomeException",
    "504, io.github.mexcerrors.mexc.UnknownOutcomeException",
    "401, io.github.mexcerrors.mexc.AuthenticationException",
    "404, io.github.mexcerrors.MexcException"
  })
  void nonJsonBodyStillBecomesAnExceptionByHttpStatus(int status, String exceptionClass) {
    ErrorResponse error = error(MexcApi.SPOT, status, "<html><body><h1>Error " + status + "</h1></body></html>");
    assertEquals("", error.rawCode());
    assertEquals("<html><body><h1>Error " + status + "</h1></body></html>", error.message());
    MexcException exception = error.toException();
    assertEquals(exceptionClass, exception.getClass().getName());
    assertEquals(MexcException.NO_CODE, exception.code());
    assertEquals(status, exception.httpStatus().getAsInt());
  }

  @Test
  void emptyBodyAndJsonScalarBodyAreStatusOnlyErrors() {
    assertEquals(new ErrorResponse(MexcApi.SPOT, 429, "", ""), error(MexcApi.SPOT, 429, ""));
    assertEquals(UnavailableException.class, error(MexcApi.SPOT, 503, "\"busy\"").toException().getClass());
  }

  @Test
  void jsonWithoutCodeAtHttpErrorIsAStatusOnlyErrorWithItsText() {
    ErrorResponse error = error(MexcApi.SPOT, 401, "{\"message\":\"Unauthorized\"}");
    assertEquals(new ErrorResponse(MexcApi.SPOT, 401, "", "Unauthorized"), error);
    assertEquals(AuthenticationException.class, error.toException().getClass());
  }

  @Test
  void httpErrorWinsOverASuccessCodeInTheBody() {
    ErrorResponse error = error(MexcApi.SPOT, 502, "{\"code\":0,\"msg\":\"Bad Gateway\"}");
    assertEquals("", error.rawCode());
    assertEquals(UnknownOutcomeException.class, error.toException().getClass());
  }

  @Test
  void longNonJsonBodyIsShortenedAndWhitespaceCollapsed() {
    String body = "<html>\n  " + "x".repeat(500) + "\n</html>";
    String message = error(MexcApi.SPOT, 503, body).message();
    assertEquals(203, message.length());
    assertTrue(message.startsWith("<html> xxx"));
    assertTrue(message.endsWith("..."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"serverTime\":1700000000000}",
    "{\"code\":0,\"msg\":\"success\"}",
    "{\"code\":\"0\",\"data\":[]}",
    "{\"code\":200,\"data\":{\"x\":1}}",
    "{\"code\":\"200\"}",
    "{\"success\":true,\"code\":0,\"data\":[]}",
    "{\"success\":true,\"code\":602,\"data\":[]}",
    "{\"success\":true}",
    "{\"code\":null,\"msg\":\"ok\"}",
    "[]",
    "[{\"symbol\":\"BTCUSDT\",\"orderId\":\"1\"},{\"code\":30004,\"msg\":\"Insufficient position\"}]"
  })
  void successShapesAreNeverErrors(String body) {
    ErrorResponseParser.Parsed parsed = parser.parse(MexcApi.SPOT, 200, body);
    assertFalse(parsed.isError(), body);
    assertNull(parsed.error());
    assertNotNull(parsed.json());
    assertEquals(200, parsed.httpStatus());
  }

  @Test
  void nonJsonSuccessIsNotAnErrorButHasNoJson() {
    ErrorResponseParser.Parsed parsed = parser.parse(MexcApi.SPOT, 200, "pong");
    assertFalse(parsed.isError());
    assertNull(parsed.json());
  }

  @Test
  void batchItemsAreReadOneByOne() throws Exception {
    JsonNode items = mapper.readTree("["
        + "{\"symbol\":\"BTCUSDT\",\"orderId\":\"C02__1\",\"orderListId\":-1},"
        + "{\"newClientOrderId\":\"b\",\"msg\":\"Insufficient position\",\"code\":30004},"
        + "{\"newClientOrderId\":\"c\",\"msg\":\"The minimum transaction volume cannot be less than:5USDT\","
        + "\"code\":\"30002\"},"
        + "{\"code\":0,\"msg\":\"success\"}]");
    assertTrue(parser.itemError(MexcApi.SPOT, items.get(0)).isEmpty());
    ErrorResponse second = parser.itemError(MexcApi.SPOT, items.get(1)).orElseThrow();
    assertEquals(new ErrorResponse(MexcApi.SPOT, MexcException.NO_HTTP_STATUS, "30004", "Insufficient position"),
        second);
    assertEquals(InsufficientBalanceException.class, second.toException().getClass());
    assertTrue(second.toException().httpStatus().isEmpty());
    ErrorResponse third = parser.itemError(MexcApi.SPOT, items.get(2)).orElseThrow();
    assertEquals("30002", third.rawCode());
    assertSame(SpotErrorCode.QUANTITY_BELOW_MINIMUM, third.toException().errorCode().orElseThrow());
    assertTrue(parser.itemError(MexcApi.SPOT, items.get(3)).isEmpty());
  }

  @Test
  void futuresCancelItemsUseErrorCodeAndErrorMsg() throws Exception {
    JsonNode item = mapper.readTree("{\"orderId\":101716841474621953,\"errorCode\":2041,\"errorMsg\":\"order state cannot be cancelled\"}");
    ErrorResponse error = parser.itemError(MexcApi.FUTURES, item).orElseThrow();
    assertEquals("2041", error.rawCode());
    assertEquals("order state cannot be cancelled", error.message());
    assertTrue(parser.itemError(MexcApi.FUTURES,
        mapper.readTree("{\"orderId\":1,\"errorCode\":0,\"errorMsg\":\"success\"}")).isEmpty());
  }
}
