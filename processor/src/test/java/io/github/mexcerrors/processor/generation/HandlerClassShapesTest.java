package io.github.mexcerrors.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every handler class the processor accepts gets a dispatcher that compiles without a warning: under
 * {@code -Xlint:all -Werror} on javac, and with every warning fatal on ecj. One case per shape of class that once
 * broke or warned: generic classes around inner classes, class names that the dispatcher's own parameters would
 * shadow, {@code java.lang} names taken in the handler's package, deprecated handlers, auxiliary classes.
 */
class HandlerClassShapesTest {
  /**
   * A handler class shape.
   *
   * @param name what the case is about
   * @param dispatcher the dispatcher's qualified name
   * @param sources the sources, each its qualified name then its lines
   */
  record Shape(String name, String dispatcher, List<JavaFileObject> sources) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static JavaFileObject file(String qualifiedName, String... body) {
    List<String> lines = new ArrayList<>(List.of("package test;", "", "import io.github.mexcerrors.*;",
        "import io.github.mexcerrors.mexc.*;", ""));
    lines.addAll(List.of(body));
    return source(qualifiedName, lines.toArray(new String[0]));
  }

  private static Shape shape(String name, String dispatcher, JavaFileObject... sources) {
    return new Shape(name, dispatcher, List.of(sources));
  }

  /** A top-level class of a given name with static and instance handlers, using every parameter kind. */
  private static Shape namedLike(String className) {
    return shape("class named " + className, "test." + className + "Dispatcher", file("test." + className,
        "class " + className + " {",
        "  @OnMexcError(700003) static void resync(int code, String message, ClockSkewException e) {}",
        "  @OnMexcError(30004) void balance(SpotErrorCode entry, MexcApi api) {}",
        "  @OnMexcCategory(\"RATE_LIMIT\") static void slow(RateLimitException e) {}",
        "  @OnMexcErrorFallback void rest(MexcException exception, int code) {}",
        "}"));
  }

