package io.github.mexcerrors.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** Compiles sources with the processor, the way the tests need it. */
public final class ProcessorCompiler {
  private final Compiler compiler;
  private final boolean eclipse;
  private Supplier<Processor> processor = MexcErrorProcessor::new;
  private final List<String> options = new ArrayList<>();

  private ProcessorCompiler(Compiler compiler, boolean eclipse) {
    this.compiler = compiler;
    this.eclipse = eclipse;
    if (eclipse) {
      // ecj knows neither -Xlint:all nor -Werror: -warn:+all... is not the same set of warnings either, so ecj
      // runs with its default warnings, all of them made fatal by -failOnWarning.
      options.add("-17");
      options.add("-failOnWarning");
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
    return compiler.withProcessors(processor.get()).withOptions(options).compile(Arrays.asList(sources));
  }

  /**
   * Makes a source file from lines.
   *
   * @param qualifiedName the class's name
   * @param lines the source lines
   * @return the file
   */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    // An absolute path: ecj turns a relative source URI such as test/H.java into file://test/H.java, whose
    // "authority" makes its getTask throw.
    return JavaFileObjects.forSourceLines("/" + qualifiedName.replace('.', '/') + ".java", lines);
  }
}
