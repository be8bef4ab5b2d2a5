package io.github.mexcerrors.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogue answer read from bytes, with the real generated factory. */
class CatalogueReaderTest {
  static final URI BASE = URI.create("https://api.mexc.com");
  static final MexcAnswerReader READER = MexcAnswerReader.of(MexcErrors.factory());

  static List<Entry> entries() {
    return MexcAnswerCatalogue.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void readsEveryShape(Entry entry) {
    MexcRequestInfo request = entry.request(BASE, MexcAnswerCatalogue.ANSWER_DATE);
    assertEquals(entry.api(), request.api(), "API inferred from " + entry.path());
    MexcAnswer answer = READER.read(request, entry.status(),
        entry.mexcHeaders(MexcAnswerCatalogue.ANSWER_DATE), entry.body());
    assertExpected(entry, answer, Duration.ZERO);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void decidesFromA64BytePrefixOrBuffersTheRest(Entry entry) {
    // An adapter peeks at most peekBytes(...) bytes; with a tiny peek the reader decides the same for small bodies
    // once it has peekBytes, and a large success is a success from its first bytes.
    MexcRequestInfo request = entry.request(BASE, MexcAnswerCatalogue.ANSWER_DATE);
    byte[] body = entry.body();
    int peek = Math.min(body.length, MexcAnswerReader.peekBytes(request, entry.status()));
    byte[] prefix = java.util.Arrays.copyOf(body, peek);
    MexcAnswer answer = READER.read(request, entry.status(), entry.mexcHeaders(MexcAnswerCatalogue.ANSWER_DATE),
        prefix, peek == body.length);
    assertEquals(entry.isError(), answer.isError(), entry.name());
  }

  /**
   * Asserts an answer against an entry.
   *
   * @param entry the entry
   * @param answer what a reader made of it
   * @param clockTolerance how far the clock skew may be off
   */
  static void assertExpected(Entry entry, MexcAnswer answer, Duration clockTolerance) {
    assertEquals(entry.isError(), answer.isError(), () -> entry.name() + ": " + answer);
    assertEquals(entry.status(), answer.httpStatus());
    if (!entry.isError()) {
      assertTrue(answer.error().isEmpty());
      answer.throwIfError();
      List<String> items = answer.items().stream()
          .map(item -> item.response().map(MexcErrorResponse::rawCode).orElse("ok"))
          .collect(Collectors.toList());
      assertEquals(entry.expectedItems(), items, entry.name());
      for (MexcItem item : answer.items()) {
        if (item.isError()) {
          MexcException error = item.error().orElseThrow();
          assertEquals(entry.status(), error.httpStatus().getAsInt());
          assertEquals(entry.path(), error.response().requestPath().orElseThrow());
        }
      }
      return;
    }
    MexcException error = answer.error().orElseThrow();
    assertEquals(entry.expectedException(), error.getClass().getSimpleName(), () -> entry.name() + ": " + error);
    assertEquals(entry.expectedRawCode(), error.rawCode(), entry.name());
    assertEquals(entry.expectedMessage(), error.exchangeMessage(), entry.name());
    assertEquals(entry.api(), error.api());
    assertEquals(entry.status(), error.httpStatus().getAsInt());
    MexcErrorResponse response = error.response();
    assertEquals(entry.method(), response.requestMethod().orElseThrow());
    assertEquals(entry.path(), response.requestPath().orElseThrow());
    assertFalse(response.requestPath().get().contains("?"), "query dropped");
    assertTrue(response.serverTime().isPresent(), "Date kept");
    if (entry.expectedRetryAfter().isPresent()) {
      Duration expected = entry.expectedRetryAfter().get();
      Duration actual = error.retryAfter().orElseThrow(() -> new AssertionError(entry.name() + ": no Retry-After"));
      assertTrue(actual.minus(expected).abs().compareTo(clockTolerance) <= 0,
          () -> entry.name() + ": Retry-After " + actual + " against " + expected);
    } else {
      assertTrue(error.retryAfter().isEmpty(), entry.name());
    }
    if (entry.clockSkew().isPresent()) {
      Duration skew = response.clockSkew().orElseThrow();
      assertTrue(skew.minus(entry.clockSkew().get()).abs().compareTo(clockTolerance) <= 0,
          () -> entry.name() + ": skew " + skew);
      if (entry.expectedException().equals("ClockSkewException")) {
        assertTrue(response.recvWindow().isPresent(), entry.name());
        assertTrue(error.getMessage().contains(" behind MEXC's clock; recvWindow "), error.getMessage());
      }
    }
    byte[] body = entry.body();
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    if (text.length() <= MexcErrorResponse.MAX_BODY_CHARS) {
      assertEquals(text, response.body(), entry.name());
    }
    try {
      answer.throwIfError();
      throw new AssertionError("throwIfError did not throw");
    } catch (MexcException thrown) {
      assertTrue(thrown == error);
    }
  }
}
