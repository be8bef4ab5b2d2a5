package io.github.mexcerrors.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A local stand-in for the MEXC REST API, on {@code 127.0.0.1} and a free port, built on the JDK's
 * {@code com.sun.net.httpserver}. It checks requests the way MEXC does (API key, HMAC-SHA256 signature of the
 * query string, {@code timestamp} within {@code recvWindow} of its own clock) and answers with MEXC's real error
 * shapes. Beside what follows from its state (clock, balances, symbols, orders), scenarios script faults: the
 * next answer of an endpoint is replaced, before or after the request took effect.
 *
 * <p>Endpoints: {@code GET /api/v3/time}, {@code GET /api/v3/account}, {@code POST /api/v3/order},
 * {@code GET /api/v3/order}, {@code POST /api/v3/batchOrders}, {@code GET /api/v1/private/position/open_positions}.
 * Symbols: {@code BTCUSDT} and {@code ETHUSDT}; {@code MXUSDT} refuses API market orders. Minimum order value:
 * 5 USDT. Starting balances: 100 USDT, 0.01 BTC.
 */
public final class MexcStandIn implements AutoCloseable {
  /** The API key the stand-in accepts. */
  public static final String API_KEY = "mx0vglStandInApiKey";

  /** The secret key of {@link #API_KEY}. */
  public static final String SECRET_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

  private static final long MAX_RECV_WINDOW = 60_000;
  private static final long FUTURES_TIME_TOLERANCE = 10_000;
  private static final BigDecimal MIN_ORDER_VALUE = new BigDecimal("5");
  private static final Map<String, BigDecimal> LAST_PRICES =
      Map.of("BTCUSDT", new BigDecimal("60000"), "ETHUSDT", new BigDecimal("3000"), "MXUSDT", new BigDecimal("3"));
  private static final List<String> NO_API_MARKET_ORDERS = List.of("MXUSDT");

  /**
   * A scripted answer.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}
   * @param body the body
   * @param headers extra headers, e.g. {@code Retry-After}
   * @param processedFirst whether the request takes effect before the fault replaces its answer (a lost
   *     answer: the order is placed, the client does not learn it)
   */
  public record Fault(
      int status, String contentType, String body, Map<String, String> headers, boolean processedFirst) {
    /**
     * A JSON answer, instead of processing the request.
     *
     * @param status the HTTP status
     * @param json the body
     * @return the fault
     */
    public static Fault json(int status, String json) {
      return new Fault(status, "application/json", json, Map.of(), false);
    }

    /**
     * A non-JSON answer (a gateway page, plain text), instead of processing the request.
     *
     * @param status the HTTP status
     * @param contentType e.g. {@code text/html}
     * @param body the body
     * @return the fault
     */
    public static Fault text(int status, String contentType, String body) {
      return new Fault(status, contentType, body, Map.of(), false);
    }

    /**
     * Adds a header.
     *
     * @param name the header name
     * @param value the value
     * @return the fault with the header
     */
    public Fault withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Fault(status, contentType, body, Map.copyOf(more), processedFirst);
    }

