package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.diagnostics.ExpectedErrors.Case;
import io.github.mexcerrors.processor.diagnostics.ExpectedErrors.Expected;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors about inherited handler methods, each at the class being compiled, and about Kotlin shapes as kapt's Java
 * stubs show them (simulated here: {@code @kotlin.Metadata}, {@code Continuation} and {@code error.NonExistentClass}
 * are declared as sources), each one error in Kotlin terms.
 */
class InheritedAndKotlinDiagnosticsTest {
  /** A superclass without errors, whose dispatcher is generated. */
  private static final JavaFileObject BASE = source("test.Base",
      "package test;",
      "",
      "import io.github.mexcerrors.*;",
      "import io.github.mexcerrors.mexc.*;",
      "",
      "public class Base {",
      "  @OnMexcError(700003) public void resync(ClockSkewException e) {}",
      "}");

  private static final JavaFileObject METADATA = source("kotlin.Metadata",
      "package kotlin;",
      "",
      "public @interface Metadata {",
      "  int k() default 1;",
      "  int[] mv() default {};",
      "}");

  static List<Case> cases() {
    return List.of(
        new Case("a code handled by an inherited method and by an own one is an error at the own one", List.of(),
            List.of(BASE), source("test.Sub",
                "package test;",
                "",
                "import io.github.mexcerrors.*;",
                "",
                "public class Sub extends Base {",
                "  @OnMexcError(700003) public void clock() {}",
                "}"), List.of(
                new Expected(Message.CODE_HANDLED_TWICE, "spot code 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW) is"
                    + " handled by both Sub.clock and Base.resync; a code has exactly one handler per class",
                    "void clock()")), List.of("test/BaseDispatcher.java")),
        // The superclass alone is fine (all void): the disagreement exists only in the subclass, and is reported
        // there.
        new Case("an inherited void method among methods that return a value is an error at the subclass",
            List.of(), List.of(BASE), source("test.Sub",
                "package test;",
                "",
                "import io.github.mexcerrors.*;",
                "",
                "public class Sub extends Base {",
                "  @OnMexcError(30004) public String balance() { return \"balance\"; }",
                "  @OnMexcErrorFallback public String rest() { return \"rest\"; }",
                "}"), List.of(
                new Expected(Message.RETURN_TYPES_DISAGREE, "handler method resync returns void but the other"
                    + " handler methods of Sub return String (first: balance); make them agree: the dispatcher"
                    + " returns what the handler method returns, so all handler methods of a class return exactly"
                    + " the same type, or all are void (in Base.resync, inherited)", "class Sub")),
            List.of("test/BaseDispatcher.java")),
        new Case("an inherited method the dispatcher cannot reach is an error at the subclass", List.of(),
            List.of(source("p1.Base",
                "package p1;",
                "",
                "import io.github.mexcerrors.*;",
                "",
                "public class Base {",
                "  @OnMexcError(700003) void resync() {}",
                "  @OnMexcError(30004) protected void balance() {}",
                "}")), source("p2.Sub",
                "package p2;",
                "",
                "import io.github.mexcerrors.*;",
                "",
                "public class Sub extends p1.Base {",
                "  @OnMexcErrorFallback public void rest() {}",
                "}"), List.of(
                new Expected(Message.INHERITED_HANDLER_UNREACHABLE, "handler method Base.resync, which Sub"
                    + " inherits, is package-private in package p1, so the dispatcher SubDispatcher in package p2"
                    + " cannot call it; make the method public, or override it in this class", "class Sub"),
                new Expected(Message.INHERITED_HANDLER_UNREACHABLE, "handler method Base.balance, which Sub"
                    + " inherits, is protected in package p1", "class Sub")), List.of("p1/BaseDispatcher.java")),
        // A superclass compiled without the processor, with a code that is not in the table
        new Case("a problem of a method inherited from a class file is reported at the subclass",
            List.of(source("test.Base",
                "package test;",
                "",
                "import io.github.mexcerrors.*;",
                "",
                "public class Base {",
                "  @OnMexcError(70003) public void resync() {}",
                "}")), List.of(), source("test.Sub",
                "package test;",
                "",
                "import io.github.mexcerrors.*;",
                "",
                "public class Sub extends Base {",
                "  @OnMexcErrorFallback public void rest() {}",
                "}"), List.of(
                new Expected(Message.CODE_UNKNOWN, "70003 is not a MEXC spot error code. Did you mean 700003"
                    + " (TIMESTAMP_OUTSIDE_RECV_WINDOW)? (in Base.resync, inherited from a class file)",
                    "class Sub")), List.of()),
        new Case("a top-level Kotlin function is one error at the function", List.of(), List.of(METADATA),
            source("test.BotKt",
                "package test;",
                "",
                "import io.github.mexcerrors.*;",
                "import io.github.mexcerrors.mexc.*;",
                "",
                "@kotlin.Metadata(mv = {2, 1, 0}, k = 2)",
                "public final class BotKt {",
                "  @OnMexcError(700003) public static final void resync(ClockSkewException e) {}",
                "}"), List.of(
                new Expected(Message.KOTLIN_TOP_LEVEL_FUNCTION, "handler function resync is a top-level Kotlin"
                    + " function, a static method of the file's facade class BotKt, which Kotlin code cannot pass to"
                    + " a dispatcher; move it into a class or an object", "void resync(")), List.of()),
        new Case("a suspend function is one error at the function", List.of(),
            List.of(source("kotlin.coroutines.Continuation",
                "package kotlin.coroutines;",
                "",
                "public interface Continuation<T> {}")), source("test.Suspending",
                "package test;",
                "",
                "import io.github.mexcerrors.*;",
                "import io.github.mexcerrors.mexc.*;",
                "",
                "public final class Suspending {",
                "  @OnMexcError(700003)",
                "  public final Object resync(ClockSkewException e,"
                    + " kotlin.coroutines.Continuation<? super Object> c) {",
                "    return null;",
                "  }",
                "}"), List.of(
                new Expected(Message.KOTLIN_SUSPEND_FUNCTION, "handler function resync is a Kotlin suspend"
                    + " function, which a dispatcher cannot call: it calls handlers synchronously; make it a plain"
                    + " fun, and launch a coroutine from it if need be", "Object resync(")), List.of()),
        new Case("a type kapt could not resolve names correctErrorTypes", List.of(),
            List.of(source("error.NonExistentClass",
                "package error;",
                "",
                "public final class NonExistentClass {}")), source("test.Unresolved",
                "package test;",
                "",
                "import io.github.mexcerrors.*;",
                "",
                "public final class Unresolved {",
                "  @OnMexcError(700003)",
                "  public final void resync(error.NonExistentClass e) {}",
                "}"), List.of(
                new Expected(Message.KAPT_ERROR_TYPE, "kapt could not resolve the type of parameter e of resync"
                    + " (its stub reads error.NonExistentClass): a type generated by this processor, such as"
                    + " ClockSkewException, resolves only with kapt's correctErrorTypes option; set it (Gradle:"
                    + " kapt { correctErrorTypes = true }; Maven: <correctErrorTypes>true</correctErrorTypes> in the"
                    + " kapt execution)", "void resync(")), List.of()),
        new Case("overloads of one name are told apart by their parameters", source("test.Overloaded",
            "package test;",
            "",
            "import io.github.mexcerrors.*;",
            "import io.github.mexcerrors.mexc.*;",
            "",
            "public final class Overloaded {",
            "  @OnMexcError(700003) public final void resync(ClockSkewException e, String message) {}",
            "  @OnMexcError(700003) public final void resync(ClockSkewException e) {}",
            "}"), List.of(
            new Expected(Message.CODE_HANDLED_TWICE, "spot code 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW) is handled"
                + " by both resync(ClockSkewException, String) and resync(ClockSkewException);", "String message"),
            new Expected(Message.CODE_HANDLED_TWICE, "spot code 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW) is handled"
                + " by both resync(ClockSkewException, String) and resync(ClockSkewException);",
                "ClockSkewException e) {}"))));
  }

  static List<Arguments> compilersAndCases() {
    return ExpectedErrors.onEachCompiler(InheritedAndKotlinDiagnosticsTest::cases);
  }

  /**
   * Each case causes exactly its errors, each with its id, on its line of the class being compiled; and no
   * dispatcher is generated from a class with errors.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("compilersAndCases")
  void eachMistakeIsOneErrorWithItsIdOnItsLine(CompilerKind kind, Case mistake) {
    ExpectedErrors.assertCase(kind, mistake);
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
    Compilation compilation = kind.compiler().classPath(BundledTableClasses.directory()).compile(METADATA, type);
    // (javac warns that no processor claims the simulated @kotlin.Metadata, which -Werror turns into an error)
    assertThat(compilation.errors().stream().filter(e -> e.getMessage(null).contains("MEXC")).toList()).isEmpty();
    assertThat(ExpectedErrors.dispatchers(compilation)).contains("test/BotDispatcher.java");
  }
}
