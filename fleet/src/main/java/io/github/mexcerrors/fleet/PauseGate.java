package io.github.mexcerrors.fleet;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.MexcGate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ObjLongConsumer;
import java.util.regex.Pattern;

/**
 * A pause gate shared by a fleet: when one process sees a rate-limit answer of MEXC, every process that shares
 * its {@link PauseStore} stops sending to the same scope until the pause ends, instead of walking into an IP ban.
 *
 * <pre>{@code
 * PauseGate gate = PauseGate.builder(MexcErrors.factory())
 *     .store(RedisPauseStore.builder("redis://127.0.0.1:6379").build())   // or the in-process default
 *     .build();
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(MexcInterceptor.builder(MexcErrors.factory()).gate(gate).build())
 *     .build();
 * }</pre>
 *
 * <h2>What pauses</h2>
 * An error whose category is the table's {@code RATE_LIMIT} or one below it (its name is
 * {@link Builder#rateLimitCategory(String) configurable}): with the bundled table, HTTP 429 and 418, spot code
 * 429, futures 510 and 2037 (whatever the table puts in that category). The pause lasts the answer's
 * {@code Retry-After}, or {@link Builder#pauseWithoutRetryAfter(Duration)} (1 s by default) when it has none
 * (futures answers come with HTTP 200 and no header), at most {@link Builder#maxPause(Duration)} (3 days, MEXC's
 * longest ban). When two pauses of one scope race, the later end wins, in every process.
 *
 * <h2>Scopes: per IP and per API key</h2>
 * MEXC limits requests per IP and per account. Its spot API documentation (General Info, "Limits"): "The account
 * is used as the basic unit of speed limit for the endpoints that need to carry access keys. For endpoints that do
 * not need to carry access keys, IP addresses are used"; "Repeatedly violating rate limits and/or failing to back
 * off after receiving 429s will result in an automated IP ban" (418), "from 2 minutes to 3 days"; "A Retry-After
 * header is sent with a 418 or 429". The futures API limits each endpoint by a request count; the gate applies the
 * same rule to it (a key's request pauses the key). So:
 * <ul>
 *   <li>a 418 pauses the <b>egress</b> scope {@code ip:<egress>}: every request of every process that sends from
 *       that IP (name the egress with {@link Builder#egress(String)}; processes behind one NAT share a name);
 *   <li>any other rate limit of a request that carried an API key ({@code X-MEXC-APIKEY} for spot,
 *       {@code ApiKey} for futures) pauses the <b>key</b> scope {@code key:<hash>}: every request with that key,
 *       from any IP;
 *   <li>a rate limit of a request without a key pauses the egress scope.
 * </ul>
 * A request waits for its egress scope and for its key's scope. The key is never stored or sent anywhere: the
 * scope names it by the first 16 hex digits of its SHA-256.
 *
 * <h2>Checking costs no round trip</h2>
 * Each gate keeps the deadline of each scope in memory (a volatile {@code long} on a monotonic clock, reset once
 * the pause has ended so that an open gate reads no clock); the store only carries new pauses between processes,
 * as durations. {@link #beforeSend} reads memory, never the store.
 *
 * <p>While paused, {@link #beforeSend} throws the table's rate-limit exception (a {@code RateLimitException}
 * with the bundled table) created by the factory from a local answer: HTTP status 429, no code, a message that
 * starts with {@value #NOT_SENT}, and {@link MexcException#retryAfter()} the time left. Nothing is sent.
 * {@link #isLocal(MexcException)} tells such an exception from MEXC's. With {@code MexcRetry} (Resilience4j) the
 * caller waits the time left and tries again.
 *
 * <p>Thread-safe; share one gate per process (or per egress).
 */
public final class PauseGate implements MexcGate, AutoCloseable {
  /** The start of the message of the exception a paused gate throws. */
  public static final String NOT_SENT = "Not sent: ";

  /** The header of a spot request that carries the API key. */
  public static final String SPOT_KEY_HEADER = "X-MEXC-APIKEY";

  /** The header of a futures request that carries the API key. */
  public static final String FUTURES_KEY_HEADER = "ApiKey";