    /**
     * Lets the request take effect first, then answers with this fault.
     *
     * @return the fault
     */
    public Fault afterProcessing() {
      return new Fault(status, contentType, body, headers, true);
    }
  }

  /**
   * What the stand-in saw since the last {@link #reset()}.
   *
   * @param orderSubmissions how many {@code POST /api/v3/order} requests arrived, accepted or not
   * @param orderQueries how many {@code GET /api/v3/order} requests arrived
   * @param ordersPlaced how many orders are on the book (single and batch)
   * @param requests every request, as {@code METHOD path}, in order
   */
  public record Stats(int orderSubmissions, int orderQueries, int ordersPlaced, List<String> requests) {
    /**
     * Counts the requests to one endpoint.
     *
     * @param methodAndPath e.g. {@code GET /api/v3/account}
     * @return how many arrived
     */
    public long count(String methodAndPath) {
      return requests.stream().filter(methodAndPath::equals).count();
    }
  }

  private record Reply(int status, String contentType, String body, Map<String, String> headers) {}

  private final HttpServer server;
  private final ObjectMapper mapper = new ObjectMapper();
  private final RequestSigner verifier = new RequestSigner(API_KEY, SECRET_KEY);

  // Guarded by this.
  private long clockOffsetMillis;
  private final Map<String, BigDecimal> balances = new TreeMap<>();
  private final Map<String, ObjectNode> ordersByClientId = new LinkedHashMap<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final List<String> requests = new ArrayList<>();
  private int orderSubmissions;
  private int orderQueries;
  private long nextOrderId;

  private MexcStandIn(HttpServer server) {
    this.server = server;
    reset();
  }

  /**
   * Starts a stand-in on {@code 127.0.0.1} and a free port.
   *
   * @return the running stand-in; {@link #close()} stops it
   * @throws IOException if no port can be bound
   */
  public static MexcStandIn start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    MexcStandIn standIn = new MexcStandIn(server);
    server.createContext("/", standIn::handle);
    server.start();
    return standIn;
  }

  /**
   * Returns the URL to point a client at.
   *
   * @return e.g. {@code http://127.0.0.1:54321}
   */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Forgets orders, faults and counters, and restores the clock and the starting balances. */
  public synchronized void reset() {
    clockOffsetMillis = 0;
    balances.clear();
    balances.put("USDT", new BigDecimal("100"));
    balances.put("BTC", new BigDecimal("0.01"));
    ordersByClientId.clear();
    faults.clear();
    requests.clear();
    orderSubmissions = 0;
    orderQueries = 0;
    nextOrderId = 744_000_000_000_000_001L;
  }

  /**
   * Sets the server clock ahead of (or, negative, behind) the machine's.
   *
   * @param offset how far
   */
  public synchronized void clockAhead(Duration offset) {
    clockOffsetMillis = offset.toMillis();
  }

  /**
   * Replaces the next answer of an endpoint; several faults for one endpoint are used in order.
   *
   * @param method e.g. {@code POST}
   * @param path e.g. {@code /api/v3/order}
   * @param fault the answer
   */
  public synchronized void failNext(String method, String path, Fault fault) {
    faults.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).add(fault);
  }

  /**
   * Returns what the stand-in saw since the last reset.
   *
   * @return a snapshot
   */
  public synchronized Stats stats() {
    return new Stats(orderSubmissions, orderQueries, ordersByClientId.size(), List.copyOf(requests));
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Reply reply;
    try {
      reply = answer(exchange);
    } catch (RuntimeException | IOException e) {
      reply = json(500, error(500, "stand-in failure: " + e));
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    exchange.close();
  }

  private synchronized Reply answer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String endpoint = method + " " + path;
    requests.add(endpoint);
    if (endpoint.equals("POST /api/v3/order")) {
      orderSubmissions++;
    } else if (endpoint.equals("GET /api/v3/order")) {
      orderQueries++;
    }
    Deque<Fault> scripted = faults.get(endpoint);
    Fault fault = scripted == null ? null : scripted.poll();
    if (fault != null && !fault.processedFirst()) {
      return reply(fault);
    }
    Reply reply = route(exchange, endpoint, rawQuery, body);
    return fault != null ? reply(fault) : reply;
  }

  private Reply route(HttpExchange exchange, String endpoint, String rawQuery, String body) {
    Map<String, String> params = decode(rawQuery);
    if (endpoint.equals("GET /api/v3/time")) {
      return json(200, mapper.createObjectNode().put("serverTime", now()));
    }
    if (endpoint.startsWith("GET /api/v1/private/")) {
      Optional<Reply> refused = checkFutures(exchange, rawQuery);
      return refused.orElseGet(() -> json(200,
          mapper.createObjectNode().put("success", true).put("code", 0).set("data", mapper.createArrayNode())));
    }
    if (!List.of("GET /api/v3/account", "POST /api/v3/order", "GET /api/v3/order", "POST /api/v3/batchOrders")
        .contains(endpoint)) {
      return new Reply(404, "text/plain", "Not Found", Map.of());
    }
    Optional<Reply> refused = checkSpot(exchange, rawQuery, body, params);
    if (refused.isPresent()) {
      return refused.get();
    }
    return switch (endpoint) {
      case "GET /api/v3/account" -> json(200, account());
      case "POST /api/v3/order" -> {
        ObjectNode result = placeOrder(params);
        yield result.has("code") ? json(400, result.without("newClientOrderId")) : json(200, result);
      }
      case "GET /api/v3/order" -> queryOrder(params);
      default -> placeBatch(params);
    };
  }

  /** Checks a signed spot v3 request as MEXC does: key, signature, recvWindow, timestamp. */
  private Optional<Reply> checkSpot(HttpExchange exchange, String rawQuery, String body, Map<String, String> params) {
    String apiKey = exchange.getRequestHeaders().getFirst("X-MEXC-APIKEY");
    if (apiKey == null || apiKey.isBlank()) {
      return Optional.of(json(400, error(400, "api key required")));
    }
    if (!apiKey.equals(API_KEY)) {
      return Optional.of(json(400, error(10072, "Api key info invalid")));
    }
    String signed = Arrays.stream(rawQuery.split("&")).filter(p -> !p.startsWith("signature="))
        .collect(Collectors.joining("&"));
    if (!RequestSigner.matches(verifier.sign(signed + body), params.get("signature"))) {
      return Optional.of(json(400, error(700002, "Signature for this request is not valid.")));
    }
    long recvWindow;
    long timestamp;
    try {
      recvWindow = Long.parseLong(params.getOrDefault("recvWindow", "5000"));
      timestamp = Long.parseLong(params.getOrDefault("timestamp", ""));
    } catch (NumberFormatException e) {
      return Optional.of(json(400, error(33333, "param is error")));
    }
    if (recvWindow > MAX_RECV_WINDOW) {
      return Optional.of(json(400, error(700005, "recvWindow must less than 60000")));
    }
    long serverTime = now();
    if (timestamp >= serverTime + 1000 || serverTime - timestamp > recvWindow) {
      return Optional.of(json(400, error(700003, "Timestamp for this request is outside of the recvWindow.")));
    }
    return Optional.empty();
  }

  /** Checks a signed futures v1 request: ApiKey, Request-Time within 10 s, Signature of key + time + params. */
  private Optional<Reply> checkFutures(HttpExchange exchange, String rawQuery) {
    String apiKey = exchange.getRequestHeaders().getFirst("ApiKey");
    String requestTime = exchange.getRequestHeaders().getFirst("Request-Time");
    String signature = exchange.getRequestHeaders().getFirst("Signature");
    if (apiKey == null || !apiKey.equals(API_KEY) || requestTime == null) {
      return Optional.of(json(200, futuresError(401, "Unauthorized")));
    }
    if (!RequestSigner.matches(verifier.signFutures(requestTime, rawQuery), signature)) {
      return Optional.of(json(200, futuresError(602, "Verify failed")));
    }
    try {
      if (Math.abs(now() - Long.parseLong(requestTime)) > FUTURES_TIME_TOLERANCE) {
        return Optional.of(json(200, futuresError(513,
            "Invalid request(for open api serves time more or less than 10s)")));
      }
    } catch (NumberFormatException e) {
      return Optional.of(json(200, futuresError(401, "Unauthorized")));
    }
    return Optional.empty();
  }

  private ObjectNode account() {
    ObjectNode account = mapper.createObjectNode().put("canTrade", true).put("canWithdraw", true)
        .put("canDeposit", true).put("accountType", "SPOT");
    ArrayNode list = account.putArray("balances");
    balances.forEach((asset, free) -> list.addObject().put("asset", asset).put("free", free.toPlainString())
        .put("locked", "0"));
    account.putArray("permissions").add("SPOT");
    return account;
  }

  /** Validates and places one order; answers the order, or {@code {"code", "msg"}} as MEXC words it. */
  private ObjectNode placeOrder(Map<String, String> order) {
    String symbol = order.getOrDefault("symbol", "");
    String side = order.getOrDefault("side", "");
    String type = order.getOrDefault("type", "");
    String clientId = order.getOrDefault("newClientOrderId", "");
    BigDecimal lastPrice = LAST_PRICES.get(symbol);
    if (lastPrice == null) {
      // MEXC sends this one's code as a JSON string.
      return errorNode(TextNode.valueOf("30021"), "invalid symbol", clientId);
    }
    if (type.equals("MARKET") && NO_API_MARKET_ORDERS.contains(symbol)) {
      return errorNode(IntNode.valueOf(30019), "api market order is disabled", clientId);
    }
    if (ordersByClientId.containsKey(clientId)) {
      return errorNode(IntNode.valueOf(-2010), "Duplicate order sent.", clientId);
    }
    BigDecimal quantity;
    BigDecimal value;
    try {
      BigDecimal price = type.equals("LIMIT") ? new BigDecimal(order.get("price")) : lastPrice;
      quantity = order.containsKey("quantity") ? new BigDecimal(order.get("quantity"))
          : new BigDecimal(order.get("quoteOrderQty")).divide(price, 8, RoundingMode.DOWN);
      value = order.containsKey("quoteOrderQty") ? new BigDecimal(order.get("quoteOrderQty"))
          : quantity.multiply(price);
    } catch (RuntimeException e) {
      return errorNode(IntNode.valueOf(33333), "param is error", clientId);
    }
    if (value.compareTo(MIN_ORDER_VALUE) < 0) {
      return errorNode(IntNode.valueOf(30002), "The minimum transaction volume cannot be less than:5USDT", clientId);
    }
    String asset = side.equals("BUY") ? "USDT" : symbol.substring(0, symbol.length() - 4);
    BigDecimal needed = side.equals("BUY") ? value : quantity;
    BigDecimal free = balances.getOrDefault(asset, BigDecimal.ZERO);
    if (free.compareTo(needed) < 0) {
      return errorNode(IntNode.valueOf(30004), "Insufficient position", clientId);
    }
    balances.put(asset, free.subtract(needed));
    String orderId = "C02__" + nextOrderId++;
    ObjectNode placed = mapper.createObjectNode().put("symbol", symbol).put("orderId", orderId)
        .put("orderListId", -1).put("clientOrderId", clientId).put("price", order.getOrDefault("price", "0"))
        .put("origQty", quantity.toPlainString()).put("executedQty", "0").put("status", "NEW")
        .put("type", type).put("side", side).put("transactTime", now());
    ordersByClientId.put(clientId, placed);
    return placed.deepCopy().without(List.of("executedQty", "status", "clientOrderId"));
  }

  private Reply queryOrder(Map<String, String> params) {
    String clientId = params.get("origClientOrderId");
    if (clientId == null && !params.containsKey("orderId")) {
      return json(400, error(700004, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!"));
    }
    ObjectNode order = clientId != null ? ordersByClientId.get(clientId) : ordersByClientId.values().stream()
        .filter(o -> o.path("orderId").asText().equals(params.get("orderId"))).findFirst().orElse(null);
    if (order == null || !order.path("symbol").asText().equals(params.get("symbol"))) {
      return json(400, error(SpotErrorCode.ORDER_DOES_NOT_EXIST.code(), "Order does not exist."));
    }
    return json(200, order);
  }

  private Reply placeBatch(Map<String, String> params) {
    JsonNode batch;
    try {
      batch = mapper.readTree(params.getOrDefault("batchOrders", ""));
    } catch (JsonProcessingException e) {
      batch = null;
    }
    if (batch == null || !batch.isArray() || batch.isEmpty() || batch.size() > 20) {
      return json(400, error(33333, "param is error"));
    }
    ArrayNode results = mapper.createArrayNode();
    for (JsonNode item : batch) {
      Map<String, String> order = new LinkedHashMap<>();
      item.properties().forEach(field -> order.put(field.getKey(), field.getValue().asText()));
      results.add(placeOrder(order));
    }
    return json(200, results);
  }

  private long now() {
    return System.currentTimeMillis() + clockOffsetMillis;
  }

  private ObjectNode error(int code, String message) {
    return mapper.createObjectNode().put("code", code).put("msg", message);
  }

  private ObjectNode errorNode(JsonNode code, String message, String clientId) {
    ObjectNode node = mapper.createObjectNode();
    if (!clientId.isEmpty()) {
      node.put("newClientOrderId", clientId);
    }
    node.set("code", code);
    return node.put("msg", message);
  }

  private ObjectNode futuresError(int code, String message) {
    return mapper.createObjectNode().put("success", false).put("code", code).put("message", message);
  }

  private Reply json(int status, JsonNode body) {
    return new Reply(status, "application/json", body.toString(), Map.of());
  }

  private static Reply reply(Fault fault) {
    return new Reply(fault.status(), fault.contentType(), fault.body(), fault.headers());
  }

  private static Map<String, String> decode(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.put(name, value);
      }
    }
    return params;
  }
}
