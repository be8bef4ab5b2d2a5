package io.github.mexcerrors.processor.hostile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Names from the table become Java names. Anything that would give broken or ambiguous code is one clear error
 * at the name's position; names that merely look dangerous compile.
 */
class NameRulesTest {
  private static TableSpec table() {
    TableSpec spec = new TableSpec("t.gen");
    spec.category("ROOT", null, "Root.");
    spec.code("spot", 1, "ONE", "ROOT", "One", "Hint.", List.of());
    return spec;
  }

  @ParameterizedTest
  @ValueSource(strings = {"class", "int", "true", "enum", "values", "valueOf", "code", "ordinal", "_",
      "One", "ONE__TWO", "_ONE", "1ONE", "ONE-TWO", "ONE TWO", "\u00c9CHEC", "\"\""})
  void codeNamesThatAreNotUpperSnakeCaseAreRefused(String name) {
    TableSpec spec = table();
    spec.codes.get(0).keys.put("name", name);
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.messages()).contains("is not a valid constant name for spot code 1: use UPPER_SNAKE_CASE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"root", "Root", "class", "A-B", "_X", "9LIVES"})
  void categoryNamesThatAreNotUpperSnakeCaseAreRefused(String name) {
    TableSpec spec = new TableSpec("t.gen");
    spec.category(name, null, "Bad.");
    spec.code("spot", 1, "ONE", name, "One", "Hint.", List.of());
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.messages()).contains("must be UPPER_SNAKE_CASE");
  }

  @Test
  void namesThatLookLikeGeneratedMembersButAreUpperCaseCompileAndWork() {
    // values(), valueOf(), code(), ordinal(), name() are lower case: UPPER_SNAKE constants never clash with them.
    TableSpec spec = new TableSpec("t.gen");
    spec.category("ROOT", null, "Root.");
    spec.category("VALUES", "ROOT", "Values.");
    List<String> names = List.of("VALUES", "VALUE_OF", "CODE", "ORDINAL", "NAME", "CLASS", "INT", "NULL", "ALL",
        "LOOKUP", "OF", "MESSAGE", "HINT", "CATEGORY", "API", "AS_OPTIONAL");
    for (int i = 0; i < names.size(); i++) {
      spec.code("spot", i, names.get(i), i % 2 == 0 ? "ROOT" : "VALUES", names.get(i), "Hint.", List.of());
    }
    // YAML reads a plain NULL as null: the name must be quoted (an unquoted one is a clear error, tested below).
    spec.codes.get(names.indexOf("NULL")).keys.put("name", "\"NULL\"");
    Compilation compilation = Hostile.compile(spec.yaml(), Hostile.fallbackHandler());
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    for (int i = 0; i < names.size(); i++) {
      assertThat(HostileTextTest.lookup(classes, MexcApi.SPOT, i).name()).isEqualTo(names.get(i));
    }
  }

  @Test
  void aNameThatYamlReadsAsNullSaysToQuoteIt() {
    TableSpec spec = table();
    spec.codes.get(0).keys.put("name", "NULL");
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems().get(0).toString())
        .isEqualTo("t.yaml:9:11: [MEXC-T025] 'name' is NULL, which YAML reads as null, not as text; quote it:"
            + " name: \"NULL\"");
  }

  @Test
  void duplicateConstantNamesInOneApiAreRefusedBothPlacesNamed() {
    TableSpec spec = table();
    spec.code("spot", 2, "ONE", "ROOT", "Two", "Hint.", List.of());
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.messages()).contains("duplicate spot constant name ONE");
    assertThat(resolved.messages()).contains("spot constant name ONE is used again at");
  }

  @Test
  void categoryClassNamesThatDifferOnlyInCaseAreRefused() {
    // CAT_AB -> CatAbException, CA_TAB -> CaTabException: fine; A_BC -> ABcException, AB_C -> AbCException: clash
    // on case-insensitive file systems.
    TableSpec spec = table();
    spec.category("A_BC", "ROOT", "One.");
    spec.category("AB_C", "ROOT", "Two.");
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.problems().get(0).toString()).startsWith("t.yaml:");
    assertThat(resolved.messages()).contains("[MEXC-T114] categories A_BC and AB_C would generate classes"
        + " ABcException and"
        + " AbCException, whose names differ only in case");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RUNTIME", "ILLEGAL_ARGUMENT", "ILLEGAL_STATE", "SECURITY", "NULL_POINTER"})
  void categoriesThatWouldHideJavaLangExceptionsAreRefused(String name) {
    TableSpec spec = table();
    spec.category(name, "ROOT", "Shadow.");
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.messages()).contains("which would hide java.lang.");
  }

  @Test
  void aCategoryThatWouldTakeTheLibrarysOwnClassNameIsRefused() {
    TableSpec spec = table();
    spec.category("MEXC", "ROOT", "Mine.");
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.messages()).contains("[MEXC-T111] category MEXC would generate class MexcException, a name"
        + " the processor generates");
  }

  @ParameterizedTest
  @ValueSource(strings = {"com.example.class", "com..example", "com.example.", ".com", "1com.example",
      "com.ex-ample", "\"com.ex ample\"", "\"\"", "com.example.int", "com/example", "_", "com.\"\u00e9\".x"})
  void invalidPackagesAreRefused(String name) {
    TableSpec spec = table();
    spec.top.put("package", name);
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.messages()).contains("is not a valid Java package name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "java.lang", "java.mexc"})
  void javaPlatformPackagesAreRefused(String name) {
    TableSpec spec = table();
    spec.top.put("package", name);
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.messages()).contains("belongs to the Java platform");
  }

  @Test
  void unusualButValidPackagesCompile() {
    TableSpec spec = table();
    spec.top.put("package", "\u00e9t\u00e9.Mexc_Errors.v2");
    Compilation compilation = Hostile.compile(spec.yaml(), Hostile.fallbackHandler());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(new CompiledClasses(compilation).load("\u00e9t\u00e9.Mexc_Errors.v2.SpotErrorCode").isEnum())
        .isTrue();
  }
}
