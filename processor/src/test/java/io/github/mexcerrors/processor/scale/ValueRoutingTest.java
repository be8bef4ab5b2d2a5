package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A value-returning class big enough for both forms of routing that grow with the table: its codes' {@code switch}
 * is split into chunk methods, and the codes of its categories are routed through the lookup of their category.
 * Each step goes on to the next by returning what the next returns: every code still reaches the exact method,
 * then the nearest category, then the fallback, and its value reaches the caller.
 */
class ValueRoutingTest {
  private static final int FIRST = 1000;
  private static final int COUNT = 2100;
  /** Codes {@code FIRST} to {@code FIRST + EXACT - 1} have an {@code @OnMexcError} method. */
  private static final int EXACT = 1400;
  private static Compilation compilation;
  private static CompiledClasses classes;

  /** Code {@code FIRST + i} is in ROOT, A (child of ROOT) or B (child of A), by {@code i % 3}. */
  private static String table() {
    StringBuilder yaml = new StringBuilder("package: test.errors\ncategories:\n"
        + "  ROOT:\n    description: Root.\n    section: Root\n"
        + "  A:\n    parent: ROOT\n    description: A.\n"
        + "  B:\n    parent: A\n    description: B.\n"
        + "spot:\n");
    for (int i = 0; i < COUNT; i++) {
      int code = FIRST + i;
      yaml.append("  - code: ").append(code).append("\n    name: C").append(code)
          .append("\n    message: Message ").append(code)
          .append("\n    category: ").append(List.of("ROOT", "A", "B").get(i % 3))
          .append("\n    hint: Do something about ").append(code).append(".\n");
    }
    return yaml.toString();
  }

  @BeforeAll
  static void compile() {
    String exactCodes = IntStream.range(FIRST, FIRST + EXACT).mapToObj(String::valueOf)
        .collect(Collectors.joining(", "));
    compilation = ProcessorCompiler.javac().table(table()).compile(source("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.MexcException;",
        "import io.github.mexcerrors.OnMexcCategory;",
        "import io.github.mexcerrors.OnMexcError;",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "import test.errors.BException;",
        "",
        "public class Handlers {",
        "  @OnMexcError({" + exactCodes + "})",
        "  String exact(int code) { return \"exact:\" + code; }",
        "",
        "  @OnMexcCategory(\"A\")",
        "  static String a(int code) { return \"a:\" + code; }",
        "",
        "  @OnMexcCategory(\"B\")",
        "  String b(BException e) { return \"b:\" + e.code(); }",
        "",
        "  @OnMexcErrorFallback",
        "  String fallback(int code, MexcException e) { return \"fallback:\" + code + \":\""
            + " + e.getClass().getSimpleName(); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  private static String expected(int code) {
    if (code < FIRST || code >= FIRST + COUNT) {
      return "fallback:" + code + ":MexcException";
    }
    if (code < FIRST + EXACT) {
      return "exact:" + code;
    }
    switch ((code - FIRST) % 3) {
      case 0:
        return "fallback:" + code + ":RootException";
      case 1:
        return "a:" + code;
      default:
        return "b:" + code;
    }
  }

  private static Object dispatch(Object argument) {
    try {
      Object handler = classes.load("test.Handlers").getConstructor().newInstance();
      return argument instanceof MexcException
          ? classes.callStatic("test.HandlersDispatcher", "dispatch", handler, argument)
          : classes.callStatic("test.HandlersDispatcher", "dispatch", handler, argument, "m");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theDispatcherSplitsItsSwitchAndLooksCategoriesUp() throws IOException {
    String text = compilation.generatedSourceFile("test.HandlersDispatcher").orElseThrow().getCharContent(true)
        .toString();
    assertThat(text).contains("return routeSpot0(handler, code, message, exception);");
    assertThat(text).contains("return routeSpot1(handler, code, message, exception);");
    assertThat(text).contains("return routeSpotByCategory(handler, code, message, exception);");
    assertThat(text).contains("switch (entry.category())");
    assertThat(text).contains("return otherwise(handler, MexcApi.SPOT, code, message, exception);");
  }

  @Test
  void everyCodeReachesTheExactThenNearestCategoryThenFallbackHandlerAndItsValueTheCaller() {
    for (int code = FIRST - 2; code < FIRST + COUNT + 2; code++) {
      assertWithMessage("code %s", code).that(dispatch(code)).isEqualTo(expected(code));
      MexcException exception = (MexcException) classes.callStatic("test.errors.MexcErrors", "create",
          MexcApi.SPOT, code, "m");
      assertWithMessage("exception of code %s", code).that(dispatch(exception)).isEqualTo(expected(code));
    }
  }
}
