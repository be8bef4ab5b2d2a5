package io.github.mexcerrors.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic inputs for the scale benchmark and the compile-time harness: an error table of any size (codes spread
 * over a two-level tree of 20 categories, sparse numbering, a few negative codes) and handler classes in the style
 * of the benchmarks' {@code Handlers}: five codes of their own, two categories and a fallback.
 */
public final class SyntheticSources {
  /** The package of the generated table types. */
  public static final String TABLE_PACKAGE = "synthetic.mexc";
  /** The package of the handler classes. */
  public static final String HANDLER_PACKAGE = "synthetic.handlers";

  private static final String[] ROOTS = {"A", "B", "C", "D", "E"};
  private static final int CHILDREN = 3;

  private SyntheticSources() {}

  /**
   * The spot code of index {@code i}: ten negative codes, then every third number from 1,000.
   *
   * @param i the index
   * @return the code
   */
  public static int spotCode(int i) {
    return i < 10 ? -1000 + 7 * i : 1000 + 3 * i;
  }

  private static List<String> categories() {
    List<String> categories = new ArrayList<>();
    for (String root : ROOTS) {
      categories.add("ROOT_" + root);
      for (int child = 1; child <= CHILDREN; child++) {
        categories.add("CHILD_" + root + "_" + child);
      }
    }
    return categories;
  }

  /**
   * A table with {@code spotCodes} spot codes and a tenth as many futures codes.
   *
   * @param spotCodes the number of spot codes
   * @return the YAML text
   */
  public static String table(int spotCodes) {
    List<String> categories = categories();
    StringBuilder yaml = new StringBuilder("package: " + TABLE_PACKAGE + "\ncategories:\n");
    int status = 450;
    for (String category : categories) {
      yaml.append("  ").append(category).append(":\n");
      if (category.startsWith("CHILD_")) {
        yaml.append("    parent: ROOT_").append(category.charAt(6)).append('\n');
      } else {
        yaml.append("    section: Section ").append(category).append('\n')
            .append("    httpStatus: [").append(status++).append("]\n");
      }
      yaml.append("    description: Synthetic category ").append(category).append(".\n");
    }
    yaml.append("spot:\n");
    for (int i = 0; i < spotCodes; i++) {
      appendCode(yaml, "S", spotCode(i), categories.get(i % categories.size()));
    }
    yaml.append("futures:\n");
    for (int i = 0; i < Math.max(1, spotCodes / 10); i++) {
      appendCode(yaml, "F", 100 + 2 * i, categories.get(i % categories.size()));
    }
    return yaml.toString();
  }

  private static void appendCode(StringBuilder yaml, String prefix, int code, String category) {
    yaml.append("  - code: ").append(code).append('\n')
        .append("    name: ").append(prefix).append('_').append(code < 0 ? "M" + -code : Integer.toString(code))
        .append('\n')
        .append("    message: Synthetic message ").append(code).append('\n')
        .append("    category: ").append(category).append('\n')
        .append("    hint: Synthetic hint for ").append(code).append(".\n");
  }

  /**
   * The five codes handler {@code index} handles with its own methods.
   *
   * @param index the handler class
   * @param spotCodes the table's size
   * @return the codes
   */
  public static int[] ownCodes(int index, int spotCodes) {
    int[] codes = new int[5];
    for (int k = 0; k < codes.length; k++) {
      codes[k] = spotCode((int) ((index * 7919L + k * (long) spotCodes / 5 + 11) % spotCodes));
    }
    return codes;
  }

  /**
   * The source of handler class {@code index}: {@code synthetic.handlers.Handler<index>}.
   *
   * @param index the class
   * @param spotCodes the table's size
   * @return the Java source
   */
  public static String handler(int index, int spotCodes) {
    List<String> categories = categories();
    return handler("Handler" + index, ownCodes(index, spotCodes), categories.get((index * 4) % categories.size()),
        categories.get((index * 4 + 6) % categories.size()));
  }

  /**
   * A handler class of the same shape for the official table: {@code synthetic.handlers.Handlers} with the hot
   * codes 700003, 700002, 30004 and 10101, 30014, and the categories RATE_LIMIT and SERVER.
   *
   * @return the Java source
   */
  public static String officialHandler() {
    return handler("Handlers", new int[] {700003, 700002, 30004, 10101, 30014}, "RATE_LIMIT", "SERVER");
  }

  private static String handler(String simpleName, int[] own, String first, String second) {
    return "package " + HANDLER_PACKAGE + ";\n\n"
        + "import io.github.mexcerrors.OnMexcCategory;\n"
        + "import io.github.mexcerrors.OnMexcError;\n"
        + "import io.github.mexcerrors.OnMexcErrorFallback;\n\n"
        + "public class " + simpleName + " {\n"
        + "  public int sink;\n\n"
        + method("OnMexcError(" + own[0] + ")", "own0", 1)
        + method("OnMexcError(" + own[1] + ")", "own1", 2)
        + method("OnMexcError({" + own[2] + ", " + own[3] + "})", "own2", 3)
        + method("OnMexcError(" + own[4] + ")", "own3", 4)
        + method("OnMexcCategory(\"" + first + "\")", lower(first), 5)
        + (second.equals(first) ? "" : method("OnMexcCategory(\"" + second + "\")", lower(second), 6))
        + method("OnMexcErrorFallback", "fallback", 9)
        + "}\n";
  }

  private static String lower(String category) {
    return "on" + category.toLowerCase(Locale.ROOT).replace("_", "");
  }

  private static String method(String annotation, String name, int salt) {
    return "  @" + annotation + "\n  public void " + name + "(int code, String message) {\n"
        + "    sink = 31 * sink + code + " + salt + ";\n  }\n\n";
  }

  /**
   * A driver that dispatches every code of an array through a handler's dispatcher and returns the handler's sink;
   * compiled next to the handler, so its calls are direct.
   *
   * @param handlerSimpleName the handler class, in {@link #HANDLER_PACKAGE}
   * @return the source of {@code synthetic.handlers.Driver}
   */
  public static String driver(String handlerSimpleName) {
    return "package " + HANDLER_PACKAGE + ";\n\n"
        + "public final class Driver implements java.util.function.ToIntFunction<int[]> {\n"
        + "  private final " + handlerSimpleName + " handler = new " + handlerSimpleName + "();\n\n"
        + "  @Override\n"
        + "  public int applyAsInt(int[] codes) {\n"
        + "    " + handlerSimpleName + " h = handler;\n"
        + "    h.sink = 0;\n"
        + "    for (int code : codes) {\n"
        + "      " + handlerSimpleName + "Dispatcher.dispatch(h, code, \"message\");\n"
        + "    }\n"
        + "    return h.sink;\n"
        + "  }\n"
        + "}\n";
  }
}
