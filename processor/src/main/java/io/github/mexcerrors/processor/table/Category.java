package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.names.GeneratedNames;
import java.util.List;
import java.util.Optional;

/**
 * A category of the resolved table: a node of the category tree, with its inherited values filled in.
 *
 * @param name the constant name, e.g. {@code CLOCK_SKEW}
 * @param parent the parent's name, or empty for a root
 * @param description one sentence
 * @param section the reference doc's heading
 * @param retryPolicy the retry policy of its codes unless they override it
 * @param httpStatuses HTTP statuses that give this category to unknown codes
 * @param position where the category is declared
 */
public record Category(
    String name,
    Optional<String> parent,
    String description,
    String section,
    RetryPolicy retryPolicy,
    List<Integer> httpStatuses,
    SourcePosition position) {

  /**
   * Returns the simple name of the category's exception class.
   *
   * @return e.g. {@code ClockSkewException} for {@code CLOCK_SKEW}
   */
  public String exceptionSimpleName() {
    return GeneratedNames.exceptionSimpleName(name);
  }
}
