package io.github.mexcerrors.processor.hostile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random tables through javac with the processor ({@code -Xlint:all -Werror -Xdoclint:all/protected}). A javac
 * run takes 25 to 100 milliseconds, so each property's 1,000 tries cost about 40 s; {@link TablePropertiesTest}
 * runs the same generators in-process, 1,000 tries in the build and 100,000 in the stress run.
 */
class CompileRoundTripPropertiesTest {
  @Provide
  Arbitrary<RandomTables.Shape> shapes() {
    return RandomTables.shapes();
  }

  @Provide
  Arbitrary<RandomTables.Mutation> mutations() {
    return Arbitraries.of(RandomTables.Mutation.class);
  }

  @Property(tries = 1000)
  void aValidTableCompilesAndEveryCodeRoundTrips(@ForAll("shapes") RandomTables.Shape shape) throws Exception {
    TableSpec spec = RandomTables.build(shape);
    List<TableSpec.Code> spot = spec.codes.stream().filter(code -> code.api.equals("spot")).toList();
    List<String> explicit = spot.stream().limit(2).map(code -> code.keys.get("code")).toList();
    String handled = RandomTables.categoryName(spec, 0);
    Compilation compilation = Hostile.compile(spec.yaml(), Hostile.source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.MexcApi;",
        "import io.github.mexcerrors.OnMexcCategory;",
        "import io.github.mexcerrors.OnMexcError;",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "import java.util.ArrayList;",
        "import java.util.List;",
        "",
        "/** Records calls. */",
        "public class Handlers {",
        "  /** The calls. */",
        "  public final List<String> calls = new ArrayList<>();",
        "",
        "  /** Creates it. */",
        "  public Handlers() {}",
        "",
        "  @OnMexcError({" + String.join(", ", explicit) + "})",
        "  void code(MexcApi api, int code, String message) { calls.add(\"code:\" + api + \":\" + code); }",
        "",
        "  @OnMexcCategory(\"" + handled + "\")",
        "  void category(MexcApi api, int code, String message) { calls.add(\"category:\" + api + \":\" + code); }",
        "",
        "  @OnMexcErrorFallback",
        "  void fallback(MexcApi api, int code, String message) { calls.add(\"fallback:\" + api + \":\" + code); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    for (TableSpec.Code code : spec.codes) {
      MexcApi api = MexcApi.valueOf(code.api.toUpperCase(Locale.ROOT));
      int number = Integer.parseInt(code.keys.get("code"));
      String name = code.keys.get("name");
      String enumName = api == MexcApi.SPOT ? "t.gen.SpotErrorCode" : "t.gen.FuturesErrorCode";
      assertThat(constant(classes.callStatic(enumName, "of", number))).isEqualTo(name);
      assertThat(constant(classes.callStatic(enumName, "of", Integer.toString(number)))).isEqualTo(name);
      assertThat(constant(classes.callStatic(enumName, "of", " " + number + "\n"))).isEqualTo(name);

      String message = "raw " + number + " \u4e2d \"";
      MexcException exception = (MexcException) classes.callStatic("t.gen.MexcErrors", "create", api, number,
          message, MexcException.NO_HTTP_STATUS);
      String category = code.keys.get("category");
      assertThat(exception.getClass().getName()).isEqualTo("t.gen." + className(category));
      assertThat(exception.code()).isEqualTo(number);
      assertThat(exception.rawCode()).isEqualTo(Integer.toString(number));
      assertThat(exception.exchangeMessage()).isEqualTo(message);
      assertThat(exception.errorCode().map(MexcErrorCode::name)).hasValue(name);

      String expected = api == MexcApi.SPOT && explicit.contains(code.keys.get("code")) ? "code"
          : RandomTables.lineage(spec, category).contains(handled) ? "category" : "fallback";
      assertThat(dispatch(classes, api, number, exception)).containsExactly(expected + ":" + api + ":" + number,
          expected + ":" + api + ":" + number);
    }
  }

  @Property(tries = 1000)
  void aBrokenTableFailsWithErrorsOnlyAndGeneratesNothing(@ForAll("shapes") RandomTables.Shape shape,
      @ForAll("mutations") RandomTables.Mutation mutation, @ForAll int pick) {
    String yaml = RandomTables.mutate(RandomTables.build(shape), mutation, Math.abs(pick % 1000));
    Hostile.OnDisk result = Hostile.compileToDisk(yaml, Hostile.fallbackHandler());
    assertThat(result.success()).isFalse();
    assertThat(result.errors()).isNotEmpty();
    for (String error : result.errors()) {
      assertThat(error).doesNotContain("internal error");
    }
    assertThat(result.sources()).isEmpty();
  }

  private static String className(String category) {
    return List.of(category.split("_")).stream()
        .map(part -> part.substring(0, 1) + part.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining()) + "Exception";
  }

  private static String constant(Object optional) {
    return ((Optional<?>) optional).map(value -> ((Enum<?>) value).name()).orElse(null);
  }

  /** Dispatches by code and by exception, returning the calls. */
  private static List<String> dispatch(CompiledClasses classes, MexcApi api, int code, MexcException exception)
      throws ReflectiveOperationException {
    Class<?> handlers = classes.load("test.Handlers");
    Object handler = handlers.getConstructor().newInstance();
    Class<?> dispatcher = classes.load("test.HandlersDispatcher");
    try {
      dispatcher.getMethod("dispatch", handlers, MexcApi.class, int.class, String.class)
          .invoke(null, handler, api, code, "m");
      dispatcher.getMethod("dispatch", handlers, MexcException.class).invoke(null, handler, exception);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
    return new ArrayList<>((Collection<String>) cast(handlers.getField("calls").get(handler)));
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> cast(Object calls) {
    return (Collection<String>) calls;
  }
}
