package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.diagnostics.ExpectedErrors.Case;
import io.github.mexcerrors.processor.diagnostics.ExpectedErrors.Expected;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mistake in a handler class is one error, on the exact element or annotation value, that says how to fix
 * it; and nothing is generated for a class with errors. Each case runs on javac and ecj with the bundled table,
 * whose types are compiled once (ProcessorSafetyTest covers generating them in the same compilation).
 */
class HandlerDiagnosticsTest {
  /** A compiler of the kind, with the bundled table's types already compiled on its class path. */
  private static ProcessorCompiler compiler(CompilerKind kind) {
    return kind.compiler().classPath(BundledTableClasses.directory());
  }

  /** A class test.Handlers with the given member lines and imports. */
  private static JavaFileObject handlers(List<String> imports, String... members) {
    List<String> lines = new ArrayList<>(List.of("package test;", ""));
    lines.add("import io.github.mexcerrors.*;");
    imports.forEach(type -> lines.add("import " + type + ";"));
    lines.add("");
    lines.add("class Handlers {");
    lines.addAll(List.of(members));
    lines.add("}");
    return source("test.Handlers", lines.toArray(new String[0]));
  }

  private static JavaFileObject handlers(String... members) {
    return handlers(List.of(), members);
  }

  /** A case of a class test.Handlers with the given imports and member lines. */
  private static Case handlersCase(String name, List<String> imports, List<String> members, List<Expected> errors) {
    return new Case(name, handlers(imports, members.toArray(new String[0])), errors);
  }

  private static Case of(String name, String member, Message id, String text, String line) {
    return handlersCase(name, List.of(), List.of(member), List.of(new Expected(id, text, line)));
  }

  private static Case of(String name, String importing, String member, Message id, String text, String line) {
    return handlersCase(name, List.of(importing), List.of(member), List.of(new Expected(id, text, line)));
  }

  private static final String MEXC = "io.github.mexcerrors.mexc.";

  /** The rule of a handler method's declaration, after the first problem of each annotation in a class. */
  private static final String CODES_RULE = " (an @OnMexcError method is void or returns the type all handler methods"
      + " of its class return, not private, not generic, declares no checked exception and takes, in any order and"
      + " each at most once: int (the code), String (the message), MexcApi,";

