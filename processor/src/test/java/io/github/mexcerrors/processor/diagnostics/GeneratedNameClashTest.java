package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A type of the user's own sources with the name of a generated type, and two handler classes that would get the
 * same dispatcher, are errors at each class concerned, never a silent switch or a Filer error without a position.
 */
class GeneratedNameClashTest {
  private static final JavaFileObject HANDLERS = source("test.Handlers",
      "package test;",
      "",
      "import io.github.mexcerrors.OnMexcErrorFallback;",
      "",
      "class Handlers {",
      "  @OnMexcErrorFallback void rest(int code) {}",
      "}");

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aUserTypeWithTheNameOfTheFactoryIsAnErrorAtThatType(CompilerKind kind) {
    JavaFileObject own = source("io.github.mexcerrors.mexc.MexcErrors",
        "package io.github.mexcerrors.mexc;",
        "",
        "public class MexcErrors {}");
    Compilation compilation = kind.compiler().compile(own, HANDLERS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H031] class io.github.mexcerrors.mexc.MexcErrors has the name"
        + " of a type that mexc-errors generates from the error table (the table's package is"
        + " io.github.mexcerrors.mexc), so the processor cannot generate it; rename the class, or move it to another"
        + " package").inFile(own).onLineContaining("class MexcErrors");
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aUserTypeWithTheNameOfACategoryExceptionIsAnErrorAtThatType(CompilerKind kind) {
    JavaFileObject own = source("io.github.mexcerrors.mexc.ClockSkewException",
        "package io.github.mexcerrors.mexc;",
        "",
        "public class ClockSkewException extends RuntimeException {",
        "  private static final long serialVersionUID = 1L;",
        "}");
    Compilation compilation = kind.compiler().compile(own, HANDLERS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H031] class io.github.mexcerrors.mexc.ClockSkewException has"
        + " the name of a type that mexc-errors generates").inFile(own).onLineContaining("class ClockSkewException");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aUserClassWithTheNameOfADispatcherIsAnErrorAtBothClasses(CompilerKind kind) {
    JavaFileObject own = source("test.HandlersDispatcher",
        "package test;",
        "",
        "class HandlersDispatcher {}");
    Compilation compilation = kind.compiler().classPath(BundledTableClasses.directory()).compile(own, HANDLERS);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[MEXC-H033] the dispatcher of handler class test.Handlers would be"
        + " test.HandlersDispatcher, but your sources declare a class of that name; rename that class, or this one")
        .inFile(HANDLERS).onLineContaining("class Handlers");
    assertThat(compilation).hadErrorContaining("[MEXC-H034] class test.HandlersDispatcher has the name of the"
        + " dispatcher generated for handler class test.Handlers; rename this class, or that one")
        .inFile(own).onLineContaining("class HandlersDispatcher");
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aNestedAndATopLevelHandlerClassThatWouldShareADispatcherAreErrorsAtBoth(CompilerKind kind) {
    JavaFileObject nested = source("test.A",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "",
        "class A {",
        "  static class B {",
        "    @OnMexcErrorFallback void rest(int code) {}",
        "  }",
        "}");
    JavaFileObject topLevel = source("test.A_B",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "",
        "class A_B {",
        "  @OnMexcErrorFallback void rest(int code) {}",
        "}");
    Compilation compilation = kind.compiler().classPath(BundledTableClasses.directory()).compile(nested, topLevel);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[MEXC-H032] handler classes test.A.B and test.A_B would both get"
        + " the dispatcher test.A_BDispatcher (the dispatcher of a nested class joins the names of the classes"
        + " around it with '_'); rename one of them").inFile(nested).onLineContaining("static class B");
    assertThat(compilation).hadErrorContaining("[MEXC-H032] handler classes test.A_B and test.A.B would both get"
        + " the dispatcher test.A_BDispatcher").inFile(topLevel).onLineContaining("class A_B");
    List<String> generated = ProcessorCompiler.generatedSourceNames(compilation);
    assertThat(generated.stream().filter(name -> name.endsWith("/test/A_BDispatcher.java")).count())
        .isAtMost(1);
  }
}
