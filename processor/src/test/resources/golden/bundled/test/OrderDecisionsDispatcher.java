package test;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
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
 * Dispatches MEXC errors to the handler methods of {@link OrderDecisions}: the method of the exact
 * code first, then the method of the nearest category, then the fallback. Stateless and
 * thread-safe.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public final class OrderDecisionsDispatcher {
  private OrderDecisionsDispatcher() {
  }

  /**
   * Calls the handler method of a spot error code.
   *
   * @param handler the handler
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @param context the caller's context, passed as it is (also {@code null}) to the handler methods
   *     that take it
   * @return what the handler method returned
   */
  public static Decisions.Recovery dispatch(OrderDecisions handler, int code, String message,
      OrderHandlers.OrderCall context) {
    return routeSpot(handler, code, message, null, context);
  }

  /**
   * Calls the handler method of a futures error code.
   *
   * @param handler the handler
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @param context the caller's context, passed as it is (also {@code null}) to the handler methods
   *     that take it
   * @return what the handler method returned
   */
  public static Decisions.Recovery dispatchFutures(OrderDecisions handler, int code, String message,
      OrderHandlers.OrderCall context) {
    return routeFutures(handler, code, message, null, context);
  }

  /**
   * Calls the handler method of an error code of either API.
   *
   * @param handler the handler
   * @param api the API that answered
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @param context the caller's context, passed as it is (also {@code null}) to the handler methods
   *     that take it
   * @return what the handler method returned
   */
  public static Decisions.Recovery dispatch(OrderDecisions handler, MexcApi api, int code,
      String message, OrderHandlers.OrderCall context) {
    return api == MexcApi.FUTURES ? dispatchFutures(handler, code, message, context)
        : dispatch(handler, code, message, context);
  }

  /**
   * Calls the handler method of an exception; a method that takes the exception receives this very
   * object. A code missing from the table reaches the handler of the exception's category, if any,
   * else the fallback.
   *
   * @param handler the handler
   * @param exception the exception
   * @param context the caller's context, passed as it is (also {@code null}) to the handler methods
   *     that take it
   * @return what the handler method returned
   */
  public static Decisions.Recovery dispatch(OrderDecisions handler, MexcException exception,
      OrderHandlers.OrderCall context) {
    return exception.api() == MexcApi.FUTURES
        ? routeFutures(handler, exception.code(), exception.exchangeMessage(), exception, context)
        : routeSpot(handler, exception.code(), exception.exchangeMessage(), exception, context);
  }

  /**
   * Calls the handler method that a spot code reaches by its code or its category, if any.
   *
   * @param handler the handler
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @param exception the exception being dispatched, or {@code null} when a code is: a handler
   *     method that takes an exception then receives a new one, without a stack trace
   * @param context the caller's context, passed as it is (also {@code null}) to the handler methods
   *     that take it
   * @return what the handler method returned
   */
  private static Decisions.Recovery routeSpot(OrderDecisions handler, int code, String message,
      MexcException exception, OrderHandlers.OrderCall context) {
    switch (code) {
      case 429: // TOO_MANY_REQUESTS
        return OrderDecisions.spotRateLimit(code, context, MexcApi.SPOT);
      case 500: // INTERNAL_ERROR
      case 503: // SERVICE_NOT_AVAILABLE
      case 504: // GATEWAY_TIMEOUT
      case 11444: // UNDER_MAINTENANCE
      case 20002: // INTERNAL_SYSTEM_ERROR
        return handler.serverTrouble(exceptionOf(MexcException.class, exception, MexcApi.SPOT, code,
            message));
      case 10101: // INSUFFICIENT_BALANCE
        return handler.insufficientBalance(exceptionOf(InsufficientBalanceException.class,
            exception, MexcApi.SPOT, code, message), SpotErrorCode.INSUFFICIENT_BALANCE, context);
      case 30004: // INSUFFICIENT_POSITION
        return handler.insufficientBalance(exceptionOf(InsufficientBalanceException.class,
            exception, MexcApi.SPOT, code, message), SpotErrorCode.INSUFFICIENT_POSITION, context);
      default:
        break;
    }
    return otherwise(handler, MexcApi.SPOT, code, message, exception, context);
  }

  /**
   * Calls the handler method that a futures code reaches by its code or its category, if any.
   *
   * @param handler the handler
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @param exception the exception being dispatched, or {@code null} when a code is: a handler
   *     method that takes an exception then receives a new one, without a stack trace
   * @param context the caller's context, passed as it is (also {@code null}) to the handler methods
   *     that take it
   * @return what the handler method returned
   */
  private static Decisions.Recovery routeFutures(OrderDecisions handler, int code, String message,
      MexcException exception, OrderHandlers.OrderCall context) {
    switch (code) {
      case 500: // INTERNAL_ERROR
      case 501: // SYSTEM_BUSY
      case 604: // UNDER_MAINTENANCE
      case 801: // SYSTEM_MAINTENANCE
      case 9999: // GENERAL_ERROR
        return handler.serverTrouble(exceptionOf(MexcException.class, exception, MexcApi.FUTURES,
            code, message));
      case 510: // TOO_MANY_REQUESTS
        return handler.futuresRateLimit(FuturesErrorCode.TOO_MANY_REQUESTS, message);
      case 2037: // FREQUENT_TRANSACTIONS
        return handler.rateLimited(exceptionOf(RateLimitException.class, exception, MexcApi.FUTURES,
            code, message), MexcApi.FUTURES, context);
      default:
        break;
    }
    return otherwise(handler, MexcApi.FUTURES, code, message, exception, context);
  }

  /**
   * Calls the handler method of the exception's category, if any (a code missing from the table
   * reaches a category by its exception's class alone), else the fallback.
   *
   * @param handler the handler
   * @param api the API that answered
   * @param code the code MEXC sent
   * @param message the message MEXC sent; may be {@code null}
   * @param exception the exception being dispatched, or {@code null} when a code is
   * @param context the caller's context, passed as it is (also {@code null}) to the handler methods
   *     that take it
   * @return what the handler method returned
   */
  private static Decisions.Recovery otherwise(OrderDecisions handler, MexcApi api, int code,
      String message, MexcException exception, OrderHandlers.OrderCall context) {
    if (exception instanceof RateLimitException) {
      return handler.rateLimited((RateLimitException) exception, exception.api(), context);
    }
    if (exception instanceof UnavailableException) {
      return handler.serverTrouble(exception);
    }
    if (exception instanceof UnknownOutcomeException) {
      return handler.serverTrouble(exception);
    }
    return handler.fallback(context, api, code, message);
  }

  /**
   * Returns the exception a handler method receives: the one being dispatched if it is of the
   * method's type, else a new one from the factory, without a stack trace (the dispatcher hands it
   * to the method and never throws it), from the answer of the one being dispatched, if any.
   */
  private static <E extends MexcException> E exceptionOf(Class<E> type, MexcException exception,
      MexcApi api, int code, String message) {
    if (type.isInstance(exception)) {
      return type.cast(exception);
    }
    MexcErrorResponse response = exception != null ? exception.response()
        : MexcErrorResponse.of(api, code, message, MexcException.NO_HTTP_STATUS);
    return type.cast(MexcErrors.factory().createWithoutStackTrace(response));
  }
}
