package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A module whose table types come from a dependency (the processor finds MexcErrors on the class path and reuses
 * them) must check its handlers against the table those types were generated from: another table, or types that
 * record no table, is one error naming the dependency's jar and this module's table, and nothing is generated.
 * The "dependency" is compiled first, by the same processor, into a jar on the class path. Runs on javac and ecj.
 */
class ReusedTypesTest {
  /** The organisation's table: the bundled one and one more code, of a category with a handler in the app. */
  private static final String OWN_TABLE = String.join("\n",
      "extends: bundled",
      "spot:",
      "  - code: 30099",
      "    name: QUOTE_ASSET_PAUSED",
      "    message: api market order is disabled",
      "    category: TRADING_DISABLED",
      "    hint: Use a LIMIT order for this pair.",
      "");

  /** The dependency's handler class: it makes the processor generate the table types there. */
  private static final JavaFileObject LIBRARY = source("lib.CommonErrors",
      "package lib;",
      "",
      "import io.github.mexcerrors.OnMexcErrorFallback;",
      "",
      "public class CommonErrors {",
      "  @OnMexcErrorFallback void log(int code) {}",
      "}");

  /** The app's handlers: a category that the added code belongs to. */
  private static final JavaFileObject APP = source("app.AppErrors",
      "package app;",
      "",
      "import io.github.mexcerrors.OnMexcCategory;",
      "import io.github.mexcerrors.mexc.TradingDisabledException;",
      "",
      "class AppErrors {",
      "  @OnMexcCategory(\"TRADING_DISABLED\") void useLimitOrder(TradingDisabledException e) {}",
      "}");

  @TempDir
  Path folder;

  /** Compiles the dependency with javac (a jar is a jar, whichever compiler built it) and packs its classes. */
  private Path library(ProcessorCompiler compiler, String name, JavaFileObject... sources) throws IOException {
    return jar(compiler.compile(sources), name);
  }

