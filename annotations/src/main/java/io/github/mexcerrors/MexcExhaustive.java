package io.github.mexcerrors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the processor to check, at compile time, that a handler class handles every code of some categories or
 * APIs of the error table. When the table gains a code (a new version of the library, or your own table), the
 * build fails until the class handles it, instead of the code silently reaching no handler.
 *
 * <pre>{@code
 * @MexcExhaustive(categories = "AUTHENTICATION")           // every authentication code, spot and futures
 * class AuthHandlers {
 *   @OnMexcCategory("CLOCK_SKEW") void resync() { ... }
 *   @OnMexcCategory({"INVALID_API_KEY", "INVALID_SIGNATURE"}) void badKey(MexcException e) { ... }
 *   @OnMexcCategory("PERMISSION") void forbidden() { ... }
 *   @OnMexcError(value = {401, 506}, api = MexcApi.FUTURES) void unauthorized() { ... }
 *   @OnMexcError(401) void noAuthority() { ... }
 * }
 *
 * @MexcExhaustive(apis = MexcApi.FUTURES)                   // every futures code
 * class FuturesHandlers { ... }
 * }</pre>
 *
 * <p>The codes that must be handled are the codes of the table whose API is one of {@link #apis()} and whose
 * category is one of {@link #categories()} or one of their sub-categories (any category when
 * {@link #categories()} is empty). A code is handled when the class has an {@link OnMexcError} method for it, or
 * an {@link OnMexcCategory} method for its category or one of its ancestors, or an {@link OnMexcErrorFallback}
 * method: a fallback handles every code, so a class with a fallback is always exhaustive (declare the fallback in
 * another class, or none, to make this check bite). Only handlers declared in the class itself count, not those
 * of its superclasses.
 *
 * <p>When codes are missing, the error is reported on this annotation and lists them grouped by API and
 * category, with their constant names, so that they can be added in one pass.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MexcExhaustive {
  /**
   * Returns the APIs whose codes must be handled.
   *
   * @return one or more APIs; both by default
   */
  MexcApi[] apis() default {MexcApi.SPOT, MexcApi.FUTURES};

  /**
   * Returns the categories whose codes (including those of their sub-categories) must be handled.
   *
   * @return category names as written in the table, e.g. {@code "RATE_LIMIT"}; empty (the default) for every
   *     category
   */
  String[] categories() default {};
}
