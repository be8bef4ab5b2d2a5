package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the "did you mean" part of messages about codes and categories that are not in the table. Codes are
 * matched by their digits (a missed or doubled repeated digit, as in {@code 70003} for {@code 700003}, ranks
 * first), and by the words of the handler method's name against constant names and messages; categories by
 * their names, then against the constant names and messages of codes.
 */
final class CodeSuggester {
  private static final int MAX_SUGGESTIONS = 3;
  /** Words of method names that say nothing about which error is meant. */
  private static final Set<String> FILLER_WORDS = Set.of("on", "handle", "handler", "handles", "error", "errors",
      "mexc", "when", "if", "do", "the", "a", "an", "of", "for", "code", "codes", "exception", "failed", "failure",
      "spot", "futures", "api", "is", "retry", "resync", "process", "react", "to");

  private final ErrorTable table;

  CodeSuggester(ErrorTable table) {
    this.table = table;
  }

  /**
   * Explains that a code is not in an API's table: says so when it is a code of the other API, else suggests the
   * nearest codes by digits, and codes whose constant name or message matches the method's name.
   *
   * @param code the code as written
   * @param api the API it was looked up in
   * @param methodName the handler method's name
   * @return the message
   */
  String unknownCode(int code, MexcApi api, String methodName) {
    MexcApi other = api == MexcApi.SPOT ? MexcApi.FUTURES : MexcApi.SPOT;
    StringBuilder message = new StringBuilder()
        .append(code).append(" is not a MEXC ").append(HandlerValidator.apiLabel(api)).append(" error code.");
    Optional<CodeEntry> inOther = table.code(other, code);
    if (inOther.isPresent()) {
      return message.append(" It is a ").append(HandlerValidator.apiLabel(other)).append(" code here (")
          .append(inOther.get().name()).append(", category ").append(inOther.get().category()).append("): ")
          .append(other == MexcApi.FUTURES ? "add api = MexcApi.FUTURES to the annotation"
              : "remove api = MexcApi.FUTURES from the annotation")
          .append(", or handle it in a method of its own with @OnMexcError(")
          .append(other == MexcApi.FUTURES ? "value = " + code + ", api = MexcApi.FUTURES" : String.valueOf(code))
          .append(").").toString();
    }
    List<CodeEntry> near = nearest(code, api);
    List<CodeEntry> byName = new ArrayList<>(matchingMethodName(methodName, api));
    byName.removeAll(near);
    if (!near.isEmpty()) {
      message.append(" Did you mean ").append(list(near)).append('?');
    }
    if (!byName.isEmpty()) {
      message.append(near.isEmpty() ? " Did you mean " : " Or, going by the method's name, ")
          .append(list(byName)).append('?');
    }
    if (near.isEmpty() && byName.isEmpty()) {
      message.append(" Check the code against MEXC's documentation, or add it to your own table (extends: bundled).");
    }
    return message.toString();
  }

  /**
   * Explains that a category is not in the table, suggesting categories with close names or descriptions, or the
   * codes whose constant name or message matches what was written.
   *
   * @param name the category as written
   * @return the message
   */
  String unknownCategory(String name) {
    StringBuilder message = new StringBuilder("unknown category '").append(name).append("'");
    String upper = name.toUpperCase(Locale.ROOT);
    for (MexcApi api : MexcApi.values()) {
      for (CodeEntry entry : table.codes(api)) {
        if (entry.name().equals(upper)) {
          return message.append(": ").append(entry.name()).append(" is the ").append(HandlerValidator.apiLabel(api))
              .append(" code ").append(entry.code()).append(" (category ").append(entry.category())
              .append("); handle it with ").append(annotationFor(entry)).append(", or its whole category with"
                  + " @OnMexcCategory(\"").append(entry.category()).append("\")").toString();
        }
      }
    }
    List<String> close = new ArrayList<>();
    for (Category category : table.categories()) {
      int distance = Names.distance(upper, category.name());
      if (distance <= Math.max(2, name.length() / 3) || (upper.length() >= 3 && category.name().contains(upper))
          || category.description().toUpperCase(Locale.ROOT).contains(upper.replace('_', ' '))) {
        close.add(category.name());
      }
    }
    close.sort(Comparator.comparingInt((String candidate) -> Names.distance(upper, candidate))
        .thenComparing(Comparator.naturalOrder()));
    if (!close.isEmpty()) {
      return message.append("; did you mean ").append(String.join(" or ", close.subList(0, Math.min(3, close.size()))))
          .append('?').toString();
    }
    List<CodeEntry> codes = new ArrayList<>();
    for (MexcApi api : MexcApi.values()) {
      codes.addAll(matchingWords(words(name), api));
    }
    if (!codes.isEmpty() && codes.size() <= MAX_SUGGESTIONS) {
      message.append(": it is not a category, but it matches ");
      for (int i = 0; i < codes.size(); i++) {
        CodeEntry entry = codes.get(i);
        message.append(i == 0 ? "" : i == codes.size() - 1 ? " and " : ", ")
            .append(HandlerValidator.apiLabel(entry.api())).append(" code ").append(entry.code()).append(" (")
            .append(entry.name()).append(", category ").append(entry.category()).append(')');
      }
      return message.append("; handle ").append(codes.size() == 1 ? "it" : "them").append(" with ")
          .append(codes.size() == 1 ? annotationFor(codes.get(0)) : "@OnMexcError")
          .append(", or use the category name in @OnMexcCategory").toString();
    }
    return message.append("; the categories are ").append(String.join(", ",
        table.categories().stream().map(Category::name).sorted().toList())).toString();
  }