  /** HTTP 418: MEXC's IP ban, which holds for the IP whatever the key. */
  private static final int IP_BAN = 418;

  /** A deadline that has passed long ago: the gate is open. */
  private static final long OPEN = Long.MIN_VALUE;

  /** What a scope looks like: {@code ip:} and a short name, or {@code key:} and 16 hex digits. */
  static final Pattern SCOPE = Pattern.compile("ip:[A-Za-z0-9._-]{1,64}|key:[0-9a-f]{16}");

  private final MexcExceptionFactory factory;
  private final PauseStore store;
  private final String rateLimitCategory;
  private final long defaultPauseMillis;
  private final long maxPauseMillis;
  private final LongSupplier clock;
  private final Slot egress;
  private final ConcurrentHashMap<String, Slot> byScope = new ConcurrentHashMap<>();
  /** Slots by the raw key as the requests carry it: memory only, never shared. */
  private final ConcurrentHashMap<String, Slot> byApiKey = new ConcurrentHashMap<>();

  private PauseGate(Builder builder) {
    this.factory = builder.factory;
    this.store = builder.store != null ? builder.store : InProcessPauseStore.jvm();
    this.rateLimitCategory = builder.rateLimitCategory;
    this.defaultPauseMillis = builder.pauseWithoutRetryAfter.toMillis();
    this.maxPauseMillis = builder.maxPause.toMillis();
    this.clock = builder.clock;
    this.egress = slot("ip:" + builder.egress);
    store.start(new StoreListener());
  }

  /**
   * Creates a gate with every default: the JVM-wide in-process store, egress {@code default}.
   *
   * @param factory the factory of the exceptions: the generated {@code MexcErrors.factory()}
   * @return the gate
   */
  public static PauseGate of(MexcExceptionFactory factory) {
    return builder(factory).build();
  }

  /**
   * Starts a gate.
   *
   * @param factory the factory of the exceptions: the generated {@code MexcErrors.factory()}
   * @return the builder
   */
  public static Builder builder(MexcExceptionFactory factory) {
    return new Builder(Objects.requireNonNull(factory, "factory"));
  }

  /**
   * Tells whether an exception was thrown by a paused gate (nothing was sent) rather than answered by MEXC.
   *
   * @param error the exception
   * @return whether it is a gate's
   */
  public static boolean isLocal(MexcException error) {
    return error.code() == MexcException.NO_CODE && error.response().body().isEmpty()
        && error.exchangeMessage() != null && error.exchangeMessage().startsWith(NOT_SENT);
  }

  /**
   * Names the scope of an API key: {@code key:} and the first 16 hex digits of its SHA-256.
   *
   * @param apiKey the key
   * @return the scope
   */
  public static String keyScope(String apiKey) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
      StringBuilder scope = new StringBuilder("key:");
      for (int i = 0; i < 8; i++) {
        scope.append(Character.forDigit((hash[i] >> 4) & 0xF, 16)).append(Character.forDigit(hash[i] & 0xF, 16));
      }
      return scope.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public void beforeSend(Function<String, String> requestHeaders) {
    check(egress, requestHeaders);
    if (requestHeaders != null) {
      String key = apiKey(requestHeaders);
      if (key != null) {
        check(keySlot(key), requestHeaders);
      }
    }
  }

  private void check(Slot slot, Function<String, String> requestHeaders) {
    long deadline = slot.deadline.get();
    if (deadline != OPEN) {
      long left = deadline - clock.getAsLong();
      if (left > 0) {
        throw refused(slot, left, requestHeaders);
      }
      // Ended: open again, so that the next checks read no clock (unless a later pause came in meanwhile).
      slot.deadline.compareAndSet(deadline, OPEN);
    }
  }

  private MexcException refused(Slot slot, long left, Function<String, String> requestHeaders) {
    MexcApi api = requestHeaders != null && header(requestHeaders, FUTURES_KEY_HEADER) != null
        && header(requestHeaders, SPOT_KEY_HEADER) == null ? MexcApi.FUTURES : MexcApi.SPOT;
    MexcErrorResponse response = MexcErrorResponse.builder(api)
        .httpStatus(429)
        .message(NOT_SENT + "this fleet pauses " + slot.scope + " for another " + left + " ms after a rate limit")
        .retryAfter(Duration.ofMillis(left))
        .build();
    return factory.create(response);
  }

