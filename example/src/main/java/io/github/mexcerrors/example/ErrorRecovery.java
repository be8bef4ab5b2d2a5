package io.github.mexcerrors.example;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mexcerrors.MexcException;
import java.util.Objects;

/**
 * What {@link MexcSpotClient} asks after an error answer: retry, give up, or take a result found another way.
 * {@link ExampleErrorHandlers#recovery} implements it with the generated dispatcher, whose handlers return the
 * {@link Decision}.
 */
@FunctionalInterface
public interface ErrorRecovery {
  /** Recovery that never recovers: every error is thrown to the caller as it is. */
  ErrorRecovery NONE = failure -> Decision.giveUp();

  /**
   * Decides what to do after an error.
   *
   * @param failure the call that failed and how
   * @return the decision
   */
  Decision recover(Failure failure);

  /**
   * A failed call.
   *
   * @param request the call (for an item of a batch, the batch call with the item's order)
   * @param exception the most specific generated exception for the answer, with what the wire told (e.g. its
   *     {@code Retry-After})
   * @param attempt which attempt failed, from 1
   * @param retryAllowed whether the client would retry now if asked to ({@code false} on the last attempt and for
   *     batch items)
   */
  record Failure(
      ApiRequest request, MexcException exception, int attempt, boolean retryAllowed) {
    /** Checks the components. */
    public Failure {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(exception, "exception");
    }
  }

  /**
   * What the client does next.
   *
   * @param action the action
   * @param result the answer found another way, for {@link Action#USE_RESULT}
   */
  record Decision(Action action, JsonNode result) {
    /** The possible actions. */
    public enum Action {
      /** Throw the exception to the caller. */
      GIVE_UP,
      /** Send the call again, signed afresh. */
      RETRY,
      /** Return {@link Decision#result()} as the call's answer (e.g. the order found by a query). */
      USE_RESULT
    }

    /**
     * Gives up.
     *
     * @return the decision
     */
    public static Decision giveUp() {
      return new Decision(Action.GIVE_UP, null);
    }

    /**
     * Sends the call again.
     *
     * @return the decision
     */
    public static Decision retry() {
      return new Decision(Action.RETRY, null);
    }

    /**
     * Answers the call with a result found another way.
     *
     * @param result the answer
     * @return the decision
     */
    public static Decision useResult(JsonNode result) {
      return new Decision(Action.USE_RESULT, Objects.requireNonNull(result, "result"));
    }
  }
}
