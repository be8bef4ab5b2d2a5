package io.github.mexcerrors.wire;

import io.github.mexcerrors.MexcApi;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reader needs to know about the request an answer belongs to: the API, the method and path, whether the
 * endpoint answers per item (batch), and the {@code timestamp} and {@code recvWindow} the request sent (for the
 * clock diagnostics of {@code Timestamp outside recvWindow}). Immutable.
 *
 * <p>{@link #of(String, URI, MexcHeaders)} infers everything from the request:
 * <ul>
 *   <li><b>API</b> ({@link #apiOf(String)}): a path under {@code /api/v1/contract/} or {@code /api/v1/private/} is
 *       {@link MexcApi#FUTURES}; every other path ({@code /api/v3/...} and anything unknown) is
 *       {@link MexcApi#SPOT}. Override with {@link #withApi(MexcApi)}.
 *   <li><b>Batch</b> ({@link #isBatchPath(MexcApi, String)}): spot {@code /api/v3/batchOrders}; futures private
 *       paths whose last segment contains {@code batch} or {@code cancel} (their {@code data} list carries
 *       {@code errorCode}/{@code errorMsg} per item). Override with {@link #withBatch(boolean)}.
 *   <li><b>Timestamp</b>: the {@code timestamp} query parameter (spot, Unix milliseconds), else the
 *       {@code Request-Time} header (futures).
 *   <li><b>recvWindow</b>: the {@code recvWindow} query parameter (spot, milliseconds), else the
 *       {@code Recv-Window} header (futures: seconds; a value above 60 is taken as milliseconds).
 * </ul>
 * Parameters sent in a form body instead of the query are not seen: set them with {@link #withTimestamp} and
 * {@link #withRecvWindow}.
 */
public final class MexcRequestInfo {
  private static final MexcRequestInfo UNKNOWN_SPOT = new MexcRequestInfo(MexcApi.SPOT, null, null, false, null, null);
  private static final MexcRequestInfo UNKNOWN_FUTURES =
      new MexcRequestInfo(MexcApi.FUTURES, null, null, false, null, null);

  private final MexcApi api;
  private final String method;
  private final String path;
  private final boolean batch;
  private final Instant timestamp;
  private final Duration recvWindow;

  private MexcRequestInfo(
      MexcApi api, String method, String path, boolean batch, Instant timestamp, Duration recvWindow) {
    this.api = api;
    this.method = method;
    this.path = path;
    this.batch = batch;
    this.timestamp = timestamp;
    this.recvWindow = recvWindow;
  }

  /**
   * Describes a request from its method, URI and headers, inferring the API, batch, timestamp and recvWindow as
   * the class documentation says. Never throws on odd input: what cannot be read is left unknown.
   *
   * @param method the HTTP method, e.g. {@code GET}; may be {@code null}
   * @param uri the request's URI; {@code null} for an unknown request of the spot API
   * @param requestHeaders the request's headers; {@code null} for none
   * @return the request
   */
  public static MexcRequestInfo of(String method, URI uri, MexcHeaders requestHeaders) {
    if (uri == null) {
      return method == null ? UNKNOWN_SPOT : UNKNOWN_SPOT.withMethod(method);
    }
    return of(method, uri.getRawPath(), uri.getRawQuery(), requestHeaders);
  }

  /**
   * Describes a request from its method, its URI's path and query as sent (percent-encoded) and its headers, as
   * {@link #of(String, URI, MexcHeaders)} does: for clients whose URL type is costly to turn into a {@link URI}
   * (OkHttp's {@code HttpUrl.uri()} re-encodes and re-parses the whole URL).
   *
   * @param method the HTTP method, e.g. {@code GET}; may be {@code null}
   * @param rawPath the path, e.g. {@code /api/v3/order}; a query string on it is dropped; may be {@code null}
   * @param rawQuery the query string without {@code ?}, e.g. {@code symbol=MXUSDT&timestamp=1}; may be
   *     {@code null}
   * @param requestHeaders the request's headers; {@code null} for none
   * @return the request
   */
  public static MexcRequestInfo of(String method, String rawPath, String rawQuery, MexcHeaders requestHeaders) {
    String path = stripQuery(rawPath);
    String query = rawQuery;
    MexcApi api = apiOf(path);
    Instant timestamp = null;
    Duration recvWindow = null;
    long millis = longParameter(query, "timestamp");
    if (millis >= 0) {
      timestamp = Instant.ofEpochMilli(millis);
    }
    long window = longParameter(query, "recvWindow");
    if (window >= 0) {
      recvWindow = Duration.ofMillis(window);
    }
    if (requestHeaders != null) {
      if (timestamp == null) {
        millis = parseLong(header(requestHeaders, "Request-Time"));
        if (millis >= 0) {
          timestamp = Instant.ofEpochMilli(millis);
        }
      }
      if (recvWindow == null) {
        window = parseLong(header(requestHeaders, "Recv-Window"));
        if (window >= 0) {
          recvWindow = window <= 60 ? Duration.ofSeconds(window) : Duration.ofMillis(window);
        }
      }
    }
    return new MexcRequestInfo(api, method, path, isBatchPath(api, path), timestamp, recvWindow);
  }

  /**
   * Describes a request of which the API, method and path are known.
   *
   * @param api the API
   * @param method the HTTP method; may be {@code null}
   * @param path the path, e.g. {@code /api/v3/order}; a query string is dropped; may be {@code null}
   * @return the request, batch when {@link #isBatchPath(MexcApi, String)} says so
   */
  public static MexcRequestInfo of(MexcApi api, String method, String path) {
    Objects.requireNonNull(api, "api");
    String bare = stripQuery(path);
    return new MexcRequestInfo(api, method, bare, isBatchPath(api, bare), null, null);
  }

  /**
   * Returns a request of an API of which nothing else is known.
   *
   * @param api the API
   * @return the request
   */
  public static MexcRequestInfo unknown(MexcApi api) {
    return Objects.requireNonNull(api, "api") == MexcApi.SPOT ? UNKNOWN_SPOT : UNKNOWN_FUTURES;
  }

  /**
   * Returns the API a path belongs to: {@link MexcApi#FUTURES} under {@code /api/v1/contract/} or
   * {@code /api/v1/private/}, else {@link MexcApi#SPOT}.
   *
   * @param path the path; {@code null} is spot
   * @return the API
   */
  public static MexcApi apiOf(String path) {
    if (path != null && (path.startsWith("/api/v1/contract/") || path.startsWith("/api/v1/private/"))) {
      return MexcApi.FUTURES;
    }
    return MexcApi.SPOT;
  }

  /**
   * Tells whether an endpoint answers with one outcome per item: spot {@code /api/v3/batchOrders}; futures
   * {@code /api/v1/private/...} whose last path segment is {@code cancel} (a list of order ids:
   * {@code order/cancel}, {@code planorder/cancel}, {@code stoporder/cancel}) or contains {@code batch}
   * ({@code order/submit_batch}, {@code order/batch_cancel_with_external}, the batch order API of 2026-01-19).
   * The endpoints of one order are not batches, whatever their name: {@code order/create}, {@code order/submit},
   * {@code order/cancel_with_external} (one {@code {symbol, externalOid}} object, whose outcome is the
   * {@code data} object, see {@link #isOneItemPath(MexcApi, String)}), {@code order/cancel_all}.
   *
   * @param api the API
   * @param path the path; {@code null} is not batch
   * @return whether the answer's items are read one by one
   */
  public static boolean isBatchPath(MexcApi api, String path) {
    if (path == null) {
      return false;
    }
    if (api == MexcApi.SPOT) {
      return path.endsWith("/api/v3/batchOrders");
    }
    if (!path.startsWith("/api/v1/private/")) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains("batch") || last.equals("cancel");
  }

  /**
   * Tells whether a futures endpoint answers for one order inside a success envelope: {@code
   * /api/v1/private/order/cancel_with_external} answers {@code {"success":true,"code":0,"data":{...,
   * "errorCode":2040,"errorMsg":"order not exist"}}} when it refuses, so a non-zero {@code errorCode} (or
   * {@code "success":false}) of its {@code data} object is the answer's error. Other endpoints' {@code data}
   * objects are results (a futures order's own {@code errorCode} field is not an error of the request).
   *
   * @param api the API
   * @param path the path; {@code null} is not
   * @return whether the answer's {@code data} object carries the outcome of the request
   */
  public static boolean isOneItemPath(MexcApi api, String path) {
    return api == MexcApi.FUTURES && path != null && path.startsWith("/api/v1/private/")
        && path.endsWith("/cancel_with_external") && !isBatchPath(api, path);
  }

  /**
   * Returns this request with another API (when the path does not tell, e.g. behind a proxy).
   *
   * @param api the API
   * @return the request
   */
  public MexcRequestInfo withApi(MexcApi api) {
    return new MexcRequestInfo(Objects.requireNonNull(api, "api"), method, path, batch, timestamp, recvWindow);
  }

  /**
   * Returns this request with another method.
   *
   * @param method the method; may be {@code null}
   * @return the request
   */
  public MexcRequestInfo withMethod(String method) {
    return new MexcRequestInfo(api, method, path, batch, timestamp, recvWindow);
  }

  /**
   * Returns this request marked as answering per item, or not.
   *
   * @param batch whether the answer's items are read one by one
   * @return the request
   */
  public MexcRequestInfo withBatch(boolean batch) {
    return new MexcRequestInfo(api, method, path, batch, timestamp, recvWindow);
  }

  /**
   * Returns this request with the timestamp it sent.
   *
   * @param timestamp the timestamp; {@code null} when not known
   * @return the request
   */
  public MexcRequestInfo withTimestamp(Instant timestamp) {
    return new MexcRequestInfo(api, method, path, batch, timestamp, recvWindow);
  }

  /**
   * Returns this request with the recvWindow it sent.
   *
   * @param recvWindow the window; {@code null} when not known
   * @return the request
   */
  public MexcRequestInfo withRecvWindow(Duration recvWindow) {
    return new MexcRequestInfo(api, method, path, batch, timestamp, recvWindow);
  }

  /**
   * Returns the API.
   *
   * @return the API
   */
  public MexcApi api() {
    return api;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, or empty when not known
   */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /**
   * Returns the path, without the query string.
   *
   * @return the path, or empty when not known
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Tells whether the answer has one outcome per item (see {@link #isBatchPath(MexcApi, String)}). Adapters read
   * the whole body of such answers.
   *
   * @return whether the request is a batch
   */
  public boolean isBatch() {
    return batch;
  }

  /**
   * Returns the timestamp the request sent.
   *
   * @return the timestamp, or empty when not known
   */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * Returns the recvWindow the request sent.
   *
   * @return the window, or empty when not known
   */
  public Optional<Duration> recvWindow() {
    return Optional.ofNullable(recvWindow);
  }

  String methodOrNull() {
    return method;
  }

  String pathOrNull() {
    return path;
  }

  Instant timestampOrNull() {
    return timestamp;
  }

  Duration recvWindowOrNull() {
    return recvWindow;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MexcRequestInfo)) {
      return false;
    }
    MexcRequestInfo that = (MexcRequestInfo) other;
    return api == that.api && batch == that.batch && Objects.equals(method, that.method)
        && Objects.equals(path, that.path) && Objects.equals(timestamp, that.timestamp)
        && Objects.equals(recvWindow, that.recvWindow);
  }

  @Override
  public int hashCode() {
    return Objects.hash(api, method, path, batch, timestamp, recvWindow);
  }

  @Override
  public String toString() {
    return "MexcRequestInfo{" + api + ", " + (method != null ? method : "?") + ' ' + (path != null ? path : "?")
        + (batch ? ", batch" : "") + (timestamp != null ? ", timestamp " + timestamp : "")
        + (recvWindow != null ? ", recvWindow " + recvWindow.toMillis() + " ms" : "") + '}';
  }

  private static String header(MexcHeaders headers, String name) {
    try {
      return headers.first(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String stripQuery(String path) {
    int query = path == null ? -1 : path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /** Returns the value of a query parameter as a non-negative long, or -1. */
  private static long longParameter(String query, String name) {
    if (query == null) {
      return -1;
    }
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      if (query.startsWith(name, start) && start + name.length() < end
          && query.charAt(start + name.length()) == '=') {
        return parseLong(query.substring(start + name.length() + 1, end));
      }
      start = end + 1;
    }
    return -1;
  }

  /** Parses a non-negative decimal of at most 18 digits, or returns -1. */
  static long parseLong(String text) {
    if (text == null) {
      return -1;
    }
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 18) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
