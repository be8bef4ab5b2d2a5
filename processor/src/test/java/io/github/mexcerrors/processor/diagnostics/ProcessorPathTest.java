package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * A processor path without the annotations artifact, or an annotations artifact of another version on the processor
 * path or the class path, is one error that names the artifact and the fix: never javac's "An annotation processor
 * threw an uncaught exception", never "internal error". The processor runs from a class loader of its own, as
 * javac's -processorpath gives it.
 */
class ProcessorPathTest {
  private static final JavaFileObject HANDLERS = source("test.Handlers",
      "package test;",
      "",
      "import io.github.mexcerrors.OnMexcError;",
      "",
      "class Handlers {",
      "  @OnMexcError(700003) void resync() {}",
      "}");

  @TempDir
  Path folder;

  private static URL location(Class<?> type) throws Exception {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  /** The processor from a processor path of its own: its classes, JavaPoet, SnakeYAML and the given entries. */
  private static Processor isolated(URL... more) throws Exception {
    List<URL> path = new ArrayList<>(List.of(more));
    path.add(location(MexcErrorProcessor.class));
    path.add(location(JavaFile.class));
    path.add(location(Yaml.class));
    URLClassLoader loader = new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    return (Processor) loader.loadClass(MexcErrorProcessor.class.getName()).getConstructor().newInstance();
  }

  /** A directory holding only the annotations artifact's version file, saying another version. */
  private Path otherVersion() throws Exception {
    Path file = folder.resolve("other/io/github/mexcerrors/mexc-errors-annotations.version");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "0.0.9\n", StandardCharsets.UTF_8);
    return folder.resolve("other");
  }

  private static String version() throws Exception {
    // From the annotations' classes or jar, whichever the build puts on the test's class path
    try (InputStream in = MexcApi.class.getResourceAsStream("mexc-errors-annotations.version")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  private static void onlyError(Compilation compilation, String id, String... texts) {
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    String message = error.getMessage(Locale.ROOT);
    assertThat(message).startsWith("[" + id + "] ");
    for (String text : texts) {
      assertThat(message).contains(text);
    }
    assertThat(error.getSource()).isNull();
    assertThat(compilation.diagnostics().toString()).doesNotContain("uncaught exception");
    assertThat(compilation.diagnostics().toString()).doesNotContain("internal error");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aProcessorPathWithoutTheAnnotationsSaysWhichJarToAdd(CompilerKind kind) throws Exception {
    Processor processor = isolated();
    Compilation compilation = kind.compiler().processor(() -> processor).compile(HANDLERS);
    String version = version();
    onlyError(compilation, "MEXC-P006", "io.github.mexcerrors.OnMexcError is missing",
        "-processorpath mexc-errors-processor-" + version + ".jar" + File.pathSeparator + "mexc-errors-annotations-"
            + version + ".jar");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void annotationsOfAnotherVersionOnTheProcessorPathAreNamed(CompilerKind kind) throws Exception {
    Path other = otherVersion();
    Processor processor = isolated(other.toUri().toURL(), location(MexcApi.class));
    Compilation compilation = kind.compiler().processor(() -> processor).compile(HANDLERS);
    onlyError(compilation, "MEXC-P007", "mexc-errors-annotations 0.0.9 on the processor path (" + other,
        "does not match mexc-errors-processor " + version() + ": use the same version of both");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void annotationsOfAnotherVersionOnTheClassPathAreNamed(CompilerKind kind) throws Exception {
    // The annotations' version class, compiled as another version has it, ahead of this version's
    Compilation old = Compiler.javac().compile(JavaFileObjects.forSourceLines("io.github.mexcerrors.MexcErrorsVersion",
        "package io.github.mexcerrors;",
        "",
        "final class MexcErrorsVersion {",
        "  static final String VERSION = \"0.0.9\";",
        "}"));
    assertThat(old).succeeded();
    Path other = folder.resolve("old-annotations");
    Path versionClass = other.resolve("io/github/mexcerrors/MexcErrorsVersion.class");
    Files.createDirectories(versionClass.getParent());
    try (InputStream in = old.generatedFiles().stream().filter(file -> file.getKind() == JavaFileObject.Kind.CLASS)
        .findFirst().orElseThrow().openInputStream()) {
      Files.copy(in, versionClass);
    }
    Compilation compilation = kind.compiler().classPathFirst(other.toFile()).compile(HANDLERS);
    onlyError(compilation, "MEXC-P007", "mexc-errors-annotations 0.0.9 on the class path (" + other + ")",
        "does not match mexc-errors-processor " + version());
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void theProcessorFromItsOwnPathWithTheAnnotationsWorks(CompilerKind kind) throws Exception {
    Processor processor = isolated(location(MexcApi.class));
    Compilation compilation = kind.compiler().processor(() -> processor).compile(HANDLERS);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.HandlersDispatcher");
  }
}
