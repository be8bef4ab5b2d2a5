package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import java.io.IOException;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The caller's context through the routes of a big class: a {@code switch} split into chunk methods (600 exact
 * codes, each call passing its own table entry) and the lookup of the code's category (the categories cover more
 * codes than {@code RoutingPolicy.DEFAULT}), as well as the exception's class and the fallback; a value-returning
 * dispatcher whose every method takes the context.
 */
class ContextRoutingTest {
  private static final CategoryChain TABLE = new CategoryChain(1200, code -> code % 2 == 0);
  private static final String CONTEXT = "ctx|";
  private static Compilation compilation;
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    StringJoiner codes = new StringJoiner(", ", "{", "}");
    for (int code = CategoryChain.FIRST; code < CategoryChain.FIRST + 1200; code += 2) {
      codes.add(Integer.toString(code));
    }
    compilation = TABLE.compile(
        "  @OnMexcError(" + codes + ")",
        "  String exact(test.errors.SpotErrorCode entry, StringBuilder call) { return call + \"exact:\""
            + " + entry.code(); }",
        "",
        "  @OnMexcCategory(\"A\")",
        "  String a(StringBuilder call, int code) { return call + \"a:\" + code; }",
        "",
        "  @OnMexcCategory(\"B\")",
        "  String b(BException e, StringBuilder call) { return call + \"b:\" + e.code(); }",
        "",
        "  @OnMexcErrorFallback",
        "  String fallback(int code, StringBuilder call, MexcException e) { return call + \"fallback:\" + code"
            + " + \":\" + e.getClass().getSimpleName(); }");
    classes = new CompiledClasses(compilation);
  }

  /** What the method returned, after the context it was given. */
  private static Object afterContext(Object handler, Object returned) {
    assertThat((String) returned).startsWith(CONTEXT);
    return ((String) returned).substring(CONTEXT.length());
  }

  @Test
  void theDispatcherSplitsItsSwitchAndLooksUpCategories() throws IOException {
    String text = compilation.generatedSourceFile("test.HandlersDispatcher").orElseThrow().getCharContent(true)
        .toString();
    assertThat(text).contains("routeSpot1(handler, code, message, exception, context)");
    assertThat(text).contains("return routeSpotByCategory(handler, code, message, exception, context);");
    assertThat(text).doesNotContain("case 1001:");
  }

  @Test
  void everyCodeReachesItsMethodWithTheContext() {
    TABLE.assertEveryCodeRoutes(classes, ContextRoutingTest::afterContext, new StringBuilder(CONTEXT));
  }
}
