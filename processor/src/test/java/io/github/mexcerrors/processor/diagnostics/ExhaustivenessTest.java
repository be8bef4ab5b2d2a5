package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @MexcExhaustive}: a class can ask that every code of some categories or APIs be handled. */
class ExhaustivenessTest {
  /** A compiler of the kind, with the bundled table's types already compiled on its class path. */
  private static ProcessorCompiler compiler(CompilerKind kind) {
    return kind.compiler().classPath(BundledTableClasses.directory());
  }

  private static JavaFileObject handlers(String annotation, String... members) {
    String[] lines = new String[members.length + 7];
    lines[0] = "package test;";
    lines[1] = "";
    lines[2] = "import io.github.mexcerrors.*;";
    lines[3] = "";
    lines[4] = annotation;
    lines[5] = "class Handlers {";
    System.arraycopy(members, 0, lines, 6, members.length);
    lines[lines.length - 1] = "}";
    return source("test.Handlers", lines);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void listsTheMissingCodesGroupedByApiAndCategory(CompilerKind kind) {
    JavaFileObject source = handlers("@MexcExhaustive(categories = \"AUTHENTICATION\")",
        "  @OnMexcCategory({\"CLOCK_SKEW\", \"INVALID_SIGNATURE\", \"PERMISSION\"}) void handled() {}",
        "  @OnMexcError(value = 401, api = MexcApi.FUTURES) void unauthorized() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[MEXC-H110] class Handlers is @MexcExhaustive but leaves 5 of the 23 codes it must"
            + " handle without a"
            + " handler: spot codes of category AUTHENTICATION: 401 (NO_AUTHORITY); spot codes of category"
            + " INVALID_API_KEY: 10072 (INVALID_ACCESS_KEY), 700001 (API_KEY_FORMAT_INVALID);"
            + " futures codes of category AUTHENTICATION: 506 (UNKNOWN_REQUEST_SOURCE); futures codes of category"
            + " INVALID_API_KEY: 402 (API_KEY_EXPIRED). Add @OnMexcError methods for these codes, @OnMexcCategory"
            + " methods for their categories, or an @OnMexcErrorFallback")
        .inFile(source).onLineContaining("@MexcExhaustive");
    ExpectedErrors.assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void onlyTheNamedApis(CompilerKind kind) {
    JavaFileObject source = handlers("@MexcExhaustive(apis = MexcApi.FUTURES, categories = \"CLOCK_SKEW\")",
        "  @OnMexcError(700003) void resync() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("leaves 1 of the 1 codes it must handle without a handler: futures codes of category"
            + " CLOCK_SKEW: 513 (REQUEST_TIME_OUT_OF_RANGE).")
        .inFile(source).onLineContaining("@MexcExhaustive");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void theJavadocExampleIsExhaustive(CompilerKind kind) {
    JavaFileObject source = handlers("@MexcExhaustive(categories = \"AUTHENTICATION\")",
        "  @OnMexcCategory(\"CLOCK_SKEW\") void resync() {}",
        "  @OnMexcCategory({\"INVALID_API_KEY\", \"INVALID_SIGNATURE\"}) void badKey(MexcException e) {}",
        "  @OnMexcCategory(\"PERMISSION\") void forbidden() {}",
        "  @OnMexcError(value = {401, 506}, api = MexcApi.FUTURES) void unauthorized() {}",
        "  @OnMexcError(401) void noAuthority() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(0);
    assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream()
        .anyMatch(name -> name.endsWith("/test/HandlersDispatcher.java"))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aFallbackCoversEveryCode(CompilerKind kind) {
    JavaFileObject source = handlers("@MexcExhaustive",
        "  @OnMexcError(700003) void resync() {}",
        "  @OnMexcErrorFallback void rest() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(0);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aClassWithoutHandlersLacksEveryCode(CompilerKind kind) {
    JavaFileObject source = handlers("@MexcExhaustive(apis = MexcApi.SPOT, categories = \"CLOCK_SKEW\")");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("leaves 2 of the 2 codes it must handle without a handler: spot codes of category"
            + " CLOCK_SKEW: 10073 (INVALID_REQUEST_TIME), 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW).")
        .inFile(source).onLineContaining("@MexcExhaustive");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownCategory(CompilerKind kind) {
    JavaFileObject source = handlers("@MexcExhaustive(categories = {\"SERVER\", \"CLOCK_SKEWS\"})",
        "  @OnMexcErrorFallback void rest() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H107] unknown category 'CLOCK_SKEWS'; did you mean CLOCK_SKEW?")
        .inFile(source).onLineContaining("@MexcExhaustive");
    Errors.pointsAt(compilation, "unknown category", kind == CompilerKind.ECJ ? "@" : "\"CLOCK_SKEWS\"", 1);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void noApi(CompilerKind kind) {
    JavaFileObject source = handlers("@MexcExhaustive(apis = {})", "  @OnMexcErrorFallback void rest() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[MEXC-H004] @MexcExhaustive on Handlers names no API, so it asks for nothing; name"
            + " one, e.g. apis ="
            + " MexcApi.SPOT, or leave apis out for both")
        .inFile(source).onLineContaining("@MexcExhaustive");
  }
}
