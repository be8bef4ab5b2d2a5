package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Errors about inherited handler methods, each at the class being compiled, and about Kotlin shapes as kapt's Java
 * stubs show them (simulated here: {@code @kotlin.Metadata}, {@code Continuation} and {@code error.NonExistentClass}
 * are declared as sources), each one error in Kotlin terms.
 */
class InheritedAndKotlinDiagnosticsTest {
  private static ProcessorCompiler compiler(CompilerKind kind) {
    return kind.compiler().classPath(BundledTableClasses.directory());
  }

  private static final JavaFileObject BASE = source("test.Base",
      "package test;",
      "",
      "import io.github.mexcerrors.*;",
      "import io.github.mexcerrors.mexc.*;",
      "",
      "public class Base {",
      "  @OnMexcError(700003) public void resync(ClockSkewException e) {}",
      "}");

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aCodeHandledByAnInheritedMethodAndAnOwnOneIsAnErrorAtTheOwnOne(CompilerKind kind) {
    JavaFileObject sub = source("test.Sub",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "",
        "public class Sub extends Base {",
        "  @OnMexcError(700003) public void clock() {}",
        "}");
    Compilation compilation = compiler(kind).compile(BASE, sub);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H104] spot code 700003 (").inFile(sub)
        .onLineContaining("void clock()");
    assertThat(compilation).hadErrorContaining(") is handled by both Sub.clock and Base.resync; a code has exactly"
        + " one handler per class");
  }

