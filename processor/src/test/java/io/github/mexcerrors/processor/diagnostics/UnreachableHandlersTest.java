package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.DelegatingProcessor;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A handler method in a class no dispatcher can name (local, anonymous, an enum constant's body, or nested in one of
 * them) would never be called: on javac it is an error at the method, also in a build where nothing else makes javac
 * run the processor, and behind a wrapped processing environment such as Gradle's. ecj's annotation processing does
 * not see method bodies and offers no tree API: there such a method compiles and is never called, the documented
 * limit that these tests pin down.
 */
class UnreachableHandlersTest {
  /**
   * A shape of class.
   *
   * @param name what it is
   * @param members the members of class test.Handlers that declare it; the handler method is named resync
   * @param where how the error describes the class
   */
  record Shape(String name, List<String> members, String where) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Shape> shapes() {
    return Stream.of(
        new Shape("local class", List.of(
            "  Object make() {",
            "    class Local { @OnMexcError(700003) void resync() {} }",
            "    return new Local();",
            "  }"), "a local class"),
        new Shape("anonymous class", List.of(
            "  Object make() {",
            "    return new Object() {",
            "      @OnMexcError(700003) void resync() {}",
            "    };",
            "  }"), "an anonymous class"),
        new Shape("enum constant body", List.of(
            "  enum Mode {",
            "    FAST {",
            "      @OnMexcError(700003) void resync() {}",
            "    }",
            "  }"), "the body of an enum constant"),
        new Shape("member of a local class", List.of(
            "  Object make() {",
            "    class Local {",
            "      class Member { @OnMexcError(700003) void resync() {} }",
            "      Object member() { return new Member(); }",
            "    }",
            "    return new Local().member();",
            "  }"), "class Member, inside a local class"),
        new Shape("static class inside an anonymous class", List.of(
            "  Object make() {",
            "    return new Object() {",
            "      static class Nested { @OnMexcCategory(\"RATE_LIMIT\") void resync() {} }",
            "      @Override public String toString() { return new Nested().toString(); }",
            "    };",
            "  }"), "class Nested, inside an anonymous class"),
        new Shape("local record", List.of(
            "  Object make() {",
            "    record Local(int size) { @OnMexcErrorFallback void resync() {} }",
            "    return new Local(1);",
            "  }"), "a local record"),
        new Shape("local class in a lambda", List.of(
            "  Runnable make() {",
            "    return () -> {",
            "      class InLambda { @OnMexcError(700003) void resync() {} }",
            "      new InLambda().toString();",
            "    };",
            "  }"), "a local class"),
        new Shape("anonymous class in a field initializer", List.of(
            "  final Object field = new Object() {",
            "    @OnMexcError(700003) void resync() {}",
            "  };"), "an anonymous class"));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    shapes().forEach(shape -> {
      for (CompilerKind kind : CompilerKind.values()) {
        cases.add(Arguments.of(kind, shape, false));
        cases.add(Arguments.of(kind, shape, true));
      }
    });
    return cases.stream();
  }

  private static JavaFileObject handlers(Shape shape, boolean alsoANamedHandler) {
    List<String> lines = new ArrayList<>(List.of("package test;", "", "import io.github.mexcerrors.*;", "",
        "class Handlers {"));
    if (alsoANamedHandler) {
      lines.add("  @OnMexcErrorFallback void rest() {}");
    }
    lines.addAll(shape.members());
    lines.add("}");
    return source("test.Handlers", lines.toArray(new String[0]));
  }

  /**
   * Every shape, alone in the build (nothing else makes javac run the processor) and next to a handler method of a
   * named class.
   */
  @ParameterizedTest(name = "{0}: {1}, with a named handler: {2}")
  @MethodSource("cases")
  void aHandlerMethodNoDispatcherCanCallIsAnErrorAtTheMethodOnJavac(CompilerKind kind, Shape shape,
      boolean alsoANamedHandler) {
    JavaFileObject source = handlers(shape, alsoANamedHandler);
    Compilation compilation = kind.compiler().classPath(BundledTableClasses.directory()).compile(source);
    List<String> dispatchers = ProcessorCompiler.generatedSourceNames(compilation).stream()
        .filter(name -> name.endsWith("Dispatcher.java")).toList();
    if (kind == CompilerKind.ECJ) {
      // The limit: ecj never shows these methods to a processor
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(dispatchers).hasSize(alsoANamedHandler ? 1 : 0);
      return;
    }
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H001] handler method resync is declared in " + shape.where()
        + ", which no generated dispatcher can name, so it would never be called; move the handler to a named"
        + " top-level or member class").inFile(source).onLineContaining("void resync()");
    assertThat(compilation.errors().get(0).getColumnNumber())
        .isEqualTo(Errors.line(compilation.errors().get(0)).indexOf("resync") + 1);
  }

  /** Gradle hands processors a wrapper of javac's environment: the error is reported behind it too. */
  @ParameterizedTest
  @EnumSource(value = CompilerKind.class, names = "JAVAC")
  void behindAWrappedEnvironmentLikeGradlesTheErrorIsReportedToo(CompilerKind kind) {
    JavaFileObject source = handlers(shapes().findFirst().orElseThrow(), false);
    Compilation compilation = kind.compiler().classPath(BundledTableClasses.directory())
        .processor(() -> new DelegatingProcessor(new MexcErrorProcessor()))
        .compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H001] handler method resync is declared in a local class")
        .inFile(source).onLineContaining("void resync()");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("internal error");
  }
}