  static Stream<Shape> shapes() {
    List<Shape> shapes = new ArrayList<>();
    shapes.add(shape("generic inner class of a generic class", "test.Outer_InnerDispatcher", file("test.Outer",
        "class Outer<T> {",
        "  class Inner<U extends Number> {",
        "    @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "    @OnMexcErrorFallback static void rest(int code) {}",
        "  }",
        "}")));
    shapes.add(shape("inner class of a generic class", "test.Outer_InnerDispatcher", file("test.Outer",
        "class Outer<T> {",
        "  class Inner {",
        "    @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "    @OnMexcErrorFallback static void rest(int code) {}",
        "  }",
        "}")));
    shapes.add(shape("inner class of an inner class of generic classes", "test.A_B_CDispatcher", file("test.A",
        "class A<T> {",
        "  class B<U> {",
        "    class C {",
        "      @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "    }",
        "  }",
        "}")));
    shapes.add(shape("static nested generic class of a generic class", "test.Outer_NestedDispatcher",
        file("test.Outer",
            "class Outer<T> {",
            "  static class Nested<U> {",
            "    @OnMexcError(700003) void resync(ClockSkewException e) {}",
            "  }",
            "}")));
    for (String name : List.of("code", "message", "exception", "entry", "handler", "api", "type", "response",
        "e")) {
      shapes.add(namedLike(name));
    }
    for (String javaLang : List.of("String", "Class", "Object", "SuppressWarnings", "Deprecated")) {
      shapes.add(shape("class named " + javaLang + " in the handler's package", "test.HandlersDispatcher",
          source("test." + javaLang, "package test;", "", "class " + javaLang + " {}"),
          file("test.Handlers",
              "class Handlers {",
              "  @java.lang.Deprecated @OnMexcError(700003)",
              "  void resync(int code, java.lang.String message, ClockSkewException e) {}",
              "  @OnMexcErrorFallback void rest(MexcException exception) {}",
              "}")));
    }
    shapes.add(shape("deprecated handler method", "test.HandlersDispatcher", file("test.Handlers",
        "class Handlers {",
        "  @Deprecated @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "  @Deprecated @OnMexcErrorFallback static void rest(int code) {}",
        "}")));
    shapes.add(shape("handler method deprecated for removal", "test.HandlersDispatcher", file("test.Handlers",
        "class Handlers {",
        "  @Deprecated(forRemoval = true) @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "  @Deprecated(forRemoval = true) @OnMexcErrorFallback static void rest(int code) {}",
        "}")));
    shapes.add(shape("deprecated handler class", "test.HandlersDispatcher", file("test.Handlers",
        "@Deprecated",
        "class Handlers {",
        "  @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "  @OnMexcErrorFallback static void rest(int code) {}",
        "}")));
    shapes.add(shape("handler class deprecated for removal", "test.HandlersDispatcher", file("test.Handlers",
        "@Deprecated(forRemoval = true)",
        "class Handlers {",
        "  @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "}")));
    shapes.add(shape("member of a deprecated class", "test.Outer_InnerDispatcher", file("test.Outer",
        "@Deprecated(forRemoval = true)",
        "class Outer {",
        "  static class Inner {",
        "    @OnMexcError(700003) void resync(ClockSkewException e) {}",
        "  }",
        "}")));
    return shapes.stream();
  }

  static Stream<Arguments> cases() {
    return shapes().flatMap(shape -> Stream.of(Arguments.of("javac", shape), Arguments.of("ecj", shape)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void theDispatcherCompilesWithoutAWarning(String compilerName, Shape shape) {
    Compilation compilation = ProcessorCompiler.of(compilerName.equals("ecj"))
        .classPath(BundledTableClasses.directory())
        .compile(shape.sources().toArray(new JavaFileObject[0]));
    List<String> problems = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .toList();
    assertWithMessage("diagnostics").that(problems).isEmpty();
    String path = "/" + shape.dispatcher().replace('.', '/') + ".java";
    assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream().anyMatch(n -> n.endsWith(path)))
        .isTrue();
  }

  static Stream<Arguments> auxiliaryClasses() {
    List<Arguments> cases = new ArrayList<>();
    for (String compiler : List.of("javac", "ecj")) {
      cases.add(Arguments.of(compiler, "Helper", "class Helper {", file("test.Main",
          "public class Main {}",
          "",
          "class Helper {",
          "  @OnMexcError(700003) void resync(ClockSkewException e) {}",
          "  @OnMexcErrorFallback static void rest(int code) {}",
          "}")));
      cases.add(Arguments.of(compiler, "Helper_Inner", "static class Inner {", file("test.Main",
          "public class Main {}",
          "",
          "class Helper {",
          "  static class Inner {",
          "    @OnMexcError(700003) void resync(ClockSkewException e) {}",
          "  }",
          "}")));
    }
    return cases.stream();
  }

  /**
   * javac warns at every use of an auxiliary class (a class in a file named after another) from another file, and
   * {@code @SuppressWarnings("auxiliaryclass")} does not silence it in a method signature, where a dispatcher must
   * name the handler class: javac refuses such a class at the class, ecj (no such warning) compiles it.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("auxiliaryClasses")
  void anAuxiliaryClassIsRefusedOnJavacAndCompilesOnEcj(String compilerName, String name, String line,
      JavaFileObject source) {
    Compilation compilation = ProcessorCompiler.of(compilerName.equals("ecj"))
        .classPath(BundledTableClasses.directory())
        .compile(source);
    if (compilerName.equals("ecj")) {
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream()
          .anyMatch(n -> n.endsWith("/test/" + name + "Dispatcher.java"))).isTrue();
      return;
    }
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H030] class Helper is declared in Main.java, a file named after"
        + " another class: javac warns at every use of such an auxiliary class from another file").inFile(source)
        .onLineContaining(line);
    assertThat(compilation).hadErrorContaining("move Helper to a file of its own, Helper.java, or into Main as a"
        + " static nested class");
    assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream()
        .filter(n -> n.endsWith("Dispatcher.java")).toList()).isEmpty();
  }
}
