package io.github.mexcerrors.wire;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import java.util.List;
import java.util.Optional;

/**
 * What {@link MexcAnswerReader} made of an HTTP answer: a success, or an error with its most specific exception;
 * for batch endpoints also one outcome per item ({@link #items()}). Not thread-safe (the exception is created on
 * first use and then kept); an answer is meant for the thread that read it.
 *
 * <p>The exception is created when first asked for, so that its stack trace shows the caller that asked (the
 * {@link #throwIfError()} site), not the reader's internals; a reader built with
 * {@link MexcAnswerReader#withoutStackTraces()} creates exceptions without stack traces.
 */
public final class MexcAnswer {
  private final MexcApi api;
  private final int httpStatus;
  private final MexcErrorResponse response;
  private final List<MexcItem> items;
  private final MexcExceptionFactory factory;
  private final boolean stackTraces;
  private MexcException exception;

  MexcAnswer(MexcApi api, int httpStatus, MexcErrorResponse response, List<MexcItem> items,
      MexcExceptionFactory factory, boolean stackTraces) {
    this.api = api;
    this.httpStatus = httpStatus;
    this.response = response;
    this.items = items;
    this.factory = factory;
    this.stackTraces = stackTraces;
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
   * Returns the HTTP status of the answer.
   *
   * @return the status as given to the reader
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Tells whether the answer as a whole is an error. A batch answer whose items failed is not: see
   * {@link #hasItemErrors()}.
   *
   * @return whether the answer is an error
   */
  public boolean isError() {
    return response != null;
  }

  /**
   * Tells whether the answer is a success: not {@link #isError()}.
   *
   * @return whether the answer is a success
   */
  public boolean isSuccess() {
    return response == null;
  }

  /**
   * Returns what MEXC answered, when the answer is an error: code, message, status, request, {@code Retry-After},
   * clocks and the body (bounded).
   *
   * @return the error response, or empty for a success
   */
  public Optional<MexcErrorResponse> response() {
    return Optional.ofNullable(response);
  }

  /**
   * Returns the most specific exception of the factory's table for an error answer. Created on the first call,
   * then kept.
   *
   * @return the exception, or empty for a success
   */
  public Optional<MexcException> error() {
    return Optional.ofNullable(exception());
  }

  /**
   * Throws the answer's exception when the answer is an error; does nothing for a success (item errors of a batch
   * answer included: look at {@link #items()}).
   *
   * @return this answer, for chaining
   * @throws MexcException when the answer is an error
   */
  public MexcAnswer throwIfError() {
    MexcException error = exception();
    if (error != null) {
      throw error;
    }
    return this;
  }

  /**
   * Returns the outcome of each item of a batch answer, in the answer's order.
   *
   * @return the items; empty for an error, for a request that is not a batch ({@link MexcRequestInfo#isBatch()})
   *     and for a batch answer without a list
   */
  public List<MexcItem> items() {
    return items;
  }

  /**
   * Tells whether some item of a batch answer failed.
   *
   * @return whether an item is an error
   */
  public boolean hasItemErrors() {
    for (MexcItem item : items) {
      if (item.isError()) {
        return true;
      }
    }
    return false;
  }

  private MexcException exception() {
    if (response == null) {
      return null;
    }
    if (exception == null) {
      exception = create(factory, response, stackTraces);
    }
    return exception;
  }

  static MexcException create(MexcExceptionFactory factory, MexcErrorResponse response, boolean stackTraces) {
    MexcException created = null;
    try {
      created = stackTraces ? factory.create(response) : factory.createWithoutStackTrace(response);
    } catch (RuntimeException e) {
      // A factory must not throw; if a foreign one does, the answer still has its exception.
      created = null;
    }
    if (created == null) {
      MexcExceptionFactory untyped = MexcExceptionFactory.untyped();
      created = stackTraces ? untyped.create(response) : untyped.createWithoutStackTrace(response);
    }
    return created;
  }

  @Override
  public String toString() {
    if (response != null) {
      return "MexcAnswer{error, " + response + '}';
    }
    return "MexcAnswer{success, " + api + ", HTTP " + httpStatus + (items.isEmpty() ? "" : ", " + items) + '}';
  }
}
