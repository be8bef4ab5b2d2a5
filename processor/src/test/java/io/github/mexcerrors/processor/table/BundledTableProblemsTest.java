package io.github.mexcerrors.processor.table;

import static com.google.common.truth.Truth.assertThat;

import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.testing.SmallTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Problems only a broken processor jar has: its bundled table extending another table. The table layer is driven
 * directly, with a bundled document of the test's own.
 */
class BundledTableProblemsTest {
  private static final String TABLE = SmallTable.HEAD + SmallTable.CODE;

  @Test
  void aBundledTableThatExtendsAnotherIsRefused() {
    TableProblems problems = new TableProblems();
    TableDocument bundled = new TableParser("bundled.yaml", problems).parse("extends: bundled\n" + TABLE)
        .orElseThrow();
    TableDocument user = new TableParser("t.yaml", problems).parse("extends: bundled\n" + TABLE.replace(
        "package: t.gen\n", "package: t.mine\n")).orElseThrow();
    assertThat(problems.all()).isEmpty();
    new TableResolver(problems).resolve(bundled, user);
    List<String> texts = problems.all().stream().map(TableProblems.Problem::toString).toList();
    assertThat(texts).contains("bundled.yaml:1:10: [MEXC-T101] the bundled table cannot extend another table");
    assertThat(problems.all().stream().map(TableProblems.Problem::id).toList()).contains(Message.BUNDLED_EXTENDS);
  }
}
