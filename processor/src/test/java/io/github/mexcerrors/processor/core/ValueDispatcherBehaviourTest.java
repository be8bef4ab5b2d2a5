package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Handler methods that return a value: the dispatcher returns what the method that ran returned, for the route of
 * a code, of a category, of the exception's class and of the fallback, through the overload of a code and of an
 * exception; the value reaches a caller compiled against the dispatcher as its own static type (an enum, a
 * primitive, a generic type, a type generated in the same compilation), without a cast, under
 * {@code -Xlint:all -Werror}; on javac and ecj.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"javac", "ecj"})
class ValueDispatcherBehaviourTest {
  private static CompiledClasses classes;

  /** The compiler of this run: javac or ecj. */
  @Parameter
  String compilerName;

  @BeforeParameterizedClassInvocation
  static void compile(String compiler) {
    Compilation compilation = ProcessorCompiler.of(compiler.equals("ecj")).compile(
        source("test.Decide",
            "package test;",
            "",
            "import io.github.mexcerrors.MexcApi;",
            "import io.github.mexcerrors.MexcException;",
            "import io.github.mexcerrors.OnMexcCategory;",
            "import io.github.mexcerrors.OnMexcError;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "import io.github.mexcerrors.mexc.ClockSkewException;",
            "import io.github.mexcerrors.mexc.SpotErrorCode;",
            "",
            "/** Decides what the caller does next. */",
            "public class Decide {",
            "  /** A decision. */",
            "  public enum Recovery { RESYNC, NO_FUNDS, FUTURES_NO_FUNDS, BACK_OFF, GIVE_UP }",
            "",
            "  public String last;",
            "",
            "  @OnMexcError(700003)",
            "  Recovery resync(ClockSkewException e) { last = \"resync:\" + e.code(); return Recovery.RESYNC; }",
            "",
            "  @OnMexcError({30004, 10101})",
            "  static Recovery balance(SpotErrorCode constant) { return Recovery.NO_FUNDS; }",
            "",
            "  @OnMexcError(value = 2005, api = MexcApi.FUTURES)",
            "  Recovery futuresBalance(MexcApi api) { last = \"futures:\" + api; return Recovery.FUTURES_NO_FUNDS; }",
            "",
            "  @OnMexcError(30014)",
            "  Recovery undecided(int code) { last = \"undecided:\" + code; return null; }",
            "",
            "  @OnMexcCategory(\"RATE_LIMIT\")",
            "  Recovery backOff(MexcApi api, MexcException e) {",
            "    last = \"backOff:\" + api + \":\" + e.getClass().getSimpleName();",
            "    return Recovery.BACK_OFF;",
            "  }",
            "",
            "  @OnMexcErrorFallback",
            "  Recovery otherwise(MexcApi api, int code, MexcException e) {",
            "    last = \"otherwise:\" + api + \":\" + code + \":\" + e.errorCode().isPresent();",
            "    return Recovery.GIVE_UP;",
            "  }",
            "}"),
        source("test.Flags",
            "package test;",
            "",
            "import io.github.mexcerrors.MexcApi;",
            "import io.github.mexcerrors.OnMexcError;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "",
            "/** Futures codes only: whether to retry, as a primitive. */",
            "public class Flags {",
            "  @OnMexcError(value = 510, api = MexcApi.FUTURES)",
            "  boolean tooFast() { return true; }",
            "",
            "  @OnMexcErrorFallback",
            "  boolean rest() { return false; }",
            "}"),
        source("test.Texts",
            "package test;",
            "",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "import java.util.List;",
            "",
            "/** A fallback alone, of a generic type. */",
            "public class Texts {",
            "  @OnMexcErrorFallback",
            "  List<String> rest(int code, String message) { return List.of(String.valueOf(code), message); }",
            "}"),
        source("test.Weights",
            "package test;",
            "",
            "import io.github.mexcerrors.MexcException;",
            "import io.github.mexcerrors.OnMexcCategory;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "import io.github.mexcerrors.mexc.RateLimitException;",
            "",
            "/** Categories and a fallback, returning a long. */",
            "public class Weights {",
            "  @OnMexcCategory(\"RATE_LIMIT\")",
            "  static long rate(RateLimitException e) { return 1_000L + e.code(); }",
            "",
            "  @OnMexcCategory(\"SERVER\")",
            "  long server(MexcException e) { return 2_000L + e.code(); }",
            "",
            "  @OnMexcErrorFallback",
            "  long rest(int code) { return -code; }",
            "}"),
        source("test.Categories",
            "package test;",
            "",
            "import io.github.mexcerrors.MexcException;",
            "import io.github.mexcerrors.OnMexcCategory;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "import io.github.mexcerrors.mexc.ErrorCategory;",
            "",
            "/** Returns a type the processor generates in the same compilation: the class waits for it. */",
            "public class Categories {",
            "  @OnMexcCategory(\"RATE_LIMIT\")",
            "  ErrorCategory rate() { return ErrorCategory.RATE_LIMIT; }",
            "",
            "  @OnMexcErrorFallback",
            "  ErrorCategory rest(MexcException e) { return ErrorCategory.SERVER; }",
            "}"),
        source("test.Caller",
            "package test;",
            "",
            "import io.github.mexcerrors.MexcApi;",
            "import io.github.mexcerrors.MexcException;",
            "import java.util.List;",
            "",
            "/** What a user writes: each dispatch's value in a variable of its own type, no cast. */",
            "public final class Caller {",
            "  private Caller() {}",
            "",
            "  public static Decide.Recovery decide(Decide handler, MexcApi api, int code, String message) {",
            "    Decide.Recovery recovery = DecideDispatcher.dispatch(handler, api, code, message);",
            "    return recovery;",
            "  }",
            "",
            "  public static Decide.Recovery decide(Decide handler, MexcException e) {",
            "    Decide.Recovery recovery = DecideDispatcher.dispatch(handler, e);",
            "    return recovery;",
            "  }",
            "",
            "  public static Decide.Recovery decideFutures(Decide handler, int code, String message) {",
            "    return DecideDispatcher.dispatchFutures(handler, code, message);",
            "  }",
            "",
            "  public static boolean retry(Flags handler, MexcApi api, int code) {",
            "    boolean retry = FlagsDispatcher.dispatch(handler, api, code, null);",
            "    return retry;",
            "  }",
            "",
            "  public static boolean retry(Flags handler, MexcException e) {",
            "    return FlagsDispatcher.dispatch(handler, e);",
            "  }",
            "",
            "  public static List<String> texts(Texts handler, int code, String message) {",
            "    List<String> texts = TextsDispatcher.dispatch(handler, code, message);",
            "    return texts;",
            "  }",
            "",
            "  public static List<String> texts(Texts handler, MexcException e) {",
            "    return TextsDispatcher.dispatch(handler, e);",
            "  }",
            "",
            "  public static long weight(Weights handler, MexcApi api, int code) {",
            "    long weight = WeightsDispatcher.dispatch(handler, api, code, \"m\");",
            "    return weight;",
            "  }",
            "",
            "  public static io.github.mexcerrors.mexc.ErrorCategory category(Categories handler, int code) {",
            "    return CategoriesDispatcher.dispatch(handler, code, \"m\");",
            "  }",
            "",
            "  public static long weight(Weights handler, MexcException e) {",
            "    return WeightsDispatcher.dispatch(handler, e);",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  private static Object newInstance(String name) {
    try {
      return classes.load(name).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object field(Object handler, String name) {
    try {
      return handler.getClass().getField(name).get(handler);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String decision(Object value) {
    return value == null ? "null" : ((Enum<?>) value).name();
  }

  private static MexcException create(MexcApi api, int code, String message, int httpStatus) {
    return (MexcException) classes.callStatic("io.github.mexcerrors.mexc.MexcErrors", "create", api, code, message,
        httpStatus);
  }

  /** Calls {@code Caller.decide} with a code, returns the decision and what the handler recorded. */
  private static String decide(MexcApi api, int code, String message) {
    Object handler = newInstance("test.Decide");
    Object value = classes.callStatic("test.Caller", "decide", handler, api, code, message);
    return decision(value) + " " + field(handler, "last");
  }

  private static String decide(MexcException exception) {
    Object handler = newInstance("test.Decide");
    Object value = classes.callStatic("test.Caller", "decide", handler, exception);
    return decision(value) + " " + field(handler, "last");
  }

  @Test
  void everyDispatchMethodReturnsTheHandlersTypeItself() throws Exception {
    Class<?> recovery = classes.load("test.Decide$Recovery");
    for (Method method : classes.load("test.DecideDispatcher").getMethods()) {
      if (method.getName().startsWith("dispatch")) {
        assertThat(method.getReturnType()).isEqualTo(recovery);
      }
    }
    assertThat(classes.load("test.FlagsDispatcher").getMethod("dispatch", classes.load("test.Flags"),
        MexcException.class).getReturnType()).isEqualTo(boolean.class);
    assertThat(classes.load("test.WeightsDispatcher").getMethod("dispatch", classes.load("test.Weights"),
        MexcException.class).getReturnType()).isEqualTo(long.class);
    assertThat(classes.load("test.TextsDispatcher").getMethod("dispatch", classes.load("test.Texts"),
        MexcException.class).getGenericReturnType().getTypeName()).isEqualTo("java.util.List<java.lang.String>");
  }

  @Test
  void theValueOfACodesMethodReachesTheCaller() {
    assertThat(decide(MexcApi.SPOT, 700003, "late")).isEqualTo("RESYNC resync:700003");
    assertThat(decide(create(MexcApi.SPOT, 700003, "late", 400))).isEqualTo("RESYNC resync:700003");
    // A static method
    assertThat(decide(MexcApi.SPOT, 30004, "no position")).isEqualTo("NO_FUNDS null");
    assertThat(decide(create(MexcApi.SPOT, 10101, "no balance", 400))).isEqualTo("NO_FUNDS null");
  }

  @Test
  void theValueOfAFuturesCodesMethodReachesTheCaller() {
    assertThat(decide(MexcApi.FUTURES, 2005, "no margin")).isEqualTo("FUTURES_NO_FUNDS futures:FUTURES");
    Object handler = newInstance("test.Decide");
    assertThat(decision(classes.callStatic("test.Caller", "decideFutures", handler, 2005, "x")))
        .isEqualTo("FUTURES_NO_FUNDS");
    assertThat(decide(create(MexcApi.FUTURES, 2005, "no margin", 200))).isEqualTo("FUTURES_NO_FUNDS futures:FUTURES");
  }

  @Test
  void aNullReturnedByAMethodIsReturnedAsIsNotTakenForNoHandler() {
    assertThat(decide(MexcApi.SPOT, 30014, "bad symbol")).isEqualTo("null undecided:30014");
    assertThat(decide(create(MexcApi.SPOT, 30014, "bad symbol", 400))).isEqualTo("null undecided:30014");
  }

  @Test
  void theValueOfACategoryMethodReachesTheCaller() {
    assertThat(decide(MexcApi.SPOT, 429, "slow down")).isEqualTo("BACK_OFF backOff:SPOT:RateLimitException");
    assertThat(decide(MexcApi.FUTURES, 510, "slow down")).isEqualTo("BACK_OFF backOff:FUTURES:RateLimitException");
    assertThat(decide(create(MexcApi.FUTURES, 510, "slow down", 200)))
        .isEqualTo("BACK_OFF backOff:FUTURES:RateLimitException");
  }

  @Test
  void aCodeMissingFromTheTableReachesTheCategoryOfItsExceptionsClass() {
    MexcException unknown = create(MexcApi.SPOT, 123456, "slow down", 429);
    assertThat(unknown.getClass().getSimpleName()).isEqualTo("RateLimitException");
    assertThat(decide(unknown)).isEqualTo("BACK_OFF backOff:SPOT:RateLimitException");
    // The code alone names no category: the fallback
    assertThat(decide(MexcApi.SPOT, 123456, "slow down")).isEqualTo("GIVE_UP otherwise:SPOT:123456:false");
  }

  @Test
  void theValueOfTheFallbackReachesTheCaller() {
    assertThat(decide(MexcApi.SPOT, 30005, "too much")).isEqualTo("GIVE_UP otherwise:SPOT:30005:true");
    assertThat(decide(MexcApi.FUTURES, 30005, "x")).isEqualTo("GIVE_UP otherwise:FUTURES:30005:false");
    assertThat(decide(create(MexcApi.SPOT, 30099, "disabled", MexcException.NO_HTTP_STATUS)))
        .isEqualTo("GIVE_UP otherwise:SPOT:30099:false");
  }

  @Test
  void aPrimitiveOfAClassThatRoutesOneApiOnly() {
    Object flags = newInstance("test.Flags");
    assertThat(classes.callStatic("test.Caller", "retry", flags, MexcApi.FUTURES, 510)).isEqualTo(true);
    assertThat(classes.callStatic("test.Caller", "retry", flags, MexcApi.SPOT, 510)).isEqualTo(false);
    assertThat(classes.callStatic("test.Caller", "retry", flags, MexcApi.SPOT, 429)).isEqualTo(false);
    assertThat(classes.callStatic("test.Caller", "retry", flags, create(MexcApi.FUTURES, 510, "m", 200)))
        .isEqualTo(true);
    assertThat(classes.callStatic("test.Caller", "retry", flags, create(MexcApi.SPOT, 429, "m", 429)))
        .isEqualTo(false);
  }

  @Test
  void aGenericTypeFromAFallbackAlone() {
    Object texts = newInstance("test.Texts");
    assertThat(classes.callStatic("test.Caller", "texts", texts, 700003, "late"))
        .isEqualTo(List.of("700003", "late"));
    assertThat(classes.callStatic("test.Caller", "texts", texts, create(MexcApi.FUTURES, 2005, "margin", 200)))
        .isEqualTo(List.of("2005", "margin"));
  }

  @Test
  void aTypeGeneratedInTheSameCompilation() {
    Object categories = newInstance("test.Categories");
    assertThat(classes.callStatic("test.Caller", "category", categories, 429).toString()).isEqualTo("RATE_LIMIT");
    assertThat(classes.callStatic("test.Caller", "category", categories, 700003).toString()).isEqualTo("SERVER");
  }

  @Test
  void aLongFromCategoriesExceptionsClassesAndTheFallback() {
    Object weights = newInstance("test.Weights");
    assertThat(classes.callStatic("test.Caller", "weight", weights, MexcApi.SPOT, 429)).isEqualTo(1_429L);
    assertThat(classes.callStatic("test.Caller", "weight", weights, MexcApi.FUTURES, 510)).isEqualTo(1_510L);
    assertThat(classes.callStatic("test.Caller", "weight", weights, MexcApi.SPOT, 700003)).isEqualTo(-700_003L);
    assertThat(classes.callStatic("test.Caller", "weight", weights, create(MexcApi.SPOT, 123456, "m", 503)))
        .isEqualTo(2_000L + 123_456L);
    assertThat(classes.callStatic("test.Caller", "weight", weights, create(MexcApi.SPOT, 123456, "m", 400)))
        .isEqualTo(-123_456L);
  }
}
