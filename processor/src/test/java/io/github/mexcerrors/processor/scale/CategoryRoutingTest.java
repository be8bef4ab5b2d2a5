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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A class whose category handlers cover more codes than {@code RoutingPolicy.DEFAULT}: its
 * dispatcher routes those codes through the code's category instead of listing them, and still picks the exact
 * code first, then the nearest category, then the fallback.
 */
class CategoryRoutingTest {
  private static final int FIRST = 1000;
  private static final int COUNT = 400;
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
        "  void fallback(int code, MexcException e) { last = \"fallback:\" + code + \":\" + e.getClass().getSimpleName(); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  private static String expected(int code) {
    if (code < FIRST || code >= FIRST + COUNT) {
      return "fallback:" + code + ":MexcException";
    }
    if (code == 1001) {
      return "exact:1001";
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

  private static String dispatch(Object... arguments) {
    try {
      Object handler = classes.load("test.Handlers").getConstructor().newInstance();
      Object[] withHandler = new Object[arguments.length + 1];
      withHandler[0] = handler;
      System.arraycopy(arguments, 0, withHandler, 1, arguments.length);
      assertThat(classes.callStatic("test.HandlersDispatcher", "dispatch", withHandler)).isEqualTo(true);
      return (String) handler.getClass().getField("last").get(handler);
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
    for (int code = FIRST - 2; code < FIRST + COUNT + 2; code++) {
      assertWithMessage("code %s", code).that(dispatch(code, "m")).isEqualTo(expected(code));
      MexcException exception = (MexcException) classes.callStatic("test.errors.MexcErrors", "create",
          MexcApi.SPOT, code, "m");
      assertWithMessage("exception of code %s", code).that(dispatch(exception)).isEqualTo(expected(code));
    }
  }
}
