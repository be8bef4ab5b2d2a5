package io.github.mexcerrors.wire;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.mexc.MexcErrors;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The reader never throws, and never takes a success for an error. */
class MexcAnswerReaderProperties {
  private static final MexcAnswerReader READER = MexcAnswerReader.of(MexcErrors.factory());

  @Property(tries = 2000)
  void neverThrowsOnArbitraryBytesStatusesAndHeaders(
      @ForAll byte[] body, @ForAll int status, @ForAll("headers") Map<String, String> headers,
      @ForAll boolean complete, @ForAll("requests") MexcRequestInfo request) {
    MexcAnswer answer = READER.read(request, status, headers::get, body, complete);
    if (answer.isError()) {
      answer.error().orElseThrow().getMessage();
      keepsTheBodyBounded(answer.response().orElseThrow(), body, complete);
    }
    answer.items().forEach(item -> item.error().ifPresent(Throwable::getMessage));
  }

  /** The body is decoded when first asked for: as received when whole and short, else cut and marked. */
  private static void keepsTheBodyBounded(MexcErrorResponse response, byte[] body, boolean complete) {
    String kept = response.body();
    if (kept.length() > MexcErrorResponse.MAX_BODY_CHARS) {
      throw new AssertionError("body of " + kept.length() + " characters");
    }
    if (complete && body.length <= MexcErrorResponse.MAX_BODY_CHARS
        ? !kept.equals(new String(body, StandardCharsets.UTF_8))
        : !kept.endsWith("...")) {
      throw new AssertionError("body " + kept + " of " + body.length + " bytes, complete " + complete);
    }
  }

  @Property(tries = 2000)
  void neverThrowsOnJsonLikeText(@ForAll("jsonish") String body, @ForAll("statuses") int status,
      @ForAll("requests") MexcRequestInfo request) {
    MexcAnswer answer = READER.read(request, status, MexcHeaders.none(), body.getBytes(StandardCharsets.UTF_8));
    answer.error().ifPresent(Throwable::getMessage);
  }

