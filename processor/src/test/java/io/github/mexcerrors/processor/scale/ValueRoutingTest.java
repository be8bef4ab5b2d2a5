package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import java.io.IOException;
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
  private static final int FIRST = CategoryChain.FIRST;
  /** Codes {@code FIRST} to {@code FIRST + EXACT - 1} have an {@code @OnMexcError} method. */
  private static final int EXACT = 1400;
  private static final CategoryChain TABLE =
      new CategoryChain(2100, code -> code >= FIRST && code < FIRST + EXACT);
  private static Compilation compilation;
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    String exactCodes = IntStream.range(FIRST, FIRST + EXACT).mapToObj(String::valueOf)
        .collect(Collectors.joining(", "));
    compilation = TABLE.compile(
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
            + " + e.getClass().getSimpleName(); }");
    classes = new CompiledClasses(compilation);
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

  /** The dispatcher returns what the handler method returned. */
  @Test
  void everyCodeReachesTheExactThenNearestCategoryThenFallbackHandlerAndItsValueTheCaller() {
    TABLE.assertEveryCodeRoutes(classes, (handler, value) -> value);
  }
}
