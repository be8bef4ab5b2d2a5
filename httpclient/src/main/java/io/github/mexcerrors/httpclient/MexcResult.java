package io.github.mexcerrors.httpclient;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcItem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer as a value: what the reader made of it ({@link #answer()}) and, for a success, the body the caller's
 * own handler produced. The body of {@link MexcBodyHandlers#withAnswer}; use it for batch endpoints (an outcome
 * per item) or when errors are handled as values rather than caught.
 *
 * @param <T> the body type of the caller's handler
 */
public final class MexcResult<T> {
  private final MexcAnswer answer;
  private final T body;

  MexcResult(MexcAnswer answer, T body) {
    this.answer = Objects.requireNonNull(answer, "answer");
    this.body = body;
  }

  /**
   * Returns what the reader made of the answer.
   *
   * @return the answer
   */
  public MexcAnswer answer() {
    return answer;
  }

  /**
   * Tells whether the answer is an error.
   *
   * @return whether it is an error
   */
  public boolean isError() {
    return answer.isError();
  }

  /**
   * Returns the error's exception.
   *
   * @return the exception, or empty for a success
   */
  public Optional<MexcException> error() {
    return answer.error();
  }

  /**
   * Returns the outcome of each item of a batch answer.
   *
   * @return the items (see {@link MexcAnswer#items()})
   */
  public List<MexcItem> items() {
    return answer.items();
  }

  /**
   * Returns the body of a success.
   *
   * @return the caller's handler's body, or empty for an error (and for a handler whose body is {@code null})
   */
  public Optional<T> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the body of a success, or throws the error.
   *
   * @return the body, possibly {@code null} when the caller's handler gives {@code null}
   * @throws MexcException when the answer is an error
   */
  public T bodyOrThrow() {
    answer.throwIfError();
    return body;
  }

  @Override
  public String toString() {
    return "MexcResult{" + answer + '}';
  }
}
