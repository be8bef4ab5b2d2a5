package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inherited handler methods count, as Spring's {@code @ExceptionHandler} methods do: a subclass's dispatcher routes
 * the codes of its superclasses' handler methods, an override with annotations of its own replaces its parent's
 * (the parent's codes are no longer routed to it), an override without annotations keeps its parent's and is the
 * one called. A subclass without annotations of its own gets no dispatcher: its superclass's dispatcher takes it.
 * On javac and ecj, with the superclass in the same sources and in a class directory of a dependency.
 */
class InheritedHandlersTest {
  private static final String[] BASE = {
      "package test;",
      "",
      "import io.github.mexcerrors.*;",
      "import io.github.mexcerrors.mexc.*;",
      "import java.util.ArrayList;",
      "import java.util.List;",
      "",
      "public class Base<T> {",
      "  public static final List<String> STATIC_CALLS = new ArrayList<>();",
      "  public final List<String> calls = new ArrayList<>();",
      "",
      "  @OnMexcError(700003) public void resync(ClockSkewException e) { calls.add(\"Base.resync:\" + e.code()); }",
      "  @OnMexcError(30004) public void balance(int code) { calls.add(\"Base.balance:\" + code); }",
      "  @OnMexcError(30005) public void position(int code) { calls.add(\"Base.position:\" + code); }",
      "  @OnMexcCategory(\"RATE_LIMIT\") public static void slow(int code) { STATIC_CALLS.add(\"Base.slow:\" + code); }",
      "  @OnMexcErrorFallback public void rest(int code) { calls.add(\"Base.rest:\" + code); }",
      "}"};

  private static final String[] SUB = {
      "package test;",
      "",
      "import io.github.mexcerrors.*;",
      "",
      "public class Sub extends Base<String> {",
      "  @OnMexcError(10101) public void own(int code) { calls.add(\"Sub.own:\" + code); }",
      "  // An override with an annotation of its own replaces the parent's: 30004 is no longer balance's",
      "  @Override @OnMexcError(30016) public void balance(int code) { calls.add(\"Sub.balance:\" + code); }",
      "  // Without annotations, the parent's stays and the override runs",
      "  @Override public void position(int code) { calls.add(\"Sub.position:\" + code); }",
      "  @Override public void rest(int code) { calls.add(\"Sub.rest:\" + code); }",
      "}"};

  private static final String[] PLAIN_SUB = {
      "package test;",
      "",
      "public class PlainSub extends Sub {",
      "  @Override public void resync(io.github.mexcerrors.mexc.ClockSkewException e) { calls.add(\"PlainSub\"); }",
      "}"};

  @ParameterizedTest
  @ValueSource(strings = {"javac", "ecj"})
  void inheritedHandlersAreDispatchedAndOverridesReplaceOrKeepTheirParents(String compiler) throws Exception {
    Compilation compilation = ProcessorCompiler.of(compiler.equals("ecj"))
        .compile(source("test.Base", BASE), source("test.Sub", SUB), source("test.PlainSub", PLAIN_SUB));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream()
        .filter(name -> name.endsWith("Dispatcher.java")).map(name -> name.substring(name.lastIndexOf('/') + 1))
        .sorted().toList()).containsExactly("BaseDispatcher.java", "SubDispatcher.java");
    try (URLClassLoader loader = loader(compilation)) {
      assertDispatch(loader);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"javac", "ecj"})
  void aSuperclassFromADependencysClassFilesCountsToo(String compiler) throws Exception {
    Compilation dependency = ProcessorCompiler.of(compiler.equals("ecj")).compile(source("test.Base", BASE));
    assertThat(dependency).succeededWithoutWarnings();
    Path classes = Files.createTempDirectory("mexc-dependency");
    CompiledClasses.write(dependency, classes);
    Compilation compilation = ProcessorCompiler.of(compiler.equals("ecj")).classPath(classes.toFile())
        .compile(source("test.Sub", SUB), source("test.PlainSub", PLAIN_SUB));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses.write(compilation, classes);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      assertDispatch(loader);
    }
  }

  private static void assertDispatch(ClassLoader loader) throws Exception {
    assertThat(dispatch(loader, "test.Sub", "test.SubDispatcher", 700003)).containsExactly("Base.resync:700003");
    assertThat(dispatch(loader, "test.Sub", "test.SubDispatcher", 10101)).containsExactly("Sub.own:10101");
    assertThat(dispatch(loader, "test.Sub", "test.SubDispatcher", 30016)).containsExactly("Sub.balance:30016");
    // 30004 was balance's in Base; Sub's balance replaced it with 30016, so 30004 goes to the fallback
    assertThat(dispatch(loader, "test.Sub", "test.SubDispatcher", 30004)).containsExactly("Sub.rest:30004");
    assertThat(dispatch(loader, "test.Sub", "test.SubDispatcher", 30005)).containsExactly("Sub.position:30005");
    assertThat(dispatch(loader, "test.Sub", "test.SubDispatcher", 777)).containsExactly("Sub.rest:777");
    @SuppressWarnings("unchecked")
    List<String> statics = (List<String>) loader.loadClass("test.Base").getField("STATIC_CALLS").get(null);
    statics.clear();
    assertThat(dispatch(loader, "test.Sub", "test.SubDispatcher", 429)).isEmpty();
    assertThat(statics).containsExactly("Base.slow:429");
    // A subclass without annotations of its own: its superclass's dispatcher takes it, and calls its overrides
    assertThat(dispatch(loader, "test.PlainSub", "test.SubDispatcher", 700003)).containsExactly("PlainSub");
    assertThat(dispatch(loader, "test.Sub", "test.BaseDispatcher", 30004)).containsExactly("Sub.balance:30004");
  }

  @SuppressWarnings("unchecked")
  private static List<String> dispatch(ClassLoader loader, String handlerClass, String dispatcher, int code)
      throws Exception {
    Object handler = loader.loadClass(handlerClass).getConstructor().newInstance();
    Class<?> type = loader.loadClass(dispatcher);
    Method dispatch = null;
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals("dispatch") && candidate.getParameterCount() == 3
          && candidate.getParameterTypes()[1] == int.class) {
        dispatch = candidate;
      }
    }
    assertThat(dispatch.invoke(null, handler, code, "message")).isEqualTo(true);
    return new ArrayList<>((List<String>) handler.getClass().getField("calls").get(handler));
  }

  private static URLClassLoader loader(Compilation compilation) throws IOException {
    Path classes = Files.createTempDirectory("mexc-inherited");
    CompiledClasses.write(compilation, classes);
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InheritedHandlersTest.class.getClassLoader());
  }
}
