package io.github.mexcerrors.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every source the processor generates for the bundled table, and the dispatchers of two representative handler
 * classes ({@code golden/input/test/Handlers.java}: exact codes of both APIs, a table entry, a narrow and a wide
 * exception, categories, a static method and a fallback; {@code Decisions.java}: the same methods, each returning
 * a value; {@code OrderHandlers.java} and {@code OrderDecisions.java}: the same, most methods also taking the
 * caller's context), is committed under
 * {@code src/test/resources/golden/bundled/}: a reviewer sees every change to what users get in the diff.
 *
 * <p>Each file is compared twice: through javac's trees ({@code hasSourceEquivalentTo}, which names the first
 * differing node), and byte for byte, so that a change of layout alone is visible too. After a deliberate change,
 * regenerate the files and commit them with it:
 *
 * <pre>
 * mvn -B -pl processor -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmexc.updateGolden=true
 * </pre>
 *
 * <p>That run compares with the files as they were before it rewrote them, and fails (it rewrote what differed):
 * review the diff, commit it, and run again without the property.
 */
class GoldenFilesTest {
  /** Set to {@code true} to rewrite the golden files instead of comparing with them. */
  static final String UPDATE_PROPERTY = "mexc.updateGolden";

  /** The widest a generated line may be. */
  static final int MAX_COLUMNS = SourceText.MAX_COLUMNS;

  private static final String REGENERATE = "; after a deliberate change, regenerate the golden files with:"
      + " mvn -B -pl processor -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -D"
      + UPDATE_PROPERTY + "=true (and commit them)";

  /** Generated sources by path relative to the source output, e.g. {@code test/HandlersDispatcher.java}. */
  private static Map<String, String> generated;

  /** The golden files' text by path, as read before an update rewrote them. */
  private static Map<String, String> golden;

  /** The golden files an update rewrote, added or deleted; empty when the run only compares. */
  private static List<String> rewritten = List.of();

  private static Compilation compilation;

  @BeforeAll
  static void compile() throws IOException {
    Path input = golden().resolve("input/test");
    compilation = ProcessorCompiler.javac().compile(
        JavaFileObjects.forResource(input.resolve("Handlers.java").toUri().toURL()),
        JavaFileObjects.forResource(input.resolve("Decisions.java").toUri().toURL()),
        JavaFileObjects.forResource(input.resolve("OrderHandlers.java").toUri().toURL()),
        JavaFileObjects.forResource(input.resolve("OrderDecisions.java").toUri().toURL()));
    assertThat(compilation).succeededWithoutWarnings();
    generated = generatedSources(compilation);
    golden = readGoldenFiles();
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      rewritten = update();
    }
  }

  /** The golden directory in the source tree (surefire runs in the module's directory and sets basedir). */
  static Path golden() {
    return Path.of(System.getProperty("basedir", ""), "src", "test", "resources", "golden").toAbsolutePath();
  }

  private static Path bundled() {
    return golden().resolve("bundled");
  }

  /**
   * Returns a compilation's generated sources.
   *
   * @param compilation a successful compilation
   * @return each source's text by its path relative to the source output, sorted
   */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      try {
        sources.put(relative, file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static List<String> goldenFiles() throws IOException {
    if (!Files.isDirectory(bundled())) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(bundled())) {
      return walk.filter(Files::isRegularFile).map(file -> bundled().relativize(file).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  private static Map<String, String> readGoldenFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String path : goldenFiles()) {
      files.put(path, Files.readString(bundled().resolve(path), StandardCharsets.UTF_8));
    }
    return files;
  }

  /** Rewrites the golden files that differ from the generated sources, and returns their paths. */
  private static List<String> update() throws IOException {
    List<String> changed = new ArrayList<>();
    for (String stale : golden.keySet()) {
      if (!generated.containsKey(stale)) {
        Files.delete(bundled().resolve(stale));
        changed.add(stale + " (deleted)");
      }
    }
    for (Map.Entry<String, String> source : generated.entrySet()) {
      if (source.getValue().equals(golden.get(source.getKey()))) {
        continue;
      }
      Path file = bundled().resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      changed.add(source.getKey());
    }
    return changed;
  }

  @Test
  void anUpdateRunRewritesNothingOrFails() {
    assertWithMessage("-D" + UPDATE_PROPERTY + "=true rewrote golden files under " + bundled() + ": review the"
        + " diff, commit it, and run again without the property").that(rewritten).isEmpty();
  }

  @Test
  void theGoldenFilesAreExactlyTheGeneratedSources() {
    assertWithMessage("golden files under " + bundled() + REGENERATE)
        .that(golden.keySet()).containsExactlyElementsIn(generated.keySet()).inOrder();
  }

  @Test
  void everyGeneratedSourceIsEquivalentToItsGoldenFileForJavac() {
    for (String path : generated.keySet()) {
      assertWithMessage("no golden file for " + path + " under " + bundled() + REGENERATE)
          .that(golden).containsKey(path);
      String name = path.substring(0, path.length() - ".java".length());
      assertThat(compilation).generatedSourceFile(name)
          .hasSourceEquivalentTo(JavaFileObjects.forSourceString(name.replace('/', '.'), golden.get(path)));
    }
  }

  @Test
  void everyGeneratedSourceIsByteForByteItsGoldenFile() {
    for (Map.Entry<String, String> source : generated.entrySet()) {
      assertWithMessage(source.getKey() + " differs from its golden file under " + bundled() + REGENERATE)
          .that(source.getValue()).isEqualTo(golden.get(source.getKey()));
    }
  }

  @Test
  void everyGoldenLineFitsOneHundredColumns() {
    assertWithMessage("golden files under " + bundled()).that(golden).isNotEmpty();
    assertThat(tooWide(golden)).isEmpty();
  }

  @Test
  void theGoldenSetHoldsTheTableTypesAndTheDispatcher() {
    assertThat(generated.keySet()).containsAtLeast("io/github/mexcerrors/mexc/SpotErrorCode.java",
        "io/github/mexcerrors/mexc/FuturesErrorCode.java", "io/github/mexcerrors/mexc/ErrorCategory.java",
        "io/github/mexcerrors/mexc/MexcErrors.java", "io/github/mexcerrors/mexc/RateLimitException.java",
        "test/HandlersDispatcher.java", "test/DecisionsDispatcher.java", "test/OrderHandlersDispatcher.java",
        "test/OrderDecisionsDispatcher.java");
  }

  /**
   * Lists the lines wider than {@link #MAX_COLUMNS}.
   *
   * @param sources sources by name
   * @return {@code name:line: width} of every line too wide
   */
  static List<String> tooWide(Map<String, String> sources) {
    List<String> tooWide = new ArrayList<>();
    sources.forEach((name, text) -> {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].length() > MAX_COLUMNS) {
          tooWide.add(name + ":" + (i + 1) + ": " + lines[i].length() + " columns: " + lines[i].strip());
        }
      }
    });
    return tooWide;
  }
}
