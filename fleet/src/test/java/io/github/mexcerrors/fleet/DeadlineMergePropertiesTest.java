package io.github.mexcerrors.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mexcerrors.mexc.MexcErrors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The merge of deadlines across gates: whatever the order and whoever records, every gate ends up with the latest
 * end, and clock skew between processes does not move it (pauses travel as durations).
 */
class DeadlineMergePropertiesTest {
  /** One pause: which gate records it, after how long, for how long. */
  record Pause(int gate, int atMillis, int millis) {}

  @Provide
  Arbitrary<List<Pause>> pauses() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2_000),
        Arbitraries.integers().between(1, 10_000)).as(Pause::new).list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 300)
  void everyGateEndsAtTheLatestEndWhateverTheSkew(@ForAll("pauses") List<Pause> pauses,
      @ForAll @Size(4) List<@IntRange(min = -86_400_000, max = 86_400_000) Integer> skews) {
    AtomicLong real = new AtomicLong(5_000_000);
    InProcessPauseStore store = new InProcessPauseStore();
    List<PauseGate> gates = new ArrayList<>();
    for (int skew : skews) {
      // Each process's monotonic clock has its own origin: real time plus a skew of up to a day either way.
      gates.add(PauseGate.builder(MexcErrors.factory()).store(store).clock(() -> real.get() + skew).build());
    }
    List<Pause> inTime = new ArrayList<>(pauses);
    inTime.sort((a, b) -> Integer.compare(a.atMillis(), b.atMillis()));
    long start = real.get();
    long latestEnd = Long.MIN_VALUE;
    for (Pause pause : inTime) {
      real.set(start + pause.atMillis());
      gates.get(pause.gate()).onError(null, Answers.status(418, Duration.ofMillis(pause.millis())));
      latestEnd = Math.max(latestEnd, real.get() + pause.millis());
    }
    long now = real.get();
    for (PauseGate gate : gates) {
      assertEquals(Math.max(0, latestEnd - now), gate.pausedFor((Function<String, String>) null).toMillis());
    }
  }

  @Property(tries = 300)
  void theMergeIsTheMaximumInAnyOrder(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = -1_000_000,
      max = 1_000_000) Integer> deadlines) {
    PauseGate.Slot slot = new PauseGate.Slot("ip:default");
    long max = Long.MIN_VALUE;
    for (int deadline : deadlines) {
      boolean later = deadline > max;
      assertEquals(later, slot.raise(deadline));
      max = Math.max(max, deadline);
    }
    assertEquals(max, slot.deadline.get());
  }
}
