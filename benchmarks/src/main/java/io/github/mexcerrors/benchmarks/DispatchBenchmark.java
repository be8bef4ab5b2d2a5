package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.mexc.FuturesErrorCode;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One dispatch of (api, code, message) to the handler method chosen for the code: the generated dispatcher against
 * the hand-written {@code switch} (the floor), a {@code HashMap} of handlers, reflective {@code Method.invoke} and
 * {@code MethodHandle}s looked up from a map, the way reflective handler frameworks do it. Time per dispatch.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
@OperationsPerInvocation(ErrorStream.SIZE)
public class DispatchBenchmark {
  /** A handler method as a functional value, for the map variants. */
  @FunctionalInterface
  interface Handler {
    void handle(Handlers handlers, int code, String message);
  }

  private final ErrorStream stream = new ErrorStream();
  private Handlers handlers;
  private Decisions decisions;
  private ContextHandlers contextHandlers;
  private Tally tally;
  private final Map<Integer, Handler> spotHandlers = new HashMap<>();
  private final Map<Integer, Handler> futuresHandlers = new HashMap<>();
  private final Map<Integer, Method> spotMethods = new HashMap<>();
  private final Map<Integer, Method> futuresMethods = new HashMap<>();
  private final Map<Integer, MethodHandle> spotHandles = new HashMap<>();
  private final Map<Integer, MethodHandle> futuresHandles = new HashMap<>();
  private Method fallbackMethod;
  private MethodHandle fallbackHandle;

  /** Creates the benchmark state. */
  public DispatchBenchmark() {}

  /**
   * Builds the maps the way a reflective framework does at startup (own method of the code, else of the nearest
   * category) and checks that every variant routes every answer of the stream like the generated dispatcher.
   *
   * @throws ReflectiveOperationException never
   */
  @Setup
  public void setUp() throws ReflectiveOperationException {
    handlers = new Handlers();
    decisions = new Decisions();
    contextHandlers = new ContextHandlers();
    tally = new Tally();
    Map<Integer, String> byCode = Map.of(700003, "clockSkew", 700002, "badSignature", 30004, "insufficientBalance",
        10101, "insufficientBalance", 30014, "invalidSymbol");
    Map<String, String> byCategory = Map.of("RATE_LIMIT", "rateLimited", "SERVER", "server", "AUTHENTICATION",
        "authentication", "REQUEST", "request");
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodType type = MethodType.methodType(void.class, int.class, String.class);
    List<MexcErrorCode> all = new ArrayList<>(List.of(SpotErrorCode.values()));
    all.addAll(List.of(FuturesErrorCode.values()));
    for (MexcErrorCode code : all) {
      String name = code.api() == MexcApi.SPOT ? byCode.get(code.code()) : null;
      for (Optional<? extends MexcErrorCategory> category = Optional.of(code.category());
          name == null && category.isPresent(); category = category.get().parent()) {
        name = byCategory.get(category.get().name());
      }
      if (name == null) {
        continue;
      }
      Method method = Handlers.class.getMethod(name, int.class, String.class);
      MethodHandle handle = lookup.findVirtual(Handlers.class, name, type);
      boolean spot = code.api() == MexcApi.SPOT;
      (spot ? spotHandlers : futuresHandlers).put(code.code(), handler(name));
      (spot ? spotMethods : futuresMethods).put(code.code(), method);
      (spot ? spotHandles : futuresHandles).put(code.code(), handle);
    }
    fallbackMethod = Handlers.class.getMethod("fallback", int.class, String.class);
    fallbackHandle = lookup.findVirtual(Handlers.class, "fallback", type);
    int expected = generated();
    for (String variant : List.of("generatedReturningValues", "generatedWithContext", "handWrittenSwitch",
        "hashMap", "reflection", "methodHandle")) {
      int actual = (int) DispatchBenchmark.class.getMethod(variant).invoke(this);
      if (actual != expected) {
        throw new IllegalStateException(variant + " routes differently from the generated dispatcher");
      }
    }
  }

