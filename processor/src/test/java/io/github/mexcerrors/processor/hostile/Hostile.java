package io.github.mexcerrors.processor.hostile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** The two ways hostile tables are fed to the processor: the table layer in-process, or javac. */
final class Hostile {
  private Hostile() {}

  /** What the table layer made of a file. */
  record Resolved(Optional<ErrorTable> table, List<TableProblems.Problem> problems) {
    String messages() {
      return problems.toString();
    }
  }

  /** Parses and resolves a table as the processor does for a stand-alone user table, without javac. */
  static Resolved resolve(String yaml) {
    TableProblems problems = new TableProblems();
    Optional<ErrorTable> table = TableLoader.resolve(Optional.of(new TableLoader.Source("t.yaml", yaml)), problems);
    return new Resolved(problems.any() ? Optional.empty() : table, problems.all());
  }

  /**
   * Compiles sources with the processor and a table, under {@code -Xlint:all -Werror} and doclint on everything
   * that javadoc documents by default (public and protected members).
   */
  static Compilation compile(String yaml, JavaFileObject... sources) {
    try {
      Path file = Files.createTempFile("hostile", ".yaml");
      file.toFile().deleteOnExit();
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      return Compiler.javac()
          .withProcessors(new MexcErrorProcessor())
          .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all/protected", "-Amexc.errors.table=" + file)
          .compile(sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What javac did with a compilation whose output went to real directories. */
  record OnDisk(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, List<Path> sources) {
    List<String> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(Locale.ROOT)).toList();
    }
  }

  /**
   * Compiles like {@link #compile} but writes generated sources to a temporary directory, so a test can see
   * that a failed compilation generated nothing (compile-testing hides the files of a failed compilation).
   */
  static OnDisk compileToDisk(String yaml, JavaFileObject... sources) {
    try {
      Path file = Files.createTempFile("hostile", ".yaml");
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      Path generated = Files.createTempDirectory("hostile-src");
      Path classes = Files.createTempDirectory("hostile-classes");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
          StandardCharsets.UTF_8)) {
        files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
        files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
            List.of("-Xlint:all", "-Werror", "-Amexc.errors.table=" + file, "-classpath",
                System.getProperty("java.class.path")), null, List.of(sources));
        task.setProcessors(List.of(new MexcErrorProcessor()));
        boolean success = task.call();
        List<Path> written;
        try (Stream<Path> walk = Files.walk(generated)) {
          written = walk.filter(Files::isRegularFile).toList();
        }
        Files.deleteIfExists(file);
        return new OnDisk(success, diagnostics.getDiagnostics(), written);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A documented source file, so that doclint has nothing to say about the test's own code. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A handler class that makes the processor load the table: a fallback only. */
  static JavaFileObject fallbackHandler() {
    return source("test.Handler",
        "package test;",
        "",
        "import io.github.mexcerrors.MexcApi;",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "",
        "/** Handles everything. */",
        "public class Handler {",
        "  /** Creates it. */",
        "  public Handler() {}",
        "",
        "  @OnMexcErrorFallback",
        "  void fallback(MexcApi api, int code, String message) {}",
        "}");
  }
}
