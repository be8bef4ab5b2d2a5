package io.github.mexcerrors.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.testing.MexcAnswerAssertions;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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

  /** The first bytes an adapter could decide from before it asks the wire for more. */
  static final int FIRST_BYTES = 64;

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void decidesFromA64BytePrefixOrBuffersTheRest(Entry entry) {
    // An adapter that has read the first 64 bytes: a plain success (no batch items to read) is decided from them
    // even when the body goes on (a 2XX object cut short is an error only if it said "success":false outright).
    MexcRequestInfo request = entry.request(BASE, MexcAnswerCatalogue.ANSWER_DATE);
    MexcHeaders headers = entry.mexcHeaders(MexcAnswerCatalogue.ANSWER_DATE);
    byte[] body = entry.body();
    int first = Math.min(body.length, FIRST_BYTES);
    MexcAnswer fromFirst = READER.read(request, entry.status(), headers, Arrays.copyOf(body, first),
        MexcAnswerReader.isWholeBody(first, FIRST_BYTES, body.length));
    if (body.length <= FIRST_BYTES) {
      assertExpected(entry, fromFirst, Duration.ZERO);
    } else if (!entry.isError() && entry.expectedItems().isEmpty()) {
      assertExpected(entry, fromFirst, Duration.ZERO);
    }
    // Otherwise it buffers the rest only up to peekBytes(...) (8 KiB of a 2XX answer, 64 KiB of an error, all of a
    // batch) and streams what lies beyond unread; with or without a Content-Length, what it hands the reader then
    // gives the whole answer: the exception with its code, message, Retry-After and clocks, or the items.
    int peek = MexcAnswerReader.peekBytes(request, entry.status());
    int buffered = Math.min(body.length, peek);
    byte[] prefix = Arrays.copyOf(body, buffered);
    for (long contentLength : new long[] {body.length, -1}) {
      boolean whole = MexcAnswerReader.isWholeBody(buffered, peek, contentLength);
      assertExpected(entry, READER.read(request, entry.status(), headers, prefix, whole), Duration.ZERO);
    }
  }

  static void assertExpected(Entry entry, MexcAnswer answer, Duration clockTolerance) {
    MexcAnswerAssertions.assertAnswer(entry, answer, clockTolerance);
  }
}
