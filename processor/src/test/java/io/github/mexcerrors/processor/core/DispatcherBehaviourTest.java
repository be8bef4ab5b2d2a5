package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles a handler class with the bundled table, then calls its generated dispatcher; on javac and on the Eclipse
 * compiler.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"javac", "ecj"})
class DispatcherBehaviourTest {
  private static CompiledClasses classes;

  /** The compiler of this run: javac or ecj. */
  @Parameter
  String compilerName;

  @BeforeParameterizedClassInvocation
  static void compile(String compiler) {
    Compilation compilation = ProcessorCompiler.of(compiler.equals("ecj")).compile(source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.MexcApi;",
        "import io.github.mexcerrors.MexcErrorCode;",
        "import io.github.mexcerrors.MexcException;",
        "import io.github.mexcerrors.OnMexcCategory;",
        "import io.github.mexcerrors.OnMexcError;",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "import io.github.mexcerrors.mexc.ClockSkewException;",
        "import io.github.mexcerrors.mexc.InsufficientBalanceException;",
        "import io.github.mexcerrors.mexc.SpotErrorCode;",
        "import java.util.ArrayList;",
        "import java.util.List;",
        "",
        "public class Handlers {",
        "  public final List<String> calls = new ArrayList<>();",
        "",
        "  @OnMexcError(700003)",
        "  void resync(ClockSkewException e) { calls.add(\"resync:\" + e.code() + \":\" + e.getClass().getSimpleName()); }",
        "",
        "  @OnMexcError({30004, 10101})",
        "  void balance(String message, int code, SpotErrorCode constant) {",
        "    calls.add(\"balance:\" + code + \":\" + constant + \":\" + message);",
        "  }",
        "",
        "  @OnMexcError(value = 2005, api = MexcApi.FUTURES)",
        "  void futuresBalance(InsufficientBalanceException e, MexcErrorCode entry, MexcApi api) {",
        "    calls.add(\"futuresBalance:\" + api + \":\" + entry.name() + \":\" + e.exchangeMessage());",
        "  }",
        "",
        "  @OnMexcCategory(\"RATE_LIMIT\")",
        "  void rateLimited(MexcApi api, int code, MexcException e) {",
        "    calls.add(\"rate:\" + api + \":\" + code + \":\" + e.getClass().getSimpleName());",
        "  }",
        "",
        "  @OnMexcErrorFallback",
        "  void fallback(MexcApi api, int code, String message, MexcException e) {",
        "    calls.add(\"fallback:\" + api + \":\" + code + \":\" + message + \":\" + e.errorCode().isPresent());",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  private static List<String> dispatch(Object... arguments) {
    Object handler = newHandler();
    Object[] withHandler = new Object[arguments.length + 1];
    withHandler[0] = handler;
    System.arraycopy(arguments, 0, withHandler, 1, arguments.length);
    Object ran = classes.callStatic("test.HandlersDispatcher", "dispatch", withHandler);
    assertThat(ran).isEqualTo(Boolean.TRUE);
    return calls(handler);
  }

  private static Object newHandler() {
    try {
      return classes.load("test.Handlers").getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> calls(Object handler) {
    try {
      return (List<String>) handler.getClass().getField("calls").get(handler);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static MexcException create(MexcApi api, int code, String message, int httpStatus) {
    return (MexcException) classes.callStatic("io.github.mexcerrors.mexc.MexcErrors", "create", api, code, message,
        httpStatus);
  }

  @Test
  void oneCode() {
    assertThat(dispatch(700003, "Timestamp outside")).containsExactly("resync:700003:ClockSkewException");
  }

  @Test
  void severalCodesPassTheirOwnConstant() {
    assertThat(dispatch(30004, "Insufficient position"))
        .containsExactly("balance:30004:INSUFFICIENT_POSITION:Insufficient position");
    assertThat(dispatch(10101, "Insufficient balance"))
        .containsExactly("balance:10101:INSUFFICIENT_BALANCE:Insufficient balance");
  }

  @Test
  void categoryHandlerTakesEveryCodeOfTheCategoryInBothApis() {
    assertThat(dispatch(429, "Too Many Requests")).containsExactly("rate:SPOT:429:RateLimitException");
    assertThat(dispatch(MexcApi.FUTURES, 510, "Excessive frequency"))
        .containsExactly("rate:FUTURES:510:RateLimitException");
  }

  @Test
  void fallbackTakesKnownCodesWithoutHandler() {
    assertThat(dispatch(30014, "invalid symbol")).containsExactly("fallback:SPOT:30014:invalid symbol:true");
  }

  @Test
  void unknownCodeReachesFallbackWithRawCodeAndMessage() {
    assertThat(dispatch(30099, "api market order is disabled"))
        .containsExactly("fallback:SPOT:30099:api market order is disabled:false");
  }

  @Test
  void futuresCodeIsDispatchedInTheFuturesSpace() {
    assertThat(dispatch(MexcApi.FUTURES, 2005, "Balance insufficient"))
        .containsExactly("futuresBalance:FUTURES:INSUFFICIENT_BALANCE:Balance insufficient");
    // 2005 is no spot code: in the spot space it is unknown.
    assertThat(dispatch(MexcApi.SPOT, 2005, "x")).containsExactly("fallback:SPOT:2005:x:false");
  }

  @Test
  void exceptionDispatchPassesTheSameObject() {
    MexcException exception = create(MexcApi.SPOT, 700003, "late", 400);
    Object handler = newHandler();
    classes.callStatic("test.HandlersDispatcher", "dispatch", handler, exception);
    assertThat(calls(handler)).containsExactly("resync:700003:ClockSkewException");
  }

  @Test
  void unknownCodeWithRateLimitStatusReachesTheCategoryHandler() {
    MexcException exception = create(MexcApi.SPOT, 123456, "slow down", 429);
    assertThat(exception.getClass().getSimpleName()).isEqualTo("RateLimitException");
    assertThat(exception.errorCode()).isEmpty();
    assertThat(exception.rawCode()).isEqualTo("123456");
    assertThat(dispatch(exception)).containsExactly("rate:SPOT:123456:RateLimitException");
  }

  @Test
  void unknownCodeWithoutStatusIsThePlainBaseException() {
    MexcException exception = create(MexcApi.SPOT, 30099, "disabled", MexcException.NO_HTTP_STATUS);
    assertThat(exception.getClass()).isEqualTo(MexcException.class);
    assertThat(exception.exchangeMessage()).isEqualTo("disabled");
    assertThat(exception.httpStatus()).isEmpty();
    assertThat(dispatch(exception)).containsExactly("fallback:SPOT:30099:disabled:false");
  }
}
