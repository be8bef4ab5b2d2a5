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
import javax.tools.JavaFileObject;

/** Compiles sources with the processor, the way the tests need it. */
public final class ProcessorCompiler {
  private final Compiler compiler;
  private final List<String> options = new ArrayList<>();

  private ProcessorCompiler(Compiler compiler) {
    this.compiler = compiler;
    options.add("-Xlint:all");
    options.add("-Werror");
  }

  /**
   * Returns a compiler with the processor, {@code -Xlint:all} and {@code -Werror}.
   *
   * @return the compiler
   */
  public static ProcessorCompiler javac() {
    return new ProcessorCompiler(Compiler.javac().withProcessors(new MexcErrorProcessor()));
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
   * Compiles sources.
   *
   * @param sources the sources
   * @return the compilation
   */
  public Compilation compile(JavaFileObject... sources) {
    return compiler.withOptions(options).compile(Arrays.asList(sources));
  }

  /**
   * Makes a source file from lines.
   *
   * @param qualifiedName the class's name
   * @param lines the source lines
   * @return the file
   */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
