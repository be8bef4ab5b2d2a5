package io.github.mexcerrors.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.UnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MexcSpotClientTest {
  private static MexcStandIn standIn;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Trace trace = new Trace();

  @BeforeAll
  static void start() throws IOException {
    standIn = MexcStandIn.start();
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  @BeforeEach
  void reset() {
    standIn.reset();
  }

  private MexcSpotClient client() {
    return new MexcSpotClient(standIn.baseUrl(), new RequestSigner(MexcStandIn.API_KEY, MexcStandIn.SECRET_KEY),
        HTTP, trace);
  }

  @Test
  void withoutRecoveryErrorsAreThrownAsTheirGeneratedException() {
    standIn.clockAhead(Duration.ofSeconds(20));
    ClockSkewException e = assertThrows(ClockSkewException.class, client()::account);
    assertEquals(700003, e.code());
    assertEquals(List.of(e), trace.errors());
    assertEquals(1, standIn.stats().count("GET /api/v3/account"));
  }

  @Test
  void syncClockMeasuresTheOffsetAndLaterCallsUseIt() {
    standIn.clockAhead(Duration.ofSeconds(-20));
    MexcSpotClient client = client();
    long offset = client.syncClock();
    assertTrue(Math.abs(offset + 20_000) < 2_000, "offset " + offset);
    assertEquals(offset, client.withRecovery(ErrorRecovery.NONE).clockOffsetMillis(), "shared with the view");
    assertEquals("SPOT", client.account().path("accountType").asText());
  }

  @Test
  void theRetryBudgetIsOneRetry() {
    standIn.failNext("GET", "/api/v3/time", MexcStandIn.Fault.text(503, "text/plain", "down"));
    standIn.failNext("GET", "/api/v3/time", MexcStandIn.Fault.text(503, "text/plain", "down"));
    standIn.failNext("GET", "/api/v3/time", MexcStandIn.Fault.text(503, "text/plain", "down"));
    List<Integer> attempts = new ArrayList<>();
    MexcSpotClient alwaysRetry = client().withRecovery(failure -> {
      attempts.add(failure.attempt());
      return ErrorRecovery.Decision.retry();
    });
    assertThrows(UnavailableException.class, alwaysRetry::serverTime);
    assertEquals(List.of(1, 2), attempts);
    assertEquals(2, standIn.stats().count("GET /api/v3/time"));
  }

  @Test
  void aRecoveryCanAnswerTheCall() {
    standIn.failNext("GET", "/api/v3/account", MexcStandIn.Fault.json(500, "{\"code\":500,\"msg\":\"Internal error\"}"));
    JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("cached", true);
    MexcSpotClient client = client().withRecovery(failure -> ErrorRecovery.Decision.useResult(answer));
    assertEquals(answer, client.account());
  }

  @Test
  void retryAfterReachesTheRecoveryOnTheException() {
    standIn.failNext("GET", "/api/v3/time",
        MexcStandIn.Fault.json(429, "{\"code\":429,\"msg\":\"Too Many Requests\"}").withHeader("Retry-After", "3"));
    List<Optional<Duration>> seen = new ArrayList<>();
    MexcSpotClient client = client().withRecovery(failure -> {
      seen.add(failure.exception().retryAfter());
      return ErrorRecovery.Decision.giveUp();
    });
    MexcException e = assertThrows(MexcException.class, client::serverTime);
    assertEquals(429, e.code());
    assertEquals(List.of(Optional.of(Duration.ofSeconds(3))), seen);
  }

  @Test
  void aRetryAfterHttpDateOnAPlainTextServiceUnavailableReachesTheRecovery() {
    String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
    standIn.failNext("GET", "/api/v3/time",
        MexcStandIn.Fault.text(503, "text/plain", "Service Unavailable").withHeader("Retry-After", inAMinute));
    List<MexcException> seen = new ArrayList<>();
    MexcSpotClient client = client().withRecovery(failure -> {
      seen.add(failure.exception());
      return ErrorRecovery.Decision.giveUp();
    });
    assertThrows(MexcException.class, client::serverTime);
    assertEquals(1, seen.size());
    assertEquals("UnavailableException", seen.get(0).getClass().getSimpleName());
    Duration delay = seen.get(0).retryAfter().orElseThrow();
    assertTrue(delay.getSeconds() > 50 && delay.getSeconds() <= 60, delay.toString());
  }

  @Test
  void anUnreachableServerIsAClearUncheckedIoException() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    MexcSpotClient client = new MexcSpotClient(URI.create("http://127.0.0.1:" + port),
        new RequestSigner("k", "s"), HTTP, trace);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, client::serverTime);
    assertTrue(e.getMessage().startsWith("cannot reach http://127.0.0.1:" + port + " (GET /api/v3/time): "),
        e.getMessage());
  }

  @Test
  void ordersAreSentWithTheirClientIdAndSigned() {
    JsonNode order = client().placeOrder(OrderRequest.limit("BTCUSDT", "SELL", "0.002", "61000", "my-id"));
    assertEquals("SELL", order.path("side").asText());
    assertEquals("0.002", order.path("origQty").asText());
    JsonNode found = client().queryOrder("BTCUSDT", "my-id");
    assertEquals(order.path("orderId").asText(), found.path("orderId").asText());
    assertEquals("NEW", found.path("status").asText());
  }
}
