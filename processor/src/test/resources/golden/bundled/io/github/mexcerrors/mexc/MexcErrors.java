package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Creates the most specific exception for an error answer of the MEXC API, and looks codes up in
 * both APIs.
 *
 * <p>A code of the table becomes its category's exception; a code missing from the table becomes
 * the exception of the category that its HTTP status names, else a plain {@link MexcException}. The
 * raw code, the exchange's message and the HTTP status are always kept. No method here throws on
 * unknown or malformed input.
 *
 * <p>The static methods are the short way; {@link #factory()} is the same as a
 * {@link MexcExceptionFactory}, for libraries that read HTTP answers and take a factory as a
 * parameter.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public final class MexcErrors implements MexcExceptionFactory {
  /**
   * The fingerprint of the table these types were generated from. A module that finds them on its
   * class path reuses them only if its own table has the same fingerprint.
   */
  static final String TABLE_FINGERPRINT = "02e11e918a67b6350568b7b2ebfa8c37";

  private static final MexcErrors FACTORY = new MexcErrors();

  private MexcErrors() {
  }

  /**
   * Returns this table's factory as a {@link MexcExceptionFactory}.
   *
   * @return the factory
   */
  public static MexcErrors factory() {
    return FACTORY;
  }

  @Override
  public MexcException create(MexcErrorResponse response) {
    return build(response, true);
  }

  @Override
  public MexcException createWithoutStackTrace(MexcErrorResponse response) {
    return build(response, false);
  }

  @Override
  public Optional<? extends MexcErrorCode> errorCode(MexcApi api, int code) {
    return lookup(api, code);
  }

  /**
   * Creates the exception for a code whose HTTP status is not known.
   *
   * @param api the API that answered
   * @param code the code
   * @param message the exchange's message; may be {@code null}
   * @return the most specific exception
   */
  public static MexcException create(MexcApi api, int code, String message) {
    return build(MexcErrorResponse.of(api, code, message, MexcException.NO_HTTP_STATUS), true);
  }

  /**
   * Creates the exception for an error answer.
   *
   * @param api the API that answered
   * @param code the code
   * @param message the exchange's message; may be {@code null}
   * @param httpStatus the HTTP status, or {@link MexcException#NO_HTTP_STATUS}
   * @return the most specific exception
   */
  public static MexcException create(MexcApi api, int code, String message, int httpStatus) {
    return build(MexcErrorResponse.of(api, code, message, httpStatus), true);
  }

  /**
   * Creates the exception for an error answer whose code was sent as text (e.g. {@code "30021"}).
   * Text that is not a 32-bit integer gives {@link MexcException#NO_CODE} and keeps the text as raw
   * code.
   *
   * @param api the API that answered
   * @param rawCode the code as text; may be {@code null}
   * @param message the exchange's message; may be {@code null}
   * @param httpStatus the HTTP status, or {@link MexcException#NO_HTTP_STATUS}
   * @return the most specific exception
   */
  public static MexcException create(MexcApi api, String rawCode, String message, int httpStatus) {
    return build(MexcErrorResponse.builder(api).rawCode(rawCode).message(message)
        .httpStatus(httpStatus).build(), true);
  }

  /**
   * Like {@link #create(MexcApi, int, String, int)}, but the exception has no stack trace, which
   * makes it cheaper to create: for errors that are handled as values, not thrown across layers.
   *
   * @param api the API that answered
   * @param code the code
   * @param message the exchange's message; may be {@code null}
   * @param httpStatus the HTTP status, or {@link MexcException#NO_HTTP_STATUS}
   * @return the most specific exception
   */
  public static MexcException createWithoutStackTrace(MexcApi api, int code, String message,
      int httpStatus) {
    return build(MexcErrorResponse.of(api, code, message, httpStatus), false);
  }

  /**
   * Looks a code up in an API's table.
   *
   * @param api the API
   * @param code the code
   * @return the table entry, or empty when the code is not in the table
   */
  public static Optional<? extends MexcErrorCode> lookup(MexcApi api, int code) {
    Objects.requireNonNull(api, "api");
    return api == MexcApi.FUTURES ? FuturesErrorCode.of(code) : SpotErrorCode.of(code);
  }

  private static MexcException build(MexcErrorResponse response, boolean writableStackTrace) {
    MexcApi api = response.api();
    int code = response.code();
    MexcErrorCode entry = api == MexcApi.FUTURES ? FuturesErrorCode.forCode(code)
        : SpotErrorCode.forCode(code);
    ErrorCategory category = entry != null ? (ErrorCategory) entry.category()
        : categoryOfHttpStatus(response.httpStatusOrNone());
    if (category == null) {
      return new MexcException(response, null, null, writableStackTrace);
    }
    switch (category) {
      case AUTHENTICATION:
        return new AuthenticationException(response, entry, category, writableStackTrace);
      case CLOCK_SKEW:
        return new ClockSkewException(response, entry, category, writableStackTrace);
      case INVALID_API_KEY:
        return new InvalidApiKeyException(response, entry, category, writableStackTrace);
      case INVALID_SIGNATURE:
        return new InvalidSignatureException(response, entry, category, writableStackTrace);
      case PERMISSION:
        return new PermissionException(response, entry, category, writableStackTrace);
      case IP_NOT_WHITELISTED:
        return new IpNotWhitelistedException(response, entry, category, writableStackTrace);
      case REQUEST:
        return new RequestException(response, entry, category, writableStackTrace);
      case INVALID_PARAMETER:
        return new InvalidParameterException(response, entry, category, writableStackTrace);
      case CONFIGURATION:
        return new ConfigurationException(response, entry, category, writableStackTrace);
      case INVALID_SYMBOL:
        return new InvalidSymbolException(response, entry, category, writableStackTrace);
      case ORDER:
        return new OrderException(response, entry, category, writableStackTrace);
      case ORDER_REJECTED:
        return new OrderRejectedException(response, entry, category, writableStackTrace);
      case TRADING_DISABLED:
        return new TradingDisabledException(response, entry, category, writableStackTrace);
      case ORDER_NOT_FOUND:
        return new OrderNotFoundException(response, entry, category, writableStackTrace);
      case POSITION_CONFLICT:
        return new PositionConflictException(response, entry, category, writableStackTrace);
      case ACCOUNT:
        return new AccountException(response, entry, category, writableStackTrace);
      case INSUFFICIENT_BALANCE:
        return new InsufficientBalanceException(response, entry, category, writableStackTrace);
      case ACCOUNT_RESTRICTED:
        return new AccountRestrictedException(response, entry, category, writableStackTrace);
      case WALLET:
        return new WalletException(response, entry, category, writableStackTrace);
      case SUB_ACCOUNT:
        return new SubAccountException(response, entry, category, writableStackTrace);
      case SERVER:
        return new ServerException(response, entry, category, writableStackTrace);
      case RATE_LIMIT:
        return new RateLimitException(response, entry, category, writableStackTrace);
      case UNAVAILABLE:
        return new UnavailableException(response, entry, category, writableStackTrace);
      case UNKNOWN_OUTCOME:
        return new UnknownOutcomeException(response, entry, category, writableStackTrace);
      default:
        return new MexcException(response, entry, category, writableStackTrace);
    }
  }

  /**
   * Returns the category that an HTTP status names, for codes missing from the table.
   *
   * @param httpStatus the status
   * @return the category, or {@code null}
   */
  private static ErrorCategory categoryOfHttpStatus(int httpStatus) {
    switch (httpStatus) {
      case 400:
        return ErrorCategory.REQUEST;
      case 401:
        return ErrorCategory.AUTHENTICATION;
      case 403:
        return ErrorCategory.PERMISSION;
      case 418:
      case 429:
        return ErrorCategory.RATE_LIMIT;
      case 500:
      case 502:
      case 504:
        return ErrorCategory.UNKNOWN_OUTCOME;
      case 503:
        return ErrorCategory.UNAVAILABLE;
      default:
        return null;
    }
  }
}
