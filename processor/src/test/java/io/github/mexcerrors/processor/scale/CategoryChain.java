package io.github.mexcerrors.processor.scale;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/**
 * The set-up of the routing tests: a spot table of {@code count} codes from {@link #FIRST}, code {@code FIRST + i}
 * in category ROOT, A (child of ROOT) or B (child of A) by {@code i % 3}, and a class test.Handlers with
 * {@code @OnMexcError} methods for some codes, {@code @OnMexcCategory("A")}, {@code @OnMexcCategory("B")} and a
 * fallback. Every code must reach its exact method, else the nearest category's, else the fallback.
 */
final class CategoryChain {
  static final int FIRST = 1000;
  private static final List<String> CATEGORIES = List.of("ROOT", "A", "B");

  private final int count;
  private final IntPredicate exact;

  /**
   * A table and the codes of its class's exact methods.
   *
   * @param count how many codes the table has
   * @param exact whether a code has an {@code @OnMexcError} method
   */
  CategoryChain(int count, IntPredicate exact) {
    this.count = count;
    this.exact = exact;
  }

  String table() {
    StringBuilder yaml = new StringBuilder("package: test.errors\ncategories:\n"
        + "  ROOT:\n    description: Root.\n    section: Root\n"
        + "  A:\n    parent: ROOT\n    description: A.\n"
        + "  B:\n    parent: A\n    description: B.\n"
        + "spot:\n");
    for (int i = 0; i < count; i++) {
      int code = FIRST + i;
      yaml.append("  - code: ").append(code).append("\n    name: C").append(code)
          .append("\n    message: Message ").append(code)
          .append("\n    category: ").append(CATEGORIES.get(i % 3))
          .append("\n    hint: Do something about ").append(code).append(".\n");
    }
    return yaml.toString();
  }

  /**
   * Compiles public class test.Handlers, which imports MexcException, the handler annotations and BException, with
   * the table on javac, and asserts that it compiles without warnings.
   *
   * @param members the class's member lines
   * @return the compilation
   */
  Compilation compile(String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "",
        "import io.github.mexcerrors.MexcException;",
        "import io.github.mexcerrors.OnMexcCategory;",
        "import io.github.mexcerrors.OnMexcError;",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "import test.errors.BException;",
        "",
        "public class Handlers {"));
    lines.addAll(List.of(members));
    lines.add("}");
    Compilation compilation = ProcessorCompiler.javac().table(table())
        .compile(source("test.Handlers", lines.toArray(new String[0])));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /**
   * Returns what the handler that a code must reach records: {@code exact:}, {@code a:} or {@code b:} and the
   * code, or {@code fallback:}, the code, {@code :} and the simple name of the exception's class.
   *
   * @param code the code
   * @return e.g. {@code a:1001}
   */
  String expected(int code) {
    if (code < FIRST || code >= FIRST + count) {
      return "fallback:" + code + ":MexcException";
    }
    if (exact.test(code)) {
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

  /**
   * Asserts that every code of the table and two on each side of it, dispatched to a new test.Handlers as a code
   * (with message {@code m}) and as the exception MexcErrors creates for it, reaches the handler {@link #expected}
   * says.
   *
   * @param classes the compiled classes
   * @param recorded what the handler recorded, from the handler and what the dispatcher returned
   * @param context the caller's context passed last to every dispatch, when the handler methods take one
   */
  void assertEveryCodeRoutes(CompiledClasses classes, BiFunction<Object, Object, Object> recorded,
      Object... context) {
    for (int code = FIRST - 2; code < FIRST + count + 2; code++) {
      assertWithMessage("code %s", code).that(dispatch(classes, recorded, context, code, "m"))
          .isEqualTo(expected(code));
      MexcException exception = (MexcException) classes.callStatic("test.errors.MexcErrors", "create",
          MexcApi.SPOT, code, "m");
      assertWithMessage("exception of code %s", code).that(dispatch(classes, recorded, context, exception))
          .isEqualTo(expected(code));
    }
  }

  private static Object dispatch(CompiledClasses classes, BiFunction<Object, Object, Object> recorded,
      Object[] context, Object... arguments) {
    try {
      Object handler = classes.load("test.Handlers").getConstructor().newInstance();
      Object[] withHandler = new Object[arguments.length + 1 + context.length];
      withHandler[0] = handler;
      System.arraycopy(arguments, 0, withHandler, 1, arguments.length);
      System.arraycopy(context, 0, withHandler, 1 + arguments.length, context.length);
      return recorded.apply(handler, classes.callStatic("test.HandlersDispatcher", "dispatch", withHandler));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
