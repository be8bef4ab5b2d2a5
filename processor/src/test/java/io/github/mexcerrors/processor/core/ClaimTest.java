package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor claims its own annotations, and {@code @Generated} only where every element that carries it is
 * code this processor generated: a processor that runs after it still sees {@code @Generated} on anyone else's
 * code. And a build under {@code -Xlint:all -Werror} has no warning about unclaimed annotations.
 */
class ClaimTest {
  /** Records the annotations it is asked about, round by round; claims nothing. */
  private static final class Recorder extends AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(annotation -> seen.add(annotation.getQualifiedName().toString()));
      return false;
    }
  }

  private static final JavaFileObject HANDLERS = ProcessorCompiler.fallbackHandlers();

  @Test
  void generatedOnOurOwnCodeIsClaimedAndTheBuildHasNoWarning() {
    Recorder after = new Recorder();
    Compilation compilation = Compiler.javac().withProcessors(new MexcErrorProcessor(), after)
        .withOptions("-Xlint:all", "-Werror").compile(HANDLERS);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(after.seen).doesNotContain("io.github.mexcerrors.OnMexcErrorFallback");
    assertThat(after.seen).doesNotContain("javax.annotation.processing.Generated");
  }

  @Test
  void generatedOnOtherCodeIsLeftForOtherProcessors() {
    JavaFileObject other = JavaFileObjects.forSourceLines("test.Other",
        "package test;",
        "",
        "@javax.annotation.processing.Generated(\"some.other.Tool\")",
        "class Other {}");
    Recorder after = new Recorder();
    Compilation compilation =
        Compiler.javac().withProcessors(new MexcErrorProcessor(), after).compile(HANDLERS, other);
    assertThat(compilation).succeeded();
    assertThat(after.seen).contains("javax.annotation.processing.Generated");
  }

  /**
   * With {@code -Amexc.errors.generatedAnnotation=false} nothing generated carries {@code @Generated}, and the
   * processor does not even list it among its types (Gradle recompiles everything when an aggregating processor is
   * handed an annotation of source retention), and the build has no warning.
   */
  @Test
  void turnedOffGeneratedIsNotAmongTheSupportedTypes() {
    MexcErrorProcessor withOption = new MexcErrorProcessor();
    Compilation compilation = Compiler.javac().withProcessors(withOption)
        .withOptions("-Amexc.errors.generatedAnnotation=false", "-Xlint:all", "-Werror").compile(HANDLERS);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(withOption.getSupportedAnnotationTypes()).doesNotContain("javax.annotation.processing.Generated");
    assertThat(withOption.getSupportedAnnotationTypes()).contains("io.github.mexcerrors.OnMexcErrorFallback");

    MexcErrorProcessor byDefault = new MexcErrorProcessor();
    assertThat(Compiler.javac().withProcessors(byDefault).compile(HANDLERS)).succeeded();
    assertThat(byDefault.getSupportedAnnotationTypes()).contains("javax.annotation.processing.Generated");
  }
}