  @Property(tries = 2000)
  void successJsonIsNeverAnError(@ForAll("successes") String body, @ForAll @IntRange(min = 200, max = 299) int status,
      @ForAll("requests") MexcRequestInfo request, @ForAll @IntRange(min = 0, max = 4096) int cut) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    MexcAnswer answer = READER.read(request, status, MexcHeaders.none(), bytes);
    if (answer.isError()) {
      throw new AssertionError(body + " -> " + answer);
    }
    // A prefix of a success is never an error either.
    byte[] prefix = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, cut));
    if (READER.read(request, status, MexcHeaders.none(), prefix, prefix.length == bytes.length).isError()) {
      throw new AssertionError("prefix " + cut + " of " + body);
    }
  }

  @Property(tries = 1000)
  void errorJsonIsAlwaysAnError(@ForAll("errorObjects") String body, @ForAll("statuses") int status,
      @ForAll("requests") MexcRequestInfo request) {
    MexcAnswer answer = READER.read(request, status, MexcHeaders.none(), body.getBytes(StandardCharsets.UTF_8));
    if (!answer.isError()) {
      throw new AssertionError(body + " -> " + answer);
    }
  }

  @Property(tries = 1000)
  void messagesAreDecodedExactly(@ForAll String message, @ForAll("requests") MexcRequestInfo request,
      @ForAll boolean spaces) {
    String body = "{\"code\":700003,\"msg\":" + quote(message) + (spaces ? " \n}" : "}");
    String read = READER.read(request, 400, MexcHeaders.none(), body.getBytes(StandardCharsets.UTF_8))
        .response().orElseThrow().message();
    if (!read.equals(message)) {
      throw new AssertionError(body + " -> " + read);
    }
  }

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.oneOf(Arbitraries.of(200, 400, 403, 418, 429, 500, 503, 0, -1),
        Arbitraries.integers().between(100, 599));
  }

  @Provide
  Arbitrary<Map<String, String>> headers() {
    Arbitrary<String> names = Arbitraries.of("Date", "Retry-After", "Content-Type", "X");
    Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
        Arbitraries.longs().map(Object::toString),
        Arbitraries.of("Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 6 Nov 1994 08:49:37 GMT", "Mon, 32 Foo 2026 99:99:99 GMT",
            "-1", "999999999999999999999"));
    return Arbitraries.maps(names, values).ofMaxSize(4);
  }

  @Provide
  Arbitrary<MexcRequestInfo> requests() {
    return Arbitraries.of(
        MexcRequestInfo.of(MexcApi.SPOT, "GET", "/api/v3/order"),
        MexcRequestInfo.of(MexcApi.SPOT, "POST", "/api/v3/batchOrders"),
        MexcRequestInfo.of(MexcApi.FUTURES, "POST", "/api/v1/private/order/submit"),
        MexcRequestInfo.of(MexcApi.FUTURES, "POST", "/api/v1/private/order/cancel"),
        MexcRequestInfo.unknown(MexcApi.SPOT));
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"code\"", "\"msg\"", "\"success\"",
        "\"data\"", "\"errorCode\"", "\"errorMsg\"", "\"message\"", "true", "false", "null", "0", "200", "-1",
        "700003", "\"602\"", "1e400", "99999999999999999999", "\"\\u0000\"", "\"余额\"", " ", "\"x", "\\");
    return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
  }

  /** JSON values without error markers at the top level. */
  @Provide
  Arbitrary<String> successes() {
    Arbitrary<String> value = anyJson(3);
    Arbitrary<String> code = Arbitraries.of("0", "200", "\"0\"", "\"200\"", "\" 0\"", "0.0", "null", "\"\"",
        "\"abc\"");
    Arbitrary<String> success = Arbitraries.of("true", "\"true\"");
    Arbitrary<String> field = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("symbol", "orderId", "price", "msg", "message", "data", "list", "x"),
            value).as((name, v) -> "\"" + name + "\":" + v),
        code.map(c -> "\"code\":" + c),
        success.map(s -> "\"success\":" + s));
    Arbitrary<String> object = field.list().ofMaxSize(6).map(fields -> "{" + String.join(",", fields) + "}");
    Arbitrary<String> withSuccessTrue = Combinators.combine(object, anyErrorCode()).as(
        (o, c) -> "{\"success\":true,\"code\":" + c + (o.length() > 2 ? "," + o.substring(1) : "}"));
    Arbitrary<String> withSuccessTrueLast = Combinators.combine(anyErrorCode(), value).as(
        (c, v) -> "{\"code\":" + c + ",\"msg\":\"x\",\"data\":" + v + ",\"success\":true}");
    Arbitrary<String> array = value.list().ofMaxSize(5).map(values -> "[" + String.join(",", values) + "]");
    return Arbitraries.oneOf(object, withSuccessTrue, withSuccessTrueLast, array, anyJson(0));
  }

  @Provide
  Arbitrary<String> errorObjects() {
    Arbitrary<String> message = Arbitraries.strings().alpha().ofMaxLength(20).map(s -> "\"" + s + "\"");
    return Combinators.combine(anyErrorCode(), message, Arbitraries.of("msg", "message", "errorMsg", "data"),
        Arbitraries.of("", "\"success\":false,", "\"symbol\":\"MXUSDT\",", "\"data\":[1,{\"a\":[]}],"))
        .as((code, text, key, before) -> "{" + before + "\"code\":" + code + ",\"" + key + "\":" + text + "}");
  }

  private static Arbitrary<String> anyErrorCode() {
    return Arbitraries.integers().filter(c -> c != 0 && c != 200 && c != Integer.MIN_VALUE)
        .flatMap(c -> Arbitraries.of(Integer.toString(c), "\"" + c + "\""));
  }

  private static Arbitrary<String> anyJson(int depth) {
    Arbitrary<String> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(MexcAnswerReaderProperties::quote),
        Arbitraries.integers().map(Object::toString),
        Arbitraries.of("true", "false", "null", "1.5e3", "-0"));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> inner = anyJson(depth - 1);
    Arbitrary<String> array = inner.list().ofMaxSize(3).map(values -> "[" + String.join(",", values) + "]");
    Arbitrary<String> object = Combinators.combine(
        Arbitraries.of("a", "code", "success", "msg", "errorCode").list().ofMaxSize(3), inner.list().ofSize(3))
        .as((names, values) -> {
          StringBuilder json = new StringBuilder("{");
          for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\":").append(values.get(i));
          }
          return json.append('}').toString();
        });
    return Arbitraries.oneOf(scalar, array, object);
  }

  private static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
