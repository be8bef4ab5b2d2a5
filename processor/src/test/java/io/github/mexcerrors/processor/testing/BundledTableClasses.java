package io.github.mexcerrors.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * The types generated from the bundled table (SpotErrorCode, the exceptions, MexcErrors, ...), compiled once per
 * test run into a directory. On the class path of a compilation they make the processor skip generating them
 * again (it generates the table types only when MexcErrors does not exist yet), as in a project whose table types
 * come from a dependency: a test of one handler class then compiles in a fraction of the time.
 */
public final class BundledTableClasses {
  private static File directory;

  private BundledTableClasses() {}

  /**
   * Returns the directory, compiling the types on first use.
   *
   * @return a directory of class files
   */
  public static synchronized File directory() {
    if (directory == null) {
      Compilation compilation = ProcessorCompiler.javac().compile(ProcessorCompiler.source("seed.Seed",
          "package seed;",
          "",
          "import io.github.mexcerrors.OnMexcErrorFallback;",
          "",
          "class Seed {",
          "  @OnMexcErrorFallback void rest() {}",
          "}"));
      assertThat(compilation).succeededWithoutWarnings();
      try {
        Path root = Files.createTempDirectory("mexc-bundled-types");
        for (JavaFileObject file : compilation.generatedFiles()) {
          String path = file.toUri().getPath();
          if (file.getKind() != JavaFileObject.Kind.CLASS || path.contains("/seed/")) {
            continue;
          }
          Path target = root.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
          Files.createDirectories(target.getParent());
          try (InputStream in = file.openInputStream()) {
            Files.write(target, in.readAllBytes());
          }
        }
        directory = root.toFile();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return directory;
  }
}
