package io.github.mexcerrors.processor.validation;

import static io.github.mexcerrors.processor.validation.ValidationContext.apiLabel;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.diagnostics.Message.Part;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.Exhaustiveness;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What {@code @MexcExhaustive} asks for: at least one API, known categories, and a handler for every code. */
final class ExhaustivenessRule {
  private final ValidationContext context;
  private final ErrorTable table;

  ExhaustivenessRule(ValidationContext context) {
    this.context = context;
    this.table = context.table();
  }

  /**
   * Checks a class's {@code @MexcExhaustive}. The missing codes are listed only when the class has no other
   * problem, as a code whose handler has an error would be listed as missing too.
   *
   * @param handlerClass the class
   * @param exhaustive what it asks for
   * @param listMissing whether the rest of the class has no problem
   */
  void check(HandlerClass handlerClass, Exhaustiveness exhaustive, boolean listMissing) {
    if (exhaustive.apis().isEmpty()) {
      context.diagnostics().reportOnAnnotation(Message.EXHAUSTIVE_NO_API, handlerClass.element(),
          exhaustive.annotation(), exhaustive.apisSource(), handlerClass.element().getSimpleName());
      return;
    }
    List<String> categories = new ArrayList<>();
    boolean unknown = false;
    for (Value<String> category : exhaustive.categories()) {
      if (table.category(category.value()).isEmpty()) {
        context.diagnostics().reportOnAnnotation(Message.CATEGORY_UNKNOWN, handlerClass.element(),
            exhaustive.annotation(), category.source(), category.value(),
            context.suggester().unknownCategory(category.value()));
        unknown = true;
      } else {
        categories.add(category.value());
      }
    }
    boolean hasFallback = handlerClass.methods().stream().anyMatch(method -> method.kind() == Kind.FALLBACK);
    if (unknown || hasFallback || !listMissing) {
      return;
    }
    Set<String> handledCategories = new HashSet<>();
    handlerClass.methods().stream().filter(method -> method.kind() == Kind.CATEGORIES)
        .forEach(method -> method.categories().forEach(category -> handledCategories.add(category.value())));
    int required = 0;
    int missingCount = 0;
    StringBuilder missing = new StringBuilder();
    for (MexcApi api : MexcApi.values()) {
      if (!exhaustive.apis().contains(api)) {
        continue;
      }
      Set<Integer> handledCodes = new HashSet<>();
      for (HandlerMethod method : handlerClass.methods()) {
        if (method.kind() == Kind.CODES && method.api() == api) {
          method.codes().forEach(code -> handledCodes.add(code.value()));
        }
      }
      Map<String, List<CodeEntry>> byCategoryMissing = new LinkedHashMap<>();
      table.categories().forEach(category -> byCategoryMissing.put(category.name(), new ArrayList<>()));
      for (CodeEntry entry : table.codes(api)) {
        if (!categories.isEmpty() && categories.stream().noneMatch(c -> table.isA(entry.category(), c))) {
          continue;
        }
        required++;
        boolean handled = handledCodes.contains(entry.code())
            || table.lineage(entry.category()).stream().anyMatch(c -> handledCategories.contains(c.name()));
        if (!handled) {
          missingCount++;
          byCategoryMissing.get(entry.category()).add(entry);
        }
      }
      for (Map.Entry<String, List<CodeEntry>> group : byCategoryMissing.entrySet()) {
        if (group.getValue().isEmpty()) {
          continue;
        }
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < group.getValue().size(); i++) {
          CodeEntry entry = group.getValue().get(i);
          codes.append(i == 0 ? "" : ", ").append(entry.code()).append(" (").append(entry.name()).append(')');
        }
        missing.append(missing.length() == 0 ? "" : "; ")
            .append(Part.MISSING_CODES.text(apiLabel(api), group.getKey(), codes));
      }
    }
    if (missingCount > 0) {
      context.diagnostics().reportOnAnnotation(Message.NOT_EXHAUSTIVE, handlerClass.element(),
          exhaustive.annotation(), null, handlerClass.element().getSimpleName(), missingCount, required, missing);
    }
  }
}
