package test;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.FuturesErrorCode;
import io.github.mexcerrors.mexc.InsufficientBalanceException;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import io.github.mexcerrors.mexc.UnavailableException;
import io.github.mexcerrors.mexc.UnknownOutcomeException;
import javax.annotation.processing.Generated;

/**
 * Dispatches MEXC errors to the handler methods of {@link Handlers}: the method of the exact code first, then
 * the method of the nearest category, then the fallback. Stateless and thread-safe.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public final class HandlersDispatcher {
  private HandlersDispatcher() {
  }

  /**
   * Calls the handler method of a spot error code.
   *
   * @param handler the handler
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @return whether a handler method ran
   */
  public static boolean dispatch(Handlers handler, int code, String message) {
    switch (code) {
      case 429: // TOO_MANY_REQUESTS
        Handlers.spotRateLimit(code, MexcApi.SPOT);
        return true;
      case 500: // INTERNAL_ERROR
      case 503: // SERVICE_NOT_AVAILABLE
      case 504: // GATEWAY_TIMEOUT
      case 20002: // INTERNAL_SYSTEM_ERROR
        handler.serverTrouble(MexcErrors.create(MexcApi.SPOT, code, message));
        return true;
      case 10101: // INSUFFICIENT_BALANCE
        handler.insufficientBalance((InsufficientBalanceException) MexcErrors.create(MexcApi.SPOT, code, message), SpotErrorCode.INSUFFICIENT_BALANCE);
        return true;
      case 30004: // INSUFFICIENT_POSITION
        handler.insufficientBalance((InsufficientBalanceException) MexcErrors.create(MexcApi.SPOT, code, message), SpotErrorCode.INSUFFICIENT_POSITION);
        return true;
      default:
        break;
    }
    handler.fallback(MexcApi.SPOT, code, message);
    return true;
  }

  /**
   * Calls the handler method of a futures error code.
   *
   * @param handler the handler
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @return whether a handler method ran
   */
  public static boolean dispatchFutures(Handlers handler, int code, String message) {
    switch (code) {
      case 500: // INTERNAL_ERROR
      case 501: // SYSTEM_BUSY
      case 9999: // GENERAL_ERROR
        handler.serverTrouble(MexcErrors.create(MexcApi.FUTURES, code, message));
        return true;
      case 510: // TOO_MANY_REQUESTS
        handler.futuresRateLimit(FuturesErrorCode.TOO_MANY_REQUESTS, message);
        return true;
      case 2037: // FREQUENT_TRANSACTIONS
        handler.rateLimited((RateLimitException) MexcErrors.create(MexcApi.FUTURES, code, message), MexcApi.FUTURES);
        return true;
      default:
        break;
    }
    handler.fallback(MexcApi.FUTURES, code, message);
    return true;
  }

  /**
   * Calls the handler method of an error code of either API.
   *
   * @param handler the handler
   * @param api the API that answered
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @return whether a handler method ran
   */
  public static boolean dispatch(Handlers handler, MexcApi api, int code, String message) {
    return api == MexcApi.FUTURES ? dispatchFutures(handler, code, message) : dispatch(handler, code, message);
  }

  /**
   * Calls the handler method of an exception; a method that takes the exception receives this very object.
   * A code missing from the table reaches the handler of the exception's category, if any, else the fallback.
   *
   * @param handler the handler
   * @param exception the exception
   * @return whether a handler method ran
   */
  public static boolean dispatch(Handlers handler, MexcException exception) {
    int code = exception.code();
    String message = exception.exchangeMessage();
    if (exception.api() == MexcApi.FUTURES) {
      switch (code) {
        case 500: // INTERNAL_ERROR
        case 501: // SYSTEM_BUSY
        case 9999: // GENERAL_ERROR
          handler.serverTrouble(exception);
          return true;
        case 510: // TOO_MANY_REQUESTS
          handler.futuresRateLimit(FuturesErrorCode.TOO_MANY_REQUESTS, message);
          return true;
        case 2037: // FREQUENT_TRANSACTIONS
          handler.rateLimited(exception instanceof RateLimitException ? (RateLimitException) exception : (RateLimitException) MexcErrors.create(MexcApi.FUTURES, code, message, exception.httpStatus().orElse(MexcException.NO_HTTP_STATUS)), MexcApi.FUTURES);
          return true;
        default:
          break;
      }
    } else {
      switch (code) {
        case 429: // TOO_MANY_REQUESTS
          Handlers.spotRateLimit(code, MexcApi.SPOT);
          return true;
        case 500: // INTERNAL_ERROR
        case 503: // SERVICE_NOT_AVAILABLE
        case 504: // GATEWAY_TIMEOUT
        case 20002: // INTERNAL_SYSTEM_ERROR
          handler.serverTrouble(exception);
          return true;
        case 10101: // INSUFFICIENT_BALANCE
          handler.insufficientBalance(exception instanceof InsufficientBalanceException ? (InsufficientBalanceException) exception : (InsufficientBalanceException) MexcErrors.create(MexcApi.SPOT, code, message, exception.httpStatus().orElse(MexcException.NO_HTTP_STATUS)), SpotErrorCode.INSUFFICIENT_BALANCE);
          return true;
        case 30004: // INSUFFICIENT_POSITION
          handler.insufficientBalance(exception instanceof InsufficientBalanceException ? (InsufficientBalanceException) exception : (InsufficientBalanceException) MexcErrors.create(MexcApi.SPOT, code, message, exception.httpStatus().orElse(MexcException.NO_HTTP_STATUS)), SpotErrorCode.INSUFFICIENT_POSITION);
          return true;
        default:
          break;
      }
    }
    if (exception instanceof RateLimitException) {
      handler.rateLimited((RateLimitException) exception, exception.api());
      return true;
    }
    if (exception instanceof UnavailableException) {
      handler.serverTrouble(exception);
      return true;
    }
    if (exception instanceof UnknownOutcomeException) {
      handler.serverTrouble(exception);
      return true;
    }
    handler.fallback(exception.api(), code, message);
    return true;
  }
}
