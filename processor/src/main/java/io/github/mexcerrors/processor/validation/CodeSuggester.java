package io.github.mexcerrors.processor.validation;

import static io.github.mexcerrors.processor.validation.ValidationContext.apiLabel;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.diagnostics.DidYouMean;
import io.github.mexcerrors.processor.diagnostics.Message.Part;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
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
   * The message about a code that is not in the table, with its values.
   *
   * @param message the message
   * @param args its values
   */
  record Unknown(Message message, Object[] args) {}

  /**
   * Explains that a code is not in an API's table: says so when it is a code of the other API, else suggests the
   * nearest codes by digits, and codes whose constant name or message matches the method's name.
   *
   * @param code the code as written
   * @param api the API it was looked up in
   * @param methodName the handler method's name
   * @return the message
   */
  Unknown unknownCode(int code, MexcApi api, String methodName) {
    MexcApi other = api == MexcApi.SPOT ? MexcApi.FUTURES : MexcApi.SPOT;
    Optional<CodeEntry> inOther = table.code(other, code);
    if (inOther.isPresent()) {
      return new Unknown(Message.CODE_OF_OTHER_API, new Object[] {code, apiLabel(api), apiLabel(other),
          inOther.get().name(), inOther.get().category(),
          (other == MexcApi.FUTURES ? Part.ADD_FUTURES_API : Part.REMOVE_FUTURES_API).text(),
          other == MexcApi.FUTURES ? "value = " + code + ", api = MexcApi.FUTURES" : String.valueOf(code)});
    }
    List<CodeEntry> near = nearest(code, api);
    List<CodeEntry> byName = new ArrayList<>(matchingMethodName(methodName, api));
    byName.removeAll(near);
    StringBuilder clause = new StringBuilder();
    if (!near.isEmpty()) {
      clause.append(Part.CODES_DID_YOU_MEAN.text(list(near)));
    }
    if (!byName.isEmpty()) {
      clause.append((near.isEmpty() ? Part.CODES_DID_YOU_MEAN : Part.CODES_BY_METHOD_NAME).text(list(byName)));
    }
    if (near.isEmpty() && byName.isEmpty()) {
      clause.append(Part.CODES_NONE_CLOSE.text());
    }
    return new Unknown(Message.CODE_UNKNOWN, new Object[] {code, apiLabel(api), clause.toString()});
  }

  /**
   * Explains why a category is not in the table, suggesting categories with close names or descriptions, or the
   * codes whose constant name or message matches what was written.
   *
   * @param name the category as written
   * @return the clause that follows {@link Message#CATEGORY_UNKNOWN}'s first words
   */
  String unknownCategory(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (MexcApi api : MexcApi.values()) {
      for (CodeEntry entry : table.codes(api)) {
        if (entry.name().equals(upper)) {
          return Part.CATEGORY_IS_A_CODE.text(entry.name(), apiLabel(api), entry.code(), entry.category(),
              annotationFor(entry), entry.category());
        }
      }
    }
    List<String> names = table.categories().stream().map(Category::name).toList();
    List<String> close = new ArrayList<>();
    for (Category category : table.categories()) {
      if (DidYouMean.nameDistance(name, category.name()) <= DidYouMean.maxEdits(name)
          || (upper.length() >= 3 && category.name().contains(upper))
          || category.description().toUpperCase(Locale.ROOT).contains(upper.replace('_', ' '))) {
        close.add(category.name());
      }
    }
    close.sort(Comparator.comparingInt((String candidate) -> DidYouMean.nameDistance(name, candidate))
        .thenComparing(Comparator.naturalOrder()));
    close = close.subList(0, Math.min(MAX_SUGGESTIONS, close.size()));
    if (!close.isEmpty()) {
      return Part.DID_YOU_MEAN.text(String.join(" or ", close));
    }
    List<CodeEntry> codes = new ArrayList<>();
    for (MexcApi api : MexcApi.values()) {
      codes.addAll(matchingWords(words(name), api));
    }
    if (!codes.isEmpty() && codes.size() <= MAX_SUGGESTIONS) {
      StringBuilder matched = new StringBuilder();
      for (int i = 0; i < codes.size(); i++) {
        CodeEntry entry = codes.get(i);
        matched.append(i == 0 ? "" : i == codes.size() - 1 ? " and " : ", ").append(Part.CODE_WITH_CATEGORY.text(
            apiLabel(entry.api()), entry.code(), entry.name(), entry.category()));
      }
      return Part.CATEGORY_MATCHES_CODES.text(matched, codes.size() == 1 ? "it" : "them",
          codes.size() == 1 ? annotationFor(codes.get(0)) : "@OnMexcError");
    }
    return Part.CATEGORIES_ARE.text(String.join(", ", names.stream().sorted().toList()));
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
    int limit = DidYouMean.maxDigitDistance(digits);
    List<CodeEntry> candidates = new ArrayList<>();
    for (CodeEntry entry : table.codes(api)) {
      if (DidYouMean.typingDistance(digits, Integer.toString(entry.code())) <= limit) {
        candidates.add(entry);
      }
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    candidates.sort(Comparator.<CodeEntry>comparingInt(
            entry -> DidYouMean.typingDistance(digits, Integer.toString(entry.code())))
        .thenComparingLong(entry -> Math.abs((long) entry.code() - code))
        .thenComparingInt(CodeEntry::code));
    int best = DidYouMean.typingDistance(digits, Integer.toString(candidates.get(0).code()));
    return candidates.stream()
        .filter(entry -> DidYouMean.typingDistance(digits, Integer.toString(entry.code())) == best)
        .limit(MAX_SUGGESTIONS).toList();
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
