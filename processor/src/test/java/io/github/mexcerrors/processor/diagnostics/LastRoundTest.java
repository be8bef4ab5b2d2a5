package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An error in the first round ends javac's rounds early: a class whose parameters use generated types (deferred to
 * the next round) then reaches the last round, where nothing may be written (javac warns that a file created there
 * is not processed, an error under -Werror). The build reports the error, and only it. (ecj runs the next round
 * as usual after an error.)
 */
class LastRoundTest {
  private static final JavaFileObject BROKEN = source("test.Broken",
      "package test;",
      "",
      "import io.github.mexcerrors.OnMexcError;",
      "",
      "class Broken {",
      "  @OnMexcError(70003) void resync() {}",
      "}");

  private static final JavaFileObject DEFERRED = source("test.Deferred",
      "package test;",
      "",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.mexc.ClockSkewException;",
      "",
      "class Deferred {",
      "  @OnMexcError(700003) void resync(ClockSkewException e) {}",
      "}");

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aClassDeferredPastAnErrorGetsNoDispatcherInTheLastRound(CompilerKind kind) {
    Compilation compilation = kind.compiler().compile(BROKEN, DEFERRED);
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).startsWith("[MEXC-H102] 70003 is not a MEXC"
        + " spot error code.");
    assertThat(compilation.diagnostics().toString()).doesNotContain("last round");
    assertThat(compilation.warnings()).isEmpty();
    if (kind == CompilerKind.JAVAC) {
      // ecj runs the next round as usual after an error, and the dispatcher is written there
      assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream()
          .filter(name -> name.endsWith("Dispatcher.java")).toList()).isEmpty();
    }
  }
}
