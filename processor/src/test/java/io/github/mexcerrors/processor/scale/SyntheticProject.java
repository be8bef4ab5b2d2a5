package io.github.mexcerrors.processor.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic error table of any size and handler classes for it, with the handler method each code must reach,
 * for scale tests. Codes are sparse (every third number, a few negative), spread over a two-level category tree;
 * handler classes mix code, category and fallback methods and every parameter kind.
 */
final class SyntheticProject {
  static final String PACKAGE = "test.mexc";
  private static final String[] ROOTS = {"A", "B", "C", "D", "E"};
  private static final int CHILDREN = 3;

  private final int spotCodes;
  private final int futuresCodes;
  private final int handlerClasses;
  private final List<String> categories = new ArrayList<>();
  private final Map<String, String> parents = new LinkedHashMap<>();

  SyntheticProject(int spotCodes, int futuresCodes, int handlerClasses) {
    this.spotCodes = spotCodes;
    this.futuresCodes = futuresCodes;
    this.handlerClasses = handlerClasses;
    for (String root : ROOTS) {
      categories.add("ROOT_" + root);
      for (int child = 1; child <= CHILDREN; child++) {
        categories.add("CHILD_" + root + "_" + child);
        parents.put("CHILD_" + root + "_" + child, "ROOT_" + root);
      }
    }
  }

  /** The spot code of index {@code i}: ten negative codes, then every third number from 1,000. */
  static int spotCode(int i) {
    return i < 10 ? -1000 + 7 * i : 1000 + 3 * i;
  }

  static int futuresCode(int i) {
    return 100 + 2 * i;
  }

