package io.github.mexcerrors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that handles every code no other handler of the class claims, in both APIs, including codes
 * missing from the table. At most one per class. It may take the {@code int} code, the {@code String} message,
 * the {@link MexcApi} and the {@link MexcException}. Required when the handler methods of the class return a value:
 * every dispatch then returns one, and the fallback's is the value of the codes no other method takes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnMexcErrorFallback {}
