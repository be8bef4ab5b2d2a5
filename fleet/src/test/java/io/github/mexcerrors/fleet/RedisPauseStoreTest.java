package io.github.mexcerrors.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Redis store against a real redis-server on loopback. */
class RedisPauseStoreTest {
  private static final Duration SOON = Duration.ofSeconds(10);
  private static final Function<String, String> NONE = null;
  private static RedisServer redis;
  private static RedisClient client;
  private static StatefulRedisConnection<String, String> connection;
  private final List<PauseGate> gates = new ArrayList<>();
  private String namespace;

  @BeforeAll
  static void startRedis() throws Exception {
    redis = RedisServer.start();
    client = RedisClient.create(redis.uri());
    connection = client.connect();
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (client != null) {
      client.shutdown();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @BeforeEach
  void namespace() {
    namespace = "test" + System.nanoTime();
  }

  @AfterEach
  void closeGates() {
    gates.forEach(PauseGate::close);
  }

  private PauseGate gate(String uri) {
    PauseGate gate = PauseGate.builder(MexcErrors.factory())
        .store(RedisPauseStore.builder(uri).namespace(namespace).retryEvery(Duration.ofMillis(200)).build())
        .build();
    gates.add(gate);
    return gate;
  }

  private PauseGate sharedGate() throws InterruptedException {
    PauseGate gate = gate(redis.uri());
    Eventually.within(SOON, "the store shares", gate.store()::isShared);
    return gate;
  }

  private RedisCommands<String, String> redis() {
    return connection.sync();
  }

  @Test
  void aBanReachesAnotherGateThroughRedisAndIsStoredAsADeadlineWithExpiry() throws Exception {
    PauseGate one = sharedGate();
    PauseGate other = sharedGate();
    one.onError(NONE, Answers.status(418, Duration.ofSeconds(3)));
    Eventually.within(SOON, "the other gate pauses", () -> !other.pausedFor(NONE).isZero());
    RateLimitException refused = assertThrows(RateLimitException.class, () -> other.beforeSend(NONE));
    assertTrue(refused.retryAfter().orElseThrow().toMillis() > 2_000, refused.getMessage());
    String value = redis().get(namespace + ":ip:default");
    assertTrue(value.matches("v1:\\d{13}"), value);
    long pttl = redis().pttl(namespace + ":ip:default");
    assertTrue(pttl > 2_000 && pttl <= 3_000, "PTTL " + pttl);
  }

  @Test
  void whenTwoRaceTheLaterEndIsStored() throws Exception {
    PauseGate one = sharedGate();
    PauseGate other = sharedGate();
    CountDownLatch go = new CountDownLatch(1);
    Thread longer = new Thread(() -> {
      await(go);
      one.onError(NONE, Answers.status(418, Duration.ofSeconds(9)));
    });
    Thread shorter = new Thread(() -> {
      await(go);
      other.onError(NONE, Answers.status(418, Duration.ofSeconds(4)));
    });
    longer.start();
    shorter.start();
    go.countDown();
    longer.join();
    shorter.join();
    Eventually.within(SOON, "both gates hold the longer pause",
        () -> one.pausedFor(NONE).toMillis() > 8_000 && other.pausedFor(NONE).toMillis() > 8_000);
    long pttl = redis().pttl(namespace + ":ip:default");
    assertTrue(pttl > 8_000, "PTTL " + pttl);
    // A shorter pause later changes nothing in Redis.
    other.onError(NONE, Answers.status(418, Duration.ofSeconds(1)));
    Thread.sleep(100);
    assertTrue(redis().pttl(namespace + ":ip:default") > 8_000);
    // Redis keeps the later end itself, whatever a process (with a stale view) shares.
    one.store().share("ip:default", 1_000);
    other.store().share("ip:default", 2_000);
    Thread.sleep(200);
    long kept = redis().pttl(namespace + ":ip:default");
    assertTrue(kept > 8_000, "PTTL " + kept);
    other.store().share("ip:default", 20_000);
    Eventually.within(SOON, "a later end replaces it",
        () -> redis().pttl(namespace + ":ip:default") > 15_000 && one.pausedFor(NONE).toMillis() > 15_000);
  }

  @Test
  void aGateThatStartsDuringAPauseReadsItFromTheKey() throws Exception {
    PauseGate one = sharedGate();
    one.onError(Answers.key("secret-key"), Answers.status(429, Duration.ofSeconds(5)));
    String key = namespace + ":" + PauseGate.keyScope("secret-key");
    Eventually.within(SOON, "the key is stored", () -> redis().get(key) != null);
    PauseGate late = sharedGate();
    // The late gate has never seen the key's scope: the first request with the key watches it and reads Redis.
    late.beforeSend(Answers.key("another-key"));
    late.pausedFor(Answers.key("secret-key"));
    Eventually.within(SOON, "the late gate reads the pause",
        () -> late.pausedFor(Answers.key("secret-key")).toMillis() > 3_000);
    assertTrue(redis().keys(namespace + ":*").stream().noneMatch(k -> k.contains("secret")));
  }

  @Test
  void corruptOrForeignValuesAndMessagesAreIgnored() throws Exception {
    String key = namespace + ":ip:default";
    redis().set(key, "garbage");
    redis().hset(namespace + ":" + PauseGate.keyScope("k"), "field", "value");
    PauseGate gate = sharedGate();
    gate.pausedFor(Answers.key("k"));
    redis().publish(namespace, "v1 ip:default 999999999999");
    redis().publish(namespace, "v1 ip:default -5");
    redis().publish(namespace, "hello");
    redis().publish(namespace, "v1 ip:d€fault 5000");
    redis().publish(namespace, "v1 key:NOTAHASH 5000");
    Thread.sleep(300);
    assertEquals(Duration.ZERO, gate.pausedFor(Answers.key("k")));
    gate.beforeSend(Answers.key("k"));
    // A pause overwrites what was not ours.
    gate.onError(NONE, Answers.status(418, Duration.ofSeconds(2)));
    Eventually.within(SOON, "the value is replaced", () -> redis().get(key).startsWith("v1:"));
    gate.onError(Answers.key("k"), Answers.status(429, Duration.ofSeconds(2)));
    Eventually.within(SOON, "the hash is replaced",
        () -> "string".equals(redis().type(namespace + ":" + PauseGate.keyScope("k"))));
    // A well-formed message of another process is heard.
    PauseGate other = sharedGate();
    redis().publish(namespace, "v1 ip:other 4000");
    Eventually.within(SOON, "a well-formed message is heard", () -> other.pausedFor("ip:other").toMillis() > 0);
  }

  @Test
  void redisDownAtStartThenUpThenKilledThenBack() throws Exception {
    RedisServer own = RedisServer.start();
    try {
      own.kill();
      PauseGate one = gate(own.uri());
      PauseGate other = gate(own.uri());
      Thread.sleep(300);
      assertFalse(one.store().isShared());
      // Local pauses work without Redis, and the check does not wait for it.
      one.onError(Answers.key("k0"), Answers.status(429, Duration.ofSeconds(30)));
      assertThrows(RateLimitException.class, () -> one.beforeSend(Answers.key("k0")));
      other.beforeSend(Answers.key("k0"));

      own.restart();
      Eventually.within(SOON, "both share once Redis is up",
          () -> one.store().isShared() && other.store().isShared());
      // The pause recorded while Redis was down is shared once it is back.
      Eventually.within(SOON, "the other gate learns the earlier pause",
          () -> other.pausedFor(Answers.key("k0")).toMillis() > 20_000);

      own.kill();
      Eventually.within(SOON, "both notice Redis is gone",
          () -> !one.store().isShared() && !other.store().isShared());
      one.onError(Answers.key("k"), Answers.status(429, Duration.ofSeconds(30)));
      assertThrows(RateLimitException.class, () -> one.beforeSend(Answers.key("k")));
      other.beforeSend(Answers.key("k"));

      own.restart();
      Eventually.within(SOON, "both share again",
          () -> one.store().isShared() && other.store().isShared());
      Eventually.within(SOON, "the key's pause reaches the other gate",
          () -> other.pausedFor(Answers.key("k")).toMillis() > 20_000);
    } finally {
      own.close();
    }
  }

  @Test
  void aRedisThatNeverAnswersNeverHoldsARequestBack() throws Exception {
    // A port that accepts connections and never answers: Lettuce's handshake hangs, the requests must not.
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(silent.accept());
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      PauseGate gate = gate("redis://127.0.0.1:" + silent.getLocalPort());
      Eventually.within(SOON, "the store tries to connect", () -> !accepted.isEmpty());
      long[] took = new long[101];
      for (int i = 0; i < took.length; i++) {
        long start = System.nanoTime();
        gate.beforeSend(Answers.key("k" + (i % 3)));
        gate.onError(Answers.key("k" + (i % 3)), Answers.status(429, Duration.ofMillis(1)));
        took[i] = System.nanoTime() - start;
        Thread.sleep(1);
      }
      assertFalse(gate.store().isShared());
      java.util.Arrays.sort(took);
      assertTrue(took[took.length / 2] < 10_000_000L, "requests waited for a silent Redis: median "
          + took[took.length / 2] / 1_000 + " us, slowest " + took[took.length - 1] / 1_000 + " us");
      for (java.net.Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void aRedisThatHangsMidRunNeverHoldsARequestBack() throws Exception {
    RedisServer own = RedisServer.start();
    try {
      PauseGate gate = gate(own.uri());
      Eventually.within(SOON, "the store shares", gate.store()::isShared);
      own.signal("STOP");
      long[] took = new long[51];
      for (int i = 0; i < took.length; i++) {
        long start = System.nanoTime();
        gate.beforeSend(Answers.key("k" + i));
        gate.onError(Answers.key("k" + i), Answers.status(429, Duration.ofMillis(1)));
        took[i] = System.nanoTime() - start;
        Thread.sleep(2);
      }
      java.util.Arrays.sort(took);
      // The median, not the maximum: a loaded machine may deschedule any one call; waiting for Redis (its 50 ms
      // timeout) would slow every call.
      assertTrue(took[took.length / 2] < 10_000_000L, "requests waited for a hung Redis: median "
          + took[took.length / 2] / 1_000 + " us, slowest " + took[took.length - 1] / 1_000 + " us");
      own.signal("CONT");
    } finally {
      own.close();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
