package io.github.mexcerrors.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** Compiles sources with the processor, the way the tests need it. */
public final class ProcessorCompiler {
  private final Compiler compiler;
  private final boolean eclipse;
  private Supplier<Processor> processor = MexcErrorProcessor::new;
  private final List<String> options = new ArrayList<>();
  private final List<File> extraClassPath = new ArrayList<>();
  private final List<File> firstClassPath = new ArrayList<>();

  private ProcessorCompiler(Compiler compiler, boolean eclipse) {
    this.compiler = compiler;
    this.eclipse = eclipse;
    if (eclipse) {
      // ecj knows neither -Xlint:all nor -Werror: -warn:+all... is not the same set of warnings either, so ecj
      // runs with its default warnings, all of them made fatal by -failOnWarning.
      options.add("-17");
      options.add("-failOnWarning");
      // No -enableJavadoc, as in a default Eclipse setup: generated code must not import a type only for its
      // Javadoc, which ecj would then report as an unused import.
    } else {
      options.add("-Xlint:all");
      options.add("-Werror");
    }
  }

  /**
   * Returns a compiler with the processor, {@code -Xlint:all} and {@code -Werror}.
   *
   * @return the compiler
   */
  public static ProcessorCompiler javac() {
    return new ProcessorCompiler(Compiler.javac(), false);
  }

  /**
   * Returns the Eclipse compiler (ecj) with the processor, Java 17 and every warning fatal.
   *
   * @return the compiler
   */
  public static ProcessorCompiler ecj() {
    return new ProcessorCompiler(Compiler.compiler(new EclipseCompiler()), true);
  }

  /**
   * Returns javac or ecj.
   *
   * @param eclipse whether to return ecj
   * @return the compiler
   */
  public static ProcessorCompiler of(boolean eclipse) {
    return eclipse ? ecj() : javac();
  }

  /**
   * Tells whether this is the Eclipse compiler.
   *
   * @return whether this is ecj
   */
  public boolean isEclipse() {
    return eclipse;
  }

  /**
   * Adds a processor option.
   *
   * @param key the option, e.g. {@code mexc.errors.table}
   * @param value its value
   * @return this
   */
  public ProcessorCompiler option(String key, String value) {
    options.add("-A" + key + "=" + value);
    return this;
  }

