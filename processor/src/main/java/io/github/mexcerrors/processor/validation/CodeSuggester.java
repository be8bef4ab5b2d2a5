package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes the "did you mean" part of messages about codes and categories that are not in the table. */
final class CodeSuggester {
  private static final int MAX_SUGGESTIONS = 3;

  private final ErrorTable table;

  CodeSuggester(ErrorTable table) {
    this.table = table;
  }

  /**
   * Explains that a code is not in an API's table, and suggests the nearest codes by digits.
   *
   * @param code the code as written
   * @param api the API it was looked up in
   * @return the message
   */
  String unknownCode(int code, MexcApi api) {
    MexcApi other = api == MexcApi.SPOT ? MexcApi.FUTURES : MexcApi.SPOT;
    StringBuilder message = new StringBuilder()
        .append(code).append(" is not a MEXC ").append(HandlerValidator.apiLabel(api)).append(" error code.");
    Optional<CodeEntry> inOther = table.code(other, code);
    if (inOther.isPresent()) {
      message.append(" It is a ").append(HandlerValidator.apiLabel(other)).append(" code here (")
          .append(inOther.get().name()).append("): ")
          .append(other == MexcApi.FUTURES ? "add api = MexcApi.FUTURES to the annotation"
              : "remove api = MexcApi.FUTURES from the annotation")
          .append('.');
    }
    List<CodeEntry> near = nearest(code, api);
    if (!near.isEmpty()) {
      message.append(" Did you mean ");
      for (int i = 0; i < near.size(); i++) {
        if (i > 0) {
          message.append(i == near.size() - 1 ? " or " : ", ");
        }
        message.append(near.get(i).code()).append(" (").append(near.get(i).name()).append(')');
      }
      message.append('?');
    } else if (inOther.isEmpty()) {
      message.append(" Check the code against MEXC's documentation, or add it to your own table (extends: bundled).");
    }
    return message.toString();
  }

  /**
   * Explains that a category is not in the table, suggesting close names, or the code when a code's constant name
   * was written.
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
              .append("); handle it with @OnMexcError(").append(api == MexcApi.FUTURES ? "value = " : "")
              .append(entry.code()).append(api == MexcApi.FUTURES ? ", api = MexcApi.FUTURES" : "").append(')')
              .toString();
        }
      }
    }
    List<String> close = new ArrayList<>();
    for (Category category : table.categories()) {
      int distance = Names.distance(upper, category.name());
      if (distance <= Math.max(2, name.length() / 3) || category.name().contains(upper)
          || category.description().toUpperCase(Locale.ROOT).contains(upper.replace('_', ' '))) {
        close.add(category.name());
      }
    }
    close.sort(Comparator.comparingInt(candidate -> Names.distance(upper, candidate)));
    if (!close.isEmpty()) {
      message.append("; did you mean ").append(String.join(" or ", close.subList(0, Math.min(3, close.size()))))
          .append('?');
    } else {
      message.append("; the categories are ").append(String.join(", ",
          table.categories().stream().map(Category::name).sorted().toList()));
    }
    return message.toString();
  }

  private List<CodeEntry> nearest(int code, MexcApi api) {
    String digits = Integer.toString(code);
    List<CodeEntry> candidates = new ArrayList<>();
    for (CodeEntry entry : table.codes(api)) {
      if (Names.distance(digits, Integer.toString(entry.code())) <= (digits.length() <= 3 ? 1 : 2)) {
        candidates.add(entry);
      }
    }
    candidates.sort(Comparator.<CodeEntry>comparingInt(
            entry -> Names.distance(digits, Integer.toString(entry.code())))
        .thenComparingLong(entry -> Math.abs((long) entry.code() - code))
        .thenComparingInt(CodeEntry::code));
    if (candidates.isEmpty()) {
      return candidates;
    }
    int best = Names.distance(digits, Integer.toString(candidates.get(0).code()));
    return candidates.stream().filter(entry -> Names.distance(digits, Integer.toString(entry.code())) == best)
        .limit(MAX_SUGGESTIONS).toList();
  }
}
