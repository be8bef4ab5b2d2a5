package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Table-driven diagnostics tests: sources with mistakes and exactly the errors they must cause, each with its id, on
 * its line of the file it is in; and no dispatcher generated from a class with errors.
 */
final class ExpectedErrors {
  private ExpectedErrors() {}

  /**
   * One error a case must cause: its id, the start of its text after the id, and a text of the line it is on.
   *
   * @param id the message
   * @param text what the message says, from its start (the id's brackets excluded)
   * @param line a text of the source line the error is on
   */
  record Expected(Message id, String text, String line) {}

  /**
   * Sources with mistakes and the errors they must cause, exactly these.
   *
   * @param name what the case is about
   * @param dependencies sources compiled first, without the processor, whose classes are on the class path
   * @param others sources compiled with the file, before it
   * @param file the source the errors are in
   * @param errors the errors
   * @param dispatchers the dispatchers still generated (from classes without errors), e.g.
   *     {@code test/BaseDispatcher.java}
   */
  record Case(String name, List<JavaFileObject> dependencies, List<JavaFileObject> others, JavaFileObject file,
      List<Expected> errors, List<String> dispatchers) {
    /**
     * A file alone, from which nothing is generated.
     *
     * @param name what the case is about
     * @param file the source
     * @param errors the errors it must cause
     */
    Case(String name, JavaFileObject file, List<Expected> errors) {
      this(name, List.of(), List.of(), file, errors, List.of());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Returns each case on each compiler.
   *
   * @param cases makes the cases
   * @return the arguments (compiler kind, case) of a parameterized test
   */
  static List<Arguments> onEachCompiler(Supplier<List<Case>> cases) {
    List<Arguments> arguments = new ArrayList<>();
    for (CompilerKind kind : CompilerKind.values()) {
      cases.get().forEach(c -> arguments.add(Arguments.of(kind, c)));
    }
    return arguments;
  }

  /**
   * Compiles a case with the bundled table's types on the class path and asserts that it causes exactly its errors,
   * each with its id on its line, and generates exactly its dispatchers.
   *
   * @param kind the compiler
   * @param mistake the case
   */
  static void assertCase(CompilerKind kind, Case mistake) {
    ProcessorCompiler compiler = kind.compiler().classPath(BundledTableClasses.directory());
    if (!mistake.dependencies().isEmpty()) {
      compiler.classPath(classesOf(mistake.dependencies()));
    }
    List<JavaFileObject> sources = new ArrayList<>(mistake.others());
    sources.add(mistake.file());
    Compilation compilation = compiler.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).hadErrorCount(mistake.errors().size());
    for (Expected error : mistake.errors()) {
      assertThat(compilation).hadErrorContaining("[" + error.id().id() + "] " + error.text()).inFile(mistake.file())
          .onLineContaining(error.line());
    }
    assertThat(dispatchers(compilation)).containsExactlyElementsIn(mistake.dispatchers());
  }

  /** Nothing is generated from a class with errors, so the user never sees follow-on errors in generated code. */
  static void assertNoDispatcher(Compilation compilation) {
    assertThat(dispatchers(compilation)).isEmpty();
  }

  /**
   * Returns the dispatchers a compilation generated, even if it failed.
   *
   * @param compilation the compilation
   * @return their paths below the source output, e.g. {@code test/HandlersDispatcher.java}
   */
  static List<String> dispatchers(Compilation compilation) {
    return ProcessorCompiler.generatedSourceNames(compilation).stream().filter(name -> name.endsWith("Dispatcher.java"))
        .map(name -> name.substring(name.lastIndexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length())).toList();
  }

  /** Compiles sources with javac and no processor into a new directory, as a dependency built elsewhere. */
  private static File classesOf(List<JavaFileObject> sources) {
    Compilation compilation = Compiler.javac().withOptions("-proc:none").compile(sources);
    assertThat(compilation).succeeded();
    return CompiledClasses.write(compilation);
  }
}
