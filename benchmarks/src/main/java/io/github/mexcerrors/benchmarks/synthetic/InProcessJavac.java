package io.github.mexcerrors.benchmarks.synthetic;

import io.github.mexcerrors.processor.MexcErrorProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Runs javac in this JVM on sources held in memory, with or without the mexc-errors processor. */
public final class InProcessJavac {
  private InProcessJavac() {}

  /**
   * Compiles sources into {@code output}; generated sources go to {@code output/generated}.
   *
   * @param sources qualified class name to source text
   * @param output the class output directory
   * @param table the error table file for the processor, or null for the bundled table
   * @param withProcessor whether the processor runs ({@code -proc:none} otherwise)
   */
  public static void compile(Map<String, String> sources, Path output, Path table, boolean withProcessor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("run on a JDK, not a JRE: no system Java compiler");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new SimpleJavaFileObject(
        URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    }));
    List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-classpath",
        System.getProperty("java.class.path"), "-Xlint:all", "-encoding", "UTF-8"));
    Path generated = output.resolve("generated");
    try {
      Files.createDirectories(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.addAll(List.of("-s", generated.toString()));
    if (!withProcessor) {
      options.add("-proc:none");
    } else if (table != null) {
      options.add("-Amexc.errors.table=" + table);
    }
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(errors, files, null, options, null, units);
      task.setProcessors(withProcessor ? List.of(new MexcErrorProcessor()) : List.of());
      if (!task.call()) {
        throw new IllegalStateException("compilation failed:\n" + errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
