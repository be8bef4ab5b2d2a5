package io.github.mexcerrors.processor.reproducible;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.processor.generation.ReferenceDocWriter;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated files depend only on the table and the handler classes: not on the run, and not on the order in
 * which javac hands the handler classes to the processor.
 */
class DeterminismTest {
  private static final JavaFileObject CLOCK = JavaFileObjects.forSourceLines("test.a.ClockHandlers",
      "package test.a;",
      "",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.mexc.ClockSkewException;",
      "",
      "public class ClockHandlers {",
      "  @OnMexcError({700003, 10073})",
      "  void resync(ClockSkewException e) {}",
      "}");
  private static final JavaFileObject RATE = JavaFileObjects.forSourceLines("test.b.RateHandlers",
      "package test.b;",
      "",
      "import io.github.mexcerrors.MexcApi;",
      "import io.github.mexcerrors.OnMexcCategory;",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.mexc.RateLimitException;",
      "",
      "public class RateHandlers {",
      "  @OnMexcCategory(\"RATE_LIMIT\")",
      "  void slowDown(RateLimitException e) {}",
      "",
      "  @OnMexcError(value = 2005, api = MexcApi.FUTURES)",
      "  void futuresBalance(int code, String message) {}",
      "}");
  private static final JavaFileObject FALLBACK = JavaFileObjects.forSourceLines("test.c.FallbackHandlers",
      "package test.c;",
      "",
      "import io.github.mexcerrors.MexcApi;",
      "import io.github.mexcerrors.OnMexcCategory;",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.OnMexcErrorFallback;",
      "",
      "public class FallbackHandlers {",
      "  @OnMexcError({30004, 10101, -2011})",
      "  void trading(MexcApi api, int code) {}",
      "",
      "  @OnMexcCategory(\"ORDER\")",
      "  void order() {}",
      "",
      "  @OnMexcErrorFallback",
      "  void fallback(int code) {}",
      "}");

  @Test
  void twoCompilationsGenerateTheSameFiles() {
    Map<String, String> first = generated(CLOCK, RATE, FALLBACK);
    Map<String, String> second = generated(CLOCK, RATE, FALLBACK);

    assertThat(second).containsExactlyEntriesIn(first);
  }

  @Test
  void theOrderOfTheHandlerClassesDoesNotChangeAnyGeneratedFile() {
    Map<String, String> forward = generated(CLOCK, RATE, FALLBACK);
    Map<String, String> backward = generated(FALLBACK, RATE, CLOCK);
    Map<String, String> shuffled = generated(RATE, FALLBACK, CLOCK);

    assertThat(backward).containsExactlyEntriesIn(forward);
    assertThat(shuffled).containsExactlyEntriesIn(forward);
  }

  @Test
  void theComparisonCoversEveryGeneratedType() {
    Map<String, String> files = generated(CLOCK, RATE, FALLBACK);

    // Guards the two tests above against comparing nothing: the table types, the three dispatchers and the
    // reference are all there.
    assertThat(files.keySet()).containsAtLeast(
        "/SOURCE_OUTPUT/io/github/mexcerrors/mexc/MexcErrors.java",
        "/SOURCE_OUTPUT/io/github/mexcerrors/mexc/SpotErrorCode.java",
        "/SOURCE_OUTPUT/io/github/mexcerrors/mexc/ClockSkewException.java",
        "/SOURCE_OUTPUT/test/a/ClockHandlersDispatcher.java",
        "/SOURCE_OUTPUT/test/b/RateHandlersDispatcher.java",
        "/SOURCE_OUTPUT/test/c/FallbackHandlersDispatcher.java",
        "/CLASS_OUTPUT/" + ReferenceDocWriter.RESOURCE);
    assertThat(files.values().stream().filter(text -> text.isEmpty()).count()).isEqualTo(0);
  }

  /** Compiles the sources in the given order and returns every generated source and resource by path. */
  private static Map<String, String> generated(JavaFileObject... sources) {
    Compilation compilation = ProcessorCompiler.javac().compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      content(file).ifPresent(text -> files.put(file.toUri().getPath(), text));
    }
    return files;
  }

  /** The file's text, or empty for a file that was only looked up, never written (the table lookup does that). */
  private static Optional<String> content(JavaFileObject file) {
    try {
      return Optional.of(file.getCharContent(true).toString());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
