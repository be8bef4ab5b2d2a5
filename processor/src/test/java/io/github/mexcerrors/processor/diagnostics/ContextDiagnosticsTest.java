package io.github.mexcerrors.processor.diagnostics;

import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import io.github.mexcerrors.processor.diagnostics.ExpectedErrors.Case;
import io.github.mexcerrors.processor.diagnostics.ExpectedErrors.Expected;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the caller's context (a handler parameter of a type of the user's own) is one error on the parameter
 * that breaks it, saying how to fix it, on javac and ecj; nothing is generated from a class with such an error.
 */
class ContextDiagnosticsTest {
  /** A class test.Handlers with the given member lines. */
  private static JavaFileObject handlers(String... members) {
    List<String> lines = new ArrayList<>(List.of("package test;", ""));
    lines.add("import io.github.mexcerrors.*;");
    lines.add("import java.util.List;");
    lines.add("");
    lines.add("class Handlers {");
    lines.add("  static class OrderCall {}");
    lines.add("  static class Account {}");
    lines.addAll(List.of(members));
    lines.add("}");
    return source("test.Handlers", lines.toArray(new String[0]));
  }

  private static Case of(String name, List<String> members, Expected... errors) {
    return new Case(name, handlers(members.toArray(new String[0])), List.of(errors));
  }

  static List<Case> cases() {
    return List.of(
        of("methods take contexts of different types", List.of(
            "  @OnMexcError(700003) void resync(OrderCall call) {}",
            "  @OnMexcError(30004) void noPosition(int code, OrderCall call) {}",
            "  @OnMexcErrorFallback void rest(MexcException e, Account account) {}"),
            new Expected(Message.CONTEXT_TYPES_DISAGREE, "parameter account of handler method rest takes the"
                + " caller's context as Handlers.Account, but the other handler methods of Handlers take it as"
                + " Handlers.OrderCall (first: resync); the dispatcher passes one context to every method that takes"
                + " one, so declare the same type in each (one type that holds what each method needs)",
                "Account account")),
        of("a primitive context and its box are not the same type", List.of(
            "  @OnMexcError(700003) void resync(long attempt) {}",
            "  @OnMexcErrorFallback void rest(Long attempt) {}"),
            new Expected(Message.CONTEXT_TYPES_DISAGREE, "parameter attempt of handler method rest takes the"
                + " caller's context as Long, but the other handler methods of Handlers take it as long (first:"
                + " resync)", "Long attempt")),
        of("generic contexts with other type arguments", List.of(
            "  @OnMexcError(700003) void resync(List<OrderCall> calls) {}",
            "  @OnMexcCategory(\"RATE_LIMIT\") void backOff(List<OrderCall> calls) {}",
            "  @OnMexcErrorFallback void rest(List<Account> calls) {}"),
            new Expected(Message.CONTEXT_TYPES_DISAGREE, "parameter calls of handler method rest takes the caller's"
                + " context as List<Handlers.Account>, but the other handler methods of Handlers take it as"
                + " List<Handlers.OrderCall> (first: resync)", "List<Account> calls")),
        of("two contexts in one method", List.of(
            "  @OnMexcError(700003) void resync(OrderCall call, int code, Account account) {}"),
            new Expected(Message.CONTEXT_TWICE, "parameters call (Handlers.OrderCall) and account (Handlers.Account)"
                + " of handler method resync are both of types the dispatcher does not supply, so both would be the"
                + " caller's context, but a dispatcher passes one; keep one of them, or pass one object that holds"
                + " both", "Account account")),
        of("a type variable of the class", List.of(
            "  static class Typed<T> {",
            "    @OnMexcError(700003) void resync(T call) {}",
            "    @OnMexcErrorFallback void rest(List<? extends T> calls) {}",
            "  }"),
            new Expected(Message.CONTEXT_TYPE_VARIABLE, "parameter call of handler method resync takes the caller's"
                + " context as T, which uses the type variable T of Typed; the dispatcher takes any Typed and cannot"
                + " name T: declare the context with a type without type variables", "T call"),
            new Expected(Message.CONTEXT_TYPE_VARIABLE, "parameter calls of handler method rest takes the caller's"
                + " context as List<? extends T>, which uses the type variable T of Typed", "calls")),
        of("a type of the exception is not a context", List.of(
            "  @OnMexcError(700003) void resync(OrderCall call) {}",
            "  @OnMexcErrorFallback void rest(RuntimeException e, OrderCall call) {}"),
            new Expected(Message.PARAMETER_UNSUPPORTED, "the dispatcher cannot supply parameter e of type"
                + " java.lang.RuntimeException", "RuntimeException e")),
        of("a type of the message is not a context", List.of(
            "  @OnMexcCategory(\"RATE_LIMIT\") void backOff(CharSequence text) {}"),
            new Expected(Message.PARAMETER_UNSUPPORTED, "the dispatcher cannot supply parameter text of type"
                + " java.lang.CharSequence", "CharSequence text")),
        of("a private type", List.of(
            "  private static class Secret {}",
            "  @OnMexcError(700003) void resync(Secret[] secrets) {}"),
            new Expected(Message.CONTEXT_TYPE_PRIVATE, "parameter secrets of handler method resync takes the caller's"
                + " context as Handlers.Secret[], but Secret is private, so the generated dispatcher cannot name it;"
                + " make Secret package-private or wider", "Secret[] secrets")));
  }

  static List<Arguments> compilersAndCases() {
    return ExpectedErrors.onEachCompiler(ContextDiagnosticsTest::cases);
  }

  /**
   * Each case causes exactly its errors, each with its id, on its line; and no dispatcher is generated from a class
   * with errors.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("compilersAndCases")
  void eachContextMistakeIsOneErrorWithItsIdOnItsLine(CompilerKind kind, Case mistake) {
    ExpectedErrors.assertCase(kind, mistake);
  }
}
