package io.github.mexcerrors;

import java.util.Optional;

/**
 * A node of the error category tree, as written in the table. Implemented by the generated {@code ErrorCategory}
 * enum; each category has an exception class that extends its parent's.
 */
public interface MexcErrorCategory {
  /**
   * Returns the category's name as written in the table.
   *
   * @return the name, e.g. {@code CLOCK_SKEW}
   */
  String name();

  /**
   * Returns the parent category.
   *
   * @return the parent, or empty for a root category
   */
  Optional<? extends MexcErrorCategory> parent();

  /**
   * Returns the description from the table.
   *
   * @return one sentence that describes the category
   */
  String description();

  /**
   * Returns the retry policy of codes of this category that do not override it.
   *
   * @return the category's retry policy
   */
  RetryPolicy retryPolicy();

  /**
   * Returns the heading under which the reference documentation lists the category's codes.
   *
   * @return the section, e.g. {@code Authentication}
   */
  String section();

  /**
   * Tells whether this category is {@code other} or one of its descendants.
   *
   * @param other the presumed ancestor
   * @return {@code true} if {@code other} is this category or one of its ancestors
   */
  default boolean isA(MexcErrorCategory other) {
    Optional<? extends MexcErrorCategory> current = Optional.of(this);
    while (current.isPresent()) {
      if (current.get().equals(other)) {
        return true;
      }
      current = current.get().parent();
    }
    return false;
  }
}
