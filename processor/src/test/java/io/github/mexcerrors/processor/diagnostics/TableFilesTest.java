package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.table.TableLimits;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where a table is read from: a special file, a directory or a huge file named by the option, and a huge table
 * resource, are one error each, read no further than the limit (never an OutOfMemoryError). Runs on javac and ecj.
 */
class TableFilesTest {
  private static final JavaFileObject HANDLERS = ProcessorCompiler.fallbackHandlers();

  private static final long MAX_BYTES = TableLimits.MAX_CODE_POINTS * 4L;

  @TempDir
  Path folder;

  private static String onlyError(Compilation compilation) {
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.diagnostics().toString()).doesNotContain("internal error");
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
    return compilation.errors().get(0).getMessage(Locale.ROOT);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aDeviceNamedByTheOptionIsRefusedUnread(CompilerKind kind) {
    // /dev/zero: its size reads 0 and it never ends
    String error = onlyError(kind.compiler().option("mexc.errors.table", "/dev/zero").compile(HANDLERS));
    assertThat(error).isEqualTo("[MEXC-T005] the error table '/dev/zero' named by -Amexc.errors.table (/dev/zero)"
        + " is not a regular file but a directory, a device or a pipe; name the table file itself, e.g."
        + " -Amexc.errors.table=${project.basedir}/src/main/resources/META-INF/mexc-errors/error-codes.yaml"
        + " (see docs/diagnostics.md#mexc-t005)");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aDirectoryNamedByTheOptionIsRefused(CompilerKind kind) {
    String error = onlyError(kind.compiler().option("mexc.errors.table", folder.toString()).compile(HANDLERS));
    assertThat(error).startsWith("[MEXC-T005] the error table '" + folder + "' named by -Amexc.errors.table");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFileOverTheByteLimitIsRefused(CompilerKind kind) throws Exception {
    Path table = folder.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(table.toFile(), "rw")) {
      file.setLength(MAX_BYTES + 1);
    }
    String error = onlyError(kind.compiler().option("mexc.errors.table", table.toString()).compile(HANDLERS));
    assertThat(error).startsWith("[MEXC-T002] the table " + table + " (from -Amexc.errors.table) is larger than "
        + MAX_BYTES + " bytes, the most the processor reads");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aTableResourceOverTheByteLimitIsRefused(CompilerKind kind) throws Exception {
    Path table = folder.resolve("META-INF/mexc-errors/error-codes.yaml");
    Files.createDirectories(table.getParent());
    try (RandomAccessFile file = new RandomAccessFile(table.toFile(), "rw")) {
      file.setLength(MAX_BYTES + 1);
    }
    String error = onlyError(kind.compiler().classPathFirst(folder.toFile()).compile(HANDLERS));
    assertThat(error).isEqualTo("[MEXC-T006] the table " + table + " is larger than " + MAX_BYTES + " bytes, the"
        + " most the processor reads; a real table is far smaller (the bundled one has about 60,000), so check"
        + " that this is the right file"
        + " (see docs/diagnostics.md#mexc-t006)");
  }

  /** Compiles with javac's own file manager into a Maven layout's target/classes, as Maven does. */
  private static List<String> compileInto(Path classes) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      Path generated = Files.createDirectories(classes.resolveSibling("generated-sources"));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-classpath", System.getProperty("java.class.path")), null, List.of(HANDLERS));
      task.setProcessors(List.of(new MexcErrorProcessor()));
      assertThat(task.call()).isFalse();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  @org.junit.jupiter.api.Test
  void problemsOfTheTableMavenCopiedToTheClassOutputPointAtTheFileUnderSrc() throws Exception {
    String table = "package: com.example.mexc\npakage: typo\n";
    Path source = folder.resolve("project/src/main/resources/META-INF/mexc-errors/error-codes.yaml");
    Path classes = folder.resolve("project/target/classes");
    Path copy = classes.resolve("META-INF/mexc-errors/error-codes.yaml");
    for (Path file : List.of(source, copy)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, table, StandardCharsets.UTF_8);
    }
    List<String> errors = compileInto(classes);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith(source + ":2:1: [MEXC-T023] unknown top-level key 'pakage'");

    // A copy that differs from the file under src (Maven's resource filtering, or a stale copy) is what was read
    Files.writeString(copy, "# filtered\n" + table, StandardCharsets.UTF_8);
    errors = compileInto(classes);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith(copy + ":3:1: [MEXC-T023] unknown top-level key 'pakage'");
  }
}