  @Override
  public void onError(Function<String, String> requestHeaders, MexcException error) {
    if (error == null || !isRateLimit(error) || isLocal(error)) {
      return;
    }
    long millis = error.retryAfter().map(PauseGate::millis).orElse(defaultPauseMillis);
    if (millis <= 0) {
      return;
    }
    millis = Math.min(millis, maxPauseMillis);
    Slot slot = egress;
    if (error.response().httpStatusOrNone() != IP_BAN && requestHeaders != null) {
      String key = apiKey(requestHeaders);
      if (key != null) {
        slot = keySlot(key);
      }
    }
    pause(slot, millis);
  }

  /**
   * Records a pause of a scope here and shares it, e.g. for a rate limit seen by a client the adapters do not
   * cover. The later end wins.
   *
   * @param scope {@code ip:<egress>} or a {@link #keyScope(String) key scope}
   * @param pause how long from now
   */
  public void pause(String scope, Duration pause) {
    if (!SCOPE.matcher(scope).matches()) {
      throw new IllegalArgumentException("not a scope: " + scope);
    }
    long millis = Math.min(millis(pause), maxPauseMillis);
    if (millis > 0) {
      pause(slot(scope), millis);
    }
  }

  private void pause(Slot slot, long millis) {
    if (slot.raise(clock.getAsLong() + millis)) {
      store.share(slot.scope, millis);
    }
  }

  @Override
  public Duration pausedFor(Function<String, String> requestHeaders) {
    long now = clock.getAsLong();
    long left = egress.left(now);
    if (requestHeaders != null) {
      String key = apiKey(requestHeaders);
      if (key != null) {
        left = Math.max(left, keySlot(key).left(now));
      }
    }
    return Duration.ofMillis(left);
  }

  /**
   * Tells how long a scope is still paused in this process.
   *
   * @param scope the scope
   * @return the time left, {@link Duration#ZERO} when open or unknown
   */
  public Duration pausedFor(String scope) {
    Slot slot = byScope.get(scope);
    return Duration.ofMillis(slot == null ? 0 : slot.left(clock.getAsLong()));
  }

  /**
   * Returns the scope of every request of this gate: {@code ip:} and the egress name.
   *
   * @return the egress scope
   */
  public String egressScope() {
    return egress.scope;
  }

  /**
   * Returns the store.
   *
   * @return the store
   */
  public PauseStore store() {
    return store;
  }

  /** Closes the store; the deadlines held so far still hold. */
  @Override
  public void close() {
    store.close();
  }

  private boolean isRateLimit(MexcException error) {
    Optional<? extends MexcErrorCategory> category = error.category();
    while (category.isPresent()) {
      if (category.get().name().equals(rateLimitCategory)) {
        return true;
      }
      category = category.get().parent();
    }
    return false;
  }

  private static String apiKey(Function<String, String> headers) {
    String key = header(headers, SPOT_KEY_HEADER);
    if (key == null || key.isEmpty()) {
      key = header(headers, FUTURES_KEY_HEADER);
    }
    return key == null || key.isEmpty() ? null : key;
  }

