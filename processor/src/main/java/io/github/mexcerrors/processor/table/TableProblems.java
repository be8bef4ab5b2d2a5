package io.github.mexcerrors.processor.table;

import java.util.ArrayList;
import java.util.List;

/** The problems found in table files, collected so that one build reports all of them. */
public final class TableProblems {
  /**
   * One problem.
   *
   * @param position where it is, or {@code null} when it concerns a whole file
   * @param message what is wrong and how to fix it
   */
  public record Problem(SourcePosition position, String message) {
    @Override
    public String toString() {
      return position == null ? message : position + ": " + message;
    }
  }

  private final List<Problem> problems = new ArrayList<>();

  /**
   * Records a problem.
   *
   * @param position where it is, or {@code null}
   * @param message what is wrong and how to fix it
   */
  public void add(SourcePosition position, String message) {
    problems.add(new Problem(position, message));
  }

  /**
   * Tells whether any problem was recorded.
   *
   * @return whether there is at least one problem
   */
  public boolean any() {
    return !problems.isEmpty();
  }

  /**
   * Returns the problems in the order they were found.
   *
   * @return the problems
   */
  public List<Problem> all() {
    return List.copyOf(problems);
  }
}
