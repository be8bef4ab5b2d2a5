package io.github.mexcerrors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that handles one or more MEXC error codes. The processor checks every code against the error
 * table at compile time and generates, next to the class, a {@code <Class>Dispatcher} whose {@code dispatch}
 * methods call this method for these codes.
 *
 * <pre>{@code
 * @OnMexcError(700003)
 * void resyncClock() { ... }
 *
 * @OnMexcError(value = {2005}, api = MexcApi.FUTURES)
 * void noMargin(InsufficientBalanceException e) { ... }
 * }</pre>
 *
 * <p>A handler method returns {@code void} or a value (every handler method of its class then returns the same
 * type, which the dispatcher returns, and the class has an {@link OnMexcErrorFallback}), is not private, not
 * generic, and takes, in any order and each at most once: the {@code int} code, the {@code String} message, the
 * {@link MexcApi}, the table entry (the generated enum of its API, or {@link MexcErrorCode}), and the exception
 * ({@link MexcException} or a generated category type every handled code belongs to).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnMexcError {
  /**
   * Returns the handled codes.
   *
   * @return one or more codes of the table, of {@link #api()}
   */
  int[] value();

  /**
   * Returns the code space of {@link #value()}.
   *
   * @return the API; spot by default
   */
  MexcApi api() default MexcApi.SPOT;
}