  private static String header(Function<String, String> headers, String name) {
    try {
      return headers.apply(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Slot keySlot(String apiKey) {
    Slot slot = byApiKey.get(apiKey);
    if (slot == null) {
      slot = byApiKey.computeIfAbsent(apiKey, key -> slot(keyScope(key)));
    }
    return slot;
  }

  private Slot slot(String scope) {
    Slot slot = byScope.get(scope);
    if (slot == null) {
      slot = byScope.computeIfAbsent(scope, Slot::new);
      store.watch(scope);
    }
    return slot;
  }

  private static long millis(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return 0;
    }
    try {
      long millis = duration.toMillis();
      // A remainder under a millisecond still asks for a wait: round up.
      return duration.minusMillis(millis).isZero() ? millis : millis + 1;
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  /** What the store tells the gate. */
  private final class StoreListener implements PauseStore.Listener {
    @Override
    public void paused(String scope, long millis) {
      if (millis <= 0 || millis > maxPauseMillis || scope == null || !SCOPE.matcher(scope).matches()) {
        return; // not a pause this gate trusts
      }
      slot(scope).raise(clock.getAsLong() + millis);
    }

    @Override
    public void forEachActive(ObjLongConsumer<String> sink) {
      long now = clock.getAsLong();
      for (Map.Entry<String, Slot> entry : byScope.entrySet()) {
        long left = entry.getValue().left(now);
        if (left > 0) {
          sink.accept(entry.getKey(), left);
        }
      }
    }
  }

  /** The deadline of one scope in this process, on the gate's monotonic clock. */
  static final class Slot {
    final String scope;
    final AtomicLong deadline = new AtomicLong(OPEN);

    Slot(String scope) {
      this.scope = scope;
    }

    /** Keeps the later deadline; tells whether this one was later. */
    boolean raise(long until) {
      long current;
      do {
        current = deadline.get();
        if (current != OPEN && current >= until) {
          return false;
        }
      } while (!deadline.compareAndSet(current, until));
      return true;
    }

    long left(long now) {
      long current = deadline.get();
      return current == OPEN ? 0 : Math.max(0, current - now);
    }
  }

  /** Builds a {@link PauseGate}. Not thread-safe. */
  public static final class Builder {
    private final MexcExceptionFactory factory;
    private PauseStore store;
    private String egress = "default";
    private String rateLimitCategory = "RATE_LIMIT";
    private Duration pauseWithoutRetryAfter = Duration.ofSeconds(1);
    private Duration maxPause = Duration.ofDays(3);
    private LongSupplier clock = () -> System.nanoTime() / 1_000_000L;

    private Builder(MexcExceptionFactory factory) {
      this.factory = factory;
    }

    /**
     * Sets where pauses are shared: {@link RedisPauseStore} for a fleet of processes. By default the JVM-wide
     * in-process store ({@link InProcessPauseStore#jvm()}). The gate starts the store and closes it on
     * {@link PauseGate#close()}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(PauseStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Names the egress IP this process sends from: processes with the same name share IP-wide pauses (418).
     *
     * @param egress letters, digits, {@code .}, {@code _} or {@code -}, at most 64; {@code default} by default
     * @return this builder
     */
    public Builder egress(String egress) {
      if (egress == null || !SCOPE.matcher("ip:" + egress).matches()) {
        throw new IllegalArgumentException(
            "egress must be 1 to 64 letters, digits, '.', '_' or '-': " + egress);
      }
      this.egress = egress;
      return this;
    }

    /**
     * Names the table's category whose errors pause (with the categories below it).
     *
     * @param name the category's name; {@code RATE_LIMIT} by default
     * @return this builder
     */
    public Builder rateLimitCategory(String name) {
      this.rateLimitCategory = Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Sets the pause of a rate-limit error without {@code Retry-After} (futures 510 comes as HTTP 200).
     *
     * @param pause not negative; zero pauses nothing for such errors; 1 s by default
     * @return this builder
     */
    public Builder pauseWithoutRetryAfter(Duration pause) {
      if (pause.isNegative()) {
        throw new IllegalArgumentException("pause must not be negative: " + pause);
      }
      this.pauseWithoutRetryAfter = pause;
      return this;
    }

    /**
     * Sets the longest pause the gate keeps or trusts from its store (a longer one is cut, or ignored when it
     * comes from the store).
     *
     * @param maxPause more than zero; 3 days by default (MEXC's longest IP ban)
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
     * Replaces the clock, for tests.
     *
     * @param millis a monotonic clock in milliseconds
     * @return this builder
     */
    public Builder clock(LongSupplier millis) {
      this.clock = Objects.requireNonNull(millis, "millis");
      return this;
    }

    /**
     * Builds the gate and starts its store.
     *
     * @return the gate
     */
    public PauseGate build() {
      return new PauseGate(this);
    }
  }
}
