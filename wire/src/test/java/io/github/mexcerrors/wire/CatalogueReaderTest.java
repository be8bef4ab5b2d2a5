package io.github.mexcerrors.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.testing.MexcAnswerAssertions;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import java.net.URI;
import java.time.Duration;
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

  static void assertExpected(Entry entry, MexcAnswer answer, Duration clockTolerance) {
    MexcAnswerAssertions.assertAnswer(entry, answer, clockTolerance);
  }
}
