package io.github.mexcerrors.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        CompiledClasses.write(compilation, root, path -> !path.startsWith("seed/"));
        directory = root.toFile();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return directory;
  }
}