  static List<Case> cases() {
    return List.of(
        of("unknown code suggests the nearest code", "  @OnMexcError({30004, 70003}) void onError() {}",
            Message.CODE_UNKNOWN,
            "70003 is not a MEXC spot error code. Did you mean 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW)?",
            "@OnMexcError({30004, 70003})"),
        of("unknown code looked up by the method's name", "  @OnMexcError(99999) void insufficientPosition() {}",
            Message.CODE_UNKNOWN,
            "99999 is not a MEXC spot error code. Did you mean 30004 (INSUFFICIENT_POSITION) or 88015"
                + " (MARGIN_INSUFFICIENT_POSITION)?", "99999"),
        of("code of the other API", "  @OnMexcError(2005) void noMargin() {}", Message.CODE_OF_OTHER_API,
            "2005 is not a MEXC spot error code. It is a futures code here (INSUFFICIENT_BALANCE, category"
                + " INSUFFICIENT_BALANCE): add api = MexcApi.FUTURES to the annotation", "2005"),
        of("spot code written as futures",
            "  @OnMexcError(value = 700003, api = MexcApi.FUTURES) void resync() {}", Message.CODE_OF_OTHER_API,
            "700003 is not a MEXC futures error code. It is a spot code here (TIMESTAMP_OUTSIDE_RECV_WINDOW,"
                + " category CLOCK_SKEW): remove api = MexcApi.FUTURES", "700003"),
        handlersCase("same code in two methods", List.of(), List.of(
            "  @OnMexcError(700003) void first() {}",
            "  @OnMexcError({30004, 700003}) void second() {}"), List.of(
            new Expected(Message.CODE_HANDLED_TWICE, "spot code 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW) is handled"
                + " by both first and second; a code has exactly one handler per class: remove it from one of them",
                "void first()"),
            new Expected(Message.CODE_HANDLED_TWICE, "spot code 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW) is handled"
                + " by both first and second", "void second()"))),
        handlersCase("same category in two methods", List.of(), List.of(
            "  @OnMexcCategory(\"RATE_LIMIT\") void first() {}",
            "  @OnMexcCategory({\"SERVER\", \"RATE_LIMIT\"}) void second() {}"), List.of(
            new Expected(Message.CATEGORY_HANDLED_TWICE, "category RATE_LIMIT is handled by both first and second;"
                + " a category has exactly one handler per class: remove it from one of them", "void first()"),
            new Expected(Message.CATEGORY_HANDLED_TWICE, "category RATE_LIMIT is handled by both first and second",
                "void second()"))),
        handlersCase("two fallbacks", List.of(), List.of(
            "  @OnMexcErrorFallback void first() {}",
            "  @OnMexcErrorFallback void second() {}"), List.of(
            new Expected(Message.FALLBACKS_MANY,
                "class Handlers has 2 @OnMexcErrorFallback methods (first, second); keep exactly one", "void first()"),
            new Expected(Message.FALLBACKS_MANY,
                "class Handlers has 2 @OnMexcErrorFallback methods (first, second); keep exactly one",
                "void second()"))),
        of("code listed twice in one annotation", "  @OnMexcError({700003, 30004, 700003}) void twice() {}",
            Message.CODE_LISTED_TWICE, "code 700003 is listed twice in this @OnMexcError; remove one", "void twice()"),
        of("category listed twice in one annotation",
            "  @OnMexcCategory({\"RATE_LIMIT\", \"CLOCK_SKEW\", \"RATE_LIMIT\"}) void twice() {}",
            Message.CATEGORY_LISTED_TWICE, "category RATE_LIMIT is listed twice in this @OnMexcCategory; remove one",
            "void twice()"),
        handlersCase("annotations without code or category", List.of(), List.of(
            "  @OnMexcError({}) void noCode() {}",
            "  @OnMexcCategory({}) void noCategory() {}"), List.of(
            new Expected(Message.CODES_EMPTY,
                "@OnMexcError on noCode names no code; list at least one, e.g. @OnMexcError(700003)", "void noCode()"),
            new Expected(Message.CATEGORIES_EMPTY, "@OnMexcCategory on noCategory names no category; list at least"
                + " one, e.g. @OnMexcCategory(\"RATE_LIMIT\")", "void noCategory()"))),
        handlersCase("private method", List.of(), List.of(
            "  @OnMexcError(700003) private void hidden() {}",
            "  void use() { hidden(); }"), List.of(
            new Expected(Message.METHOD_PRIVATE, "handler method hidden is private, so the generated dispatcher"
                + " cannot call it; make it package-private, protected or public" + CODES_RULE, "void hidden()"))),
        of("generic method", "  @OnMexcErrorFallback <T> void generic() {}", Message.METHOD_GENERIC,
            "handler method generic is generic; the dispatcher cannot choose its type arguments: remove the type"
                + " parameters (an @OnMexcErrorFallback method is void", "void generic()"),
        of("parameter the dispatcher cannot supply", "  @OnMexcError(700003) void resync(Integer code) {}",
            Message.PARAMETER_UNSUPPORTED, "the dispatcher cannot supply parameter code of type java.lang.Integer:"
                + " declare it as one of the types it supplies (int for the code, not Integer); nor can it be the"
                + " caller's context, a type that the code, message, API, entry or exception also has: give the"
                + " context a type of your own" + CODES_RULE, "Integer code"),
        of("two parameters of the same kind",
            "  @OnMexcCategory(\"RATE_LIMIT\") void backOff(String first, String second) {}",
            Message.PARAMETER_TWICE, "parameters first and second both receive the String message; keep one of"
                + " them (an @OnMexcCategory method is void", "String second"),
        of("exception parameter narrower than the codes", MEXC + "ClockSkewException",
            "  @OnMexcError({700003, 30004}) void resync(ClockSkewException e) {}",
            Message.EXCEPTION_PARAMETER_CODE, "parameter e is a ClockSkewException but spot code 30004"
                + " (INSUFFICIENT_POSITION) produces a InsufficientBalanceException (category INSUFFICIENT_BALANCE);"
                + " declare the parameter as MexcException (they belong to no common category), or handle 30004 in"
                + " another method", "ClockSkewException e"),
        of("category exception parameter of another category", MEXC + "RateLimitException",
            "  @OnMexcCategory({\"RATE_LIMIT\", \"UNAVAILABLE\"}) void backOff(RateLimitException e) {}",
            Message.EXCEPTION_PARAMETER_CATEGORY, "parameter e is a RateLimitException but category UNAVAILABLE"
                + " produces UnavailableException; declare the parameter as ServerException (the nearest category"
                + " all of them belong to) or MexcException", "RateLimitException e"),
        of("entry parameter of the other API", MEXC + "FuturesErrorCode",
            "  @OnMexcError(700003) void resync(FuturesErrorCode entry) {}", Message.ENTRY_PARAMETER_OTHER_API,
            "parameter entry is a FuturesErrorCode but resync handles spot codes; declare it as SpotErrorCode or"
                + " MexcErrorCode", "FuturesErrorCode entry"),
        of("entry parameter on a category handler",
            "  @OnMexcCategory(\"RATE_LIMIT\") void backOff(MexcErrorCode entry) {}",
            Message.ENTRY_PARAMETER_NOT_FOR_CATEGORIES, "@OnMexcCategory method backOff may also receive codes"
                + " missing from the table, which have no table entry; take the exception (MexcException) and call"
                + " errorCode() instead of parameter entry", "MexcErrorCode entry"),
        of("fallback with a category exception", MEXC + "ServerException",
            "  @OnMexcErrorFallback void rest(ServerException e) {}", Message.FALLBACK_EXCEPTION_TOO_NARROW,
            "the fallback rest receives codes of every category, so parameter e must be a MexcException, not"
                + " ServerException", "ServerException e"),
        handlersCase("a void method among methods that return a value", List.of(), List.of(
            "  @OnMexcError(700003) boolean resync() { return true; }",
            "  @OnMexcError(30004) boolean noPosition() { return false; }",
            "  @OnMexcErrorFallback void rest() {}"), List.of(
            new Expected(Message.RETURN_TYPES_DISAGREE, "handler method rest returns void but the other handler"
                + " methods of Handlers return boolean (first: resync); make them agree: the dispatcher returns what"
                + " the handler method returns, so all handler methods of a class return exactly the same type, or"
                + " all are void", "void rest()"))),
        handlersCase("a value among void methods", List.of(), List.of(
            "  @OnMexcError(700003) void resync() {}",
            "  @OnMexcCategory(\"RATE_LIMIT\") Object backOff() { return null; }",
            "  @OnMexcErrorFallback void rest() {}"), List.of(
            new Expected(Message.RETURN_TYPES_DISAGREE, "handler method backOff returns Object but the other handler"
                + " methods of Handlers return void (first: resync)", "Object backOff()"))),
        handlersCase("a primitive and its box are not the same type", List.of(), List.of(
            "  @OnMexcError(700003) Boolean resync() { return true; }",
            "  @OnMexcErrorFallback boolean rest() { return false; }"), List.of(
            new Expected(Message.RETURN_TYPES_DISAGREE, "handler method rest returns boolean but the other handler"
                + " methods of Handlers return Boolean (first: resync)", "boolean rest()"))),
        handlersCase("a supertype is not the same type", List.of(), List.of(
            "  @OnMexcError(700003) CharSequence resync() { return \"resync\"; }",
            "  @OnMexcCategory(\"RATE_LIMIT\") String backOff() { return \"later\"; }",
            "  @OnMexcError(30004) CharSequence noPosition() { return \"stop\"; }",
            "  @OnMexcErrorFallback Object rest() { return \"log\"; }"), List.of(
            new Expected(Message.RETURN_TYPES_DISAGREE, "handler method backOff returns String but the other handler"
                + " methods of Handlers return CharSequence (first: resync)", "String backOff()"),
            new Expected(Message.RETURN_TYPES_DISAGREE, "handler method rest returns Object but the other handler"
                + " methods of Handlers return CharSequence (first: resync)", "Object rest()"))),
        handlersCase("generic types with other type arguments", List.of("java.util.List"), List.of(
            "  @OnMexcError(700003) List<String> resync() { return List.of(); }",
            "  @OnMexcCategory(\"RATE_LIMIT\") List<String> backOff() { return List.of(); }",
            "  @OnMexcErrorFallback List<Integer> rest() { return List.of(); }"), List.of(
            new Expected(Message.RETURN_TYPES_DISAGREE, "handler method rest returns List<Integer> but the other"
                + " handler methods of Handlers return List<String> (first: resync)", "List<Integer> rest()"))),
        handlersCase("two types of the same simple name are named in full", List.of(), List.of(
            "  static class Recovery {}",
            "  static class Other { static class Recovery {} }",
            "  @OnMexcError(700003) Recovery resync() { return null; }",
            "  @OnMexcErrorFallback Other.Recovery rest() { return null; }"), List.of(
            new Expected(Message.RETURN_TYPES_DISAGREE, "handler method rest returns Handlers.Other.Recovery but the"
                + " other handler methods of Handlers return Handlers.Recovery (first: resync)",
                "Other.Recovery rest()"))),
        of("a value without a fallback", "  @OnMexcError(700003) boolean resync() { return true; }",
            Message.FALLBACK_REQUIRED, "the handler methods of Handlers return boolean, so every dispatch must return"
                + " one, also for an error that no @OnMexcError or @OnMexcCategory method takes (a code missing from"
                + " the table, a category without a method): add a fallback that returns it, e.g."
                + " @OnMexcErrorFallback boolean otherwise(MexcException e) { ... }", "class Handlers"),
        handlersCase("a type variable of the class", List.of("java.util.List"), List.of(
            "  static class Typed<T> {",
            "    @OnMexcError(700003) List<? extends T> resync() { return List.of(); }",
            "    @OnMexcErrorFallback List<? extends T> rest() { return List.of(); }",
            "  }"), List.of(
            new Expected(Message.RETURN_TYPE_VARIABLE, "handler method resync returns List<? extends T>, which uses"
                + " the type variable T of Typed; the dispatcher takes any Typed and cannot name T: return a type"
                + " without type variables", "resync()"),
            new Expected(Message.RETURN_TYPE_VARIABLE, "handler method rest returns List<? extends T>, which uses"
                + " the type variable T of Typed", "rest()"))),
        handlersCase("a private type", List.of(), List.of(
            "  private enum Recovery { RETRY }",
            "  @OnMexcError(700003) Recovery[] resync() { return Recovery.values(); }",
            "  @OnMexcErrorFallback Recovery[] rest() { return null; }"), List.of(
            new Expected(Message.RETURN_TYPE_PRIVATE, "handler method resync returns Handlers.Recovery[], but"
                + " Recovery is private, so the generated dispatcher cannot name it; make Recovery package-private or"
                + " wider", "Recovery[] resync()"),
            new Expected(Message.RETURN_TYPE_PRIVATE, "handler method rest returns Handlers.Recovery[], but Recovery"
                + " is private", "Recovery[] rest()"))),
        of("checked exception", "  @OnMexcError(700003) void resync() throws java.io.IOException {}",
            Message.METHOD_THROWS_CHECKED, "handler method resync throws the checked exception java.io.IOException,"
                + " which the dispatcher cannot propagate; catch it inside the method or wrap it in an unchecked"
                + " exception", "void resync()"),
        of("two handler annotations on one method", "  @OnMexcError(700003) @OnMexcErrorFallback void both() {}",
            Message.TWO_HANDLER_ANNOTATIONS, "method both carries @OnMexcError and @OnMexcErrorFallback; a handler"
                + " method carries exactly one of them: split it into one method per annotation", "void both()"),
        of("unknown category suggests the closest name",
            "  @OnMexcCategory({\"SERVER\", \"RATE_LIMITS\"}) void backOff() {}", Message.CATEGORY_UNKNOWN,
            "unknown category 'RATE_LIMITS'; did you mean RATE_LIMIT?", "RATE_LIMITS"),
        of("unknown category that is a code's constant name",
            "  @OnMexcCategory(\"TIMESTAMP_OUTSIDE_RECV_WINDOW\") void resync() {}", Message.CATEGORY_UNKNOWN,
            "unknown category 'TIMESTAMP_OUTSIDE_RECV_WINDOW': TIMESTAMP_OUTSIDE_RECV_WINDOW is the spot code"
                + " 700003 (category CLOCK_SKEW); handle it with @OnMexcError(700003), or its whole category with"
                + " @OnMexcCategory(\"CLOCK_SKEW\")", "TIMESTAMP_OUTSIDE_RECV_WINDOW"),
        of("unknown category found in the messages of codes", "  @OnMexcCategory(\"RECV_WINDOW\") void resync() {}",
            Message.CATEGORY_UNKNOWN, "unknown category 'RECV_WINDOW': it is not a category, but it matches spot"
                + " code 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW, category CLOCK_SKEW) and spot code 700005"
                + " (RECV_WINDOW_TOO_LARGE, category CONFIGURATION); handle them with @OnMexcError, or use the"
                + " category name in @OnMexcCategory", "RECV_WINDOW"),
        handlersCase("private nested class", List.of(), List.of(
            "  private static class Hidden { @OnMexcError(700003) void resync() {} }",
            "  Object use() { return new Hidden(); }"), List.of(
            new Expected(Message.HANDLER_CLASS_PRIVATE, "class Hidden is private, so the generated dispatcher"
                + " Handlers_HiddenDispatcher cannot reach Hidden; make it package-private or wider",
                "class Hidden"))),
        handlersCase("class nested in a private class", List.of(), List.of(
            "  private static class Outer {",
            "    static class Inner { @OnMexcError(700003) void resync() {} }",
            "  }",
            "  Object use() { return new Outer.Inner(); }"), List.of(
            new Expected(Message.HANDLER_CLASS_PRIVATE, "class Outer is private, so the generated dispatcher"
                + " Handlers_Outer_InnerDispatcher cannot reach Inner; make it package-private or wider",
                "class Inner"))),
        handlersCase("the rule follows only the first problem of each annotation", List.of(), List.of(
            "  @OnMexcError(700003) <T> void first() {}",
            "  @OnMexcError(30004) private void second() {}",
            "  @OnMexcErrorFallback <T> void rest() {}",
            "  void use() { second(); }"), List.of(
            new Expected(Message.METHOD_GENERIC, "handler method first is generic; the dispatcher cannot choose its"
                + " type arguments: remove the type parameters" + CODES_RULE, "void first()"),
            new Expected(Message.METHOD_PRIVATE, "handler method second is private, so the generated dispatcher"
                + " cannot call it; make it package-private, protected or public", "void second()"),
            new Expected(Message.METHOD_GENERIC, "handler method rest is generic; the dispatcher cannot choose its"
                + " type arguments: remove the type parameters (an @OnMexcErrorFallback method", "void rest()"))),
        handlersCase("all mistakes of a class are reported together", List.of(), List.of(
            "  @OnMexcError(70003) void resync() {}",
            "  @OnMexcCategory(\"RATE_LIMITS\") void backOff() {}",
            "  @OnMexcErrorFallback private void rest() {}",
            "  void use() { rest(); }"), List.of(
            new Expected(Message.CODE_UNKNOWN, "70003 is not a MEXC spot error code", "void resync()"),
            new Expected(Message.CATEGORY_UNKNOWN, "unknown category 'RATE_LIMITS'", "void backOff()"),
            new Expected(Message.METHOD_PRIVATE, "handler method rest is private", "void rest()"))));
  }

