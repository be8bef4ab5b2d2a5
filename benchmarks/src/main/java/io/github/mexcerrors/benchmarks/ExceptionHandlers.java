package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.mexc.InsufficientBalanceException;

/**
 * Handler methods that take the exception, for {@link HandOverBenchmark}: dispatching a code to such a method makes
 * the dispatcher build the exception only to hand it over.
 */
public class ExceptionHandlers {
  /** What the handlers saw, so that no call is optimized away. */
  public int sink;

  /** Creates the handlers. */
  public ExceptionHandlers() {}

  /**
   * 30004 and 10101.
   *
   * @param e the exception the dispatcher built
   */
  @OnMexcError({30004, 10101})
  public void insufficientBalance(InsufficientBalanceException e) {
    sink = 31 * sink + e.code();
  }

  /**
   * Everything else.
   *
   * @param code the code
   */
  @OnMexcErrorFallback
  public void fallback(int code) {
    sink = 31 * sink + code;
  }
}
