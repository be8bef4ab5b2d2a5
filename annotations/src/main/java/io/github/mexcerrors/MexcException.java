package io.github.mexcerrors;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An error answer from the MEXC API. The generated exception hierarchy (one class per category of the table)
 * extends this class; a code missing from the table becomes an instance of its category's class when the HTTP
 * status tells the category, or of this class itself. Nothing the exchange sent is lost: the API, the raw code,
 * the exchange's own message and the HTTP status are kept as received.
 */
public class MexcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #code()} when the raw code is not a 32-bit integer (e.g. {@code "abc"} or absent). */
  public static final int NO_CODE = Integer.MIN_VALUE;

  /** The value to pass as HTTP status when it is not known. */
  public static final int NO_HTTP_STATUS = -1;

  /** What MEXC answered. */
  private final MexcErrorResponse response;
  /** The table entry; written by {@link #writeObject} when it is serializable (generated enums are). */
  private transient MexcErrorCode errorCode;
  /** The category; written by {@link #writeObject} when it is serializable (generated enums are). */
  private transient MexcErrorCategory category;

  /**
   * Creates the exception. Generated factories call this; user code rarely needs to.
   *
   * @param api the API that answered
   * @param code the numeric code, or {@link #NO_CODE} when {@code rawCode} is not an {@code int}
   * @param rawCode the code as received, e.g. {@code "30021"}; {@code null} becomes the decimal {@code code}
   * @param exchangeMessage the message as received; {@code null} becomes the empty string
   * @param httpStatus the HTTP status, or {@link #NO_HTTP_STATUS}
   * @param errorCode the table entry of the code, or {@code null} when the code is not in the table
   * @param category the category, or {@code null} when unknown
   * @param writableStackTrace whether to fill in the stack trace; {@code false} makes creation cheaper
   */
  public MexcException(
      MexcApi api,
      int code,
      String rawCode,
      String exchangeMessage,
      int httpStatus,
      MexcErrorCode errorCode,
      MexcErrorCategory category,
      boolean writableStackTrace) {
    this(MexcErrorResponse.builder(api).rawCode(rawCode).code(code).message(exchangeMessage)
        .httpStatus(httpStatus).build(), errorCode, category, writableStackTrace);
  }

  /**
   * Creates the exception for an answer. Generated factories call this; user code rarely needs to.
   *
   * @param response what MEXC answered
   * @param errorCode the table entry of the code, or {@code null} when the code is not in the table
   * @param category the category, or {@code null} when unknown
   * @param writableStackTrace whether to fill in the stack trace; {@code false} makes creation cheaper
   */
  public MexcException(
      MexcErrorResponse response,
      MexcErrorCode errorCode,
      MexcErrorCategory category,
      boolean writableStackTrace) {
    super(null, null, false, writableStackTrace);
    this.response = Objects.requireNonNull(response, "response");
    this.errorCode = errorCode;
    this.category = category != null ? category : (errorCode != null ? errorCode.category() : null);
  }

  /**
   * Returns what MEXC answered, with what the wire told around it (request, {@code Retry-After}, clocks, body).
   *
   * @return the response, never {@code null}
   */
  public MexcErrorResponse response() {
    return response;
  }

  /**
   * Returns how long the server asked to wait before sending again ({@code Retry-After} of a 429, 418 or 503).
   *
   * @return the wait, or empty when the answer did not say
   */
  public Optional<Duration> retryAfter() {
    return response.retryAfter();
  }

  /**
   * Returns the API that answered.
   *
   * @return the API
   */
  public MexcApi api() {
    return response.api();
  }

  /**
   * Returns the numeric code.
   *
   * @return the code, or {@link #NO_CODE} when the raw code was not a 32-bit integer
   */
  public int code() {
    return response.code();
  }

  /**
   * Returns the code exactly as received (a JSON string code keeps its text).
   *
   * @return the raw code, never {@code null}
   */
  public String rawCode() {
    return response.rawCode();
  }

  /**
   * Returns the exchange's own message, as received. Never dispatch on it: MEXC's texts vary.
   *
   * @return the message, never {@code null}
   */
  public String exchangeMessage() {
    return response.message();
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status, or empty when not known
   */
  public OptionalInt httpStatus() {
    return response.httpStatus();
  }

  /**
   * Returns the table entry of the code.
   *
   * @return the entry, or empty for a code missing from the table
   */
  public Optional<MexcErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the category: the entry's for a known code, the one the HTTP status tells for an unknown code.
   *
   * @return the category, or empty when not known
   */
  public Optional<MexcErrorCategory> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns what a client may do now.
   *
   * @return the entry's retry policy, else the category's, else {@link RetryPolicy#NEVER}
   */
  public RetryPolicy retryPolicy() {
    if (errorCode != null) {
      return errorCode.retryPolicy();
    }
    return category != null ? category.retryPolicy() : RetryPolicy.NEVER;
  }

  /**
   * Returns the hint of the table entry.
   *
   * @return the hint, or empty for a code missing from the table
   */
  public Optional<String> hint() {
    return errorCode == null ? Optional.empty() : Optional.of(errorCode.hint());
  }

  /**
   * Describes the error in one line: API, code, table name, HTTP status, request, the exchange's message (else
   * the table's), the table's hint, for clock errors how far the request was behind (or ahead of) MEXC's clock,
   * {@code Retry-After}, and the link of a maintenance answer's announcement.
   */
  @Override
  public String getMessage() {
    String rawCode = response.rawCode();
    StringBuilder text = new StringBuilder(128);
    text.append(response.api() == MexcApi.SPOT ? "MEXC spot error" : "MEXC futures error");
    if (!rawCode.isEmpty()) {
      text.append(' ').append(rawCode);
    }
    if (errorCode != null) {
      text.append(" (").append(errorCode.name()).append(')');
    }
    int httpStatus = response.httpStatusOrNone();
    if (httpStatus != NO_HTTP_STATUS) {
      text.append(", HTTP ").append(httpStatus);
    }
    if (response.requestPath().isPresent()) {
      text.append(", ").append(response.requestMethod().map(method -> method + " ").orElse(""))
          .append(response.requestPath().get());
    }
    String exchangeMessage = response.message();
    String message = exchangeMessage.isEmpty() && errorCode != null ? errorCode.message() : exchangeMessage;
    String sentence = message;
    if (!message.isEmpty()) {
      text.append(": ").append(message);
    }
    if (errorCode != null) {
      sentence = appendSentence(text, sentence, "Hint: " + errorCode.hint());
    }
    if (retryPolicy() == RetryPolicy.AFTER_CLOCK_SYNC) {
      Optional<Duration> skew = response.clockSkew();
      if (skew.isPresent()) {
        sentence = appendSentence(text, sentence, describeSkew(skew.get()));
      }
    }
    if (response.retryAfter().isPresent()) {
      sentence = appendSentence(text, sentence, "Retry after " + describe(response.retryAfter().get()) + ".");
    }
    if (response.announcement().isPresent()) {
      appendSentence(text, sentence, "Announcement: " + response.announcement().get());
    }
    return text.toString();
  }

  /**
   * Writes the response, then the table entry and the category when they are serializable, so that a
   * deserialized exception keeps them.
   *
   * @param out the stream
   * @throws IOException when the stream fails
   * @serialData the default fields, then the entry and the category, each possibly {@code null}
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeObject(errorCode instanceof Serializable ? errorCode : null);
    out.writeObject(category instanceof Serializable ? category : null);
  }

  /**
   * Reads what {@link #writeObject} wrote.
   *
   * @param in the stream
   * @throws IOException when the stream fails
   * @throws ClassNotFoundException when a generated type is missing from the class path
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    Object entry = in.readObject();
    Object kind = in.readObject();
    errorCode = entry instanceof MexcErrorCode ? (MexcErrorCode) entry : null;
    category = kind instanceof MexcErrorCategory ? (MexcErrorCategory) kind
        : (errorCode != null ? errorCode.category() : null);
  }

  private static String appendSentence(StringBuilder text, String previous, String sentence) {
    if (previous.isEmpty()) {
      text.append(": ");
    } else {
      boolean endsSentence = previous.endsWith(".") || previous.endsWith("!") || previous.endsWith("?");
      text.append(endsSentence ? " " : ". ");
    }
    text.append(sentence);
    return sentence;
  }

  private String describeSkew(Duration skew) {
    StringBuilder text = new StringBuilder(80).append("Your request was ")
        .append(describe(skew.abs())).append(skew.isNegative() ? " ahead of" : " behind").append(" MEXC's clock");
    response.recvWindow().ifPresent(window -> text.append("; recvWindow ").append(window.toMillis()).append(" ms"));
    if (skew.isNegative()) {
      // MEXC accepts a timestamp only when it is less than 1 s ahead of its clock, whatever the recvWindow.
      text.append(". MEXC rejects a timestamp more than 1 s ahead of its clock whatever the recvWindow, so sync"
          + " the clock: a wider recvWindow cannot help");
    }
    return text.append('.').toString();
  }

  private static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    long tenths = (millis + 50) / 100;
    return tenths % 10 == 0 ? (tenths / 10) + " s" : (tenths / 10) + "." + (tenths % 10) + " s";
  }
}
