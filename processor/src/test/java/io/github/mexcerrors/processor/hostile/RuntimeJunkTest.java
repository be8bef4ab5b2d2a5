package io.github.mexcerrors.processor.hostile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated runtime on whatever an exchange sends back: lookups and the factory never throw on junk and
 * keep the raw code and message; handler exceptions propagate unchanged; dispatchers are thread-safe.
 */
class RuntimeJunkTest {
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    TableSpec spec = new TableSpec("t.gen");
    spec.category("ROOT", null, "Root.");
    spec.category("CHILD", "ROOT", "Child.");
    spec.categories.get("CHILD").put("httpStatus", "[429]");
    spec.code("spot", 30021, "KNOWN", "ROOT", "Known", "Hint.", List.of());
    spec.code("spot", -2011, "NEGATIVE", "CHILD", "Negative", "Hint.", List.of());
    spec.code("spot", 2, "THROWS_RUNTIME", "ROOT", "Throws", "Hint.", List.of());
    spec.code("spot", 3, "THROWS_ERROR", "ROOT", "Throws", "Hint.", List.of());
    spec.code("spot", 4, "IN_CHILD", "CHILD", "Child", "Hint.", List.of());
    spec.code("futures", 30021, "FUTURES_KNOWN", "CHILD", "Known", "Hint.", List.of());
    Compilation compilation = Hostile.compile(spec.yaml(), Hostile.source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.MexcApi;",
        "import io.github.mexcerrors.OnMexcCategory;",
        "import io.github.mexcerrors.OnMexcError;",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "import java.util.Queue;",
        "import java.util.concurrent.ConcurrentLinkedQueue;",
        "",
        "/** Records which method each call reached. */",
        "public class Handlers {",
        "  /** What a throwing handler throws. */",
        "  public static volatile RuntimeException runtime;",
        "  /** What a throwing handler throws. */",
        "  public static volatile Error error;",
        "  /** The calls, as method:api:code:message. */",
        "  public final Queue<String> calls = new ConcurrentLinkedQueue<>();",
        "",
        "  /** Creates it. */",
        "  public Handlers() {}",
        "",
        "  @OnMexcError(30021)",
        "  void known(MexcApi api, int code, String message) { calls.add(\"known:\" + api + \":\" + code + \":\" + message); }",
        "",
        "  @OnMexcError(2)",
        "  void throwsRuntime(int code) { throw runtime; }",
        "",
        "  @OnMexcError(3)",
        "  void throwsError(int code) { throw error; }",
        "",
        "  @OnMexcCategory(\"CHILD\")",
        "  void child(MexcApi api, int code, String message) { calls.add(\"child:\" + api + \":\" + code + \":\" + message); }",
        "",
        "  @OnMexcErrorFallback",
        "  void fallback(MexcApi api, int code, String message) {",
        "    calls.add(\"fallback:\" + api + \":\" + code + \":\" + message);",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @SuppressWarnings("unchecked")
  private static Optional<MexcErrorCode> spot(Object code) {
    return (Optional<MexcErrorCode>) call("t.gen.SpotErrorCode", "of", new Class<?>[] {code instanceof Integer
        ? int.class : String.class}, code);
  }

  private static MexcException create(MexcApi api, String rawCode, String message, int httpStatus) {
    return (MexcException) call("t.gen.MexcErrors", "create",
        new Class<?>[] {MexcApi.class, String.class, String.class, int.class}, api, rawCode, message, httpStatus);
  }

  private static MexcException create(MexcApi api, int code, String message, int httpStatus) {
    return (MexcException) call("t.gen.MexcErrors", "create",
        new Class<?>[] {MexcApi.class, int.class, String.class, int.class}, api, code, message, httpStatus);
  }

  @Test
  void lookupByIntFindsKnownAndNegativeCodesAndNothingElse() {
    assertThat(spot(30021).orElseThrow().name()).isEqualTo("KNOWN");
    assertThat(spot(-2011).orElseThrow().name()).isEqualTo("NEGATIVE");
    for (int junk : new int[] {0, -1, 30022, -30021, Integer.MAX_VALUE, Integer.MIN_VALUE, MexcException.NO_CODE}) {
      assertThat(spot(junk)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"30021", " 30021 ", "\t30021\n", "+30021", "0030021"})
  void lookupByTextReadsTheCodeHoweverItIsWritten(String text) {
    assertThat(spot(text).orElseThrow().name()).isEqualTo("KNOWN");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "abc", "30021abc", "3 0021", "30021.0", "3e4", "0x7545", "-", "2147483648",
      "-2147483648", "99999999999999999999", "\uff13\uff10\uff10\uff12\uff11"})
  void lookupByTextGivesNothingForJunk(String text) {
    assertThat(spot(text)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "abc", "30021abc", "2147483648", "-99999999999", "\u0000"})
  void theFactoryKeepsARawCodeThatIsNotANumber(String rawCode) {
    MexcException exception = create(MexcApi.SPOT, rawCode, "text", MexcException.NO_HTTP_STATUS);
    assertThat(exception.getClass()).isEqualTo(MexcException.class);
    assertThat(exception.code()).isEqualTo(MexcException.NO_CODE);
    assertThat(exception.rawCode()).isEqualTo(rawCode == null ? "" : rawCode);
    assertThat(exception.exchangeMessage()).isEqualTo("text");
    assertThat(exception.errorCode()).isEmpty();
    assertThat(exception.getMessage()).isNotNull();
  }

  @Test
  void theFactoryReadsAKnownCodeSentAsTextAndKeepsTheText() {
    MexcException exception = create(MexcApi.SPOT, " 30021 ", "Known!", MexcException.NO_HTTP_STATUS);
    assertThat(exception.getClass().getSimpleName()).isEqualTo("RootException");
    assertThat(exception.code()).isEqualTo(30021);
    assertThat(exception.rawCode()).isEqualTo(" 30021 ");
    assertThat(exception.errorCode().orElseThrow().name()).isEqualTo("KNOWN");
  }

  @Test
  void unknownCodesKeepRawCodeAndMessageAndTakeTheCategoryOfTheirHttpStatus() {
    MexcException plain = create(MexcApi.SPOT, 777, "new error", MexcException.NO_HTTP_STATUS);
    assertThat(plain.getClass()).isEqualTo(MexcException.class);
    assertThat(plain.rawCode()).isEqualTo("777");
    assertThat(plain.exchangeMessage()).isEqualTo("new error");
    MexcException limited = create(MexcApi.SPOT, -777, "slow down", 429);
    assertThat(limited.getClass().getSimpleName()).isEqualTo("ChildException");
    assertThat(limited.errorCode()).isEmpty();
    for (int status : new int[] {-5, 0, 999, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThat(create(MexcApi.SPOT, 777, "x", status).getClass()).isEqualTo(MexcException.class);
    }
  }

  @Test
  void nullAndHugeMessagesAreKept() {
    assertThat(create(MexcApi.SPOT, 30021, null, 400).exchangeMessage()).isEmpty();
    assertThat(create(MexcApi.FUTURES, (String) null, null, MexcException.NO_HTTP_STATUS).getMessage())
        .isEqualTo("MEXC futures error");
    String huge = "\u4e2d\ud83d\ude00".repeat(2_000_000);
    MexcException exception = create(MexcApi.SPOT, 30021, huge, 400);
    assertSame(huge, exception.exchangeMessage());
    assertThat(exception.getMessage()).contains(huge);
  }

  @Test
  void aNullApiIsAProgrammingErrorAndSaysSo() {
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
        () -> method("t.gen.MexcErrors", "create", MexcApi.class, int.class, String.class, int.class)
            .invoke(null, null, 1, "m", 400));
    assertThat(thrown.getCause()).isInstanceOf(NullPointerException.class);
    assertThat(thrown.getCause()).hasMessageThat().isEqualTo("api");
  }

  @Test
  void anExceptionFromAHandlerPropagatesUnchanged() throws Exception {
    Object handler = newHandler();
    Class<?> handlers = classes.load("test.Handlers");
    RuntimeException runtime = new IllegalStateException("from the handler");
    Error error = new AssertionError("an error from the handler");
    handlers.getField("runtime").set(null, runtime);
    handlers.getField("error").set(null, error);
    Method dispatch = method("test.HandlersDispatcher", "dispatch", handlers, int.class, String.class);
    InvocationTargetException first = assertThrows(InvocationTargetException.class,
        () -> dispatch.invoke(null, handler, 2, "x"));
    assertSame(runtime, first.getCause());
    InvocationTargetException second = assertThrows(InvocationTargetException.class,
        () -> dispatch.invoke(null, handler, 3, "x"));
    assertSame(error, second.getCause());
    // Through the exception overload too.
    MexcException exception = create(MexcApi.SPOT, 2, "x", MexcException.NO_HTTP_STATUS);
    InvocationTargetException third = assertThrows(InvocationTargetException.class,
        () -> method("test.HandlersDispatcher", "dispatch", handlers, MexcException.class)
            .invoke(null, handler, exception));
    assertSame(runtime, third.getCause());
    assertThat(calls(handler)).isEmpty();
  }

  @Test
  void eightThreadsDispatchConcurrentlyAndEveryCallReachesItsHandler() throws Exception {
    Object handler = newHandler();
    Class<?> handlers = classes.load("test.Handlers");
    Method byCode = method("test.HandlersDispatcher", "dispatch", handlers, MexcApi.class, int.class, String.class);
    Method byException = method("test.HandlersDispatcher", "dispatch", handlers, MexcException.class);
    int threads = 8;
    int callsPerThread = 5_000;
    int[] codes = {30021, -2011, 4, 777, 30021, 0};
    List<String> expected = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      for (int i = 0; i < callsPerThread; i++) {
        int code = codes[i % codes.length];
        MexcApi api = i % 7 == 0 ? MexcApi.FUTURES : MexcApi.SPOT;
        String message = thread + "/" + i;
        String method = api == MexcApi.FUTURES ? (code == 30021 ? "child" : "fallback")
            : code == 30021 ? "known" : code == -2011 || code == 4 ? "child" : "fallback";
        expected.add(method + ":" + api + ":" + code + ":" + message);
      }
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < callsPerThread; i++) {
          int code = codes[i % codes.length];
          MexcApi api = i % 7 == 0 ? MexcApi.FUTURES : MexcApi.SPOT;
          String message = thread + "/" + i;
          Object ran = i % 2 == 0 ? byCode.invoke(null, handler, api, code, message)
              : byException.invoke(null, handler, create(api, code, message, MexcException.NO_HTTP_STATUS));
          if (!Boolean.TRUE.equals(ran)) {
            throw new AssertionError("no handler ran for " + api + " " + code);
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(calls(handler)).containsExactlyElementsIn(expected);
  }

  private static Object newHandler() {
    try {
      return classes.load("test.Handlers").getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Collection<?> calls(Object handler) {
    try {
      return (Collection<?>) handler.getClass().getField("calls").get(handler);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Method method(String className, String name, Class<?>... parameters) {
    try {
      return classes.load(className).getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static Object call(String className, String name, Class<?>[] parameters, Object... arguments) {
    try {
      return method(className, name, parameters).invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError("threw on junk: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
