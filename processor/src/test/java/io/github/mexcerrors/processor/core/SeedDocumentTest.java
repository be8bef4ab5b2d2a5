package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 28 codes of the seed document keep its sections and its advice; classification follows MEXC's notes. */
class SeedDocumentTest {
  private static final ErrorTable TABLE = BundledTable.read();

  private static final Map<String, List<Integer>> SEED_SECTIONS = Map.of(
      "Authentication", List.of(400, 602, 700001, 700002, 700003, 700005, 700006, 700007),
      "Trading", List.of(-2011, 30000, 30001, 30002, 30003, 30004, 30010, 30014, 30016, 30018, 30019, 30026, 30029,
          30032),
      "Account", List.of(10001, 10072, 10073, 10101, 60005, 70011));

  private static CodeEntry spot(int code) {
    return TABLE.code(MexcApi.SPOT, code).orElseThrow(() -> new AssertionError("missing spot code " + code));
  }

  @Test
  void theSeedCodesKeepTheirSections() {
    int count = 0;
    for (Map.Entry<String, List<Integer>> section : SEED_SECTIONS.entrySet()) {
      for (int code : section.getValue()) {
        assertWithMessage("section of spot %s", code).that(spot(code).section()).isEqualTo(section.getKey());
        count++;
      }
    }
    assertThat(count).isEqualTo(28);
  }

  @Test
  void theSeedAdviceOpensTheHints() {
    assertThat(spot(700003).hint()).startsWith("Sync your system clock");
    assertThat(spot(700002).hint()).startsWith("Check signature algorithm");
    assertThat(spot(30004).hint()).startsWith("Insufficient balance");
    assertThat(spot(10101).hint()).startsWith("Insufficient balance");
    assertThat(spot(30014).hint()).startsWith("Check symbol format (e.g., BTCUSDT)");
    assertThat(spot(30016).hint()).startsWith("Trading disabled for this pair");
    assertThat(spot(30018).hint()).startsWith("Trading disabled for this pair");
  }

  @Test
  void insufficientBalanceCodesShareOneCategory() {
    assertThat(spot(30004).category()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(spot(10101).category()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(TABLE.code(MexcApi.FUTURES, 2005).orElseThrow().category()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(TABLE.isA("INSUFFICIENT_BALANCE", "ACCOUNT")).isTrue();
  }

  @Test
  void retryPoliciesFollowMexcSemantics() {
    assertThat(spot(700003).retryPolicy()).isEqualTo(RetryPolicy.AFTER_CLOCK_SYNC);
    assertThat(spot(700003).category()).isEqualTo("CLOCK_SKEW");
    assertThat(TABLE.isA("CLOCK_SKEW", "AUTHENTICATION")).isTrue();
    assertThat(spot(700005).retryPolicy()).isEqualTo(RetryPolicy.NEVER);
    assertThat(spot(700005).category()).isNotEqualTo("CLOCK_SKEW");
    assertThat(spot(429).retryPolicy()).isEqualTo(RetryPolicy.AFTER_BACKOFF);
    assertThat(TABLE.code(MexcApi.FUTURES, 510).orElseThrow().retryPolicy()).isEqualTo(RetryPolicy.AFTER_BACKOFF);
    assertThat(spot(503).retryPolicy()).isEqualTo(RetryPolicy.AFTER_BACKOFF);
    assertThat(spot(500).retryPolicy()).isEqualTo(RetryPolicy.IF_IDEMPOTENT);
    assertThat(spot(30004).retryPolicy()).isEqualTo(RetryPolicy.NEVER);
    assertThat(spot(700002).retryPolicy()).isEqualTo(RetryPolicy.NEVER);
  }

  @Test
  void everyCodeHasAUsefulOneLineHint() {
    for (MexcApi api : MexcApi.values()) {
      for (CodeEntry entry : TABLE.codes(api)) {
        assertWithMessage("hint of %s %s", api, entry.code()).that(entry.hint().length()).isAtLeast(30);
        assertWithMessage("hint of %s %s", api, entry.code()).that(entry.hint()).doesNotContain("\n");
      }
    }
  }

  @Test
  void theServerCategoryTreeIsThere() {
    assertThat(TABLE.isA("RATE_LIMIT", "SERVER")).isTrue();
    assertThat(TABLE.isA("UNAVAILABLE", "SERVER")).isTrue();
    assertThat(TABLE.isA("UNKNOWN_OUTCOME", "SERVER")).isTrue();
  }
}
