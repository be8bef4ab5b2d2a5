package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.TableText;
import io.github.mexcerrors.processor.table.TableLimits;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every method of every generated class that runs more than once stays under HotSpot's 8,000-byte
 * {@code HugeMethodLimit}, and the methods that run once (static initializers and an enum's {@code $values()}, which
 * HotSpot runs interpreted anyway) stay under javac's 64 KB, at the edges of what the table loader accepts: an API
 * just small enough to be an enum and one just too big, codes with several messages and with the most messages a
 * code may have, and the most categories a table may have, every HTTP status taken and a handler class that handles
 * every category. The sizes are read from the class files.
 */
class HugeMethodLimitTest {
  /** HotSpot's {@code -XX:HugeMethodLimit}: bigger methods are never JIT-compiled. */
  static final int HUGE_METHOD_LIMIT = 8_000;
  /** javac's limit on a method's bytecode ("code too large" beyond). */
  static final int JAVAC_METHOD_LIMIT = 65_535;
  /** The most codes of one message javac compiles as an enum of the generated shape, measured (1,730 fail). */
  static final int JAVAC_ENUM_CODES = 1_725;
  private static final String PACKAGE = "test.huge";

  /**
   * Reads every method's bytecode size from the class files of a compilation.
   *
   * @param compilation a successful compilation
   * @return {@code SimpleClassName.method(descriptor)} to its size; generated classes only
   */
  static Map<String, Integer> methodSizes(Compilation compilation) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        String name = file.getName().substring(file.getName().lastIndexOf('/') + 1).replace(".class", "");
        MethodSizes.of(in.readAllBytes()).forEach((method, size) -> sizes.put(name + "." + method, size));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sizes;
  }

  /**
   * Tells whether a method runs once per class: a static initializer, or an enum's {@code $values()}, which only
   * the static initializer calls.
   */
  static boolean runsOnce(String method) {
    return method.contains(".<clinit>(") || method.contains(".$values(");
  }

  /**
   * Asserts that no method that runs more than once reaches the JIT's limit, and no method javac's, and returns
   * the sizes.
   */
  static Map<String, Integer> assertEveryMethodUnderTheLimit(Compilation compilation) {
    Map<String, Integer> sizes = methodSizes(compilation);
    List<String> tooBig = new ArrayList<>();
    sizes.forEach((method, size) -> {
      if (size >= (runsOnce(method) ? JAVAC_METHOD_LIMIT : HUGE_METHOD_LIMIT)) {
        tooBig.add(method + ": " + size + " bytes");
      }
    });
    assertThat(sizes).isNotEmpty();
    assertThat(tooBig).isEmpty();
    return sizes;
  }

  private static int size(Map<String, Integer> sizes, String classAndMethod) {
    return sizes.entrySet().stream().filter(entry -> entry.getKey().startsWith(classAndMethod + "("))
        .mapToInt(Map.Entry::getValue).max().orElseThrow(() -> new AssertionError("no " + classAndMethod));
  }

  private static int largest(Map<String, Integer> sizes, String classPrefix, String method) {
    return sizes.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(classPrefix) && entry.getKey().contains(method + "("))
        .mapToInt(Map.Entry::getValue).max().orElseThrow(() -> new AssertionError("no " + classPrefix));
  }

  /** Codes of at least 1,000,000 need an {@code ldc} each, the costliest way to push a code. */
  private static int code(MexcApi api, int index) {
    return (api == MexcApi.SPOT ? 1_000_000 : 2_000_000) + 7 * index;
  }

  private static List<String> messages(int code, int count) {
    List<String> messages = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      messages.add("Message " + m + " of " + code);
    }
    return messages;
  }

  /**
   * The most codes with {@code messages} messages each that the processor's own estimate still generates as an
   * enum, asked through {@code TablePlanner.fitsAnEnum}; the class files then show whether the estimate is safe.
   */
  private static int enumThreshold(int messages) throws ReflectiveOperationException {
    Method fits = Class.forName("io.github.mexcerrors.processor.plan.TablePlanner")
        .getDeclaredMethod("fitsAnEnum", List.class);
    fits.setAccessible(true);
    List<CodeEntry> entries = new ArrayList<>();
    while (true) {
      int code = code(MexcApi.SPOT, entries.size());
      entries.add(new CodeEntry(MexcApi.SPOT, code, "C" + code,
          messages(code, messages).stream().map(TableText::published).toList(), "ROOT", "Hint " + code, false,
          RetryPolicy.NEVER, "Root", List.of(), null));
      if (!(Boolean) fits.invoke(null, entries)) {
        return entries.size() - 1;
      }
    }
  }

  private static String codesYaml(MexcApi api, int count, int messages, List<String> categories) {
    StringBuilder yaml = new StringBuilder(api == MexcApi.SPOT ? "spot:\n" : "futures:\n");
    for (int i = 0; i < count; i++) {
      int code = code(api, i);
      List<String> texts = messages(code, messages);
      yaml.append("  - code: ").append(code)
          .append("\n    name: ").append(api == MexcApi.SPOT ? "S" : "F").append(code)
          .append("\n    message: ").append(texts.get(0)).append('\n');
      if (messages > 1) {
        yaml.append("    alternativeMessages: [").append(String.join(", ", texts.subList(1, texts.size())))
            .append("]\n");
      }
      yaml.append("    category: ").append(categories.get(i % categories.size()))
          .append("\n    hint: Hint for ").append(code).append(".\n");
    }
    return yaml.toString();
  }

  private static final String ONE_CATEGORY = "package: " + PACKAGE + "\ncategories:\n"
      + "  ROOT:\n    description: Root.\n    section: Root\n    httpStatus: [400]\n";

  private static JavaFileObject handler(String body) {
    return JavaFileObjects.forSourceString("test.Handlers", "package test;\n\n"
        + "import io.github.mexcerrors.MexcApi;\nimport io.github.mexcerrors.MexcException;\n"
        + "import io.github.mexcerrors.OnMexcCategory;\nimport io.github.mexcerrors.OnMexcError;\n"
        + "import io.github.mexcerrors.OnMexcErrorFallback;\n\n"
        + "public class Handlers {\n  public String last;\n\n" + body
        + "  @OnMexcErrorFallback\n  void fallback(MexcApi api, int code, String message, MexcException e) {\n"
        + "    last = \"fallback:\" + code;\n  }\n}\n");
  }

  private static Compilation compile(String yaml, JavaFileObject handler) {
    Compilation compilation = ProcessorCompiler.javac().table(yaml).compile(handler);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void anApiAtTheEnumThresholdIsAnEnumAndOneCodeMoreIsAClassAllMethodsUnderTheLimit() throws Exception {
    int threshold = enumThreshold(1);
    // About 1,580 codes: the estimate must neither waste the enum form nor let the initializer reach javac's limit.
    assertThat(threshold).isIn(com.google.common.collect.Range.closed(JAVAC_ENUM_CODES * 9 / 10,
        JAVAC_ENUM_CODES));
    Compilation compilation = compile(ONE_CATEGORY + codesYaml(MexcApi.SPOT, threshold, 1, List.of("ROOT"))
        + codesYaml(MexcApi.FUTURES, threshold + 1, 1, List.of("ROOT")), handler(""));
    Map<String, Integer> sizes = assertEveryMethodUnderTheLimit(compilation);
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> spot = classes.load(PACKAGE + ".SpotErrorCode");
    Class<?> futures = classes.load(PACKAGE + ".FuturesErrorCode");
    assertThat(spot.isEnum()).isTrue();
    assertThat(spot.getEnumConstants()).hasLength(threshold);
    assertThat(futures.isEnum()).isFalse();
    assertThat((Object[]) futures.getMethod("values").invoke(null)).hasLength(threshold + 1);
    // The enum's initializer is near javac's limit, so this table is the boundary the test means it to be.
    assertThat(size(sizes, "SpotErrorCode.<clinit>")).isIn(com.google.common.collect.Range.closed(55_000,
        JAVAC_METHOD_LIMIT - 1));
    assertThat(size(sizes, "SpotErrorCode.$values")).isLessThan(JAVAC_METHOD_LIMIT);
    assertLooksUp(classes, MexcApi.SPOT, threshold);
    assertLooksUp(classes, MexcApi.FUTURES, threshold + 1);
  }

  @Test
  void codesWithSeveralMessagesAndWithTheMostMessagesStayUnderTheLimit() throws Exception {
    int threshold = enumThreshold(3);
    assertThat(threshold).isLessThan(enumThreshold(1));
    // Spot: an enum at its threshold with three messages a code; futures: every code with the most messages a code
    // may have, a class whose holders split by size (about 230 constants each).
    int most = TableLimits.MAX_MESSAGES;
    int futures = 600;
    Compilation compilation = compile(ONE_CATEGORY + codesYaml(MexcApi.SPOT, threshold, 3, List.of("ROOT"))
        + codesYaml(MexcApi.FUTURES, futures, most, List.of("ROOT")), handler(""));
    Map<String, Integer> sizes = assertEveryMethodUnderTheLimit(compilation);
    CompiledClasses classes = new CompiledClasses(compilation);
    assertThat(classes.load(PACKAGE + ".SpotErrorCode").isEnum()).isTrue();
    assertThat(size(sizes, "SpotErrorCode.<clinit>")).isAtLeast(55_000);
    assertThat(classes.load(PACKAGE + ".FuturesErrorCode").isEnum()).isFalse();
    assertThat(largest(sizes, "FuturesErrorCodeConstants", "<clinit>")).isAtLeast(50_000);
    assertThat(sizes.keySet().stream().filter(method -> method.startsWith("FuturesErrorCodeConstants")
        && method.contains(".<clinit>(")).count()).isAtLeast(2L);
    Optional<?> found = (Optional<?>) classes.callStatic(PACKAGE + ".FuturesErrorCode", "of",
        code(MexcApi.FUTURES, futures - 1));
    @SuppressWarnings("unchecked")
    List<String> messages = (List<String>) found.orElseThrow().getClass().getMethod("messages")
        .invoke(found.orElseThrow());
    assertThat(messages).isEqualTo(messages(code(MexcApi.FUTURES, futures - 1), most));
    assertLooksUp(classes, MexcApi.SPOT, threshold);
    assertLooksUp(classes, MexcApi.FUTURES, futures);
  }

  private static void assertLooksUp(CompiledClasses classes, MexcApi api, int count)
      throws ReflectiveOperationException {
    for (int i = 0; i < count; i++) {
      Optional<?> found = (Optional<?>) classes.callStatic(PACKAGE + ".MexcErrors", "lookup", api, code(api, i));
      assertWithMessage(api + " " + i).that(found.orElseThrow().getClass().getMethod("ordinal")
          .invoke(found.orElseThrow())).isEqualTo(i);
    }
  }

  /**
   * A handler method per API for as many codes as one unsplit {@code switch} holds (600 labels of 8 bytes, one
   * call): the overload that dispatches an exception holds the routing of both APIs, so it must not simply hold
   * two such switches.
   */
  @Test
  void theExceptionOverloadStaysUnderTheLimitWithBigSwitchesForBothApis() throws Exception {
    int codes = 600;
    StringBuilder body = new StringBuilder();
    for (MexcApi api : MexcApi.values()) {
      StringBuilder list = new StringBuilder();
      for (int i = 0; i < codes; i++) {
        list.append(i == 0 ? "" : ", ").append(code(api, i));
      }
      body.append("  @OnMexcError(value = {").append(list).append("}, api = MexcApi.").append(api.name())
          .append(")\n  void on").append(api.name()).append('(').append(PACKAGE)
          .append(".RootException e, MexcApi api, int code, String message) {\n    last = \"")
          .append(api.name()).append(":\" + e.code();\n  }\n\n");
    }
    body.append("  @OnMexcCategory(\"ROOT\")\n  void root(MexcApi api, int code, String message, ").append(PACKAGE)
        .append(".RootException e) {\n    last = \"ROOT:\" + code;\n  }\n\n");
    Compilation compilation = compile(ONE_CATEGORY + codesYaml(MexcApi.SPOT, codes, 1, List.of("ROOT"))
        + codesYaml(MexcApi.FUTURES, codes, 1, List.of("ROOT")), handler(body.toString()));
    Map<String, Integer> sizes = assertEveryMethodUnderTheLimit(compilation);
    // The calls are big: what routes a code, in both APIs, is more than one method may hold.
    assertThat(sizes.entrySet().stream().filter(entry -> entry.getKey().startsWith("HandlersDispatcher.route"))
        .mapToInt(entry -> entry.getValue()).sum()).isAtLeast(HUGE_METHOD_LIMIT);
    CompiledClasses classes = new CompiledClasses(compilation);
    for (MexcApi api : MexcApi.values()) {
      for (int i = 0; i < codes; i++) {
        int code = code(api, i);
        String expected = api.name() + ":" + code;
        Object handler = classes.load("test.Handlers").getConstructor().newInstance();
        MexcException exception = (MexcException) classes.callStatic(PACKAGE + ".MexcErrors", "create", api, code,
            "m");
        assertThat(classes.callStatic("test.HandlersDispatcher", "dispatch", handler, exception)).isEqualTo(true);
        assertWithMessage(api + " " + code).that(handler.getClass().getField("last").get(handler))
            .isEqualTo(expected);
        assertThat(classes.callStatic("test.HandlersDispatcher", "dispatch", handler, api, code, "m"))
            .isEqualTo(true);
        assertThat(handler.getClass().getField("last").get(handler)).isEqualTo(expected);
      }
    }
    // A code missing from the table, with the HTTP status of ROOT, reaches the category method.
    Object handler = classes.load("test.Handlers").getConstructor().newInstance();
    MexcException unknown = (MexcException) classes.callStatic(PACKAGE + ".MexcErrors", "create", MexcApi.SPOT, 5,
        "m", 400);
    assertThat(classes.callStatic("test.HandlersDispatcher", "dispatch", handler, unknown)).isEqualTo(true);
    assertThat(handler.getClass().getField("last").get(handler)).isEqualTo("ROOT:5");
  }

  /**
   * The most categories a table may have, in a tree four levels deep, every HTTP status from 100 to 599 naming one;
   * enough codes in both APIs that dispatchers route by category; a handler class with a method for every category
   * that takes every parameter it can, and a fallback.
   */
  @Test
  void theMostCategoriesEveryHttpStatusAndAHandlerOfEveryCategoryStayUnderTheLimit() throws Exception {
    int count = TableLimits.MAX_CATEGORIES;
    List<String> categories = new ArrayList<>();
    StringBuilder yaml = new StringBuilder("package: " + PACKAGE + "\ncategories:\n");
    int status = 100;
    for (int c = 0; c < count; c++) {
      String name = "CATEGORY_" + c;
      categories.add(name);
      yaml.append("  ").append(name).append(":\n");
      if (c % 4 == 0) {
        yaml.append("    section: Section ").append(c).append('\n');
      } else {
        yaml.append("    parent: CATEGORY_").append(c - 1).append('\n');
      }
      yaml.append("    description: Category number ").append(c).append(".\n    httpStatus: [");
      int statuses = c == count - 1 ? 600 - status : 500 / count;
      for (int s = 0; s < statuses; s++) {
        yaml.append(s == 0 ? "" : ", ").append(status++);
      }
      yaml.append("]\n");
    }
    yaml.append(codesYaml(MexcApi.SPOT, 2 * count + 100, 1, categories))
        .append(codesYaml(MexcApi.FUTURES, 2 * count + 100, 1, categories));
    StringBuilder body = new StringBuilder();
    for (String category : categories) {
      String exception = SyntheticProject.exceptionOf(category);
      body.append("  @OnMexcCategory(\"").append(category).append("\")\n  void on").append(exception)
          .append("(MexcApi api, int code, String message, ").append(PACKAGE).append('.').append(exception)
          .append(" e) {\n    last = \"").append(category).append(":\" + code;\n  }\n\n");
    }
    Compilation compilation = compile(yaml.toString(), handler(body.toString()));
    Map<String, Integer> sizes = assertEveryMethodUnderTheLimit(compilation);
    // Each of these grows with the categories: at the limit they are big, so the test is at the boundary it means.
    assertThat(size(sizes, "ErrorCategory.<clinit>")).isAtLeast(25 * count);
    assertThat(size(sizes, "MexcErrors.build")).isAtLeast(15 * count);
    // The category switch of a route method, written once per API (about 30 bytes a category).
    assertThat(largest(sizes, "HandlersDispatcher.", "")).isAtLeast(25 * count);
    CompiledClasses classes = new CompiledClasses(compilation);
    assertThat(classes.load(PACKAGE + ".ErrorCategory").getEnumConstants()).hasLength(count);
    for (MexcApi api : MexcApi.values()) {
      for (int i = 0; i < 2 * count + 100; i++) {
        int code = code(api, i);
        String expected = categories.get(i % count) + ":" + code;
        Object handler = classes.load("test.Handlers").getConstructor().newInstance();
        assertThat(classes.callStatic("test.HandlersDispatcher", "dispatch", handler, api, code, "m"))
            .isEqualTo(true);
        assertWithMessage(api + " " + code).that(handler.getClass().getField("last").get(handler))
            .isEqualTo(expected);
        MexcException exception = (MexcException) classes.callStatic(PACKAGE + ".MexcErrors", "create", api, code,
            "m");
        assertThat(exception.getClass().getSimpleName())
            .isEqualTo(SyntheticProject.exceptionOf(categories.get(i % count)));
        assertThat(classes.callStatic("test.HandlersDispatcher", "dispatch", handler, exception)).isEqualTo(true);
        assertThat(handler.getClass().getField("last").get(handler)).isEqualTo(expected);
      }
    }
    for (int httpStatus = 100; httpStatus < 600; httpStatus++) {
      MexcException unknown = (MexcException) classes.callStatic(PACKAGE + ".MexcErrors", "create", MexcApi.SPOT,
          1, "m", httpStatus);
      assertThat(unknown.getClass().getSimpleName()).isNotEqualTo("MexcException");
    }
  }
}
