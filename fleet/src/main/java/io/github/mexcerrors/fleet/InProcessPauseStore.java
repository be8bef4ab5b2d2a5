package io.github.mexcerrors.fleet;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The default store: shares pauses between the gates of one JVM that were started on it (e.g. a spot and a
 * futures client of one bot), nothing beyond. Needs no dependency. Thread-safe.
 */
public final class InProcessPauseStore implements PauseStore {
  /** Shared by every gate of the JVM: one gate closing must not cut the others off. */
  private static final InProcessPauseStore JVM = new InProcessPauseStore(false);

  private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
  private final boolean closable;

  /** Creates a store of its own, for gates that share nothing with the rest of the JVM. */
  public InProcessPauseStore() {
    this(true);
  }

  private InProcessPauseStore(boolean closable) {
    this.closable = closable;
  }

  /**
   * Returns the store that every gate built without a store shares: one per JVM, never closed.
   *
   * @return the JVM-wide store
   */
  public static InProcessPauseStore jvm() {
    return JVM;
  }

  @Override
  public void start(Listener listener) {
    listeners.add(listener);
  }

  @Override
  public void share(String scope, long millis) {
    for (Listener listener : listeners) {
      listener.paused(scope, millis);
    }
  }

  @Override
  public void watch(String scope) {}

  @Override
  public boolean isShared() {
    return false;
  }

  @Override
  public void close() {
    if (closable) {
      listeners.clear();
    }
  }
}
