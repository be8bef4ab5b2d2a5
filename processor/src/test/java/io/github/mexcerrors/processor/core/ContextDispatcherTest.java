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
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Handler methods that take the caller's context: the dispatcher's overloads take it last and pass it, as it is, to
 * every method that declares it, through every route (exact code, category, the exception's class, fallback), and
 * still call the methods that do not; for void and value dispatchers, primitive and generic contexts, and inherited
 * methods. On javac and on the Eclipse compiler.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"javac", "ecj"})
class ContextDispatcherTest {
  private static CompiledClasses classes;

  /** The compiler of this run: javac or ecj. */
  @Parameter
  String compilerName;

  @BeforeParameterizedClassInvocation
  static void compile(String compiler) {
    Compilation compilation = ProcessorCompiler.of(compiler.equals("ecj")).compile(
        source("test.Call",
            "package test;",
            "",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "",
            "/** The call that failed: where its handlers write. */",
            "public final class Call {",
            "  public final List<String> log = new ArrayList<>();",
            "}"),
        source("test.Handlers",
            "package test;",
            "",
            "import io.github.mexcerrors.MexcApi;",
            "import io.github.mexcerrors.MexcException;",
            "import io.github.mexcerrors.OnMexcCategory;",
            "import io.github.mexcerrors.OnMexcError;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "import io.github.mexcerrors.mexc.ClockSkewException;",
            "import io.github.mexcerrors.mexc.RateLimitException;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "",
            "public class Handlers {",
            "  public final List<String> calls = new ArrayList<>();",
            "",
            "  @OnMexcError(700003)",
            "  void resync(ClockSkewException e, Call call) { record(call, \"resync:\" + e.code()); }",
            "",
            "  @OnMexcError({30004, 10101})",
            "  void balance(int code) { calls.add(\"balance:\" + code); }",
            "",
            "  @OnMexcCategory(\"RATE_LIMIT\")",
            "  void rateLimited(Call call, MexcApi api, RateLimitException e) {",
            "    record(call, \"rate:\" + api + \":\" + e.rawCode());",
            "  }",
            "",
            "  @OnMexcErrorFallback",
            "  static void fallback(int code, Call call, MexcException e) {",
            "    call.log.add(\"fallback:\" + code + \":\" + e.getClass().getSimpleName());",
            "  }",
            "",
            "  private void record(Call call, String what) {",
            "    calls.add(what);",
            "    if (call != null) {",
            "      call.log.add(what);",
            "    } else {",
            "      calls.add(\"null context\");",
            "    }",
            "  }",
            "}"),
        source("test.Decisions",
            "package test;",
            "",
            "import io.github.mexcerrors.OnMexcCategory;",
            "import io.github.mexcerrors.OnMexcError;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "import java.util.List;",
            "",
            "/** A value dispatcher whose context is generic. */",
            "public class Decisions {",
            "  @OnMexcError(700003)",
            "  String resync(int code, List<String> attempts) { return \"resync:\" + code + \":\" + attempts; }",
            "",
            "  @OnMexcCategory(\"SERVER\")",
            "  String server(int code) { return \"server:\" + code; }",
            "",
            "  @OnMexcErrorFallback",
            "  String rest(List<String> attempts, int code) { return \"rest:\" + code + \":\" + attempts; }",
            "}"),
        source("test.Counted",
            "package test;",
            "",
            "import io.github.mexcerrors.OnMexcError;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "",
            "/** A value dispatcher whose context is primitive. */",
            "public class Counted {",
            "  @OnMexcError(700003)",
            "  long resync(long attempt) { return attempt + 1; }",
            "",
            "  @OnMexcErrorFallback",
            "  long rest(int code) { return -code; }",
            "}"),
        source("test.OldCall",
            "package test;",
            "",
            "/** A deprecated context type. */",
            "@Deprecated",
            "public class OldCall {}"),
        source("test.Legacy",
            "package test;",
            "",
            "import io.github.mexcerrors.OnMexcError;",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "",
            "/** Takes a deprecated context: its dispatcher names it, and must not warn. */",
            "@SuppressWarnings(\"deprecation\")",
            "public class Legacy {",
            "  @OnMexcError(700003)",
            "  void resync(OldCall call) {}",
            "",
            "  @OnMexcErrorFallback",
            "  void rest(int code) {}",
            "}"),
        source("test.Base",
            "package test;",
            "",
            "import io.github.mexcerrors.OnMexcError;",
            "",
            "public class Base {",
            "  @OnMexcError(700003)",
            "  public void resync(Call call) { call.log.add(\"base resync\"); }",
            "}"),
        source("test.Sub",
            "package test;",
            "",
            "import io.github.mexcerrors.OnMexcErrorFallback;",
            "",
            "/** Inherits a method that takes the context. */",
            "public class Sub extends Base {",
            "  @OnMexcErrorFallback",
            "  void rest(int code, Call call) { call.log.add(\"sub rest \" + code); }",
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

  @SuppressWarnings("unchecked")
  private static List<String> list(Object owner, String field) {
    try {
      return (List<String>) owner.getClass().getField(field).get(owner);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static MexcException create(MexcApi api, int code, String message, int httpStatus) {
    return (MexcException) classes.callStatic("io.github.mexcerrors.mexc.MexcErrors", "create", api, code, message,
        httpStatus);
  }

  /** Dispatches to a new test.Handlers with a new test.Call; returns what the call's log and the handler hold. */
  private static List<String> dispatch(String method, Object... arguments) {
    Object handler = newInstance("test.Handlers");
    Object call = newInstance("test.Call");
    List<Object> all = new ArrayList<>(List.of(handler));
    all.addAll(Arrays.asList(arguments));
    all.add(call);
    assertThat(classes.callStatic("test.HandlersDispatcher", method, all.toArray())).isEqualTo(true);
    List<String> seen = new ArrayList<>();
    list(call, "log").forEach(entry -> seen.add("call " + entry));
    list(handler, "calls").forEach(entry -> seen.add("handler " + entry));
    return seen;
  }

  @Test
  void anExactCodeGetsTheContext() {
    assertThat(dispatch("dispatch", 700003, "late")).containsExactly("call resync:700003", "handler resync:700003");
    assertThat(dispatch("dispatch", MexcApi.SPOT, 700003, "late"))
        .containsExactly("call resync:700003", "handler resync:700003");
    assertThat(dispatch("dispatch", create(MexcApi.SPOT, 700003, "late", 400)))
        .containsExactly("call resync:700003", "handler resync:700003");
  }

  @Test
  void aMethodWithoutTheContextIsStillCalled() {
    assertThat(dispatch("dispatch", 30004, "no position")).containsExactly("handler balance:30004");
    assertThat(dispatch("dispatch", create(MexcApi.SPOT, 10101, "no balance", 400)))
        .containsExactly("handler balance:10101");
  }

  @Test
  void aCategoryGetsTheContextInBothApis() {
    assertThat(dispatch("dispatch", 429, "slow down")).containsExactly("call rate:SPOT:429", "handler rate:SPOT:429");
    assertThat(dispatch("dispatchFutures", 510, "slow down"))
        .containsExactly("call rate:FUTURES:510", "handler rate:FUTURES:510");
    assertThat(dispatch("dispatch", MexcApi.FUTURES, 510, "slow down"))
        .containsExactly("call rate:FUTURES:510", "handler rate:FUTURES:510");
  }

  @Test
  void theExceptionsClassGetsTheContext() {
    // A code missing from the table with HTTP 429: its class alone places it in RATE_LIMIT
    MexcException exception = create(MexcApi.SPOT, 123456, "slow down", 429);
    assertThat(exception.errorCode()).isEmpty();
    assertThat(dispatch("dispatch", exception)).containsExactly("call rate:SPOT:123456", "handler rate:SPOT:123456");
  }

  @Test
  void theFallbackGetsTheContext() {
    assertThat(dispatch("dispatch", 30014, "invalid symbol"))
        .containsExactly("call fallback:30014:InvalidSymbolException");
    assertThat(dispatch("dispatch", create(MexcApi.SPOT, 30099, "disabled", MexcException.NO_HTTP_STATUS)))
        .containsExactly("call fallback:30099:MexcException");
  }

  @Test
  void aNullContextIsPassedAsItIs() {
    Object handler = newInstance("test.Handlers");
    assertThat(classes.callStatic("test.HandlersDispatcher", "dispatch", handler, 700003, "late", null))
        .isEqualTo(true);
    assertThat(list(handler, "calls")).containsExactly("resync:700003", "null context").inOrder();
  }

  /** The dispatcher of a class that takes a context has the overloads with a context only: none would pass it. */
  @Test
  void everyOverloadTakesTheContextLast() {
    List<String> overloads = new ArrayList<>();
    for (Method method : classes.load("test.HandlersDispatcher").getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())) {
        Class<?>[] parameters = method.getParameterTypes();
        assertThat(parameters[parameters.length - 1].getName()).isEqualTo("test.Call");
        overloads.add(method.getName() + parameters.length);
      }
    }
    assertThat(overloads).containsExactly("dispatch3", "dispatch4", "dispatch5", "dispatchFutures4");
  }

  @Test
  void aValueDispatcherPassesAGenericContext() {
    Object decisions = newInstance("test.Decisions");
    List<String> attempts = List.of("first");
    assertThat(classes.callStatic("test.DecisionsDispatcher", "dispatch", decisions, 700003, "late", attempts))
        .isEqualTo("resync:700003:[first]");
    assertThat(classes.callStatic("test.DecisionsDispatcher", "dispatch", decisions, 500, "down", attempts))
        .isEqualTo("server:500");
    assertThat(classes.callStatic("test.DecisionsDispatcher", "dispatch", decisions,
        create(MexcApi.SPOT, 30099, "disabled", MexcException.NO_HTTP_STATUS), attempts))
        .isEqualTo("rest:30099:[first]");
    assertThat(classes.callStatic("test.DecisionsDispatcher", "dispatchFutures", decisions, 99999, "?", null))
        .isEqualTo("rest:99999:null");
  }

  @Test
  void aValueDispatcherPassesAPrimitiveContext() {
    Object counted = newInstance("test.Counted");
    assertThat(classes.callStatic("test.CountedDispatcher", "dispatch", counted, 700003, "late", 41L)).isEqualTo(42L);
    assertThat(classes.callStatic("test.CountedDispatcher", "dispatch", counted, MexcApi.SPOT, 30014, "?", 41L))
        .isEqualTo(-30014L);
  }

  @Test
  void anInheritedMethodGetsTheContext() {
    Object sub = newInstance("test.Sub");
    Object call = newInstance("test.Call");
    assertThat(classes.callStatic("test.SubDispatcher", "dispatch", sub, 700003, "late", call)).isEqualTo(true);
    assertThat(classes.callStatic("test.SubDispatcher", "dispatch", sub, 30014, "?", call)).isEqualTo(true);
    assertThat(list(call, "log")).containsExactly("base resync", "sub rest 30014").inOrder();
  }
}