  private Path jar(Compilation compilation, String name) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    Path jar = folder.resolve(name + ".jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (JavaFileObject generated : compilation.generatedFiles()) {
        String path = generated.toUri().getPath();
        int root = path.indexOf("/CLASS_OUTPUT/");
        if (root < 0 || !(path.endsWith(".class") || path.endsWith(".yaml"))) {
          continue;
        }
        byte[] content;
        try (InputStream in = generated.openInputStream()) {
          content = in.readAllBytes();
        } catch (java.io.FileNotFoundException e) {
          continue; // looked up (the table resource in the class output) but never written
        }
        out.putNextEntry(new JarEntry(path.substring(root + "/CLASS_OUTPUT/".length())));
        out.write(content);
        out.closeEntry();
      }
    }
    return jar;
  }

  private Path tableFile() throws IOException {
    Path table = folder.resolve("error-codes.yaml");
    Files.writeString(table, OWN_TABLE, StandardCharsets.UTF_8);
    return table;
  }

  private static String onlyError(Compilation compilation) {
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
    return compilation.errors().get(0).getMessage(Locale.ROOT);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void typesOfTheBundledTableAreNotReusedForATableThatAddsCodes(CompilerKind kind) throws Exception {
    // The bundled table's types in a jar, as mexc-errors-table ships them, next to a table of the module's own in
    // the same package: the error says to give that table a package of its own
    Path jar = library(ProcessorCompiler.javac(), "errors-1.0", LIBRARY);
    Path table = tableFile();
    Compilation app = kind.compiler().classPath(jar.toFile()).option("mexc.errors.table", table.toString())
        .compile(APP);
    assertThat(onlyError(app)).isEqualTo("[MEXC-T133] the package io.github.mexcerrors.mexc of this module's table"
        + " (" + table + ") is that of the bundled table's types on the class path (" + jar + ": mexc-errors-table,"
        + " or a module that generated them): a table of your own next to them needs a package of its own. Add"
        + " 'package: com.example.mexc' to your table (with 'extends: bundled' it keeps every bundled code), and its"
        + " types are generated there; the bundled table's types stay as they are"
        + " (see docs/diagnostics.md#mexc-t133)");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aTableOfItsOwnWithAPackageOfItsOwnNextToTheCompiledTableGetsItsTypes(CompilerKind kind) throws Exception {
    Path jar = library(ProcessorCompiler.javac(), "errors-1.0", LIBRARY);
    Path table = folder.resolve("own.yaml");
    Files.writeString(table, OWN_TABLE.replace("extends: bundled\n", "extends: bundled\npackage: com.example.mexc\n"),
        StandardCharsets.UTF_8);
    Compilation app = kind.compiler().classPath(jar.toFile()).option("mexc.errors.table", table.toString())
        .compile(source("app.AppErrors",
            "package app;",
            "",
            "import com.example.mexc.TradingDisabledException;",
            "import io.github.mexcerrors.OnMexcCategory;",
            "",
            "class AppErrors {",
            "  @OnMexcCategory(\"TRADING_DISABLED\") void useLimitOrder(TradingDisabledException e) {}",
            "}"));
    assertThat(app).succeededWithoutWarnings();
    assertThat(app).generatedSourceFile("com.example.mexc.MexcErrors");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aTableOfAnotherModuleInTheBundledPackageIsStillAnotherTable(CompilerKind kind) throws Exception {
    // Not the bundled table's types: the error stays T130 (use the same table, or a package of its own)
    Path table = tableFile();
    Path jar = library(ProcessorCompiler.javac().option("mexc.errors.table", table.toString()), "errors-1.0",
        LIBRARY);
    Path other = folder.resolve("other.yaml");
    Files.writeString(other, OWN_TABLE.replace("30099", "30098").replace("QUOTE_ASSET_PAUSED", "OTHER_PAUSE"),
        StandardCharsets.UTF_8);
    Compilation app = kind.compiler().classPath(jar.toFile()).option("mexc.errors.table", other.toString())
        .compile(APP);
    assertThat(onlyError(app)).startsWith("[MEXC-T130]");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void typesOfATableThatAddsCodesAreNotReusedWithTheBundledTable(CompilerKind kind) throws Exception {
    // A library built with another table (an older or newer bundled one, or its own) that exports no copy of it
    Path table = tableFile();
    Path jar = library(ProcessorCompiler.javac().option("mexc.errors.table", table.toString()), "errors-1.0",
        LIBRARY);
    Path withoutTable = folder.resolve("no-table.jar");
    copyWithout(jar, withoutTable, "io/github/mexcerrors/table/error-codes.yaml");
    Compilation app = kind.compiler().classPath(withoutTable.toFile()).compile(APP);
    assertThat(onlyError(app)).startsWith("[MEXC-T130] the table types of package io.github.mexcerrors.mexc on the"
        + " class path (" + withoutTable + ") were generated from another table than error-codes.yaml (bundled with"
        + " mexc-errors-processor), which this module checks its handlers against");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void theTypesOfTheSameTableAreReused(CompilerKind kind) throws Exception {
    Path table = tableFile();
    Path jar = library(ProcessorCompiler.javac().option("mexc.errors.table", table.toString()), "errors-1.0",
        LIBRARY);
    // With the same table given again, and with none (the copy the library exports is found in its jar)
    for (ProcessorCompiler compiler : new ProcessorCompiler[] {
        kind.compiler().option("mexc.errors.table", table.toString()), kind.compiler()}) {
      Compilation app = compiler.classPath(jar.toFile()).compile(APP);
      assertThat(app).succeededWithoutWarnings();
      assertThat(ProcessorCompiler.generatedSourceNames(app)).hasSize(1);
      assertThat(app).generatedSourceFile("app.AppErrorsDispatcher");
    }
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void typesThatRecordNoTableAreNotReused(CompilerKind kind) throws Exception {
    // What an older processor generated, or a hand-written class of a generated name in a dependency
    Path jar = jar(Compiler.javac().compile(source("io.github.mexcerrors.mexc.MexcErrors",
            "package io.github.mexcerrors.mexc;",
            "",
            "public final class MexcErrors {}")), "old-errors");
    Compilation app = kind.compiler().classPath(jar.toFile()).compile(LIBRARY);
    assertThat(onlyError(app)).isEqualTo("[MEXC-T131] io.github.mexcerrors.mexc.MexcErrors on the class path ("
        + jar + ") records no table fingerprint: it was generated by another version of mexc-errors, or not by"
        + " mexc-errors at all, so it cannot be checked against error-codes.yaml (bundled with"
        + " mexc-errors-processor). Rebuild that module with this version of the processor, or give this table a"
        + " package of its own (not io.github.mexcerrors.mexc) so that its types are generated apart"
        + " (see docs/diagnostics.md#mexc-t131)");
  }

  /** Compiles with javac's own file manager into a directory that is also on the class path, as Maven does. */
  private static List<String> compileInto(Path classes, List<String> options, JavaFileObject source)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT,
          List.of(Files.createDirectories(classes.resolveSibling("generated-sources"))));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      List<String> all = new java.util.ArrayList<>(options);
      all.addAll(List.of("-classpath", classes + java.io.File.pathSeparator + System.getProperty("java.class.path")));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null, List.of(source));
      task.setProcessors(List.of(new MexcErrorProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  @org.junit.jupiter.api.Test
  void typesLeftInTheClassOutputByABuildWithAnotherTableAskForACleanBuild() throws Exception {
    // Maven's second build without clean: target/classes holds the types of the earlier table, and is on the
    // class path; only the table changed
    Path classes = Files.createDirectories(folder.resolve("target/classes"));
    assertThat(compileInto(classes, List.of(), LIBRARY)).isEmpty();
    Path table = tableFile();
    List<String> errors = compileInto(classes, List.of("-Amexc.errors.table=" + table), LIBRARY);
    assertThat(errors).containsExactly("[MEXC-T132] the table types of package io.github.mexcerrors.mexc in this"
        + " module's class output (" + classes + ") were generated by an earlier build from another table than "
        + table + ": rebuild from clean (e.g. mvn clean compile), since a build that sees only the table changed"
        + " does not regenerate them"
        + " (see docs/diagnostics.md#mexc-t132)");
  }

  private static void copyWithout(Path from, Path to, String left) throws IOException {
    try (java.util.jar.JarFile in = new java.util.jar.JarFile(from.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(to))) {
      for (JarEntry entry : java.util.Collections.list(in.entries())) {
        if (!entry.getName().equals(left)) {
          out.putNextEntry(new JarEntry(entry.getName()));
          try (InputStream content = in.getInputStream(entry)) {
            content.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
  }
}
