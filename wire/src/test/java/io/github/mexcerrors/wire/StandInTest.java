package io.github.mexcerrors.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue;
import io.github.mexcerrors.wire.testing.MexcAnswerCatalogue.Entry;
import io.github.mexcerrors.wire.testing.MexcStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stand-in serves every catalogue entry over real HTTP, and the reader reads what came over the wire. */
class StandInTest {
  private static MexcStandIn server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final MexcAnswerReader READER = MexcAnswerReader.of(MexcErrors.factory());

  @BeforeAll
  static void start() throws Exception {
    server = MexcStandIn.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.mexcerrors.wire.CatalogueReaderTest#entries")
  void servesEveryEntry(Entry entry) throws Exception {
    Instant now = Instant.now();
    URI uri = entry.uri(server.baseUri(), now);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(entry.method(),
        HttpRequest.BodyPublishers.noBody());
    entry.requestHeaders(now).forEach(request::header);
    HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(entry.status(), response.statusCode());
    MexcRequestInfo info = MexcRequestInfo.of(entry.method(), uri,
        name -> response.request().headers().firstValue(name).orElse(null));
    MexcAnswer answer = READER.read(info, response.statusCode(),
        name -> response.headers().firstValue(name).orElse(null), response.body());
    CatalogueReaderTest.assertExpected(entry, answer, MexcAnswerCatalogue.clockTolerance(now));
  }

  @Test
  void servesLargeSuccessesOfAnExactSize() throws Exception {
    HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(
        URI.create(server.baseUri() + "/api/v3/ticker/price?mexcCase=large-100000")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(100_000, response.body().length);
    assertTrue(server.requests().stream().anyMatch(r -> r.contains("large-100000")));
    assertEquals(false, READER.read(MexcRequestInfo.unknown(io.github.mexcerrors.MexcApi.SPOT), 200, null,
        response.body()).isError());
  }
}
