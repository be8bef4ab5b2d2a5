package io.github.mexcerrors.wire;

import io.github.mexcerrors.MexcException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@link MexcException} inside whatever a call failed with. Every adapter reports a MEXC error wrapped
 * in its client's own failure: {@code HttpClient.send} throws an {@code IOException} whose cause it is,
 * {@code sendAsync} a {@code CompletionException} around that, OkHttp's interceptor a {@code MexcIOException}
 * whose cause it is, and OkHttp's async path reports an unchecked exception as a <em>suppressed</em> exception of
 * a generic {@code IOException}. So the search follows causes and suppressed exceptions alike.
 *
 * <p>The search is breadth-first (the error nearest to the failure wins), at most {@value #MAX_DEPTH} links
 * deep and {@value #MAX_VISITED} throwables in all, and visits each throwable once, so a cycle of causes or
 * suppressed exceptions ends it.
 */
public final class MexcFailures {
  /** How many cause or suppressed links deep the search goes. */
  public static final int MAX_DEPTH = 16;

  /** How many throwables the search looks at in all. */
  public static final int MAX_VISITED = 256;

  private MexcFailures() {}

  /**
   * Finds the MEXC error in a failure: the failure itself, or the nearest one among its causes and suppressed
   * exceptions, transitively.
   *
   * @param failure the failure; may be {@code null}
   * @return the error, or empty when the failure holds none (a transport failure)
   */
  public static Optional<MexcException> find(Throwable failure) {
    if (failure == null) {
      return Optional.empty();
    }
    if (failure instanceof MexcException) {
      return Optional.of((MexcException) failure);
    }
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Throwable> level = new ArrayDeque<>();
    ArrayDeque<Throwable> next = new ArrayDeque<>();
    level.add(failure);
    seen.add(failure);
    for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
      for (Throwable current : level) {
        if (current instanceof MexcException) {
          return Optional.of((MexcException) current);
        }
        if (depth == MAX_DEPTH) {
          continue;
        }
        enqueue(current.getCause(), seen, next);
        for (Throwable suppressed : current.getSuppressed()) {
          enqueue(suppressed, seen, next);
        }
      }
      ArrayDeque<Throwable> done = level;
      level = next;
      next = done;
      next.clear();
    }
    return Optional.empty();
  }

  /** Queues a throwable not seen before, while the search may look at more. */
  private static void enqueue(Throwable link, Set<Throwable> seen, ArrayDeque<Throwable> next) {
    if (link != null && seen.size() < MAX_VISITED && seen.add(link)) {
      next.add(link);
    }
  }
}
