package io.github.mexcerrors.benchmarks;

/** The context {@link ContextHandlers} take: what the handlers computed for one caller. */
public final class Tally {
  /** What the handlers computed; read by the benchmarks so that no call can be eliminated. */
  public int sink;

  /** Creates an empty tally. */
  public Tally() {}
}
