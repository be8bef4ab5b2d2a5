package io.github.mexcerrors;

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

  /** The API that answered. */
  private final MexcApi api;
  /** The numeric code, or {@link #NO_CODE}. */
  private final int code;
  /** The code as received. */
  private final String rawCode;
  /** The message as received, never {@code null}. */
  private final String exchangeMessage;
  /** The HTTP status, or {@link #NO_HTTP_STATUS}. */
  private final int httpStatus;
  private final transient MexcErrorCode errorCode;
  private final transient MexcErrorCategory category;

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
    super(null, null, false, writableStackTrace);
    this.api = Objects.requireNonNull(api, "api");
    this.code = code;
    this.rawCode = rawCode != null ? rawCode : (code == NO_CODE ? "" : Integer.toString(code));
    this.exchangeMessage = exchangeMessage != null ? exchangeMessage : "";
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.category = category != null ? category : (errorCode != null ? errorCode.category() : null);
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
   * @return the code, or {@link #NO_CODE} when the raw code was not a 32-bit integer
   */
  public int code() {
    return code;
  }

  /**
   * Returns the code exactly as received (a JSON string code keeps its text).
   *
   * @return the raw code, never {@code null}
   */
  public String rawCode() {
    return rawCode;
  }

  /**
   * Returns the exchange's own message, as received. Never dispatch on it: MEXC's texts vary.
   *
   * @return the message, never {@code null}
   */
  public String exchangeMessage() {
    return exchangeMessage;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status, or empty when not known
   */
  public OptionalInt httpStatus() {
    return httpStatus == NO_HTTP_STATUS ? OptionalInt.empty() : OptionalInt.of(httpStatus);
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

  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder(96);
    text.append(api == MexcApi.SPOT ? "MEXC spot error " : "MEXC futures error ").append(rawCode);
    if (errorCode != null) {
      text.append(" (").append(errorCode.name()).append(')');
    }
    if (httpStatus != NO_HTTP_STATUS) {
      text.append(", HTTP ").append(httpStatus);
    }
    String message = exchangeMessage.isEmpty() && errorCode != null ? errorCode.message() : exchangeMessage;
    text.append(": ").append(message);
    if (errorCode != null) {
      boolean endsSentence = message.endsWith(".") || message.endsWith("!") || message.endsWith("?");
      text.append(endsSentence ? " Hint: " : ". Hint: ").append(errorCode.hint());
    }
    return text.toString();
  }
}
