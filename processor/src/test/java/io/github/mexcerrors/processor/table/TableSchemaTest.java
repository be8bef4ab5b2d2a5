package io.github.mexcerrors.processor.table;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.table.TableSchema.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schema is defined once, in {@link TableSchema}: the parser accepts exactly its keys, the user's document
 * ({@code docs/error-table-schema.md}) lists exactly them, and a user table overrides the bundled one key by key.
 */
class TableSchemaTest {
  private static final Path SCHEMA_DOC = Path.of("../docs/error-table-schema.md");
  private static final Pattern KEY_ROW = Pattern.compile("^\\| `([A-Za-z]+)` ", Pattern.MULTILINE);

  @Test
  void theSchemaDocumentListsExactlyTheKeysOfEachLevel() throws IOException {
    String doc = Files.readString(SCHEMA_DOC, StandardCharsets.UTF_8);
    assertWithMessage("top-level keys in %s", SCHEMA_DOC)
        .that(keysOfSection(doc, "## Top level")).containsExactlyElementsIn(TableSchema.names(Level.TOP));
    assertWithMessage("category keys in %s", SCHEMA_DOC)
        .that(keysOfSection(doc, "## Category keys")).containsExactlyElementsIn(TableSchema.names(Level.CATEGORY));
    assertWithMessage("code keys in %s", SCHEMA_DOC)
        .that(keysOfSection(doc, "## Code keys")).containsExactlyElementsIn(TableSchema.names(Level.CODE));
    assertWithMessage("alternative message keys in %s", SCHEMA_DOC)
        .that(keysOfSection(doc, "## Alternative message keys"))
        .containsExactlyElementsIn(TableSchema.names(Level.MESSAGE));
  }

  @Test
  void everyKeyOfTheSchemaIsReadAndAnUnknownOneIsRefusedWithTheSchemasList() {
    TableProblems problems = new TableProblems();
    String yaml = "package: a.b\ncategories:\n  ROOT:\n    description: D.\n    section: S\n    colour: red\n"
        + "spot:\n  - code: 1\n    name: ONE\n    message: M.\n    category: ROOT\n    hint: H.\n    colour: red\n";
    Optional<TableDocument> document = new TableParser("t.yaml", problems).parse(yaml);
    assertThat(document).isPresent();
    assertThat(problems.all()).hasSize(2);
    assertThat(problems.all().get(0).toString()).isEqualTo("t.yaml:6:5: " + Message.KEY_UNKNOWN.render(
        "category", "colour", "", String.join(", ", TableSchema.names(Level.CATEGORY))));
    assertThat(problems.all().get(1).position()).isEqualTo(new SourcePosition("t.yaml", 13, 5));
  }

  @Test
  void aLaterDeclarationOverridesEachKeyItGivesAndKeepsTheOthers() {
    TableProblems problems = new TableProblems();
    TableDocument base = new TableParser("base.yaml", problems).parse("package: a.b\ncategories:\n  ROOT:\n"
        + "    description: D.\n    section: S\nspot:\n  - code: 1\n    name: ONE\n    message: M.\n"
        + "    category: ROOT\n    hint: Old hint.\n    retry: AFTER_BACKOFF\n").orElseThrow();
    TableDocument user = new TableParser("user.yaml", problems).parse("extends: bundled\nspot:\n  - code: 1\n"
        + "    hint: New hint.\n").orElseThrow();
    Fields merged = base.codes().values().iterator().next().get(0).fields()
        .overriddenBy(user.codes().values().iterator().next().get(0).fields());
    assertThat(problems.all()).isEmpty();
    assertThat(merged.valueOr(TableSchema.HINT, null)).isEqualTo("New hint.");
    assertThat(merged.get(TableSchema.HINT).position()).isEqualTo(new SourcePosition("user.yaml", 4, 11));
    assertThat(merged.valueOr(TableSchema.NAME, null)).isEqualTo("ONE");
    assertThat(merged.valueOr(TableSchema.RETRY, null)).isEqualTo(io.github.mexcerrors.RetryPolicy.AFTER_BACKOFF);
  }

  @Test
  void anInvalidValueOverridesAValidOneAndIsNotReportedMissing() {
    Fields valid = Fields.builder().put(TableSchema.HINT, new Marked<>("H.", new SourcePosition("a", 1, 1))).build();
    Fields invalid = Fields.builder().put(TableSchema.HINT, null).build();
    Fields merged = valid.overriddenBy(invalid);
    assertThat(merged.get(TableSchema.HINT)).isNull();
    assertThat(merged.invalid(TableSchema.HINT)).isTrue();
    assertThat(merged.given(TableSchema.HINT)).isTrue();
    assertThat(invalid.overriddenBy(valid).invalid(TableSchema.HINT)).isFalse();
  }

  private static List<String> keysOfSection(String doc, String heading) {
    int start = doc.indexOf(heading);
    assertWithMessage("heading %s", heading).that(start).isAtLeast(0);
    int end = doc.indexOf("\n## ", start + heading.length());
    String section = doc.substring(start, end < 0 ? doc.length() : end);
    List<String> keys = new ArrayList<>();
    Matcher matcher = KEY_ROW.matcher(section);
    while (matcher.find()) {
      if (!keys.contains(matcher.group(1))) {
        keys.add(matcher.group(1));
      }
    }
    return keys;
  }
}
