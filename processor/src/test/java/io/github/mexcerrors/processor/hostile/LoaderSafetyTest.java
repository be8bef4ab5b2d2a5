package io.github.mexcerrors.processor.hostile;

import io.github.mexcerrors.processor.table.TableLimits;
import static com.google.common.truth.Truth.assertThat;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.testing.SmallTable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The table loader refuses what a careless YAML loader would act on: object-constructing tags, duplicate keys,
 * alias bombs, deep nesting, huge files, control characters, overlong texts. Each refusal is one clear error at
 * the right line and column that names the limit.
 */
class LoaderSafetyTest {
  static final String HEAD = SmallTable.HEAD;
  static final String CODE = SmallTable.CODE;

  @Test
  void theBaseTableIsValid() {
    Hostile.Resolved resolved = Hostile.resolve(HEAD + CODE);
    assertThat(resolved.problems()).isEmpty();
    assertThat(resolved.table().orElseThrow().codes(MexcApi.SPOT)).hasSize(1);
  }

  @Test
  void globalTagThatWouldConstructAnObjectIsRefusedAtItsPosition() {
    // CVE-2022-1471's payload shape: with a constructing loader this instantiates a ScriptEngineManager.
    Hostile.Resolved resolved = Hostile.resolve(HEAD
        + "spot: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
        + " [\"http://localhost/\"]]]]\n");
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.problems().get(0).toString()).isEqualTo("t.yaml:6:7: [MEXC-T011] the YAML tag"
        + " 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed: a table holds plain strings,"
        + " numbers, lists and mappings only (tags that construct objects are refused); remove the tag");
  }

  @Test
  void standardAndLocalTagsOnValuesAreRefusedAtTheirPosition() {
    assertOneProblem(HEAD + CODE.replace("hint: Do one thing.", "hint: !!binary aGludA=="), "t.yaml:11:11:",
        "the YAML tag 'tag:yaml.org,2002:binary' is not allowed");
    assertOneProblem(HEAD + CODE.replace("message: One", "message: !custom One"), "t.yaml:9:14:",
        "the YAML tag '!custom' is not allowed");
    assertOneProblem(HEAD + CODE.replace("category: ROOT", "category: !!set {ROOT: null}"), "t.yaml:10:15:",
        "the YAML tag 'tag:yaml.org,2002:set' is not allowed");
  }

  @Test
  void mergeKeysAreRefused() {
    assertOneProblem(HEAD + "base: &b {hint: x}\n" + CODE.replace("    hint: Do one thing.\n", "    <<: *b\n"),
        "t.yaml:12:5:", "[MEXC-T018] YAML merge keys ('<<') are not supported");
  }

  @Test
  void duplicateKeysAreRefusedWhereTheSecondOneIs() {
    assertOneProblem(HEAD + "package: other\n" + CODE, "t.yaml:6:1:",
        "[MEXC-T022] duplicate key 'package': it is already given at line 1; remove one of them");
    assertOneProblem(HEAD + CODE + "    hint: Do another thing.\n", "t.yaml:12:5:",
        "duplicate key 'hint': it is already given at line 11");
    assertOneProblem(HEAD.replace("    section: Root\n", "    section: Root\n    section: Again\n") + CODE,
        "t.yaml:6:5:", "duplicate key 'section'");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void billionLaughsIsRefusedBeforeItExpands() {
    // Nine levels of nine aliases each: 9^9 = 387,420,489 strings if a loader expanded it.
    StringBuilder yaml = new StringBuilder(HEAD).append(CODE)
        .append("laughs:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String previous = "a";
    for (char level = 'b'; level <= 'i'; level++) {
      yaml.append("  ").append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i > 0 ? "," : "").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = String.valueOf(level);
    }
    Hostile.Resolved resolved = Hostile.resolve(yaml.toString());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    // At the alias over the limit: line 14 (b) has aliases 1 to 9, line 15 (c) 10 to 18, the 17th at column 31
    assertThat(resolved.problems().get(0).toString()).startsWith("t.yaml:15:31: [MEXC-T014] the table was refused");
    assertThat(resolved.messages()).contains("it uses more than " + TableLimits.MAX_ALIASES
        + " aliases ('*name') to lists or mappings, the limit that guards against alias expansion bombs"
        + " (\"billion laughs\")");
  }

  @Test
  void aFewAliasesAreFine() {
    // Aliases themselves are YAML; only their number is bounded.
    String yaml = HEAD + "spot:\n"
        + "  - code: 1\n    name: ONE\n    message: &m Same text\n    category: ROOT\n    hint: &h Same hint.\n"
        + "  - code: 2\n    name: TWO\n    message: *m\n    category: ROOT\n    hint: *h\n";
    Hostile.Resolved resolved = Hostile.resolve(yaml);
    assertThat(resolved.problems()).isEmpty();
    assertThat(resolved.table().orElseThrow().codes(MexcApi.SPOT).get(1).hint()).isEqualTo("Same hint.");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    int depth = TableLimits.MAX_NESTING_DEPTH + 1;
    Hostile.Resolved resolved = Hostile.resolve(HEAD + CODE + "deep: " + "[".repeat(depth) + "]".repeat(depth)
        + "\n");
    assertThat(resolved.table()).isEmpty();
    // At the bracket one level too deep: the table's mapping is the first level, the first bracket the second
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.problems().get(0).toString())
        .startsWith("t.yaml:12:" + ("deep: ".length() + TableLimits.MAX_NESTING_DEPTH) + ": [MEXC-T014]");
    assertThat(resolved.messages())
        .contains("its lists and mappings nest deeper than " + TableLimits.MAX_NESTING_DEPTH + " levels");
  }

  @Test
  void aRecursiveAliasIsRefused() {
    Hostile.Resolved resolved = Hostile.resolve(HEAD + CODE + "loop: &loop [*loop]\n");
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.messages()).contains("nests deeper than " + TableLimits.MAX_NESTING_DEPTH + " levels");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aFileOverTheSizeLimitIsRefusedUnread() {
    String yaml = HEAD + CODE + "#" + "x".repeat(TableLimits.MAX_CODE_POINTS);
    Hostile.Resolved resolved = Hostile.resolve(yaml);
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.messages()).contains("t.yaml:1:1: [MEXC-T010] the table has " + yaml.length()
        + " characters, more than the limit of " + TableLimits.MAX_CODE_POINTS + " (4 MiB)");
  }

  @Test
  void aLargeFileUnderTheLimitIsRead() {
    String yaml = HEAD + CODE + "# padding\n".repeat(100_000);
    assertThat(yaml.length()).isLessThan(TableLimits.MAX_CODE_POINTS);
    assertThat(Hostile.resolve(yaml).problems()).isEmpty();
  }

  @Test
  void aRawControlCharacterIsRefusedAtItsPosition() {
    assertOneProblem(HEAD + CODE.replace("message: One", "message: O\u0001ne"), "t.yaml:9:15:",
        "[MEXC-T013] the character U+0001 is not allowed in a YAML file; write it as an escape inside a"
            + " double-quoted string");
  }

  @Test
  void aTextAtTheLengthLimitIsReadAndOneCharacterMoreIsRefused() {
    String atLimit = "\u4e2d".repeat(TableLimits.MAX_TEXT_LENGTH);
    Hostile.Resolved ok = Hostile.resolve(HEAD + CODE.replace("message: One", "message: " + atLimit));
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.table().orElseThrow().codes(MexcApi.SPOT).get(0).message()).isEqualTo(atLimit);

    assertOneProblem(HEAD + CODE.replace("hint: Do one thing.", "hint: " + atLimit + "x"), "t.yaml:11:11:",
        "'hint' has 4097 characters, more than the limit of 4096 for one text");
    assertOneProblem(HEAD + CODE.replace("message: One", "message: One\n    alternativeMessages: [" + atLimit
        + "y]"), "t.yaml:10:27:", "'alternativeMessages' has 4097 characters");
  }

  @Test
  void theMostCategoriesAreReadAndOneMoreIsRefusedAtItsLine() {
    StringBuilder categories = new StringBuilder(HEAD);
    for (int c = 1; c < TableLimits.MAX_CATEGORIES; c++) {
      categories.append("  C").append(c).append(":\n    parent: ROOT\n    description: C.\n");
    }
    Hostile.Resolved atLimit = Hostile.resolve(categories + CODE);
    assertThat(atLimit.problems()).isEmpty();
    assertThat(atLimit.table().orElseThrow().categories()).hasSize(TableLimits.MAX_CATEGORIES);
    // ROOT is on line 3, then three lines a category: the one over the limit is on line 3 + 3 * MAX_CATEGORIES.
    assertOneProblem(categories + "  EXTRA:\n    parent: ROOT\n    description: C.\n" + CODE,
        "t.yaml:" + (3 + 3 * TableLimits.MAX_CATEGORIES) + ":3:", "[MEXC-T109] category EXTRA is category number "
            + (TableLimits.MAX_CATEGORIES + 1) + " of " + (TableLimits.MAX_CATEGORIES + 1)
            + ", more than the limit of " + TableLimits.MAX_CATEGORIES + " categories");
  }

  @Test
  void theMostMessagesACodeMayHaveAreReadAndOneMoreIsRefused() {
    StringBuilder alternatives = new StringBuilder();
    for (int m = 1; m < TableLimits.MAX_MESSAGES; m++) {
      alternatives.append(m == 1 ? "" : ", ").append("Alternative ").append(m);
    }
    Hostile.Resolved atLimit = Hostile.resolve(HEAD + CODE.replace("message: One", "message: One\n"
        + "    alternativeMessages: [" + alternatives + "]"));
    assertThat(atLimit.problems()).isEmpty();
    assertThat(atLimit.table().orElseThrow().codes(MexcApi.SPOT).get(0).messages())
        .hasSize(TableLimits.MAX_MESSAGES);
    assertOneProblem(HEAD + CODE.replace("message: One", "message: One\n"
        + "    alternativeMessages: [" + alternatives + ", One more]"), "t.yaml:10:",
        "[MEXC-T129] spot code 1 has " + (TableLimits.MAX_MESSAGES + 1) + " messages, more than the limit of "
            + TableLimits.MAX_MESSAGES);
  }

  @Test
  void theCodeThatMeansNoCodeIsReserved() {
    assertOneProblem(HEAD + CODE.replace("code: 1", "code: -2147483648"), "t.yaml:7:11:",
        "[MEXC-T020] code -2147483648 is reserved: it is MexcException.NO_CODE");
    Hostile.Resolved beyond = Hostile.resolve(HEAD + CODE.replace("code: 1", "code: 2147483648"));
    assertThat(beyond.table()).isEmpty();
    assertThat(beyond.problems().get(0).toString())
        .startsWith("t.yaml:7:11: [MEXC-T033] 'code' 2147483648 is beyond the 32-bit int range");
    Hostile.Resolved max = Hostile.resolve(HEAD + CODE.replace("code: 1", "code: 2147483647"));
    assertThat(max.problems()).isEmpty();
    assertThat(max.table().orElseThrow().codes(MexcApi.SPOT).get(0).code()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void javacReportsTheRefusalAndGeneratesNothing() {
    Hostile.OnDisk compilation = Hostile.compileToDisk(HEAD + "spot: !!javax.script.ScriptEngineManager []\n",
        Hostile.fallbackHandler());
    assertThat(compilation.success()).isFalse();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0)).contains(".yaml:6:7: [MEXC-T011] the YAML tag"
        + " 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed");
    assertThat(compilation.sources()).isEmpty();
  }

  private static void assertOneProblem(String yaml, String position, String message) {
    Hostile.Resolved resolved = Hostile.resolve(yaml);
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.problems().get(0).toString()).startsWith(position);
    assertThat(resolved.problems().get(0).toString()).contains(message);
  }
}
