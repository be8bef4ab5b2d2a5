package io.github.mexcerrors.fleet;

/**
 * Where the pauses of a {@link PauseGate} are shared: {@link InProcessPauseStore} (the gates of one JVM; the
 * default) or {@link RedisPauseStore} (every process connected to one Redis).
 *
 * <p>A store never decides whether a request may go: each gate keeps its deadlines in memory and checks them
 * without asking the store. The store carries pauses between gates: {@link #share} hands a pause on, and the
 * {@link Listener} of every other gate hears it. Pauses travel as durations ("paused for another N ms"), never as
 * wall-clock instants, so that processes whose clocks disagree still stop and resume together.
 */
public interface PauseStore extends AutoCloseable {
  /**
   * Starts carrying pauses to a gate. Returns at once; a store that connects somewhere does so in the background.
   *
   * @param listener the gate's side: hears pauses recorded by others and tells which of its own are active
   */
  void start(Listener listener);

  /**
   * Shares a pause that this process recorded. Never blocks the caller on the network.
   *
   * @param scope the scope, e.g. {@code ip:default} or {@code key:3f2a...} (see {@link PauseGate})
   * @param millis how long from now, more than zero
   */
  void share(String scope, long millis);

  /**
   * Tells the store that the gate uses a scope, so that a store which reconnects reads that scope's pause again.
   *
   * @param scope the scope
   */
  void watch(String scope);

  /**
   * Tells whether pauses currently reach other processes.
   *
   * @return {@code true} when shared beyond this JVM; always {@code false} for the in-process store
   */
  boolean isShared();

  /** Stops carrying pauses; the gates keep the deadlines they hold. */
  @Override
  void close();

  /** The gate's side of a store. */
  interface Listener {
    /**
     * Hears a pause recorded by another gate or process: the gate keeps the later of this and what it holds.
     *
     * @param scope the scope
     * @param millis how long from now
     */
    void paused(String scope, long millis);

    /**
     * Hands every pause this gate holds that has not ended, e.g. to share them again after a reconnect.
     *
     * @param sink takes each scope and its time left in milliseconds
     */
    void forEachActive(java.util.function.ObjLongConsumer<String> sink);
  }
}
