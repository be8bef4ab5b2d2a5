package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every code and category of the bundled table becomes generated code that behaves as the table says; on javac and
 * on the Eclipse compiler.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"javac", "ecj"})
class GeneratedTableTest {
  private static final ErrorTable TABLE = BundledTable.read();
  private static final String PACKAGE = "io.github.mexcerrors.mexc.";
  private static Compilation compilation;
  private static CompiledClasses classes;

  static JavaFileObject fallbackOnly() {
    return source("test.Fallback",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "",
        "class Fallback {",
        "  @OnMexcErrorFallback",
        "  void any(int code) {}",
        "}");
  }

  /** The compiler of this run: javac or ecj. */
  @Parameter
  String compilerName;

  @BeforeParameterizedClassInvocation
  static void compile(String compiler) {
    compilation = ProcessorCompiler.of(compiler.equals("ecj")).compile(fallbackOnly());
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @SuppressWarnings("unchecked")
  private static Optional<MexcErrorCode> of(MexcApi api, Object code) {
    String type = PACKAGE + (api == MexcApi.SPOT ? "SpotErrorCode" : "FuturesErrorCode");
    return (Optional<MexcErrorCode>) classes.callStatic(type, "of", code);
  }

  @Test
  void everyCodeHasAnEnumConstantWithItsTableValues() {
    for (MexcApi api : MexcApi.values()) {
      Object[] constants = classes.load(PACKAGE + (api == MexcApi.SPOT ? "SpotErrorCode" : "FuturesErrorCode"))
          .getEnumConstants();
      assertThat(constants).hasLength(TABLE.codes(api).size());
      for (CodeEntry entry : TABLE.codes(api)) {
        MexcErrorCode constant = of(api, entry.code()).orElseThrow(() -> new AssertionError(api + " " + entry));
        assertThat(constant.name()).isEqualTo(entry.name());
        assertThat(constant.api()).isEqualTo(api);
        assertThat(constant.code()).isEqualTo(entry.code());
        assertThat(constant.message()).isEqualTo(entry.message());
        assertThat(constant.messages()).isEqualTo(entry.messages());
        assertThat(constant.hint()).isEqualTo(entry.hint());
        assertThat(constant.retryPolicy()).isEqualTo(entry.retryPolicy());
        assertThat(constant.category().name()).isEqualTo(entry.category());
        assertThat(of(api, Integer.toString(entry.code()))).hasValue(constant);
        assertThat(of(api, " " + entry.code() + " ")).hasValue(constant);
      }
    }
  }

  @Test
  void theFactoryBuildsTheExceptionOfEachCodesCategory() {
    for (MexcApi api : MexcApi.values()) {
      for (CodeEntry entry : TABLE.codes(api)) {
        MexcException exception = (MexcException) classes.callStatic(PACKAGE + "MexcErrors", "create", api,
            entry.code(), "raw text", 400);
        Category category = TABLE.category(entry.category()).orElseThrow();
        assertWithMessage("%s %s", api, entry.code()).that(exception.getClass().getName())
            .isEqualTo(PACKAGE + category.exceptionSimpleName());
        assertThat(exception.api()).isEqualTo(api);
        assertThat(exception.code()).isEqualTo(entry.code());
        assertThat(exception.exchangeMessage()).isEqualTo("raw text");
        assertThat(exception.httpStatus()).hasValue(400);
        assertThat(exception.errorCode().orElseThrow().name()).isEqualTo(entry.name());
        assertThat(exception.retryPolicy()).isEqualTo(entry.retryPolicy());
      }
    }
  }

  @Test
  void exceptionClassesFollowTheCategoryTree() {
    for (Category category : TABLE.categories()) {
      Class<?> type = classes.load(PACKAGE + category.exceptionSimpleName());
      String expectedParent = category.parent()
          .map(parent -> PACKAGE + TABLE.category(parent).orElseThrow().exceptionSimpleName())
          .orElse(MexcException.class.getName());
      assertThat(type.getSuperclass().getName()).isEqualTo(expectedParent);
    }
  }

  @Test
  void theCategoryEnumMirrorsTheTree() {
    Object[] constants = classes.load(PACKAGE + "ErrorCategory").getEnumConstants();
    assertThat(constants).hasLength(TABLE.categories().size());
    for (Object constant : constants) {
      MexcErrorCategory category = (MexcErrorCategory) constant;
      Category declared = TABLE.category(category.name()).orElseThrow();
      assertThat(category.parent().map(MexcErrorCategory::name)).isEqualTo(declared.parent());
      assertThat(category.retryPolicy()).isEqualTo(declared.retryPolicy());
      assertThat(category.section()).isEqualTo(declared.section());
      assertThat(category.description()).isEqualTo(declared.description());
    }
  }

  @Test
  void unknownCodesAreEmptyNotExceptions() {
    assertThat(of(MexcApi.SPOT, 70003)).isEmpty();
    assertThat(of(MexcApi.SPOT, "abc")).isEmpty();
    assertThat(of(MexcApi.SPOT, (String) null)).isEmpty();
    assertThat(of(MexcApi.FUTURES, -2011)).isEmpty();
  }

  @Test
  void everyGeneratedTypeCarriesGenerated() {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      assertThat(contents(file)).contains("@Generated(\"io.github.mexcerrors.processor.MexcErrorProcessor\")");
    }
  }

  @Test
  void theGeneratedAnnotationCanBeTurnedOff() {
    Compilation without = ProcessorCompiler.of(compilerName.equals("ecj")).option("mexc.errors.generatedAnnotation", "false")
        .compile(fallbackOnly());
    assertThat(without).succeededWithoutWarnings();
    for (JavaFileObject file : without.generatedSourceFiles()) {
      assertThat(contents(file)).doesNotContain("@Generated");
    }
  }

  static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
