package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @MexcErrorTypes} on a package-info makes a module without handler classes get the table types (what
 * mexc-errors-table's own build relies on, and a module of a table of its own whose handlers live elsewhere), on
 * javac and ecj; with the types of that table already on the class path, nothing is generated.
 */
class TypesTriggerTest {
  private static final JavaFileObject PACKAGE_INFO = ProcessorCompiler.source("com.example.errors.package-info",
      "@MexcErrorTypes",
      "package com.example.errors;",
      "",
      "import io.github.mexcerrors.MexcErrorTypes;");

  private static final String OWN_TABLE = String.join("\n",
      "extends: bundled",
      "package: com.example.errors",
      "spot:",
      "  - code: 30099",
      "    name: QUOTE_ASSET_PAUSED",
      "    message: quote asset is paused",
      "    category: TRADING_DISABLED",
      "    hint: Trade this symbol against another quote asset.",
      "");

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aTableOfItsOwnAndNoHandlerClassGetsItsTypes(boolean eclipse) {
    Compilation compilation = ProcessorCompiler.of(eclipse).table(OWN_TABLE).compile(PACKAGE_INFO);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.errors.MexcErrors");
    assertThat(compilation).generatedSourceFile("com.example.errors.SpotErrorCode");
    assertThat(compilation).generatedSourceFile("com.example.errors.TradingDisabledException");
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "io.github.mexcerrors.table",
        "error-codes.yaml");
  }

  @Test
  void theBundledTableAndNoHandlerClassGetsItsTypes() {
    Compilation compilation = ProcessorCompiler.javac().compile(PACKAGE_INFO);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("io.github.mexcerrors.mexc.MexcErrors");
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/mexc-errors/error-reference.md");
  }

  @Test
  void withTheCompiledTableOnTheClassPathNothingIsGenerated() {
    Compilation compilation =
        ProcessorCompiler.javac().classPath(BundledTableClasses.directory()).compile(PACKAGE_INFO);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  @Test
  void withoutTheTriggerAndWithoutHandlersNothingIsGenerated() {
    Compilation compilation = ProcessorCompiler.javac().compile(
        ProcessorCompiler.source("com.example.errors.package-info", "package com.example.errors;"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }
}
