package io.github.mexcerrors.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.RateLimitException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PauseGateTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final InProcessPauseStore store = new InProcessPauseStore();

  private PauseGate gate() {
    return PauseGate.builder(MexcErrors.factory()).store(store).clock(now::get).build();
  }

  @Test
  void aBanPausesEveryGateOfTheStoreAndTheRefusalSaysTheTimeLeft() {
    PauseGate one = gate();
    PauseGate other = gate();
    other.beforeSend(null);
    one.onError(Answers.key("k1"), Answers.status(418, Duration.ofSeconds(3)));
    now.addAndGet(1_000);
    RateLimitException refused = assertThrows(RateLimitException.class, () -> other.beforeSend(Answers.key("k2")));
    assertEquals(Duration.ofMillis(2_000), refused.retryAfter().orElseThrow());
    assertTrue(PauseGate.isLocal(refused), refused.getMessage());
    assertTrue(refused.getMessage().contains("ip:default"), refused.getMessage());
    now.addAndGet(2_000);
    other.beforeSend(Answers.key("k2"));
    one.beforeSend(null);
  }

  @Test
  void a429OfASignedRequestPausesThatKeyOnly() {
    PauseGate one = gate();
    PauseGate other = gate();
    one.onError(Answers.key("k1"), Answers.status(429, Duration.ofSeconds(2)));
    assertThrows(RateLimitException.class, () -> other.beforeSend(Answers.key("k1")));
    other.beforeSend(Answers.key("k2"));
    other.beforeSend(null);
    assertEquals(Duration.ofSeconds(2), other.pausedFor(PauseGate.keyScope("k1")));
  }

  @Test
  void a429OfAPublicRequestPausesTheEgress() {
    PauseGate one = gate();
    one.onError(null, Answers.status(429, Duration.ofSeconds(2)));
    assertThrows(RateLimitException.class, () -> one.beforeSend(Answers.key("k2")));
  }

  @Test
  void futuresRateLimitsWithoutRetryAfterPauseForTheConfiguredTime() {
    PauseGate one = PauseGate.builder(MexcErrors.factory()).store(store).clock(now::get)
        .pauseWithoutRetryAfter(Duration.ofMillis(700)).build();
    one.onError(Answers.key("k1"), Answers.futures(510));
    assertEquals(Duration.ofMillis(700), one.pausedFor(Answers.key("k1")));
    one.onError(Answers.key("k3"), Answers.futures(2037));
    assertEquals(Duration.ofMillis(700), one.pausedFor(Answers.key("k3")));
  }

  @Test
  void otherErrorsAndTheGatesOwnRefusalsPauseNothing() {
    PauseGate one = gate();
    one.onError(null, Answers.status(503, Duration.ofSeconds(5)));
    one.onError(null, Answers.futures(602));
    assertEquals(Duration.ZERO, one.pausedFor((java.util.function.Function<String, String>) null));
    one.onError(null, Answers.status(418, Duration.ofSeconds(1)));
    RateLimitException refused = assertThrows(RateLimitException.class, () -> one.beforeSend(null));
    now.addAndGet(500);
    one.onError(null, refused);
    now.addAndGet(500);
    one.beforeSend(null);
  }

  @Test
  void theLaterEndWins() {
    PauseGate one = gate();
    one.onError(null, Answers.status(418, Duration.ofSeconds(5)));
    one.onError(null, Answers.status(418, Duration.ofSeconds(1)));
    assertEquals(Duration.ofSeconds(5), one.pausedFor((java.util.function.Function<String, String>) null));
  }

  @Test
  void keyScopesHashTheKey() {
    String scope = PauseGate.keyScope("my-secret-api-key");
    assertTrue(PauseGate.SCOPE.matcher(scope).matches(), scope);
    assertFalse(scope.contains("secret"));
    assertEquals(scope, PauseGate.keyScope("my-secret-api-key"));
  }
}
