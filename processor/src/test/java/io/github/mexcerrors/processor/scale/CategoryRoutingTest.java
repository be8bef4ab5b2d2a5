package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A class whose category handlers cover more codes than {@code RoutingPolicy.DEFAULT}: its
 * dispatcher routes those codes through the code's category instead of listing them, and still picks the exact
 * code first, then the nearest category, then the fallback.
 */
class CategoryRoutingTest {
  private static final CategoryChain TABLE = new CategoryChain(400, code -> code == 1001);
  private static Compilation compilation;
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    compilation = TABLE.compile(
        "  public String last;",
        "",
        "  @OnMexcError(1001)",
        "  void exact(int code) { last = \"exact:\" + code; }",
        "",
        "  @OnMexcCategory(\"A\")",
        "  void a(int code) { last = \"a:\" + code; }",
        "",
        "  @OnMexcCategory(\"B\")",
        "  void b(BException e) { last = \"b:\" + e.code(); }",
        "",
        "  @OnMexcErrorFallback",
        "  void fallback(int code, MexcException e) { last = \"fallback:\" + code + \":\""
            + " + e.getClass().getSimpleName(); }");
    classes = new CompiledClasses(compilation);
  }

  /** What the handler's field {@code last} holds after a dispatch, which returns whether it dispatched. */
  private static Object last(Object handler, Object dispatched) {
    assertThat(dispatched).isEqualTo(true);
    try {
      return handler.getClass().getField("last").get(handler);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theDispatcherListsOnlyItsOwnCodesAndSwitchesOnTheCategory() throws IOException {
    JavaFileObject dispatcher = compilation.generatedSourceFile("test.HandlersDispatcher").orElseThrow();
    String text = dispatcher.getCharContent(true).toString();
    assertThat(text).contains("case 1001:");
    assertThat(text).contains("switch (entry.category())");
    assertThat(text).doesNotContain("case 1002:");
    assertThat(text).doesNotContain("case 1399:");
  }

  @Test
  void everyCodeReachesTheExactThenNearestCategoryThenFallbackHandler() {
    TABLE.assertEveryCodeRoutes(classes, CategoryRoutingTest::last);
  }
}
