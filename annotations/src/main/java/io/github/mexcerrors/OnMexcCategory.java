package io.github.mexcerrors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that handles every code of one or more categories of the error table (and of their
 * sub-categories), in both APIs, unless a more specific handler of the same class claims the code: an
 * {@link OnMexcError} method first, then the nearest category.
 *
 * <pre>{@code
 * @OnMexcCategory("RATE_LIMIT")
 * void backOff(RateLimitException e) { ... }
 * }</pre>
 *
 * <p>A code missing from the table reaches a category handler only through an exception whose HTTP status names
 * the category (e.g. 429). Parameters are those of {@link OnMexcError}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnMexcCategory {
  /**
   * Returns the handled categories.
   *
   * @return category names as written in the table, e.g. {@code "INSUFFICIENT_BALANCE"}
   */
  String[] value();
}
