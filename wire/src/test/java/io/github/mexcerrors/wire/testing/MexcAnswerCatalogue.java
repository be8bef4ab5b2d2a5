package io.github.mexcerrors.wire.testing;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.wire.MexcHeaders;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Real-looking MEXC answers, each with the request it answers and the outcome a reader must give: the shapes of
 * MEXC's public docs, client libraries and issue trackers (spot errors with 4XX, futures errors inside HTTP 200,
 * string codes, Chinese messages, text under {@code data}, batch items, gateway HTML, bare rate limits,
 * successes of every kind). Shared by the tests of the wire module and of every client adapter (this class is in
 * the wire module's test jar); {@link MexcStandIn} serves it on loopback.
 *
 * <p>Expected exceptions are simple class names of the classes the processor generates from the bundled table
 * ({@code ClockSkewException}, ...), so that each module's tests compare against its own generated
 * {@code MexcErrors}. Codes chosen as "missing from the table" are invented ones that no table will ever list.
 *
 * <p>Times: answers carry {@code Date} {@link #ANSWER_DATE} and requests a timestamp relative to the date of the
 * answer. A live server sets its own {@code Date}, so adapters' tests build requests with
 * {@code Instant.now()} and compare clock skews with {@link #clockTolerance}.
 */
public final class MexcAnswerCatalogue {
  /** The {@code Date} of the answers, for tests without a server. */
  public static final Instant ANSWER_DATE = Instant.parse("2026-11-29T02:00:06Z");

  /** How far a measured clock skew may be from the expected one over a live server ({@code Date} has seconds). */
  private static final Duration CLOCK_TOLERANCE = Duration.ofMillis(1500);

  /**
   * How far a measured clock skew may be from the expected one for a request timed at {@code answerDate} and
   * answered by now: {@link #CLOCK_TOLERANCE} plus the time the exchange took, since the stand-in dates its answer
   * when it makes it (a slow first request on a loaded machine took seconds).
   *
   * @param answerDate the date the request's timestamp was computed from
   * @return the tolerance; call it once the answer is in
   */
  public static Duration clockTolerance(Instant answerDate) {
    return CLOCK_TOLERANCE.plus(Duration.between(answerDate, Instant.now()).abs());
  }

  /** The query parameter by which {@link MexcStandIn} picks an entry. */
  public static final String CASE_PARAMETER = "mexcCase";

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private static final String HTML_403 = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n"
      + "<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-1\">\n"
      + "<TITLE>ERROR: The request could not be satisfied</TITLE>\n</HEAD><BODY>\n"
      + "<H1>403 ERROR</H1>\n<H2>The request could not be satisfied.</H2>\n<HR noshade size=\"1px\">\n"
      + "Request blocked.\n</BODY></HTML>";

  private static final String HTML_503 = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>"
      + "\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>"
      + "\r\n</body>\r\n</html>\r\n";

  private static final String SPOT_ORDER = "{\"symbol\":\"MXUSDT\",\"orderId\":\"C02__443776347957968896088\","
      + "\"orderListId\":-1,\"price\":\"3.2\",\"origQty\":\"10\",\"type\":\"LIMIT\",\"side\":\"BUY\","
      + "\"transactTime\":1764381606000}";

  private static final List<Entry> ENTRIES = List.of(
      // ---- spot errors, 4XX/5XX with {code, msg}
      spot("spot-clock-skew", "GET", "/api/v3/order", "symbol=MXUSDT&orderId=C02__1&recvWindow=5000")
          .clockSkew(Duration.ofMillis(6200))
          .status(400).json("{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}")
          .error("700003", "Timestamp for this request is outside of the recvWindow.", "ClockSkewException")
          .build(),
      spot("spot-bad-signature", "POST", "/api/v3/order", "symbol=MXUSDT&side=BUY&type=LIMIT&quantity=10")
          .clockSkew(Duration.ofMillis(300))
          .status(400).json("{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}")
          .error("700002", "Signature for this request is not valid.", "InvalidSignatureException").build(),
      spot("spot-insufficient-position", "POST", "/api/v3/order", "symbol=MXUSDT&side=SELL&type=MARKET")
          .status(400).json("{\"code\":30004,\"msg\":\"Insufficient position\"}")
          .error("30004", "Insufficient position", "InsufficientBalanceException").build(),
      spot("spot-string-code", "GET", "/api/v3/depth", "symbol=BTC_USDT")
          .status(400).json("{\"code\":\"30021\",\"msg\":\"Invalid symbol.\"}")
          .error("30021", "Invalid symbol.", "InvalidSymbolException").build(),
      spot("spot-chinese-message", "POST", "/api/v3/order", "symbol=MXUSDT&side=BUY&type=LIMIT")
          .status(400).json("{\"code\":10101,\"msg\":\"余额不足\"}")
          .error("10101", "余额不足", "InsufficientBalanceException").build(),
      spot("spot-extra-fields", "GET", "/api/v3/account", null)
          .status(403).json("{\"msg\":\"No permission to access the endpoint.\",\"code\":700007,"
              + "\"_extend\":null,\"data\":{\"x\":[1,2,{\"y\":null}]}}")
          .error("700007", "No permission to access the endpoint.", "PermissionException").build(),
      spot("spot-unknown-code", "POST", "/api/v3/order", null)
          .status(400).json("{\"code\":799001,\"msg\":\"A rule MEXC added yesterday\"}")
          .error("799001", "A rule MEXC added yesterday", "RequestException").build(),
      spot("spot-error-inside-200", "GET", "/api/v3/capital/config/getall", null)
          .status(200).json("{\"code\":700007,\"msg\":\"No permission to access the endpoint.\"}")
          .error("700007", "No permission to access the endpoint.", "PermissionException").build(),
      spot("spot-rate-limit-json", "GET", "/api/v3/openOrders", "symbol=MXUSDT")
          .status(429).header("Retry-After", "30").json("{\"code\":429,\"msg\":\"Too Many Requests\"}")
          .error("429", "Too Many Requests", "RateLimitException").retryAfter(Duration.ofSeconds(30)).build(),
      spot("spot-rate-limit-bare", "GET", "/api/v3/ticker/price", null)
          .status(429).header("Retry-After", "7").text("", null)
          .error("", "", "RateLimitException").retryAfter(Duration.ofSeconds(7)).build(),
      spot("spot-ip-ban-418", "GET", "/api/v3/ticker/price", null)
          .status(418).header("Retry-After", "120").text("", null)
          .error("", "", "RateLimitException").retryAfter(Duration.ofSeconds(120)).build(),
      spot("gateway-html-403", "GET", "/api/v3/account", null)
          .status(403).text(HTML_403, "text/html")
          .error("", "ERROR: The request could not be satisfied", "PermissionException").build(),
      spot("gateway-html-503-retry-date", "POST", "/api/v3/order", null)
          .status(503).retryAfterDate(Duration.ofSeconds(60)).text(HTML_503, "text/html")
          .error("", "503 Service Temporarily Unavailable", "UnavailableException")
          .retryAfter(Duration.ofSeconds(60)).build(),
      spot("gateway-text-502", "DELETE", "/api/v3/order", null)
          .status(502).text("Bad Gateway\n", "text/plain")
          .error("", "Bad Gateway", "UnknownOutcomeException").build(),
      spot("spot-empty-500", "POST", "/api/v3/order", null)
          .status(500).text("", null)
          .error("", "", "UnknownOutcomeException").build(),
      // ---- what MEXC actually sends (notes.md): generic 400, texts other than the tables', maintenance, clock
      spot("spot-generic-400-amount-scale", "POST", "/api/v3/order", "symbol=MXUSDT&side=BUY&type=MARKET")
          .status(400).json("{\"msg\":\" amount scale is invalid\",\"code\":400}")
          .error("400", " amount scale is invalid", "RequestException").build(),
      spot("spot-generic-400-start-time", "GET", "/api/v3/allOrders", "symbol=MXUSDT&startTime=1700000000000")
          .status(400).json("{\"code\":400,\"msg\":\"The start time cannot be earlier than 90 days\"}")
          .error("400", "The start time cannot be earlier than 90 days", "RequestException").build(),
      spot("spot-maintenance-500", "POST", "/api/v3/order", "symbol=MXUSDT&side=BUY&type=LIMIT")
          .status(500).json("{\"code\":500,\"message\":\"Under maintenance, please try again later\","
              + "\"announcement\":\"https://www.mexc.com/support/articles/maintenance\"}")
          .error("500", "Under maintenance, please try again later", "UnknownOutcomeException")
          .announcement("https://www.mexc.com/support/articles/maintenance").build(),
      spot("spot-symbol-not-support-api", "POST", "/api/v3/order", "symbol=ABCUSDT&side=BUY&type=LIMIT")
          .status(400).json("{\"code\":10007,\"msg\":\"symbol not support api\"}")
          .error("10007", "symbol not support api", "InvalidSymbolException").build(),
      spot("spot-ip-not-in-whitelist", "GET", "/api/v3/account", null)
          .status(400).json("{\"code\":700006,\"msg\":\"IP [203.0.113.7] not in the whitelist\"}")
          .error("700006", "IP [203.0.113.7] not in the whitelist", "IpNotWhitelistedException").build(),
      spot("spot-market-order-disabled-30019", "POST", "/api/v3/order", "symbol=MXUSDT&side=BUY&type=MARKET")
          .status(400).json("{\"code\":30019,\"msg\":\"api market order is disabled\"}")
          .error("30019", "api market order is disabled", "TradingDisabledException").build(),
      spot("spot-market-order-disabled-30051", "POST", "/api/v3/order", "symbol=MXUSDT&side=SELL&type=MARKET")
          .status(400).json("{\"code\":30051,\"msg\":\"api market order is disabled\"}")
          .error("30051", "api market order is disabled", "TradingDisabledException").build(),
      spot("spot-order-missing-right-after-create", "GET", "/api/v3/order", "symbol=MXUSDT&origClientOrderId=c1")
          .status(400).json("{\"code\":-2013,\"msg\":\"Order does not exist.\"}")
          .error("-2013", "Order does not exist.", "OrderNotFoundException").build(),
      spot("spot-clock-ahead", "GET", "/api/v3/account", "recvWindow=60000")
          .clockSkew(Duration.ofMillis(-4000))
          .status(400).json("{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}")
          .error("700003", "Timestamp for this request is outside of the recvWindow.", "ClockSkewException")
          .build(),
      spot("spot-not-found-404", "GET", "/api/v3/nothing", null)
          .status(404).text("404 page not found", "text/plain")
          .error("", "404 page not found", "MexcException").build(),
      // ---- futures errors, HTTP 200 with success:false
      futures("futures-bad-signature", "POST", "/api/v1/private/order/submit")
          .status(200).json("{\"success\":false,\"code\":602,\"message\":\"Signature verification failed!\"}")
          .error("602", "Signature verification failed!", "InvalidSignatureException").build(),
      futures("futures-clock-513", "GET", "/api/v1/private/account/assets")
          .clockSkew(Duration.ofMillis(12400)).recvWindowHeader("10")
          .status(200).json("{\"success\":false,\"code\":513,\"message\":\"Invalid request(for open api serves time"
              + " more or less than 10s)\"}")
          .error("513", "Invalid request(for open api serves time more or less than 10s)", "ClockSkewException")
          .build(),
      futures("futures-rate-limit-510", "POST", "/api/v1/private/order/submit")
          .status(200).json("{\"success\":false,\"code\":510,\"message\":\"Excessive frequency of requests\"}")
          .error("510", "Excessive frequency of requests", "RateLimitException").build(),
      futures("futures-string-code-text-data", "GET", "/api/v1/contract/detail")
          .status(200).json("{\"success\":false,\"code\":\"1002\",\"data\":\"Contract not activated\"}")
          .error("1002", "Contract not activated", "TradingDisabledException").build(),
      futures("futures-success-false-unknown", "POST", "/api/v1/private/position/change_margin")
          .status(200).json("{\"success\":false,\"code\":799002,\"message\":\"风控限制\",\"data\":null}")
          .error("799002", "风控限制", "MexcException").build(),
      futures("futures-not-allow-place-order", "POST", "/api/v1/private/order/submit")
          .status(200).json("{\"success\":false,\"code\":1002,\"message\":\"Contract not allow place order!\"}")
          .error("1002", "Contract not allow place order!", "TradingDisabledException").build(),
      futures("futures-position-not-exists", "POST", "/api/v1/private/position/change_margin")
          .status(200).json("{\"success\":false,\"code\":2009,\"message\":\"Position is not exists or closed.\"}")
          .error("2009", "Position is not exists or closed.", "OrderNotFoundException").build(),
      futures("futures-quantity-error", "POST", "/api/v1/private/order/submit")
          .status(200).json("{\"success\":false,\"code\":2011,\"message\":\"Order quantity error, please try to"
              + " modify.\"}")
          .error("2011", "Order quantity error, please try to modify.", "OrderRejectedException").build(),
      futures("futures-bid-price-too-high", "POST", "/api/v1/private/order/submit")
          .status(200).json("{\"success\":false,\"code\":2003,\"message\":\"Bid price is great than max allow"
              + " price\"}")
          .error("2003", "Bid price is great than max allow price", "OrderRejectedException").build(),
      futures("futures-param-error", "POST", "/api/v1/private/order/submit")
          .status(200).json("{\"success\":false,\"code\":600,\"message\":\"Param error!\"}")
          .error("600", "Param error!", "InvalidParameterException").build(),
      futures("futures-internal-error", "GET", "/api/v1/private/account/assets")
          .status(200).json("{\"success\":false,\"code\":500,\"message\":\"Internal error!\"}")
          .error("500", "Internal error!", "UnknownOutcomeException").build(),
      futures("futures-internal-error-chinese", "GET", "/api/v1/private/account/assets")
          .status(200).json("{\"success\":false,\"code\":500,\"message\":\"系统内部错误!\"}")
          .error("500", "系统内部错误!", "UnknownOutcomeException").build(),
      // ---- the futures order endpoints of 2026 (order/create, cancel_with_external, batches)
      futures("futures-create-success", "POST", "/api/v1/private/order/create")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":{\"orderId\":\"852391264644057600\","
              + "\"ts\":1764381606000}}").success().build(),
      futures("futures-create-error", "POST", "/api/v1/private/order/create")
          .status(200).json("{\"success\":false,\"code\":2005,\"message\":\"Balance insufficient\"}")
          .error("2005", "Balance insufficient", "InsufficientBalanceException").build(),
      futures("futures-cancel-with-external-ok", "POST", "/api/v1/private/order/cancel_with_external")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":{\"symbol\":\"BTC_USDT\",\"externalOid\":"
              + "\"ext-1\",\"errorCode\":0,\"errorMsg\":\"success\"}}").success().build(),
      futures("futures-cancel-with-external-refused", "POST", "/api/v1/private/order/cancel_with_external")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":{\"symbol\":\"BTC_USDT\",\"externalOid\":"
              + "\"ext-2\",\"errorCode\":2040,\"errorMsg\":\"order not exist\"}}")
          .error("2040", "order not exist", "OrderNotFoundException").build(),
      futures("futures-cancel-all", "POST", "/api/v1/private/order/cancel_all")
          .status(200).json("{\"success\":true,\"code\":0}").success().build(),
      futures("futures-batch-order-items", "POST", "/api/v1/private/order/submit_batch")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":[{\"orderId\":\"852391264644057601\","
              + "\"externalOid\":\"b1\",\"errorCode\":0,\"errorMsg\":\"success\"},{\"externalOid\":\"b2\","
              + "\"errorCode\":2005,\"errorMsg\":\"Balance insufficient\"}]}")
          .success().items("ok", "2005").build(),
      futures("futures-batch-cancel-with-external-items", "POST", "/api/v1/private/order/batch_cancel_with_external")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":[{\"symbol\":\"BTC_USDT\",\"externalOid\":"
              + "\"b1\",\"errorCode\":0,\"errorMsg\":\"success\"},{\"symbol\":\"BTC_USDT\",\"externalOid\":"
              + "\"b2\",\"errorCode\":2041,\"errorMsg\":\"order state cannot be cancelled\"}]}")
          .success().items("ok", "2041").build(),
      // ---- successes
      spot("spot-order-success", "POST", "/api/v3/order", null)
          .status(200).json(SPOT_ORDER).success().build(),
      spot("spot-array-success", "GET", "/api/v3/ticker/price", null)
          .status(200).json("[{\"symbol\":\"BTCUSDT\",\"price\":\"91234.5\"},{\"symbol\":\"MXUSDT\",\"price\":\"3.2\"}]")
          .success().build(),
      spot("spot-code-0-string", "POST", "/api/v3/capital/transfer", null)
          .status(200).json("{\"code\":\"0\",\"msg\":\"success\",\"data\":{\"tranId\":\"c45d800a47ba\"}}")
          .success().build(),
      spot("spot-code-200", "GET", "/api/v3/rebate/taxQuery", null)
          .status(200).json("{\"code\":200,\"msg\":\"success\",\"data\":{\"resultList\":[]}}").success().build(),
      spot("spot-empty-object", "DELETE", "/api/v3/userDataStream", null)
          .status(200).json("{}").success().build(),
      futures("futures-success", "POST", "/api/v1/private/order/submit")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":{\"orderId\":\"102015012431820288\","
              + "\"ts\":1764381606000}}").success().build(),
      futures("futures-ping", "GET", "/api/v1/contract/ping")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":1764381606000}").success().build(),
      spot("spot-large-success", "GET", "/api/v3/exchangeInfo", null)
          .status(200).json(largeExchangeInfo(400)).success().build(),
      // ---- batches
      spot("spot-batch-mixed", "POST", "/api/v3/batchOrders", null)
          .status(200).json("[" + SPOT_ORDER + ",{\"newClientOrderId\":\"b2\",\"msg\":\"The minimum transaction"
              + " volume cannot be less than:5USDT\",\"code\":30002},{\"code\":\"30004\",\"msg\":"
              + "\"Insufficient position\"}]")
          .success().items("ok", "30002", "30004").build(),
      spot("spot-batch-error", "POST", "/api/v3/batchOrders", null)
          .status(400).json("{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}")
          .error("700002", "Signature for this request is not valid.", "InvalidSignatureException").build(),
      futures("futures-cancel-items", "POST", "/api/v1/private/order/cancel")
          .status(200).json("{\"success\":true,\"code\":0,\"data\":[{\"orderId\":\"101716841474621953\","
              + "\"errorCode\":0,\"errorMsg\":\"success\"},{\"orderId\":\"108885377909964288\",\"errorCode\":2040,"
              + "\"errorMsg\":\"order not exist\"},{\"orderId\":\"108885377909964289\",\"errorCode\":2041,"
              + "\"errorMsg\":\"order state cannot be cancelled\"}]}")
          .success().items("ok", "2040", "2041").build());

  private MexcAnswerCatalogue() {}

  /**
   * Returns every entry, in a fixed order.
   *
   * @return the entries
   */
  public static List<Entry> all() {
    return ENTRIES;
  }

  /**
   * Returns the entry of a name.
   *
   * @param name the name
   * @return the entry
   * @throws NoSuchElementException when no entry has that name
   */
  public static Entry named(String name) {
    return find(name).orElseThrow(() -> new NoSuchElementException("no catalogue entry " + name));
  }

  /**
   * Returns the entry of a name, if there is one.
   *
   * @param name the name
   * @return the entry
   */
  public static Optional<Entry> find(String name) {
    return ENTRIES.stream().filter(entry -> entry.name().equals(name)).findFirst();
  }

  /**
   * Formats an instant as an HTTP date.
   *
   * @param instant the instant
   * @return e.g. {@code Sun, 29 Nov 2026 02:00:06 GMT}
   */
  public static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  private static String largeExchangeInfo(int symbols) {
    StringBuilder json = new StringBuilder(symbols * 700).append("{\"timezone\":\"CST\",\"serverTime\":")
        .append(1764381606000L).append(",\"rateLimits\":[],\"exchangeFilters\":[],\"symbols\":[");
    for (int i = 0; i < symbols; i++) {
      json.append(i == 0 ? "" : ",").append("{\"symbol\":\"SYM").append(i).append("USDT\",\"status\":\"1\","
          + "\"baseAsset\":\"SYM").append(i).append("\",\"baseAssetPrecision\":2,\"quoteAsset\":\"USDT\","
          + "\"quotePrecision\":4,\"quoteAssetPrecision\":4,\"baseCommissionPrecision\":2,"
          + "\"quoteCommissionPrecision\":4,\"orderTypes\":[\"LIMIT\",\"MARKET\",\"LIMIT_MAKER\"],"
          + "\"isSpotTradingAllowed\":true,\"isMarginTradingAllowed\":false,\"quoteAmountPrecision\":\"5\","
          + "\"baseSizePrecision\":\"0\",\"permissions\":[\"SPOT\"],\"filters\":[],\"maxQuoteAmount\":\"2000000\","
          + "\"makerCommission\":\"0\",\"takerCommission\":\"0.0005\",\"quoteAmountPrecisionMarket\":\"5\","
          + "\"maxQuoteAmountMarket\":\"100000\",\"fullName\":\"Symbol number ").append(i).append("\"}");
    }
    return json.append("]}").toString();
  }

  private static Builder spot(String name, String method, String path, String query) {
    return new Builder(name, MexcApi.SPOT, method, path, query);
  }

  private static Builder futures(String name, String method, String path) {
    return new Builder(name, MexcApi.FUTURES, method, path, null);
  }

  /** One answer, the request it belongs to, and the outcome a reader must give. */
  public static final class Entry {
    private final Builder b;

    private Entry(Builder builder) {
      this.b = builder;
    }

    /**
     * Returns the entry's name, unique in the catalogue.
     *
     * @return the name
     */
    public String name() {
      return b.name;
    }

    /**
     * Returns the API the request goes to.
     *
     * @return the API
     */
    public MexcApi api() {
      return b.api;
    }

    /**
     * Returns the request's method.
     *
     * @return the method
     */
    public String method() {
      return b.method;
    }

    /**
     * Returns the request's path.
     *
     * @return the path
     */
    public String path() {
      return b.path;
    }

    /**
     * Returns the request's URI on a server, with the timestamp the request sends and the case parameter by
     * which {@link MexcStandIn} finds the entry.
     *
     * @param base the server, e.g. {@code http://127.0.0.1:port}
     * @param answerDate when the answer is made: the request's timestamp is this minus {@link #clockSkew()}
     * @return the URI
     */
    public URI uri(URI base, Instant answerDate) {
      StringBuilder query = new StringBuilder();
      if (b.query != null) {
        query.append(b.query).append('&');
      }
      if (b.api == MexcApi.SPOT && b.skew != null) {
        query.append("timestamp=").append(answerDate.minus(b.skew).toEpochMilli()).append('&');
      }
      query.append(CASE_PARAMETER).append('=').append(b.name);
      String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
          : base.toString();
      return URI.create(root + b.path + '?' + query);
    }

    /**
     * Returns the headers the request sends (futures {@code Request-Time} and {@code Recv-Window}).
     *
     * @param answerDate when the answer is made
     * @return the headers, by name
     */
    public Map<String, String> requestHeaders(Instant answerDate) {
      Map<String, String> headers = new LinkedHashMap<>();
      if (b.api == MexcApi.FUTURES && b.skew != null) {
        headers.put("Request-Time", Long.toString(answerDate.minus(b.skew).toEpochMilli()));
      }
      if (b.recvWindowHeader != null) {
        headers.put("Recv-Window", b.recvWindowHeader);
      }
      return headers;
    }

    /**
     * Describes the request as {@link MexcRequestInfo#of(String, URI, MexcHeaders)} does.
     *
     * @param base the server
     * @param answerDate when the answer is made
     * @return the request
     */
    public MexcRequestInfo request(URI base, Instant answerDate) {
      Map<String, String> headers = requestHeaders(answerDate);
      return MexcRequestInfo.of(b.method, uri(base, answerDate), headers::get);
    }

    /**
     * Returns the status of the answer.
     *
     * @return the status
     */
    public int status() {
      return b.status;
    }

    /**
     * Returns the headers of the answer: {@code Date}, {@code Content-Type}, {@code Retry-After}.
     *
     * @param answerDate the answer's {@code Date}
     * @return the headers, by name
     */
    public Map<String, String> responseHeaders(Instant answerDate) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Date", httpDate(answerDate));
      if (b.contentType != null) {
        headers.put("Content-Type", b.contentType);
      }
      headers.putAll(b.headers);
      if (b.retryAfterDate != null) {
        headers.put("Retry-After", httpDate(answerDate.plus(b.retryAfterDate)));
      }
      return headers;
    }

    /**
     * Returns the headers of the answer as the reader takes them.
     *
     * @param answerDate the answer's {@code Date}
     * @return the headers
     */
    public MexcHeaders mexcHeaders(Instant answerDate) {
      Map<String, String> headers = responseHeaders(answerDate);
      return name -> headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * Returns the body of the answer.
     *
     * @return a copy of the bytes
     */
    public byte[] body() {
      return b.body.clone();
    }

    /**
     * Tells whether the answer as a whole is an error.
     *
     * @return whether a reader must give an error
     */
    public boolean isError() {
      return b.exception != null;
    }

    /**
     * Returns the raw code the error must keep.
     *
     * @return the raw code, empty when the answer has none
     */
    public String expectedRawCode() {
      return b.rawCode;
    }

    /**
     * Returns the message the error must keep.
     *
     * @return the message, empty when there is none
     */
    public String expectedMessage() {
      return b.message;
    }

    /**
     * Returns the simple name of the exception class the error must be.
     *
     * @return e.g. {@code ClockSkewException}; {@code null} for a success
     */
    public String expectedException() {
      return b.exception;
    }

    /**
     * Returns the {@code Retry-After} the error must keep.
     *
     * @return the wait, or empty when the answer sends none
     */
    public Optional<Duration> expectedRetryAfter() {
      return Optional.ofNullable(b.retryAfter);
    }

    /**
     * Returns the announcement link the error must keep (MEXC's maintenance answer).
     *
     * @return the link, or empty when the answer carries none
     */
    public Optional<String> expectedAnnouncement() {
      return Optional.ofNullable(b.announcement);
    }

    /**
     * Returns how far behind the answer's date the request's timestamp is (negative: ahead of it).
     *
     * @return the skew, or empty when the request sends no timestamp
     */
    public Optional<Duration> clockSkew() {
      return Optional.ofNullable(b.skew);
    }

    /**
     * Returns the expected outcome per item of a batch answer: {@code "ok"} for a success, else the raw code.
     *
     * @return the items, empty when the answer is not a batch
     */
    public List<String> expectedItems() {
      return b.items;
    }

    @Override
    public String toString() {
      return b.name;
    }
  }

  private static final class Builder {
    final String name;
    final MexcApi api;
    final String method;
    final String path;
    final String query;
    Duration skew;
    String recvWindowHeader;
    int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    Duration retryAfterDate;
    byte[] body = new byte[0];
    String contentType;
    String rawCode;
    String message;
    String exception;
    Duration retryAfter;
    String announcement;
    List<String> items = Collections.emptyList();

    Builder(String name, MexcApi api, String method, String path, String query) {
      this.name = name;
      this.api = api;
      this.method = method;
      this.path = path;
      this.query = query;
    }

    Builder clockSkew(Duration skew) {
      this.skew = skew;
      return this;
    }

    Builder recvWindowHeader(String value) {
      this.recvWindowHeader = value;
      return this;
    }

    Builder status(int status) {
      this.status = status;
      return this;
    }

    Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Builder retryAfterDate(Duration wait) {
      this.retryAfterDate = wait;
      return this;
    }

    Builder json(String json) {
      return text(json, "application/json");
    }

    Builder text(String text, String contentType) {
      this.body = text.getBytes(StandardCharsets.UTF_8);
      this.contentType = contentType;
      return this;
    }

    Builder error(String rawCode, String message, String exception) {
      this.rawCode = rawCode;
      this.message = message;
      this.exception = exception;
      return this;
    }

    Builder retryAfter(Duration wait) {
      this.retryAfter = wait;
      return this;
    }

    Builder announcement(String link) {
      this.announcement = link;
      return this;
    }

    Builder success() {
      this.exception = null;
      return this;
    }

    Builder items(String... outcomes) {
      this.items = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(outcomes)));
      return this;
    }

    Entry build() {
      return new Entry(this);
    }
  }
}
