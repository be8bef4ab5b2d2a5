package io.github.mexcerrors;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What MEXC answered with an error, as received: the API, the code, the exchange's message, the HTTP status, and
 * what the wire told around it (the request's method and path, {@code Retry-After}, the timestamp and
 * {@code recvWindow} the request sent, the server's time from the answer's {@code Date}, the link of MEXC's
 * {@code announcement} that a maintenance answer carries, and the raw body, bounded). Immutable and thread-safe; every field but the API is optional. A {@link MexcException} keeps the one
 * it was created from ({@link MexcException#response()}).
 *
 * <p>A body given as bytes ({@link Builder#body(byte[], int, int, Charset)}) is decoded only when first asked
 * for ({@link #body()}, {@link #equals}, {@link #hashCode}, serialization), and a numeric code's decimal text only
 * when {@link #rawCode()} is first called: an error handled by its code alone never pays for either.
 *
 * <p>Readers of HTTP answers (the {@code mexc-errors-wire} module and its client adapters) fill it in; code that
 * only has an {@code int} uses {@link #of(MexcApi, int, String, int)}.
 */
public final class MexcErrorResponse implements Serializable {
  private static final long serialVersionUID = 1L;

  /** At most this many characters of the body are kept; a longer body is cut and ends with {@code "..."}. */
  public static final int MAX_BODY_CHARS = 4096;

  /** At most this many characters of the request path are kept. */
  public static final int MAX_PATH_CHARS = 512;

  /** The API that answered. */
  private final MexcApi api;
  /** The numeric code, or {@link MexcException#NO_CODE}. */
  private final int code;
  /**
   * The code as received (empty when there was none); {@code null} until first asked for when it is the decimal
   * text of {@link #code} (racy single-check: a {@code String} is immutable, so computing it twice is harmless).
   */
  private String rawCode;
  /** The exchange's message, never {@code null}. */
  private final String message;
  /** The HTTP status, or {@link MexcException#NO_HTTP_STATUS}. */
  private final int httpStatus;
  /** The request's HTTP method, or {@code null}. */
  private final String requestMethod;
  /** The request's path (without the query string), or {@code null}. */
  private final String requestPath;
  /** How long to wait before sending again, or {@code null}. */
  private final Duration retryAfter;
  /** The {@code timestamp} the request sent, or {@code null}. */
  private final Instant requestTimestamp;
  /** The {@code recvWindow} the request sent, or {@code null}. */
  private final Duration recvWindow;
  /** The server's time when it answered (its {@code Date} header), or {@code null}. */
  private final Instant serverTime;
  /** The link of the answer's {@code announcement} (MEXC's maintenance notice), or {@code null}. */
  private final String announcement;
  /** The body as received, bounded; {@code null} until first asked for when it is kept as bytes. */
  private String body;
  /** The body's bytes (this response's own copy, never written after construction), or {@code null}. */
  private final transient byte[] bodyBytes;
  /** The charset of {@link #bodyBytes}. */
  private final transient Charset bodyCharset;
  /** Whether {@link #bodyBytes} are a prefix of a longer body (so the text ends with {@code "..."}). */
  private final transient boolean bodyCut;

  private MexcErrorResponse(Builder builder) {
    this.api = builder.api;
    this.code = builder.code;
    this.rawCode = builder.rawCode != null ? builder.rawCode : (builder.code == MexcException.NO_CODE ? "" : null);
    this.message = builder.message != null ? builder.message : "";
    this.httpStatus = builder.httpStatus;
    this.requestMethod = builder.requestMethod;
    this.requestPath = truncate(builder.requestPath, MAX_PATH_CHARS);
    this.retryAfter = builder.retryAfter;
    this.requestTimestamp = builder.requestTimestamp;
    this.recvWindow = builder.recvWindow;
    this.serverTime = builder.serverTime;
    this.announcement = truncate(builder.announcement, MAX_PATH_CHARS);
    this.bodyBytes = builder.bodyBytes;
    this.bodyCharset = builder.bodyCharset;
    this.bodyCut = builder.bodyCut;
    this.body = builder.bodyBytes != null
        ? null
        : builder.body != null ? truncate(builder.body, MAX_BODY_CHARS) : "";
  }

  /**
   * Describes an answer of which only the code, the message and the status are known.
   *
   * @param api the API that answered
   * @param code the numeric code, or {@link MexcException#NO_CODE}
   * @param message the exchange's message; may be {@code null}
   * @param httpStatus the HTTP status, or {@link MexcException#NO_HTTP_STATUS}
   * @return the response
   */
  public static MexcErrorResponse of(MexcApi api, int code, String message, int httpStatus) {
    return builder(api).code(code).message(message).httpStatus(httpStatus).build();
  }

  /**
   * Starts a response of an API.
   *
   * @param api the API that answered
   * @return a builder with no code, no message and no HTTP status
   */
  public static Builder builder(MexcApi api) {
    return new Builder(Objects.requireNonNull(api, "api"));
  }

  /**
   * Returns a builder that starts from this response, to add what a later layer knows.
   *
   * @return a new builder with every field of this response
   */
  public Builder toBuilder() {
    Builder builder = new Builder(api);
    builder.code = code;
    builder.rawCode = rawCode();
    builder.message = message;
    builder.httpStatus = httpStatus;
    builder.requestMethod = requestMethod;
    builder.requestPath = requestPath;
    builder.retryAfter = retryAfter;
    builder.requestTimestamp = requestTimestamp;
    builder.recvWindow = recvWindow;
    builder.serverTime = serverTime;
    builder.announcement = announcement;
    String text = body;
    if (text != null || bodyBytes == null) {
      builder.body = text;
    } else {
      // Shared, not copied: neither response nor builder ever writes the array.
      builder.bodyBytes = bodyBytes;
      builder.bodyCharset = bodyCharset;
      builder.bodyCut = bodyCut;
    }
    return builder;
  }

  /**
   * Returns the API that answered.
   *
   * @return the API
   */
  public MexcApi api() {
    return api;
  }

  /**
   * Returns the numeric code.
   *
   * @return the code, or {@link MexcException#NO_CODE} when there was none or it was not a 32-bit integer
   */
  public int code() {
    return code;
  }

  /**
   * Returns the code as received: a JSON string code keeps its text.
   *
   * @return the raw code, empty when the answer had none; never {@code null}
   */
  public String rawCode() {
    String text = rawCode;
    if (text == null) {
      text = Integer.toString(code);
      rawCode = text;
    }
    return text;
  }

  /**
   * Returns the exchange's message as received. Never dispatch on it: MEXC's texts vary.
   *
   * @return the message, never {@code null}
   */
  public String message() {
    return message;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status, or empty when not known
   */
  public OptionalInt httpStatus() {
    return httpStatus == MexcException.NO_HTTP_STATUS ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /**
   * Returns the HTTP status as an {@code int}.
   *
   * @return the status, or {@link MexcException#NO_HTTP_STATUS}
   */
  public int httpStatusOrNone() {
    return httpStatus;
  }

  /**
   * Returns the request's HTTP method.
   *
   * @return the method, e.g. {@code POST}, or empty when not known
   */
  public Optional<String> requestMethod() {
    return Optional.ofNullable(requestMethod);
  }

  /**
   * Returns the request's path, without the query string (which may carry a signature).
   *
   * @return the path, e.g. {@code /api/v3/order}, or empty when not known
   */
  public Optional<String> requestPath() {
    return Optional.ofNullable(requestPath);
  }

  /**
   * Returns how long the server asked to wait before sending again ({@code Retry-After}).
   *
   * @return the wait, or empty when the answer did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Returns the {@code timestamp} the request sent (spot {@code timestamp}, futures {@code Request-Time}).
   *
   * @return the request's timestamp, or empty when not known
   */
  public Optional<Instant> requestTimestamp() {
    return Optional.ofNullable(requestTimestamp);
  }

  /**
   * Returns the {@code recvWindow} the request sent (spot {@code recvWindow}, futures {@code Recv-Window}).
   *
   * @return the window, or empty when not known
   */
  public Optional<Duration> recvWindow() {
    return Optional.ofNullable(recvWindow);
  }

  /**
   * Returns the server's time when it answered, from the answer's {@code Date} header (second precision).
   *
   * @return the server's time, or empty when not known
   */
  public Optional<Instant> serverTime() {
    return Optional.ofNullable(serverTime);
  }

  /**
   * Returns the link of the announcement the answer carried: MEXC answers a request it does not serve during
   * maintenance with {@code {"code":500,"message":"Under maintenance, please try again later",
   * "announcement":"https://..."}}, and the link says when the maintenance ends.
   *
   * @return the link as received (at most {@link #MAX_PATH_CHARS} characters), or empty when the answer had none
   */
  public Optional<String> announcement() {
    return Optional.ofNullable(announcement);
  }

  /**
   * Returns how far the request's timestamp was behind the server's clock: positive when the request was behind
   * (stale), negative when it was ahead. The {@code Date} header has second precision, so this is within a
   * second of the truth.
   *
   * @return the server's time minus the request's timestamp, or empty unless both are known
   */
  public Optional<Duration> clockSkew() {
    if (requestTimestamp == null || serverTime == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(requestTimestamp, serverTime));
  }

  /**
   * Returns the body as received, cut after {@link #MAX_BODY_CHARS} characters, for logs.
   *
   * @return the body, empty when not known; never {@code null}
   */
  public String body() {
    String text = body;
    if (text == null) {
      text = new String(bodyBytes, bodyCharset);
      if (!bodyCut) {
        text = truncate(text, MAX_BODY_CHARS);
      } else if (text.length() > MAX_BODY_CHARS - 3) {
        text = truncate(text + "...", MAX_BODY_CHARS);
      } else {
        text += "...";
      }
      body = text;
    }
    return text;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MexcErrorResponse)) {
      return false;
    }
    MexcErrorResponse that = (MexcErrorResponse) other;
    return api == that.api && code == that.code && httpStatus == that.httpStatus
        && rawCode().equals(that.rawCode()) && message.equals(that.message) && body().equals(that.body())
        && Objects.equals(requestMethod, that.requestMethod) && Objects.equals(requestPath, that.requestPath)
        && Objects.equals(retryAfter, that.retryAfter)
        && Objects.equals(requestTimestamp, that.requestTimestamp)
        && Objects.equals(recvWindow, that.recvWindow) && Objects.equals(serverTime, that.serverTime)
        && Objects.equals(announcement, that.announcement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(api, code, rawCode(), message, httpStatus, requestMethod, requestPath, retryAfter,
        requestTimestamp, recvWindow, serverTime, announcement, body());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(64).append("MexcErrorResponse{").append(api);
    if (!rawCode().isEmpty()) {
      text.append(", code ").append(rawCode());
    }
    if (httpStatus != MexcException.NO_HTTP_STATUS) {
      text.append(", HTTP ").append(httpStatus);
    }
    if (requestMethod != null || requestPath != null) {
      text.append(", ").append(requestMethod != null ? requestMethod : "?").append(' ')
          .append(requestPath != null ? requestPath : "?");
    }
    if (!message.isEmpty()) {
      text.append(", message '").append(message).append('\'');
    }
    return text.append('}').toString();
  }

  /**
   * Writes the default fields with the raw code and the body as text, so the serialized form is the same
   * whether the body was given as text or as bytes.
   *
   * @param out the stream
   * @throws IOException when the stream fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    rawCode();
    body();
    out.defaultWriteObject();
  }

  private static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    if (max < 3) {
      return "...";
    }
    int end = max - 3;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  /** Builds a {@link MexcErrorResponse}. Not thread-safe; every setter accepts {@code null} for "not known". */
  public static final class Builder {
    private final MexcApi api;
    private int code = MexcException.NO_CODE;
    private String rawCode;
    private String message;
    private int httpStatus = MexcException.NO_HTTP_STATUS;
    private String requestMethod;
    private String requestPath;
    private Duration retryAfter;
    private Instant requestTimestamp;
    private Duration recvWindow;
    private Instant serverTime;
    private String announcement;
    private String body;
    private byte[] bodyBytes;
    private Charset bodyCharset;
    private boolean bodyCut;

    private Builder(MexcApi api) {
      this.api = api;
    }

    /**
     * Sets the numeric code; the raw code becomes its decimal text unless {@link #rawCode(String)} sets it.
     *
     * @param code the code, or {@link MexcException#NO_CODE}
     * @return this builder
     */
    public Builder code(int code) {
      this.code = code;
      return this;
    }

    /**
     * Sets the code as received and parses it ({@link MexcCodes#parse(String)}) into the numeric code.
     *
     * @param rawCode the code as text, e.g. {@code "30021"}; {@code null} for none
     * @return this builder
     */
    public Builder rawCode(String rawCode) {
      this.rawCode = rawCode;
      this.code = MexcCodes.parse(rawCode);
      return this;
    }

    /**
     * Sets the exchange's message.
     *
     * @param message the message; {@code null} for none
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets the HTTP status.
     *
     * @param httpStatus the status, or {@link MexcException#NO_HTTP_STATUS}
     * @return this builder
     */
    public Builder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
      return this;
    }

    /**
     * Sets the request's method and path; a query string on the path is dropped (it may carry a signature).
     *
     * @param method the method, e.g. {@code GET}; {@code null} when not known
     * @param path the path, e.g. {@code /api/v3/order}; {@code null} when not known
     * @return this builder
     */
    public Builder request(String method, String path) {
      this.requestMethod = method;
      int query = path == null ? -1 : path.indexOf('?');
      this.requestPath = query < 0 ? path : path.substring(0, query);
      return this;
    }

    /**
     * Sets how long the server asked to wait before sending again.
     *
     * @param retryAfter the wait; {@code null} or negative for none
     * @return this builder
     */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter == null || retryAfter.isNegative() ? null : retryAfter;
      return this;
    }

    /**
     * Sets the {@code timestamp} the request sent.
     *
     * @param requestTimestamp the timestamp; {@code null} when not known
     * @return this builder
     */
    public Builder requestTimestamp(Instant requestTimestamp) {
      this.requestTimestamp = requestTimestamp;
      return this;
    }

    /**
     * Sets the {@code recvWindow} the request sent.
     *
     * @param recvWindow the window; {@code null} when not known
     * @return this builder
     */
    public Builder recvWindow(Duration recvWindow) {
      this.recvWindow = recvWindow;
      return this;
    }

    /**
     * Sets the server's time when it answered.
     *
     * @param serverTime the time, e.g. from the {@code Date} header; {@code null} when not known
     * @return this builder
     */
    public Builder serverTime(Instant serverTime) {
      this.serverTime = serverTime;
      return this;
    }

    /**
     * Sets the link of the answer's {@code announcement} (MEXC's maintenance notice).
     *
     * @param announcement the link as received; {@code null} or blank when the answer had none
     * @return this builder
     */
    public Builder announcement(String announcement) {
      this.announcement = announcement == null || announcement.isBlank() ? null : announcement.strip();
      return this;
    }

    /**
     * Sets the body as received; it is cut after {@link #MAX_BODY_CHARS} characters.
     *
     * @param body the body; {@code null} when not known
     * @return this builder
     */
    public Builder body(String body) {
      this.body = body;
      this.bodyBytes = null;
      return this;
    }

    /**
     * Sets the body as received bytes, decoded only when {@link MexcErrorResponse#body()} is first called (an
     * error handled by its code never decodes it). The bytes are copied here, at most
     * {@code 4 * MAX_BODY_CHARS} of them (enough for {@link #MAX_BODY_CHARS} characters in any charset of at most
     * four bytes a character); the text is cut after {@link #MAX_BODY_CHARS} characters as with
     * {@link #body(String)}, and ends with {@code "..."} when bytes were left out.
     *
     * @param body the array holding the body; {@code null} when not known
     * @param offset where the body starts in the array
     * @param length how many bytes of the array, from {@code offset}, are the body
     * @param charset the body's charset; {@code null} for UTF-8
     * @return this builder
     * @throws IndexOutOfBoundsException when {@code offset} and {@code length} are not within the array
     */
    public Builder body(byte[] body, int offset, int length, Charset charset) {
      if (body == null) {
        this.body = null;
        this.bodyBytes = null;
        return this;
      }
      Objects.checkFromIndexSize(offset, length, body.length);
      int kept = Math.min(length, 4 * MAX_BODY_CHARS);
      this.bodyBytes = Arrays.copyOfRange(body, offset, offset + kept);
      this.bodyCharset = charset != null ? charset : StandardCharsets.UTF_8;
      this.bodyCut = kept < length;
      this.body = null;
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the response
     */
    public MexcErrorResponse build() {
      return new MexcErrorResponse(this);
    }
  }
}