  static List<Arguments> compilersAndCases() {
    return ExpectedErrors.onEachCompiler(HandlerDiagnosticsTest::cases);
  }

  /**
   * Each case causes exactly its errors, each with its id, on its line; and no dispatcher is generated from a class
   * with errors.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("compilersAndCases")
  void eachMistakeIsOneErrorWithItsIdOnItsLine(CompilerKind kind, Case mistake) {
    ExpectedErrors.assertCase(kind, mistake);
  }

  /** The rule follows the first problem of a class only: its words appear once. */
  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void theRuleAppearsOncePerAnnotationInAClass(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcError(700003) <T> void first() {}",
        "  @OnMexcError(30004) private void second() {}",
        "  void use() { second(); }");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(2);
    long withRule = compilation.errors().stream()
        .filter(error -> error.getMessage(null).contains("method is void or returns the type")).count();
    assertThat(withRule).isEqualTo(1);
  }

  /** javac underlines the value itself; ecj (3.40) puts every diagnostic on an annotation value at the annotation. */
  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void errorsOnAnAnnotationValueUnderlineOnlyThatValue(CompilerKind kind) {
    boolean ecj = kind == CompilerKind.ECJ;
    Compilation unknownCode = compiler(kind).compile(handlers("  @OnMexcError({30004, 70003}) void onError() {}"));
    Errors.pointsAt(unknownCode, "[MEXC-H102] 70003 is not", ecj ? "@" : "70003", 1);
    Compilation twice = compiler(kind).compile(handlers("  @OnMexcError({700003, 30004, 700003}) void twice() {}"));
    Errors.pointsAt(twice, "[MEXC-H101]", ecj ? "@" : "700003", ecj ? 1 : 2);
    Compilation unknownCategory =
        compiler(kind).compile(handlers("  @OnMexcCategory({\"SERVER\", \"RATE_LIMITS\"}) void backOff() {}"));
    Errors.pointsAt(unknownCategory, "[MEXC-H107]", ecj ? "@" : "\"RATE_LIMITS\"", 1);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void annotationValueTheCompilerCannotResolveGivesOnlyTheCompilersError(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(Codes.MISSING) void resync() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation.errors().get(0).getMessage(null)).contains("Codes");
    ExpectedErrors.assertNoDispatcher(compilation);
  }
}
