package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.BundledTableClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

  /** Nothing is generated from a class with errors, so the user never sees follow-on errors in generated code. */
  static void assertNoDispatcher(Compilation compilation) {
    List<String> generated = ProcessorCompiler.generatedSourceNames(compilation);
    assertThat(generated.stream().filter(name -> name.endsWith("Dispatcher.java")).toList()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownCodeSuggestsTheNearestCodeAndUnderlinesOnlyTheWrongValue(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError({30004, 70003}) void onError() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("70003 is not a MEXC spot error code. Did you mean 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW)?")
        .inFile(source).onLineContaining("@OnMexcError({30004, 70003})");
    // javac underlines the value itself; ecj (3.40) puts every diagnostic on an annotation value at the annotation
    Errors.pointsAt(compilation, "70003 is not a MEXC spot error code", kind == CompilerKind.ECJ ? "@" : "70003", 1);
    assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownCodeIsAlsoLookedUpByTheMethodsName(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(99999) void insufficientPosition() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("99999 is not a MEXC spot error code. Did you mean 30004 (INSUFFICIENT_POSITION) or"
            + " 88015 (MARGIN_INSUFFICIENT_POSITION)?")
        .inFile(source).onLineContaining("99999");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void codeOfTheOtherApiSaysSo(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(2005) void noMargin() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("2005 is not a MEXC spot error code. It is a futures code here (INSUFFICIENT_BALANCE,"
            + " category INSUFFICIENT_BALANCE): add api = MexcApi.FUTURES to the annotation")
        .inFile(source).onLineContaining("2005");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void spotCodeWrittenAsFuturesSaysSo(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(value = 700003, api = MexcApi.FUTURES) void resync() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("700003 is not a MEXC futures error code. It is a spot code here"
            + " (TIMESTAMP_OUTSIDE_RECV_WINDOW, category CLOCK_SKEW): remove api = MexcApi.FUTURES")
        .inFile(source).onLineContaining("700003");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void sameCodeInTwoMethodsReportsBoth(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcError(700003) void first() {}",
        "  @OnMexcError({30004, 700003}) void second() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(2);
    String message = "spot code 700003 (TIMESTAMP_OUTSIDE_RECV_WINDOW) is handled by both first and second; a code"
        + " has exactly one handler per class: remove it from one of them";
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("void first()");
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("void second()");
    assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void sameCategoryInTwoMethodsReportsBoth(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcCategory(\"RATE_LIMIT\") void first() {}",
        "  @OnMexcCategory({\"SERVER\", \"RATE_LIMIT\"}) void second() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(2);
    String message = "category RATE_LIMIT is handled by both first and second; a category has exactly one handler"
        + " per class: remove it from one of them";
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("void first()");
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("void second()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void twoFallbacksReportBoth(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcErrorFallback void first() {}",
        "  @OnMexcErrorFallback void second() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(2);
    String message = "class Handlers has 2 @OnMexcErrorFallback methods (first, second); keep exactly one";
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("void first()");
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("void second()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void codeListedTwiceInOneAnnotation(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError({700003, 30004, 700003}) void twice() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("code 700003 is listed twice in this @OnMexcError; remove one")
        .inFile(source).onLineContaining("void twice()");
    Errors.pointsAt(compilation, "is listed twice", kind == CompilerKind.ECJ ? "@" : "700003",
        kind == CompilerKind.ECJ ? 1 : 2);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void annotationsWithoutCodeOrCategory(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcError({}) void noCode() {}",
        "  @OnMexcCategory({}) void noCategory() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("@OnMexcError on noCode names no code; list at least one, e.g. @OnMexcError(700003)")
        .inFile(source).onLineContaining("void noCode()");
    assertThat(compilation)
        .hadErrorContaining("@OnMexcCategory on noCategory names no category; list at least one, e.g."
            + " @OnMexcCategory(\"RATE_LIMIT\")")
        .inFile(source).onLineContaining("void noCategory()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void privateMethod(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcError(700003) private void hidden() {}",
        "  void use() { hidden(); }");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("handler method hidden is private, so the generated dispatcher cannot call it; make it"
            + " package-private, protected or public (an @OnMexcError method is void, not private,")
        .inFile(source).onLineContaining("void hidden()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void genericMethod(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcErrorFallback <T> void generic() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("handler method generic is generic; the dispatcher cannot choose its type arguments:"
            + " remove the type parameters (an @OnMexcErrorFallback method is void")
        .inFile(source).onLineContaining("void generic()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void parameterTheDispatcherCannotSupply(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(700003) void resync(long code) {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("the dispatcher cannot supply parameter code of type long; an @OnMexcError method is"
            + " void, not private, not generic, declares no checked exception and takes, in any order and each at"
            + " most once: int (the code), String (the message), MexcApi,")
        .inFile(source).onLineContaining("long code");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void twoParametersOfTheSameKind(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcCategory(\"RATE_LIMIT\") void backOff(String first, String second) {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("parameters first and second both receive the String message; keep one of them"
            + " (an @OnMexcCategory method is void")
        .inFile(source).onLineContaining("String second");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void exceptionParameterNarrowerThanTheCodesNamesTheCodeThatBreaksIt(CompilerKind kind) {
    JavaFileObject source = handlers(List.of("io.github.mexcerrors.mexc.ClockSkewException"),
        "  @OnMexcError({700003, 30004}) void resync(ClockSkewException e) {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("parameter e is a ClockSkewException but spot code 30004 (INSUFFICIENT_POSITION)"
            + " produces a InsufficientBalanceException (category INSUFFICIENT_BALANCE); declare the parameter as"
            + " MexcException (they belong to no common category), or handle 30004 in another method")
        .inFile(source).onLineContaining("ClockSkewException e");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void categoryExceptionParameterOfAnotherCategory(CompilerKind kind) {
    JavaFileObject source = handlers(List.of("io.github.mexcerrors.mexc.RateLimitException"),
        "  @OnMexcCategory({\"RATE_LIMIT\", \"UNAVAILABLE\"}) void backOff(RateLimitException e) {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("parameter e is a RateLimitException but category UNAVAILABLE produces"
            + " UnavailableException; declare the parameter as ServerException (the nearest category all of them"
            + " belong to) or MexcException")
        .inFile(source).onLineContaining("RateLimitException e");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void entryParameterOfTheOtherApi(CompilerKind kind) {
    JavaFileObject source = handlers(List.of("io.github.mexcerrors.mexc.FuturesErrorCode"),
        "  @OnMexcError(700003) void resync(FuturesErrorCode entry) {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("parameter entry is a FuturesErrorCode but resync handles spot codes; declare it as"
            + " SpotErrorCode or MexcErrorCode")
        .inFile(source).onLineContaining("FuturesErrorCode entry");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void entryParameterOnACategoryHandler(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcCategory(\"RATE_LIMIT\") void backOff(MexcErrorCode entry) {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@OnMexcCategory method backOff may also receive codes missing from the table, which"
            + " have no table entry; take the exception (MexcException) and call errorCode() instead of parameter"
            + " entry")
        .inFile(source).onLineContaining("MexcErrorCode entry");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void fallbackWithACategoryException(CompilerKind kind) {
    JavaFileObject source = handlers(List.of("io.github.mexcerrors.mexc.ServerException"),
        "  @OnMexcErrorFallback void rest(ServerException e) {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("the fallback rest receives codes of every category, so parameter e must be a"
            + " MexcException, not ServerException")
        .inFile(source).onLineContaining("ServerException e");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unsupportedReturnType(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(700003) boolean resync() { return true; }");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("handler method resync returns boolean, which the dispatcher would drop; declare it void"
            + " (an @OnMexcError method is void")
        .inFile(source).onLineContaining("boolean resync()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void checkedException(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(700003) void resync() throws java.io.IOException {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("handler method resync throws the checked exception java.io.IOException, which the"
            + " dispatcher cannot propagate; catch it inside the method or wrap it in an unchecked exception")
        .inFile(source).onLineContaining("void resync()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void twoHandlerAnnotationsOnOneMethod(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(700003) @OnMexcErrorFallback void both() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("method both carries @OnMexcError and @OnMexcErrorFallback; a handler method carries"
            + " exactly one of them: split it into one method per annotation")
        .inFile(source).onLineContaining("void both()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownCategorySuggestsTheClosestName(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcCategory({\"SERVER\", \"RATE_LIMITS\"}) void backOff() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("unknown category 'RATE_LIMITS'; did you mean RATE_LIMIT?")
        .inFile(source).onLineContaining("RATE_LIMITS");
    Errors.pointsAt(compilation, "unknown category", kind == CompilerKind.ECJ ? "@" : "\"RATE_LIMITS\"", 1);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownCategoryThatIsACodesConstantName(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcCategory(\"TIMESTAMP_OUTSIDE_RECV_WINDOW\") void resync() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("unknown category 'TIMESTAMP_OUTSIDE_RECV_WINDOW': TIMESTAMP_OUTSIDE_RECV_WINDOW is the"
            + " spot code 700003 (category CLOCK_SKEW); handle it with @OnMexcError(700003), or its whole category"
            + " with @OnMexcCategory(\"CLOCK_SKEW\")")
        .inFile(source).onLineContaining("TIMESTAMP_OUTSIDE_RECV_WINDOW");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownCategoryFoundInTheMessagesOfCodes(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcCategory(\"RECV_WINDOW\") void resync() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("unknown category 'RECV_WINDOW': it is not a category, but it matches spot code 700003"
            + " (TIMESTAMP_OUTSIDE_RECV_WINDOW, category CLOCK_SKEW) and spot code 700005 (RECV_WINDOW_TOO_LARGE,"
            + " category CONFIGURATION); handle them with @OnMexcError, or use the category name in"
            + " @OnMexcCategory")
        .inFile(source).onLineContaining("RECV_WINDOW");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void privateNestedClass(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  private static class Hidden { @OnMexcError(700003) void resync() {} }",
        "  Object use() { return new Hidden(); }");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("class Hidden is private, so the generated dispatcher Handlers_HiddenDispatcher cannot"
            + " reach Hidden; make it package-private or wider")
        .inFile(source).onLineContaining("class Hidden");
    assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void classNestedInAPrivateClass(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  private static class Outer {",
        "    static class Inner { @OnMexcError(700003) void resync() {} }",
        "  }",
        "  Object use() { return new Outer.Inner(); }");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("class Outer is private, so the generated dispatcher Handlers_Outer_InnerDispatcher"
            + " cannot reach Inner; make it package-private or wider")
        .inFile(source).onLineContaining("class Inner");
  }

  /*
   * Annotation processing never sees the members of local and anonymous classes: javac's tree API finds them (the
   * processor must run at all, so the class also has a handler of its own), ecj offers no such API and their
   * handler methods go unnoticed there.
   */

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void localClass(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcErrorFallback void rest() {}",
        "  Object make() {",
        "    class Local { @OnMexcError(700003) void resync() {} }",
        "    return new Local();",
        "  }");
    Compilation compilation = compiler(kind).compile(source);
    if (kind == CompilerKind.ECJ) {
      assertThat(compilation).hadErrorCount(0);
      return;
    }
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("handler methods are declared in a local class, which a generated dispatcher cannot"
            + " name; move them to a top-level or static nested class")
        .inFile(source).onLineContaining("class Local");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void anonymousClass(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcErrorFallback void rest() {}",
        "  Object make() {",
        "    return new Object() {",
        "      @OnMexcError(700003) void resync() {}",
        "    };",
        "  }");
    Compilation compilation = compiler(kind).compile(source);
    if (kind == CompilerKind.ECJ) {
      assertThat(compilation).hadErrorCount(0);
      return;
    }
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("handler methods are declared in an anonymous class, which a generated dispatcher"
            + " cannot name; move them to a top-level or static nested class")
        .inFile(source).onLineContaining("new Object()");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void allMistakesOfAClassAreReportedTogether(CompilerKind kind) {
    JavaFileObject source = handlers(
        "  @OnMexcError(70003) void resync() {}",
        "  @OnMexcCategory(\"RATE_LIMITS\") void backOff() {}",
        "  @OnMexcErrorFallback private void rest() {}",
        "  void use() { rest(); }");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("70003 is not a MEXC spot error code").inFile(source)
        .onLineContaining("void resync()");
    assertThat(compilation).hadErrorContaining("unknown category 'RATE_LIMITS'").inFile(source)
        .onLineContaining("void backOff()");
    assertThat(compilation).hadErrorContaining("handler method rest is private").inFile(source)
        .onLineContaining("void rest()");
    assertNoDispatcher(compilation);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void annotationValueTheCompilerCannotResolveGivesOnlyTheCompilersError(CompilerKind kind) {
    JavaFileObject source = handlers("  @OnMexcError(Codes.MISSING) void resync() {}");
    Compilation compilation = compiler(kind).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation.errors().get(0).getMessage(null)).contains("Codes");
    assertNoDispatcher(compilation);
  }
}