  private static String annotationFor(CodeEntry entry) {
    return entry.api() == MexcApi.FUTURES ? "@OnMexcError(value = " + entry.code() + ", api = MexcApi.FUTURES)"
        : "@OnMexcError(" + entry.code() + ")";
  }

  private static String list(List<CodeEntry> entries) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        text.append(i == entries.size() - 1 ? " or " : ", ");
      }
      text.append(entries.get(i).code()).append(" (").append(entries.get(i).name()).append(')');
    }
    return text.toString();
  }

  /** The codes at the smallest typing distance, by digits; a missed or doubled repeated digit costs least. */
  private List<CodeEntry> nearest(int code, MexcApi api) {
    String digits = Integer.toString(code);
    int limit = digits.length() <= 3 ? 2 : 4;
    List<CodeEntry> candidates = new ArrayList<>();
    for (CodeEntry entry : table.codes(api)) {
      if (typingDistance(digits, Integer.toString(entry.code())) <= limit) {
        candidates.add(entry);
      }
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    candidates.sort(Comparator.<CodeEntry>comparingInt(
            entry -> typingDistance(digits, Integer.toString(entry.code())))
        .thenComparingLong(entry -> Math.abs((long) entry.code() - code))
        .thenComparingInt(CodeEntry::code));
    int best = typingDistance(digits, Integer.toString(candidates.get(0).code()));
    return candidates.stream().filter(entry -> typingDistance(digits, Integer.toString(entry.code())) == best)
        .limit(MAX_SUGGESTIONS).toList();
  }

  /**
   * An edit distance in half steps: substituting, inserting or deleting a digit costs 2, swapping two adjacent
   * digits 2, and inserting or deleting a digit next to the same digit (a repeated digit typed once too few or
   * too many times) costs 1.
   */
  static int typingDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = 2 * i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = 2 * j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int substitute = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 2);
        // a.charAt(i - 1) deleted: cheap when it repeats its neighbour in a
        int delete = d[i - 1][j] + (repeats(a, i - 1) ? 1 : 2);
        // b.charAt(j - 1) inserted: cheap when it repeats its neighbour in b
        int insert = d[i][j - 1] + (repeats(b, j - 1) ? 1 : 2);
        int best = Math.min(substitute, Math.min(delete, insert));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 2);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }

  private static boolean repeats(String text, int index) {
    return (index > 0 && text.charAt(index - 1) == text.charAt(index))
        || (index + 1 < text.length() && text.charAt(index + 1) == text.charAt(index));
  }

  /** The codes whose constant name or message holds every meaningful word of a handler method's name. */
  private List<CodeEntry> matchingMethodName(String methodName, MexcApi api) {
    List<CodeEntry> matches = matchingWords(words(methodName), api);
    return matches.size() <= MAX_SUGGESTIONS ? matches : List.of();
  }

  private List<CodeEntry> matchingWords(Set<String> wanted, MexcApi api) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<CodeEntry> matches = new ArrayList<>();
    for (CodeEntry entry : table.codes(api)) {
      Set<String> have = words(entry.name());
      entry.messages().forEach(message -> have.addAll(words(message)));
      if (wanted.stream().allMatch(word -> have.stream().anyMatch(other -> sameWord(word, other)))) {
        matches.add(entry);
      }
    }
    return matches;
  }

  private static boolean sameWord(String wanted, String have) {
    if (wanted.equals(have)) {
      return true;
    }
    // "insufficient" matches "insufficiently", "timestamp" matches "timestamps"; short words must be equal
    return wanted.length() >= 4 && have.length() >= 4 && (have.startsWith(wanted) || wanted.startsWith(have));
  }

  /** Splits camelCase, snake_case and plain text into lower-case words, leaving out filler words. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ");
    for (String word : spaced.strip().split(" ")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!lower.isEmpty() && !FILLER_WORDS.contains(lower)) {
        words.add(lower);
      }
    }
    return words;
  }
}
