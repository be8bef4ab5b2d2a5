package io.github.mexcerrors.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.httpclient.MexcHttpClient;
import io.github.mexcerrors.httpclient.MexcResult;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.wire.MexcItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A small MEXC spot v3 client over {@link HttpClient}. It sends through the library's {@link MexcHttpClient}
 * (module {@code mexc-errors-httpclient}), which reads every answer, whatever its shape, into a success or the most
 * specific exception generated from the error table, with its {@code Retry-After} and clock details; before an
 * error is thrown, the client asks its {@link ErrorRecovery} whether to retry (at most once), give up, or use a
 * result found another way. Jackson's databind reads the successes' business JSON (balances, orders) only.
 *
 * <p>Signed calls carry {@code timestamp} (the local clock plus the offset learnt by {@link #syncClock()}),
 * {@code recvWindow} and {@code signature}; the API key goes into {@code X-MEXC-APIKEY}.
 */
public final class MexcSpotClient {
  /** How many times a call is sent at most: once, plus one retry. */
  public static final int MAX_ATTEMPTS = 2;

  /** The {@code recvWindow} sent with signed calls, in ms (MEXC's default). */
  public static final long RECV_WINDOW_MILLIS = 5000;

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final URI baseUrl;
  private final RequestSigner signer;
  private final HttpClient http;
  private final MexcHttpClient mexc;
  private final ObjectMapper mapper;
  private final Trace trace;
  private final AtomicLong clockOffsetMillis;
  private final ErrorRecovery recovery;

  /**
   * Creates a client that throws every error as it comes (no recovery).
   *
   * @param baseUrl e.g. {@code https://api.mexc.com}
   * @param signer the API key and secret
   * @param http the HTTP client
   * @param trace where to record exchanges and errors
   */
  public MexcSpotClient(URI baseUrl, RequestSigner signer, HttpClient http, Trace trace) {
    this(baseUrl, signer, http, new ObjectMapper(), trace, new AtomicLong(), ErrorRecovery.NONE);
  }

  private MexcSpotClient(
      URI baseUrl, RequestSigner signer, HttpClient http, ObjectMapper mapper, Trace trace,
      AtomicLong clockOffsetMillis, ErrorRecovery recovery) {
    String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
    this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.signer = Objects.requireNonNull(signer, "signer");
    this.http = Objects.requireNonNull(http, "http");
    this.mexc = MexcHttpClient.of(http, MexcErrors.factory());
    this.mapper = mapper;
    this.trace = Objects.requireNonNull(trace, "trace");
    this.clockOffsetMillis = clockOffsetMillis;
    this.recovery = Objects.requireNonNull(recovery, "recovery");
  }

  /**
   * Returns a client that shares this one's connection, keys and clock offset, and consults {@code recovery}
   * after each error. Handlers keep using the plain client for their own calls (a clock sync, an order query),
   * so that a failure there is not handled recursively.
   *
   * @param recovery what to do after an error
   * @return the new client
   */
  public MexcSpotClient withRecovery(ErrorRecovery recovery) {
    return new MexcSpotClient(baseUrl, signer, http, mapper, trace, clockOffsetMillis, recovery);
  }

  /**
   * Returns the server time ({@code GET /api/v3/time}, not signed).
   *
   * @return the server time in ms since the epoch
   */
  public long serverTime() {
    return execute(new ApiRequest("GET", "/api/v3/time", MexcApi.SPOT, false, Map.of(), null)).json()
        .path("serverTime").asLong();
  }

  /**
   * Measures the offset between the server clock and ours and uses it for every later timestamp.
   *
   * @return the offset in ms, positive when the server is ahead
   */
  public long syncClock() {
    long before = System.currentTimeMillis();
    long server = serverTime();
    long after = System.currentTimeMillis();
    long offset = server - (before + after) / 2;
    clockOffsetMillis.set(offset);
    return offset;
  }

  /**
   * Returns the clock offset in use.
   *
   * @return the offset in ms, positive when the server is ahead
   */
  public long clockOffsetMillis() {
    return clockOffsetMillis.get();
  }

  /**
   * Returns the account information and balances ({@code GET /api/v3/account}, signed).
   *
   * @return the account, with {@code balances: [{asset, free, locked}]}
   */
  public JsonNode account() {
    return execute(new ApiRequest("GET", "/api/v3/account", MexcApi.SPOT, true, Map.of(), null)).json();
  }

  /**
   * Places an order ({@code POST /api/v3/order}, signed).
   *
   * @param order the order
   * @return the exchange's answer: the new order (or, after an unknown outcome, the order found by a query)
   */
  public JsonNode placeOrder(OrderRequest order) {
    return execute(new ApiRequest("POST", "/api/v3/order", MexcApi.SPOT, true, order.params(), order)).json();
  }

  /**
   * Queries an order by our own id ({@code GET /api/v3/order}, signed).
   *
   * @param symbol the pair
   * @param clientOrderId the {@code newClientOrderId} the order was placed with
   * @return the order, with its {@code status}
   */
  public JsonNode queryOrder(String symbol, String clientOrderId) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("symbol", symbol);
    params.put("origClientOrderId", clientOrderId);
    return execute(new ApiRequest("GET", "/api/v3/order", MexcApi.SPOT, true, params, null)).json();
  }

  /**
   * One item of a batch answer.
   *
   * @param order the order sent
   * @param answer the item as received
   * @param error the item's error, or {@code null} when the order was placed
   */
  public record BatchItem(OrderRequest order, JsonNode answer, MexcException error) {
    /**
     * Tells whether the order was placed.
     *
     * @return {@code true} when the item carries no error
     */
    public boolean placed() {
      return error == null;
    }
  }

  /**
   * Places up to 20 orders at once ({@code POST /api/v3/batchOrders}, signed). The answer is HTTP 200 with one
   * item per order; the library reads an outcome per item. An item's error does not fail the call: its exception
   * is handed to the recovery for reporting (never retried) and returned in its item.
   *
   * @param orders the orders
   * @return one item per order, in order
   */
  public List<BatchItem> placeBatchOrders(List<OrderRequest> orders) {
    List<Map<String, String>> payload = orders.stream().map(OrderRequest::params).toList();
    Map<String, String> params;
    try {
      params = Map.of("batchOrders", mapper.writeValueAsString(payload));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write batch orders as JSON", e);
    }
    ApiRequest batch = new ApiRequest("POST", "/api/v3/batchOrders", MexcApi.SPOT, true, params, null);
    Answer answer = execute(batch);
    JsonNode json = answer.json();
    if (!json.isArray() || json.size() != orders.size() || answer.items().size() != orders.size()) {
      throw new IllegalStateException("MEXC answered a batch of " + orders.size() + " orders with " + json);
    }
    List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      OrderRequest order = orders.get(i);
      JsonNode item = json.get(i);
      MexcException error = answer.items().get(i).error().orElse(null);
      if (error != null) {
        trace.error(error);
        ApiRequest itemRequest = new ApiRequest(batch.method(), batch.path(), batch.api(), true, Map.of(), order);
        recovery.recover(new ErrorRecovery.Failure(itemRequest, error, 1, false));
      }
      items.add(new BatchItem(order, item, error));
    }
    return items;
  }

  /**
   * Returns the open futures positions ({@code GET /api/v1/private/position/open_positions}, futures-signed).
   * Futures answers are HTTP 200 {@code {"success", "code", "data"}}; their error codes are of the futures table.
   *
   * @return the {@code data} array
   */
  public JsonNode futuresOpenPositions() {
    return execute(new ApiRequest("GET", "/api/v1/private/position/open_positions", MexcApi.FUTURES, true,
        Map.of(), null)).json().path("data");
  }

  /**
   * A successful answer.
   *
   * @param json its body
   * @param items the outcome of each item, for a batch endpoint; else empty
   */
  private record Answer(JsonNode json, List<MexcItem> items) {}

  private Answer execute(ApiRequest request) {
    for (int attempt = 1; ; attempt++) {
      trace.request(request.describe() + (attempt > 1 ? "  [attempt " + attempt + "]" : ""));
      HttpResponse<MexcResult<String>> response = send(request);
      MexcResult<String> result = response.body();
      Optional<MexcException> error = result.error();
      if (error.isEmpty()) {
        String body = result.body().orElse("");
        trace.response(response.statusCode(), body);
        return new Answer(json(request, response.statusCode(), body), result.items());
      }
      MexcException exception = error.get();
      trace.response(response.statusCode(), exception.response().body());
      trace.error(exception);
      boolean retryAllowed = attempt < MAX_ATTEMPTS;
      ErrorRecovery.Decision decision = recovery.recover(new ErrorRecovery.Failure(request, exception, attempt,
          retryAllowed));
      switch (decision.action()) {
        case RETRY -> {
          if (!retryAllowed) {
            trace.note("retry budget spent (" + MAX_ATTEMPTS + " attempts): giving up");
            throw exception;
          }
        }
        case USE_RESULT -> {
          return new Answer(decision.result(), List.of());
        }
        case GIVE_UP -> throw exception;
      }
    }
  }

  private JsonNode json(ApiRequest request, int httpStatus, String body) {
    JsonNode json;
    try {
      json = mapper.readTree(body);
    } catch (JsonProcessingException notJson) {
      json = null;
    }
    if (json == null || json.isMissingNode()) {
      throw new IllegalStateException("MEXC answered " + request.describe() + " with HTTP " + httpStatus
          + " and a body that is not JSON");
    }
    return json;
  }

  private HttpResponse<MexcResult<String>> send(ApiRequest request) {
    Map<String, String> params = new LinkedHashMap<>(request.params());
    HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(REQUEST_TIMEOUT);
    String query;
    if (request.signed() && request.api() == MexcApi.FUTURES) {
      query = encode(new TreeMap<>(params));
      String requestTime = Long.toString(now());
      builder.header("ApiKey", signer.apiKey()).header("Request-Time", requestTime)
          .header("Signature", signer.signFutures(requestTime, query));
    } else if (request.signed()) {
      params.put("recvWindow", Long.toString(RECV_WINDOW_MILLIS));
      params.put("timestamp", Long.toString(now()));
      String unsigned = encode(params);
      query = unsigned + "&signature=" + signer.sign(unsigned);
      builder.header("X-MEXC-APIKEY", signer.apiKey());
    } else {
      query = encode(params);
    }
    URI uri = URI.create(baseUrl + request.path() + (query.isEmpty() ? "" : "?" + query));
    builder.uri(uri).header("Content-Type", "application/json");
    builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    try {
      return mexc.sendForResult(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + baseUrl + " (" + request.method() + " " + request.path()
          + "): " + reason(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + request.describe(), e);
    }
  }

  private static String reason(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 300; t = t.getCause()) {
      text.append(text.length() == 0 ? "" : ", caused by ").append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
    }
    return text.toString();
  }

  private long now() {
    return System.currentTimeMillis() + clockOffsetMillis.get();
  }

  private static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
