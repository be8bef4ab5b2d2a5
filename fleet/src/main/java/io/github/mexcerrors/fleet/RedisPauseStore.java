package io.github.mexcerrors.fleet;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.lang.System.Logger.Level;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Shares pauses between every process connected to one Redis, through Lettuce ({@code io.lettuce:lettuce-core}
 * 7.x, which the user brings).
 *
 * <pre>{@code
 * PauseGate gate = PauseGate.builder(MexcErrors.factory())
 *     .store(RedisPauseStore.builder("redis://127.0.0.1:6379").build())
 *     .build();
 * }</pre>
 *
 * <h2>How a pause travels</h2>
 * A process that records a pause of {@code N} ms runs one Lua script (atomic in Redis): it reads Redis's own
 * clock ({@code TIME}), and only if {@code now + N} ends later than the deadline already stored under the scope's
 * key, stores {@code v1:<deadline>} (milliseconds on Redis's clock) with an expiry of {@code N} ms and publishes
 * {@code v1 <scope> <N>} on the namespace's channel. Every process hears it and keeps, in memory, "paused for
 * {@code N} ms from now" on its own monotonic clock. When two processes race, the script runs one after the
 * other: the later end is kept and only a later pause is published.
 *
 * <h2>Why durations and Redis's clock, not wall-clock instants</h2>
 * An epoch deadline written by one process and read by another is off by the skew between their clocks (seconds
 * on machines without NTP; a process ahead would resume early and get banned). Here only Redis's clock compares
 * deadlines, and processes exchange durations: a process's own clock only measures how long it has waited, so
 * skew between processes does not move the end of a pause. What remains is the time a message takes to travel
 * (under a millisecond on loopback, see benchmarks/README.md), by which a listener's pause ends later, never
 * earlier.
 *
 * <h2>Faults</h2>
 * <ul>
 *   <li>The gate never asks Redis before a request. Sharing a pause is asynchronous; commands time out after
 *       {@link Builder#timeout(Duration)} (50 ms by default).
 *   <li>Redis unreachable at start or lost later: the gates pause on what their own process sees, the store
 *       logs once ({@link System.Logger}, {@code WARNING}) and keeps trying every
 *       {@link Builder#retryEvery(Duration)}; once back it logs once ({@code INFO}), shares the pauses its gate
 *       holds and reads every scope's key again (the stored deadline and the key's {@code PTTL} are the truth for
 *       what was published while it was away).
 *   <li>A value under a key that is not {@code v1:<digits>}, a key without expiry, a pause longer than the
 *       gate's maximum or a message that is not {@code v1 <scope> <millis>} is ignored, and a pause overwrites
 *       such a value.
 *   <li>Keys are {@code <namespace>:<scope>}; a scope names an API key only by a hash (see {@link PauseGate}).
 * </ul>
 *
 * <p>Thread-safe. Closing the gate closes the store.
 */
public final class RedisPauseStore implements PauseStore {
  private static final System.Logger LOG = System.getLogger(RedisPauseStore.class.getName());

  private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  /** Keeps the later deadline (on Redis's clock), publishes only a later one. */
  static final String PAUSE_SCRIPT = String.join("\n",
      "local t = redis.call('TIME')",
      "local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)",
      "local ms = tonumber(ARGV[1])",
      "local deadline = now + ms",
      "local old = redis.pcall('GET', KEYS[1])",
      "if type(old) == 'string' then",
      "  local d = tonumber(string.match(old, '^v1:(%d+)$'))",
      "  if d and d >= deadline and d - now <= tonumber(ARGV[2]) then return 0 end",
      "end",
      "redis.call('SET', KEYS[1], 'v1:' .. string.format('%d', deadline), 'PX', ARGV[1])",
      "redis.call('PUBLISH', ARGV[3], 'v1 ' .. ARGV[4] .. ' ' .. ARGV[1])",
      "return 1");

  /** The time left of a scope's pause, or -1 when there is none this store trusts. */
  static final String READ_SCRIPT = String.join("\n",
      "local v = redis.pcall('GET', KEYS[1])",
      "if type(v) ~= 'string' then return -1 end",
      "local d = tonumber(string.match(v, '^v1:(%d+)$'))",
      "if not d then return -1 end",
      "local t = redis.call('TIME')",
      "local left = d - (tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000))",
      "local pttl = redis.call('PTTL', KEYS[1])",
      "if left <= 0 or pttl <= 0 or left > tonumber(ARGV[1]) then return -1 end",
      "if pttl < left then left = pttl end",
      "return left");

  private enum State { STARTING, SHARED, LOCAL, CLOSED }

  private final RedisURI uri;
  private final String namespace;
  private final Duration timeout;
  private final Duration retryEvery;
  private final long maxPauseMillis;
  private final Set<String> watched = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService worker;
  private final ClientResources resources;
  private volatile Listener listener;
  private volatile RedisClient client;
  private volatile StatefulRedisConnection<String, String> connection;
  private volatile StatefulRedisPubSubConnection<String, String> pubSub;
  private volatile boolean shared;
  private State state = State.STARTING;

  private RedisPauseStore(Builder builder) {
    this.uri = builder.uri;
    this.namespace = builder.namespace;
    this.timeout = builder.timeout;
    this.retryEvery = builder.retryEvery;
    this.maxPauseMillis = builder.maxPause.toMillis();
    this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "mexc-fleet-redis");
      thread.setDaemon(true);
      return thread;
    });
    this.resources = ClientResources.builder()
        .ioThreadPoolSize(1)
        .computationThreadPoolSize(1)
        .reconnectDelay(Delay.constant(retryEvery))
        .build();
  }

  /**
   * Starts a store.
   *
   * @param uri Redis's address, e.g. {@code redis://127.0.0.1:6379} (Lettuce's URI syntax: password, database,
   *     TLS with {@code rediss://})
   * @return the builder
   */
  public static Builder builder(String uri) {
    return new Builder(RedisURI.create(Objects.requireNonNull(uri, "uri")));
  }

  /**
   * Starts a store.
   *
   * @param uri Redis's address
   * @return the builder
   */
  public static Builder builder(RedisURI uri) {
    return new Builder(Objects.requireNonNull(uri, "uri"));
  }

  /**
   * Returns the Redis key of a scope.
   *
   * @param scope the scope
   * @return {@code <namespace>:<scope>}
   */
  public String key(String scope) {
    return namespace + ":" + scope;
  }

  /**
   * Returns the channel pauses are published on: the namespace.
   *
   * @return the channel
   */
  public String channel() {
    return namespace;
  }

  @Override
  public void start(Listener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    worker.execute(this::connect);
  }

  @Override
  public void watch(String scope) {
    if (watched.add(scope) && shared) {
      worker.execute(() -> read(scope));
    }
  }

  @Override
  public boolean isShared() {
    return shared;
  }

  @Override
  public void share(String scope, long millis) {
    StatefulRedisConnection<String, String> current = connection;
    if (!shared || current == null) {
      return; // kept by the gate; shared again once Redis is back
    }
    try {
      current.async().<Long>eval(PAUSE_SCRIPT, ScriptOutputType.INTEGER, new String[] {key(scope)},
          Long.toString(millis), Long.toString(maxPauseMillis), channel(), scope)
          .toCompletableFuture()
          .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .whenComplete((stored, failure) -> {
            if (failure != null) {
              LOG.log(Level.DEBUG, "could not share a pause of " + scope + ": " + failure);
            }
          });
    } catch (RuntimeException rejected) {
      LOG.log(Level.DEBUG, "could not share a pause of " + scope + ": " + rejected);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      state = State.CLOSED;
    }
    shared = false;
    worker.shutdownNow();
    RedisClient current = client;
    if (current != null) {
      current.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
    resources.shutdown(0, 1, TimeUnit.SECONDS);
  }

  /** Runs on the worker: connects, or tries again later. */
  private void connect() {
    RedisClient created = null;
    try {
      created = RedisClient.create(resources, uri);
      created.setOptions(ClientOptions.builder()
          .autoReconnect(true)
          .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
          .socketOptions(SocketOptions.builder().connectTimeout(retryEvery).build())
          .timeoutOptions(TimeoutOptions.enabled(timeout))
          .build());
      created.addListener(new StateListener());
      StatefulRedisConnection<String, String> commands = created.connect();
      StatefulRedisPubSubConnection<String, String> messages = created.connectPubSub();
      messages.addListener(new Messages());
      messages.sync().subscribe(channel());
      client = created;
      connection = commands;
      pubSub = messages;
      resync();
    } catch (RuntimeException unreachable) {
      if (created != null) {
        created.shutdown(Duration.ZERO, Duration.ZERO);
      }
      changeState(State.LOCAL, unreachable);
      if (!worker.isShutdown()) {
        worker.schedule(this::connect, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Runs on the worker once both connections are up: shares what this process holds, reads what others set. */
  private void resync() {
    StatefulRedisConnection<String, String> commands = connection;
    StatefulRedisPubSubConnection<String, String> messages = pubSub;
    if (commands == null || messages == null || !commands.isOpen() || !messages.isOpen()) {
      return;
    }
    try {
      shared = true;
      listener.forEachActive(this::share);
      for (String scope : watched) {
        read(scope);
      }
      changeState(State.SHARED, null);
    } catch (RuntimeException lost) {
      shared = false;
      changeState(State.LOCAL, lost);
    }
  }

  /** Runs on the worker: the key's stored deadline is the truth for pauses published while this was away. */
  private void read(String scope) {
    StatefulRedisConnection<String, String> commands = connection;
    if (commands == null) {
      return;
    }
    try {
      Long left = commands.sync().eval(READ_SCRIPT, ScriptOutputType.INTEGER, new String[] {key(scope)},
          Long.toString(maxPauseMillis));
      if (left != null && left > 0) {
        listener.paused(scope, left);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "could not read the pause of " + scope + ": " + e);
    }
  }

  private void changeState(State next, Throwable cause) {
    synchronized (this) {
      if (state == next || state == State.CLOSED) {
        return;
      }
      state = next;
    }
    String where = uri.getHost() + ":" + uri.getPort();
    if (next == State.SHARED) {
      LOG.log(Level.INFO, "Sharing rate-limit pauses through Redis at " + where);
    } else {
      LOG.log(Level.WARNING, "Redis at " + where + " is unreachable (" + cause
          + "): rate-limit pauses hold for this process only until it is back");
    }
  }

  /** Lettuce's word on the connections: lost means local at once; back means resync on the worker. */
  private final class StateListener implements RedisConnectionStateListener {
    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
      if (!shared && connection != null && !worker.isShutdown()) {
        worker.execute(RedisPauseStore.this::resync);
      }
    }

    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
      shared = false;
      changeState(State.LOCAL, new java.io.IOException("connection lost"));
    }
  }

  /** Pauses published by other processes. */
  private final class Messages extends RedisPubSubAdapter<String, String> {
    @Override
    public void message(String channel, String message) {
      if (!channel().equals(channel) || message == null) {
        return;
      }
      String[] parts = message.split(" ", -1);
      if (parts.length != 3 || !"v1".equals(parts[0]) || !PauseGate.SCOPE.matcher(parts[1]).matches()
          || parts[2].isEmpty() || parts[2].length() > 12 || !parts[2].chars().allMatch(c -> c >= '0' && c <= '9')) {
        return; // not ours: ignored
      }
      long millis = Long.parseLong(parts[2]);
      if (millis > 0 && millis <= maxPauseMillis) {
        listener.paused(parts[1], millis);
      }
    }
  }

  /** Builds a {@link RedisPauseStore}. */
  public static final class Builder {
    private final RedisURI uri;
    private String namespace = "mexc-errors:pause";
    private Duration timeout = Duration.ofMillis(50);
    private Duration retryEvery = Duration.ofSeconds(1);
    private Duration maxPause = Duration.ofDays(3);

    private Builder(RedisURI uri) {
      this.uri = uri;
    }

    /**
     * Sets the prefix of the keys and the channel.
     *
     * @param namespace letters, digits, {@code . _ : -}; {@code mexc-errors:pause} by default
     * @return this builder
     */
    public Builder namespace(String namespace) {
      if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
        throw new IllegalArgumentException("namespace must be 1 to 100 of [A-Za-z0-9._:-]: " + namespace);
      }
      this.namespace = namespace;
      return this;
    }

    /**
     * Sets how long a command may take before it is given up (pauses still hold in this process).
     *
     * @param timeout more than zero; 50 ms by default
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be more than zero: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets how often an unreachable Redis is tried again (and the connect timeout).
     *
     * @param retryEvery more than zero; 1 s by default
     * @return this builder
     */
    public Builder retryEvery(Duration retryEvery) {
      if (retryEvery.isNegative() || retryEvery.isZero()) {
        throw new IllegalArgumentException("retryEvery must be more than zero: " + retryEvery);
      }
      this.retryEvery = retryEvery;
      return this;
    }

    /**
     * Sets the longest pause trusted from Redis; keep it equal to the gate's.
     *
     * @param maxPause more than zero; 3 days by default
     * @return this builder
     */
    public Builder maxPause(Duration maxPause) {
      if (maxPause.isNegative() || maxPause.isZero()) {
        throw new IllegalArgumentException("maxPause must be more than zero: " + maxPause);
      }
      this.maxPause = maxPause;
      return this;
    }

    /**
     * Builds the store; it connects when a gate starts it.
     *
     * @return the store
     */
    public RedisPauseStore build() {
      return new RedisPauseStore(this);
    }
  }
}
