package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The problems found in table files, collected so that one build reports all of them. */
public final class TableProblems {
  /**
   * One problem.
   *
   * @param position where it is, or {@code null} when it concerns a whole file
   * @param id the message's catalogue entry
   * @param args the message's values
   */
  public record Problem(SourcePosition position, Message id, List<Object> args) {
    /**
     * Words the problem as printed, without its position.
     *
     * @return e.g. {@code [MEXC-T023] unknown top-level key 'pakage'; ...}
     */
    public String message() {
      return id.render(args.toArray());
    }

    @Override
    public String toString() {
      return position == null ? message() : position + ": " + message();
    }
  }

  private final List<Problem> problems = new ArrayList<>();

  /**
   * Records a problem.
   *
   * @param position where it is, or {@code null}
   * @param message what is wrong
   * @param args the message's values
   */
  public void add(SourcePosition position, Message message, Object... args) {
    problems.add(new Problem(position, message, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)))));
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