  /** The superclass alone is fine (all void): the disagreement exists only in the subclass, and is reported there. */
  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void anInheritedVoidMethodAmongMethodsThatReturnAValueIsAnErrorAtTheSubclass(CompilerKind kind) {
    JavaFileObject sub = source("test.Sub",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "",
        "public class Sub extends Base {",
        "  @OnMexcError(30004) public String balance() { return \"balance\"; }",
        "  @OnMexcErrorFallback public String rest() { return \"rest\"; }",
        "}");
    Compilation compilation = compiler(kind).compile(BASE, sub);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H023] handler method resync returns void but the other"
        + " handler methods of Sub return String").inFile(sub).onLineContaining("class Sub");
    assertThat(compilation).hadErrorContaining("(in Base.resync, inherited)");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void anInheritedMethodTheDispatcherCannotReachIsAnErrorAtTheSubclass(CompilerKind kind) {
    JavaFileObject base = source("p1.Base",
        "package p1;",
        "",
        "import io.github.mexcerrors.*;",
        "",
        "public class Base {",
        "  @OnMexcError(700003) void resync() {}",
        "  @OnMexcError(30004) protected void balance() {}",
        "}");
    JavaFileObject sub = source("p2.Sub",
        "package p2;",
        "",
        "import io.github.mexcerrors.*;",
        "",
        "public class Sub extends p1.Base {",
        "  @OnMexcErrorFallback public void rest() {}",
        "}");
    Compilation compilation = compiler(kind).compile(base, sub);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[MEXC-H035] handler method Base.resync, which Sub inherits, is"
        + " package-private in package p1, so the dispatcher SubDispatcher in package p2 cannot call it; make the"
        + " method public, or override it in this class").inFile(sub).onLineContaining("class Sub");
    assertThat(compilation).hadErrorContaining("[MEXC-H035] handler method Base.balance, which Sub inherits, is"
        + " protected in package p1").inFile(sub).onLineContaining("class Sub");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aProblemOfAMethodInheritedFromAClassFileIsReportedAtTheSubclass(CompilerKind kind) throws IOException {
    // A superclass compiled without the processor, with a code that is not in the table
    Compilation dependency = Compiler.javac().withOptions("-proc:none").compile(source("test.Base",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "",
        "public class Base {",
        "  @OnMexcError(70003) public void resync() {}",
        "}"));
    assertThat(dependency).succeeded();
    File classes = write(dependency);
    JavaFileObject sub = source("test.Sub",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "",
        "public class Sub extends Base {",
        "  @OnMexcErrorFallback public void rest() {}",
        "}");
    Compilation compilation = compiler(kind).classPath(classes).compile(sub);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H102] 70003 is not a MEXC spot error code.").inFile(sub)
        .onLineContaining("class Sub");
    assertThat(compilation).hadErrorContaining("(in Base.resync, inherited from a class file)");
  }

  private static final JavaFileObject METADATA = source("kotlin.Metadata",
      "package kotlin;",
      "",
      "public @interface Metadata {",
      "  int k() default 1;",
      "  int[] mv() default {};",
      "}");

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aTopLevelKotlinFunctionIsOneErrorAtTheFunction(CompilerKind kind) {
    JavaFileObject facade = source("test.BotKt",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "import io.github.mexcerrors.mexc.*;",
        "",
        "@kotlin.Metadata(mv = {2, 1, 0}, k = 2)",
        "public final class BotKt {",
        "  @OnMexcError(700003) public static final void resync(ClockSkewException e) {}",
        "}");
    Compilation compilation = compiler(kind).compile(METADATA, facade);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H036] handler function resync is a top-level Kotlin function,"
        + " a static method of the file's facade class BotKt, which Kotlin code cannot pass to a dispatcher; move it"
        + " into a class or an object").inFile(facade).onLineContaining("void resync(");
    HandlerDiagnosticsTest.assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aKotlinClassIsNotAFacade(CompilerKind kind) {
    JavaFileObject type = source("test.Bot",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "import io.github.mexcerrors.mexc.*;",
        "",
        "@kotlin.Metadata(mv = {2, 1, 0}, k = 1)",
        "public final class Bot {",
        "  @OnMexcError(700003) public final void resync(ClockSkewException e) {}",
        "}");
    Compilation compilation = compiler(kind).compile(METADATA, type);
    // (javac warns that no processor claims the simulated @kotlin.Metadata, which -Werror turns into an error)
    assertThat(compilation.errors().stream().filter(e -> e.getMessage(null).contains("MEXC")).toList()).isEmpty();
    assertThat(ProcessorCompiler.generatedSourceNames(compilation).stream()
        .anyMatch(name -> name.endsWith("/test/BotDispatcher.java"))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aSuspendFunctionIsOneErrorAtTheFunction(CompilerKind kind) {
    JavaFileObject continuation = source("kotlin.coroutines.Continuation",
        "package kotlin.coroutines;",
        "",
        "public interface Continuation<T> {}");
    JavaFileObject stub = source("test.Suspending",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "import io.github.mexcerrors.mexc.*;",
        "",
        "public final class Suspending {",
        "  @OnMexcError(700003)",
        "  public final Object resync(ClockSkewException e, kotlin.coroutines.Continuation<? super Object> c) {",
        "    return null;",
        "  }",
        "}");
    Compilation compilation = compiler(kind).compile(continuation, stub);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H037] handler function resync is a Kotlin suspend function,"
        + " which a dispatcher cannot call: it calls handlers synchronously; make it a plain fun, and launch a"
        + " coroutine from it if need be").inFile(stub).onLineContaining("Object resync(");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aTypeKaptCouldNotResolveNamesCorrectErrorTypes(CompilerKind kind) {
    JavaFileObject nonExistent = source("error.NonExistentClass",
        "package error;",
        "",
        "public final class NonExistentClass {}");
    JavaFileObject stub = source("test.Unresolved",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "",
        "public final class Unresolved {",
        "  @OnMexcError(700003)",
        "  public final void resync(error.NonExistentClass e) {}",
        "}");
    Compilation compilation = compiler(kind).compile(nonExistent, stub);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-H038] kapt could not resolve the type of parameter e of resync"
        + " (its stub reads error.NonExistentClass): a type generated by this processor, such as ClockSkewException,"
        + " resolves only with kapt's correctErrorTypes option; set it (Gradle: kapt { correctErrorTypes = true };"
        + " Maven: <correctErrorTypes>true</correctErrorTypes> in the kapt execution)").inFile(stub)
        .onLineContaining("void resync(");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void overloadsOfOneNameAreToldApartByTheirParameters(CompilerKind kind) {
    JavaFileObject stub = source("test.Overloaded",
        "package test;",
        "",
        "import io.github.mexcerrors.*;",
        "import io.github.mexcerrors.mexc.*;",
        "",
        "public final class Overloaded {",
        "  @OnMexcError(700003) public final void resync(ClockSkewException e, String message) {}",
        "  @OnMexcError(700003) public final void resync(ClockSkewException e) {}",
        "}");
    Compilation compilation = compiler(kind).compile(stub);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("is handled by both resync(ClockSkewException, String) and"
        + " resync(ClockSkewException);").inFile(stub).onLineContaining("String message");
  }

  private static File write(Compilation compilation) throws IOException {
    Path directory = Files.createTempDirectory("mexc-classes");
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      Path target = directory.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
    return directory.toFile();
  }
}