  List<Integer> spotCodes() {
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < spotCodes; i++) {
      codes.add(spotCode(i));
    }
    return codes;
  }

  List<Integer> futuresCodes() {
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < futuresCodes; i++) {
      codes.add(futuresCode(i));
    }
    return codes;
  }

  private String categoryOf(int index) {
    return categories.get(index % categories.size());
  }

  String yaml() {
    StringBuilder yaml = new StringBuilder("package: " + PACKAGE + "\ncategories:\n");
    int status = 450;
    for (String category : categories) {
      yaml.append("  ").append(category).append(":\n");
      if (parents.containsKey(category)) {
        yaml.append("    parent: ").append(parents.get(category)).append('\n');
      } else {
        yaml.append("    section: Section ").append(category).append('\n')
            .append("    httpStatus: [").append(status++).append("]\n");
      }
      yaml.append("    description: Synthetic category ").append(category).append(".\n");
    }
    appendCodes(yaml, "spot", spotCodes(), "S");
    appendCodes(yaml, "futures", futuresCodes(), "F");
    return yaml.toString();
  }

  private void appendCodes(StringBuilder yaml, String key, List<Integer> codes, String prefix) {
    yaml.append(key).append(":\n");
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      String name = prefix + "_" + (code < 0 ? "M" + -code : Integer.toString(code));
      yaml.append("  - code: ").append(code).append('\n')
          .append("    name: ").append(name).append('\n')
          .append("    message: Synthetic message ").append(code).append('\n')
          .append("    category: ").append(categoryOf(i)).append('\n')
          .append("    hint: Synthetic hint for ").append(code).append(".\n");
      if (i % 97 == 0) {
        yaml.append("    alternativeMessages: [Another message for ").append(code).append("]\n");
      }
    }
  }

  static String exceptionOf(String category) {
    StringBuilder name = new StringBuilder();
    for (String part : category.split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name + "Exception";
  }

  /** Handler class {@code h} handles spot codes whose index is {@code h} modulo {@code CODE_STRIDE}. */
  private static final int CODE_STRIDE = 7;
  private static final int CODES_PER_METHOD = 20;

  String handlerName(int h) {
    return "test.Handler" + h;
  }

  /** The spot code indexes with their own method in handler {@code h}. */
  private boolean ownsSpot(int h, int index) {
    return index % CODE_STRIDE == h % CODE_STRIDE && index % 2 == 0;
  }

  String handlerSource(int h) {
    StringBuilder java = new StringBuilder("package test;\n\n"
        + "import io.github.mexcerrors.MexcApi;\n"
        + "import io.github.mexcerrors.MexcErrorCode;\n"
        + "import io.github.mexcerrors.MexcException;\n"
        + "import io.github.mexcerrors.OnMexcCategory;\n"
        + "import io.github.mexcerrors.OnMexcError;\n"
        + "import io.github.mexcerrors.OnMexcErrorFallback;\n"
        + "import java.util.ArrayList;\n"
        + "import java.util.List;\n\n"
        + "public class Handler" + h + " {\n"
        + "  public final List<String> calls = new ArrayList<>();\n\n");
    List<Integer> owned = new ArrayList<>();
    for (int i = 0; i < spotCodes; i++) {
      if (ownsSpot(h, i)) {
        owned.add(i);
      }
    }
    for (int from = 0, method = 0; from < owned.size(); from += CODES_PER_METHOD, method++) {
      List<Integer> indexes = owned.subList(from, Math.min(owned.size(), from + CODES_PER_METHOD));
      StringBuilder codes = new StringBuilder();
      for (int index : indexes) {
        codes.append(codes.length() == 0 ? "" : ", ").append(spotCode(index));
      }
      String name = "code" + method;
      String parameters;
      String record;
      switch (method % 4) {
        case 0 -> {
          parameters = "int code, String message";
          record = "code";
        }
        case 1 -> {
          parameters = PACKAGE + ".SpotErrorCode entry";
          record = "entry.code()";
        }
        case 2 -> {
          parameters = "MexcException e, MexcApi api";
          record = "e.code()";
        }
        default -> {
          parameters = "MexcErrorCode entry, int code, String message, MexcException e";
          record = "code";
        }
      }
      java.append("  @OnMexcError({").append(codes).append("})\n  void ").append(name).append('(')
          .append(parameters).append(") {\n    calls.add(\"").append(name).append(":\" + ").append(record)
          .append(");\n  }\n\n");
    }
    if (h % 3 != 2) {
      java.append("  @OnMexcError(value = {").append(futuresCode(h % Math.max(1, futuresCodes))).append(", ")
          .append(futuresCode((h + 5) % Math.max(1, futuresCodes))).append("}, api = MexcApi.FUTURES)\n")
          .append("  void futures(int code, " + PACKAGE + ".FuturesErrorCode entry) {\n")
          .append("    calls.add(\"futures:\" + code);\n  }\n\n");
    }
    for (String category : handledCategories(h)) {
      String name = "category" + category;
      String parameters = switch ((category.charAt(category.length() - 1) + category.length()) % 3) {
        case 0 -> "int code";
        case 1 -> PACKAGE + "." + exceptionOf(category) + " e";
        default -> "MexcApi api, int code, String message";
      };
      String record = parameters.contains(" e") ? "e.code()" : "code";
      java.append("  @OnMexcCategory(\"").append(category).append("\")\n  void ").append(name).append('(')
          .append(parameters).append(") {\n    calls.add(\"").append(name).append(":\" + ").append(record)
          .append(");\n  }\n\n");
    }
    if (h % 3 != 2) {
      java.append("  @OnMexcErrorFallback\n  void fallback(MexcApi api, int code) {\n")
          .append("    calls.add(\"fallback:\" + code);\n  }\n");
    }
    return java.append("}\n").toString();
  }

  /** Handler {@code h} handles the roots when {@code h} is even, and every first child. */
  private List<String> handledCategories(int h) {
    List<String> handled = new ArrayList<>();
    for (String category : categories) {
      boolean root = !parents.containsKey(category);
      if ((root && h % 2 == 0) || category.endsWith("_1")) {
        handled.add(category);
      }
    }
    return handled;
  }

  /**
   * The call a dispatch of a code of the table records in handler {@code h}, or null when none runs.
   *
   * @param h the handler class
   * @param spot whether the code is a spot code
   * @param index the code's index in its API
   * @return e.g. {@code "code3:1030"}
   */
  String expected(int h, boolean spot, int index) {
    int code = spot ? spotCode(index) : futuresCode(index);
    if (spot && ownsSpot(h, index)) {
      // Handler h owns every CODE_STRIDE-th even index: count the owned indexes before this one.
      int position = 0;
      for (int i = index % (2 * CODE_STRIDE); i < index; i += 2 * CODE_STRIDE) {
        position++;
      }
      return "code" + position / CODES_PER_METHOD + ":" + code;
    }
    if (!spot && h % 3 != 2 && futuresCodes > 0 && (code == futuresCode(h % futuresCodes)
        || code == futuresCode((h + 5) % futuresCodes))) {
      return "futures:" + code;
    }
    List<String> handled = handledCategories(h);
    for (String category = categoryOf(index); category != null; category = parents.get(category)) {
      if (handled.contains(category)) {
        return "category" + category + ":" + code;
      }
    }
    return h % 3 != 2 ? "fallback:" + code : null;
  }

  int handlerClasses() {
    return handlerClasses;
  }
}