  /**
   * Uses a table given as text, written to a temporary file and passed with {@code -Amexc.errors.table}.
   *
   * @param yaml the table
   * @return this
   */
  public ProcessorCompiler table(String yaml) {
    try {
      Path file = Files.createTempFile("error-codes", ".yaml");
      file.toFile().deleteOnExit();
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      return option("mexc.errors.table", file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts a directory of compiled classes on the class path, after the test's own class path.
   *
   * @param directory the directory
   * @return this
   */
  public ProcessorCompiler classPath(File directory) {
    extraClassPath.add(directory);
    return this;
  }

  /**
   * Puts a directory on the class path before the test's own class path, so that what it holds hides the same
   * files further on (e.g. a resource of the annotations artifact).
   *
   * @param directory the directory
   * @return this
   */
  public ProcessorCompiler classPathFirst(File directory) {
    firstClassPath.add(directory);
    return this;
  }

  /**
   * Runs another processor instead of a fresh {@link MexcErrorProcessor} in each compilation (e.g. one that wraps
   * it).
   *
   * @param processor makes the processor of one compilation
   * @return this
   */
  public ProcessorCompiler processor(Supplier<Processor> processor) {
    this.processor = processor;
    return this;
  }

  /**
   * Compiles sources.
   *
   * @param sources the sources
   * @return the compilation
   */
  public Compilation compile(JavaFileObject... sources) {
    if (eclipse) {
      return compileWithEcj(Arrays.asList(sources));
    }
    Compiler configured = compiler.withProcessors(processor.get()).withOptions(options);
    if (!extraClassPath.isEmpty() || !firstClassPath.isEmpty()) {
      configured = configured.withClasspath(classPath());
    }
    return configured.compile(Arrays.asList(sources));
  }

  private List<File> classPath() {
    List<File> classPath = new ArrayList<>(firstClassPath);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.addAll(extraClassPath);
    return classPath;
  }

  /**
   * Compiles with ecj on real directories. compile-testing's own {@code compile} keeps generated sources in memory,
   * and ecj reads every source it compiles from disk by its URI, so it cannot compile what the processor generates
   * there. The output directories are named SOURCE_OUTPUT and CLASS_OUTPUT like compile-testing's, so the
   * {@link Compilation} built here answers {@code generatedSourceFile(...)} and {@link CompiledClasses} alike.
   */
  private Compilation compileWithEcj(List<JavaFileObject> sources) {
    try {
      Path output = Files.createTempDirectory("mexc-ecj");
      output.toFile().deleteOnExit();
      Path sourceOutput = Files.createDirectories(output.resolve("SOURCE_OUTPUT"));
      Path classOutput = Files.createDirectories(output.resolve("CLASS_OUTPUT"));
      EclipseCompiler ecj = new EclipseCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      boolean succeeded;
      try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        files.setLocation(StandardLocation.CLASS_PATH, classPath());
        files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(sourceOutput.toFile()));
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classOutput.toFile()));
        JavaCompiler.CompilationTask task = ecj.getTask(new StringWriter(), files, diagnostics, options, null, sources);
        task.setProcessors(List.of(processor.get()));
        succeeded = task.call();
      }
      List<JavaFileObject> generated = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(output)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          file.toFile().deleteOnExit();
          generated.add(JavaFileObjects.forResource(file.toUri().toURL()));
        }
      }
      Constructor<Compilation> constructor = Compilation.class.getDeclaredConstructor(Compiler.class, Iterable.class,
          boolean.class, Iterable.class, Iterable.class);
      constructor.setAccessible(true);
      return constructor.newInstance(compiler, sources, succeeded, diagnostics.getDiagnostics(), generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("compile-testing changed: cannot build a Compilation for ecj", e);
    }
  }

  /**
   * Returns the names of the source files a compilation generated, even when it failed (compile-testing's
   * {@code generatedSourceFiles()} refuses to answer for a failed compilation, which is when a test needs to know
   * that nothing was generated).
   *
   * @param compilation the compilation
   * @return the generated source files' names, e.g. {@code .../SOURCE_OUTPUT/test/HandlersDispatcher.java}
   */
  public static List<String> generatedSourceNames(Compilation compilation) {
    try {
      java.lang.reflect.Field field = Compilation.class.getDeclaredField("generatedFiles");
      field.setAccessible(true);
      List<String> names = new ArrayList<>();
      for (Object file : (Iterable<?>) field.get(compilation)) {
        JavaFileObject generated = (JavaFileObject) file;
        if (generated.getKind() == JavaFileObject.Kind.SOURCE) {
          names.add(generated.toUri().getPath());
        }
      }
      return names;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("compile-testing changed: cannot read a Compilation's generated files", e);
    }
  }

  /**
   * Makes a source file from lines.
   *
   * @param qualifiedName the class's name
   * @param lines the source lines
   * @return the file
   */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    // A real file, for both compilers: ecj reads sources from disk by their URI and refuses compile-testing's
    // in-memory ones (their relative URI test/H.java becomes file://test/H.java, whose "authority" makes getTask
    // throw). The same file object serves javac, so .inFile(source) works on both.
    try {
      Path file = Files.createTempDirectory("mexc-src").resolve(qualifiedName.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes a class test.Handlers with a fallback method alone, which uses no generated type, so that a broken table
   * causes no error in it.
   *
   * @return the file
   */
  public static JavaFileObject fallbackHandlers() {
    return source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "",
        "class Handlers {",
        "  @OnMexcErrorFallback void rest() {}",
        "}");
  }
}
