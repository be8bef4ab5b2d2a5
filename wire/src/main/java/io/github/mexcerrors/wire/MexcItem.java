package io.github.mexcerrors.wire;

import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import java.util.Optional;

/**
 * The outcome of one item of a batch answer (spot {@code /api/v3/batchOrders}, futures cancel and batch
 * endpoints): a success, or an error with its own code and message. Items keep the order of the answer.
 */
public final class MexcItem {
  private final int index;
  private final MexcErrorResponse response;
  private final MexcExceptionFactory factory;
  private final boolean stackTraces;
  private MexcException exception;

  MexcItem(int index, MexcErrorResponse response, MexcExceptionFactory factory, boolean stackTraces) {
    this.index = index;
    this.response = response;
    this.factory = factory;
    this.stackTraces = stackTraces;
  }

  /**
   * Returns the item's position in the answer.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * Tells whether this item failed.
   *
   * @return whether the item is an error
   */
  public boolean isError() {
    return response != null;
  }

  /**
   * Returns what MEXC answered for this item, when it failed.
   *
   * @return the item's error response, or empty for a success
   */
  public Optional<MexcErrorResponse> response() {
    return Optional.ofNullable(response);
  }

  /**
   * Returns the most specific exception for this item, when it failed. Created on the first call and then kept.
   *
   * @return the exception, or empty for a success
   */
  public Optional<MexcException> error() {
    return Optional.ofNullable(exception());
  }

  /**
   * Throws the item's exception when it failed.
   *
   * @throws MexcException when the item is an error
   */
  public void throwIfError() {
    MexcException error = exception();
    if (error != null) {
      throw error;
    }
  }

  private MexcException exception() {
    if (response == null) {
      return null;
    }
    if (exception == null) {
      exception = MexcAnswer.create(factory, response, stackTraces);
    }
    return exception;
  }

  @Override
  public String toString() {
    return "MexcItem{" + index + (response == null ? ", success}" : ", " + response + '}');
  }
}
