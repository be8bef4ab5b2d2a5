package io.github.mexcerrors.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talks to the stand-in with raw HTTP to show it checks requests the way MEXC does. */
class MexcStandInTest {
  private static MexcStandIn standIn;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final RequestSigner SIGNER = new RequestSigner(MexcStandIn.API_KEY, MexcStandIn.SECRET_KEY);

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

  private static HttpResponse<String> get(String pathAndQuery, String apiKey) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + pathAndQuery));
    if (apiKey != null) {
      request.header("X-MEXC-APIKEY", apiKey);
    }
    return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String signed(String query) {
    return query + "&signature=" + SIGNER.sign(query);
  }

  private static long now() {
    return System.currentTimeMillis();
  }

  @Test
  void listensOnLoopbackOnly() {
    assertEquals("127.0.0.1", standIn.baseUrl().getHost());
    assertTrue(standIn.baseUrl().getPort() > 0);
  }

  @Test
  void acceptsACorrectlySignedRequest() throws Exception {
    HttpResponse<String> response = get("/api/v3/account?" + signed("recvWindow=5000&timestamp=" + now()),
        MexcStandIn.API_KEY);
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"asset\":\"USDT\",\"free\":\"100\""), response.body());
  }

  @Test
  void rejectsATamperedQuery() throws Exception {
    String query = signed("symbol=BTCUSDT&origClientOrderId=a&timestamp=" + now()).replace("origClientOrderId=a",
        "origClientOrderId=b");
    HttpResponse<String> response = get("/api/v3/order?" + query, MexcStandIn.API_KEY);
    assertEquals(400, response.statusCode());
    assertEquals("{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}", response.body());
  }

  @Test
  void rejectsAMissingSignature() throws Exception {
    HttpResponse<String> response = get("/api/v3/account?timestamp=" + now(), MexcStandIn.API_KEY);
    assertEquals("{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}", response.body());
  }

  @Test
  void rejectsMissingAndUnknownApiKeys() throws Exception {
    String query = signed("timestamp=" + now());
    assertEquals("{\"code\":400,\"msg\":\"api key required\"}", get("/api/v3/account?" + query, null).body());
    assertEquals("{\"code\":10072,\"msg\":\"Api key info invalid\"}",
        get("/api/v3/account?" + query, "mx0someoneElse").body());
  }

  @Test
  void rejectsStaleAndFutureTimestampsAndLongRecvWindows() throws Exception {
    String stale = get("/api/v3/account?" + signed("recvWindow=5000&timestamp=" + (now() - 6000)),
        MexcStandIn.API_KEY).body();
    assertEquals("{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}", stale);
    String future = get("/api/v3/account?" + signed("timestamp=" + (now() + 5000)), MexcStandIn.API_KEY).body();
    assertTrue(future.contains("700003"), future);
    String wide = get("/api/v3/account?" + signed("recvWindow=70000&timestamp=" + now()), MexcStandIn.API_KEY)
        .body();
    assertEquals("{\"code\":700005,\"msg\":\"recvWindow must less than 60000\"}", wide);
  }

  @Test
  void itsClockCanRunAhead() throws Exception {
    standIn.clockAhead(Duration.ofMinutes(1));
    HttpResponse<String> time = get("/api/v3/time", null);
    long serverTime = Long.parseLong(time.body().replaceAll("\\D", ""));
    assertTrue(Math.abs(serverTime - now() - 60_000) < 2_000, time.body());
  }

  @Test
  void checksFuturesSignaturesInHeaders() throws Exception {
    String requestTime = Long.toString(now());
    HttpRequest good = HttpRequest.newBuilder(URI.create(standIn.baseUrl()
        + "/api/v1/private/position/open_positions")).header("ApiKey", MexcStandIn.API_KEY)
        .header("Request-Time", requestTime).header("Signature", SIGNER.signFutures(requestTime, "")).build();
    HttpResponse<String> accepted = HTTP.send(good, HttpResponse.BodyHandlers.ofString());
    assertEquals("{\"success\":true,\"code\":0,\"data\":[]}", accepted.body());
    HttpRequest bad = HttpRequest.newBuilder(good, (name, value) -> !name.equals("Signature"))
        .header("Signature", SIGNER.signFutures(requestTime, "x")).build();
    HttpResponse<String> refused = HTTP.send(bad, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, refused.statusCode());
    assertEquals("{\"success\":false,\"code\":602,\"message\":\"Verify failed\"}", refused.body());
  }

  @Test
  void scriptedFaultsAreUsedOnceInOrder() throws Exception {
    standIn.failNext("GET", "/api/v3/time", MexcStandIn.Fault.text(503, "text/plain", "down")
        .withHeader("Retry-After", "7"));
    HttpResponse<String> first = get("/api/v3/time", null);
    assertEquals(503, first.statusCode());
    assertEquals("down", first.body());
    assertEquals("7", first.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(200, get("/api/v3/time", null).statusCode());
    assertEquals(2, standIn.stats().count("GET /api/v3/time"));
  }

  @Test
  void countsOrderSubmissionsAndQueriesAndAnswersUnknownOrders() throws Exception {
    HttpResponse<String> query = get("/api/v3/order?" + signed("symbol=BTCUSDT&origClientOrderId=nope&timestamp="
        + now()), MexcStandIn.API_KEY);
    assertEquals(400, query.statusCode());
    assertEquals("{\"code\":-2013,\"msg\":\"Order does not exist.\"}", query.body());
    assertEquals(new MexcStandIn.Stats(0, 1, 0, java.util.List.of("GET /api/v3/order")), standIn.stats());
  }
}