  private static Handler handler(String name) {
    switch (name) {
      case "clockSkew":
        return Handlers::clockSkew;
      case "badSignature":
        return Handlers::badSignature;
      case "insufficientBalance":
        return Handlers::insufficientBalance;
      case "invalidSymbol":
        return Handlers::invalidSymbol;
      case "rateLimited":
        return Handlers::rateLimited;
      case "server":
        return Handlers::server;
      case "authentication":
        return Handlers::authentication;
      case "request":
        return Handlers::request;
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /**
   * The generated dispatcher.
   *
   * @return what the handlers computed
   */
  @Benchmark
  public int generated() {
    Handlers h = handlers;
    h.sink = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      HandlersDispatcher.dispatch(h, stream.apis[i], stream.codes[i], stream.messages[i]);
    }
    return h.sink;
  }

  /**
   * The generated dispatcher of handler methods that return a value ({@link Decisions}): the caller computes the
   * result of {@link #generated()} from what each dispatch returns.
   *
   * @return what the handlers computed
   */
  @Benchmark
  public int generatedReturningValues() {
    Decisions d = decisions;
    int sink = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      sink = 31 * sink + DecisionsDispatcher.dispatch(d, stream.apis[i], stream.codes[i], stream.messages[i]);
    }
    return sink;
  }

  /**
   * The generated dispatcher of handler methods that take the caller's context ({@link ContextHandlers}): one
   * stateless handler object, and the {@link Tally} passed with each dispatch, where the methods add what
   * {@link #generated()}'s add to their object's field.
   *
   * @return what the handlers computed
   */
  @Benchmark
  public int generatedWithContext() {
    ContextHandlers h = contextHandlers;
    Tally t = tally;
    t.sink = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      ContextHandlersDispatcher.dispatch(h, stream.apis[i], stream.codes[i], stream.messages[i], t);
    }
    return t.sink;
  }

  /**
   * The floor: a hand-written switch calling the same methods.
   *
   * @return what the handlers computed
   */
  @Benchmark
  public int handWrittenSwitch() {
    Handlers h = handlers;
    h.sink = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      HandWrittenDispatch.dispatch(h, stream.apis[i], stream.codes[i], stream.messages[i]);
    }
    return h.sink;
  }

  /**
   * A {@code HashMap<Integer, Handler>} per API.
   *
   * @return what the handlers computed
   */
  @Benchmark
  public int hashMap() {
    Handlers h = handlers;
    h.sink = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      int code = stream.codes[i];
      Handler handler = (stream.apis[i] == MexcApi.FUTURES ? futuresHandlers : spotHandlers).get(code);
      if (handler != null) {
        handler.handle(h, code, stream.messages[i]);
      } else {
        h.fallback(code, stream.messages[i]);
      }
    }
    return h.sink;
  }

  /**
   * {@code Method.invoke} of a method looked up from a map.
   *
   * @return what the handlers computed
   * @throws ReflectiveOperationException never
   */
  @Benchmark
  public int reflection() throws ReflectiveOperationException {
    Handlers h = handlers;
    h.sink = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      int code = stream.codes[i];
      Method method = (stream.apis[i] == MexcApi.FUTURES ? futuresMethods : spotMethods).get(code);
      (method != null ? method : fallbackMethod).invoke(h, code, stream.messages[i]);
    }
    return h.sink;
  }

  /**
   * A {@code MethodHandle} looked up from a map, called with {@code invokeExact}.
   *
   * @return what the handlers computed
   * @throws Throwable never
   */
  @Benchmark
  public int methodHandle() throws Throwable {
    Handlers h = handlers;
    h.sink = 0;
    for (int i = 0; i < ErrorStream.SIZE; i++) {
      int code = stream.codes[i];
      MethodHandle handle = (stream.apis[i] == MexcApi.FUTURES ? futuresHandles : spotHandles).get(code);
      (handle != null ? handle : fallbackHandle).invokeExact(h, code, stream.messages[i]);
    }
    return h.sink;
  }
}
