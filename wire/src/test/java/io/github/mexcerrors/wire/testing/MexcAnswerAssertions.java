package io.github.mexcerrors.wire.testing;

import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcItem;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks an outcome against a {@link MexcAnswerCatalogue} entry, for any test framework (failures are
 * {@link AssertionError}s): the exception's simple class name, raw code, message, status, request method and path
 * (query dropped), server time, {@code Retry-After}, clock skew and recvWindow of clock errors, the announcement
 * link of maintenance answers, the kept body, and
 * the outcome per item of batch answers.
 */
public final class MexcAnswerAssertions {
  private MexcAnswerAssertions() {}

  /**
   * Checks a whole answer.
   *
   * @param entry the entry
   * @param answer what a reader or adapter made of it
   * @param clockTolerance how far times may be off (zero without a server, {@link MexcAnswerCatalogue#clockTolerance}
   *     over a live one)
   */
  public static void assertAnswer(Entry entry, MexcAnswer answer, Duration clockTolerance) {
    check(entry.isError() == answer.isError(), entry, "error " + entry.isError() + " but got " + answer);
    check(entry.status() == answer.httpStatus(), entry, "status " + answer.httpStatus());
    if (entry.isError()) {
      MexcException error = answer.error().orElseThrow(() -> fail(entry, "no exception"));
      assertError(entry, error, clockTolerance);
      try {
        answer.throwIfError();
        throw fail(entry, "throwIfError did not throw");
      } catch (MexcException thrown) {
        check(thrown == error, entry, "throwIfError threw another exception");
      }
    } else {
      check(answer.error().isEmpty(), entry, "a success with an exception");
      answer.throwIfError();
      assertItems(entry, answer.items());
    }
  }

  /**
   * Checks the exception of an error entry.
   *
   * @param entry the entry, an error
   * @param error the exception an adapter threw or gave
   * @param clockTolerance how far times may be off
   */
  public static void assertError(Entry entry, MexcException error, Duration clockTolerance) {
    check(entry.isError(), entry, "a success became " + error);
    check(entry.expectedException().equals(error.getClass().getSimpleName()), entry,
        "expected " + entry.expectedException() + " but got " + error.getClass().getName() + ": " + error);
    equal(entry, "raw code", entry.expectedRawCode(), error.rawCode());
    equal(entry, "message", entry.expectedMessage(), error.exchangeMessage());
    equal(entry, "API", entry.api(), error.api());
    equal(entry, "status", entry.status(), error.httpStatus().orElse(-1));
    MexcErrorResponse response = error.response();
    equal(entry, "method", entry.method(), response.requestMethod().orElse(null));
    equal(entry, "path", entry.path(), response.requestPath().orElse(null));
    check(response.serverTime().isPresent(), entry, "no server time from Date");
    if (entry.expectedRetryAfter().isPresent()) {
      Duration expected = entry.expectedRetryAfter().get();
      Duration actual = error.retryAfter().orElseThrow(() -> fail(entry, "no Retry-After"));
      check(actual.minus(expected).abs().compareTo(clockTolerance) <= 0, entry,
          "Retry-After " + actual + " instead of " + expected);
    } else {
      check(error.retryAfter().isEmpty(), entry, "unexpected Retry-After " + error.retryAfter());
    }
    if (entry.clockSkew().isPresent()) {
      Duration skew = response.clockSkew().orElseThrow(() -> fail(entry, "no clock skew"));
      check(skew.minus(entry.clockSkew().get()).abs().compareTo(clockTolerance) <= 0, entry, "skew " + skew);
      if ("ClockSkewException".equals(entry.expectedException())) {
        check(response.recvWindow().isPresent(), entry, "no recvWindow");
        boolean ahead = entry.clockSkew().get().isNegative();
        check(error.getMessage().contains(ahead ? " ahead of MEXC's clock; recvWindow " : " behind MEXC's clock;"
            + " recvWindow "), entry, "message without the skew: " + error.getMessage());
        check(ahead == error.getMessage().contains("a wider recvWindow cannot help"), entry,
            "message about recvWindow: " + error.getMessage());
      }
    }
    equal(entry, "announcement", entry.expectedAnnouncement(), response.announcement());
    if (entry.expectedAnnouncement().isPresent()) {
      check(error.getMessage().contains("Announcement: " + entry.expectedAnnouncement().get()), entry,
          "message without the announcement: " + error.getMessage());
    }
    String body = new String(entry.body(), StandardCharsets.UTF_8);
    if (body.length() <= MexcErrorResponse.MAX_BODY_CHARS) {
      equal(entry, "body", body, response.body());
    }
  }

  /**
   * Checks the items of a success entry: {@code "ok"} or the raw code of each, in order.
   *
   * @param entry the entry, a success
   * @param items the items
   */
  public static void assertItems(Entry entry, List<MexcItem> items) {
    List<String> outcomes = items.stream()
        .map(item -> item.response().map(MexcErrorResponse::rawCode).orElse("ok"))
        .collect(Collectors.toList());
    equal(entry, "items", entry.expectedItems(), outcomes);
    for (MexcItem item : items) {
      if (item.isError()) {
        MexcException error = item.error().orElseThrow();
        equal(entry, "item status", entry.status(), error.httpStatus().orElse(-1));
        equal(entry, "item path", entry.path(), error.response().requestPath().orElse(null));
      }
    }
  }

  private static void equal(Entry entry, String what, Object expected, Object actual) {
    check(Objects.equals(expected, actual), entry, what + ": expected <" + expected + "> but was <" + actual + ">");
  }

  private static void check(boolean condition, Entry entry, String message) {
    if (!condition) {
      throw fail(entry, message);
    }
  }

  private static AssertionError fail(Entry entry, String message) {
    return new AssertionError(entry.name() + ": " + message);
  }
}
