package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A code or category handled by three methods is one error at each of them, whatever their order: the first one
 * is not reported again for every later one. Runs on javac and ecj.
 */
class DuplicateHandlersTest {
  private static List<Long> lines(Compilation compilation, String id) {
    return compilation.errors().stream().filter(e -> e.getMessage(Locale.ROOT).startsWith("[" + id + "]"))
        .map(Diagnostic::getLineNumber).sorted().toList();
  }

  private static Compilation compile(CompilerKind kind, JavaFileObject source) {
    return kind.compiler().classPath(BundledTableClasses.directory()).compile(source);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aCodeHandledThreeTimesIsOneErrorAtEachHandler(CompilerKind kind) {
    Compilation compilation = compile(kind, source("test.Codes",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "",
        "class Codes {",
        "  @OnMexcError(700003) void first() {}",
        "  @OnMexcError(700003) void second() {}",
        "  @OnMexcError({429, 700003}) void third() {}",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(3);
    assertThat(lines(compilation, "MEXC-H104")).containsExactly(6L, 7L, 8L);
    assertThat(compilation.errors().get(2).getMessage(Locale.ROOT)).contains("is handled by both first and third");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aCategoryHandledThreeTimesIsOneErrorAtEachHandler(CompilerKind kind) {
    Compilation compilation = compile(kind, source("test.Categories",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcCategory;",
        "",
        "class Categories {",
        "  @OnMexcCategory(\"CLOCK_SKEW\") void first() {}",
        "  @OnMexcCategory(\"CLOCK_SKEW\") void second() {}",
        "  @OnMexcCategory(\"CLOCK_SKEW\") void third() {}",
        "  @OnMexcCategory(\"CLOCK_SKEW\") void fourth() {}",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(4);
    assertThat(lines(compilation, "MEXC-H108")).containsExactly(6L, 7L, 8L, 9L);
  }
}
