package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The categories of {@code @OnMexcCategory}: at least one, each in the table, listed once, handled by one method. */
final class CategoryRule {
  private final ValidationContext context;

  CategoryRule(ValidationContext context) {
    this.context = context;
  }

  /**
   * Checks the categories of a class's methods.
   *
   * @param methods the class's handler methods
   */
  void check(List<HandlerMethod> methods) {
    Map<String, Value<String>> handled = new HashMap<>();
    Map<Value<String>, HandlerMethod> owners = new HashMap<>();
    Set<Value<String>> reportedFirst = new HashSet<>();
    for (HandlerMethod method : methods) {
      if (method.kind() != Kind.CATEGORIES) {
        continue;
      }
      if (method.categories().isEmpty()) {
        context.diagnostics().reportOnAnnotation(Message.CATEGORIES_EMPTY, method.element(), method.annotation(),
            null, method.name());
        continue;
      }
      Set<String> inThisAnnotation = new HashSet<>();
      for (Value<String> category : method.categories()) {
        if (!inThisAnnotation.add(category.value())) {
          context.diagnostics().reportOnAnnotation(Message.CATEGORY_LISTED_TWICE, method.element(),
              method.annotation(), category.source(), category.value());
          continue;
        }
        if (context.table().category(category.value()).isEmpty()) {
          context.diagnostics().reportOnAnnotation(Message.CATEGORY_UNKNOWN, method.element(), method.annotation(),
              category.source(), category.value(), context.suggester().unknownCategory(category.value()));
          continue;
        }
        Value<String> previous = handled.putIfAbsent(category.value(), category);
        owners.putIfAbsent(category, method);
        if (previous != null) {
          HandlerMethod other = owners.get(previous);
          String[] both = ValidationContext.distinctNames(other, method);
          // The first handler is reported once, with the second: a third handler is reported at itself only
          if (reportedFirst.add(previous)) {
            context.diagnostics().reportOnAnnotation(Message.CATEGORY_HANDLED_TWICE, other.element(),
                other.annotation(), previous.source(), category.value(), both[0], both[1]);
          }
          context.diagnostics().reportOnAnnotation(Message.CATEGORY_HANDLED_TWICE, method.element(),
              method.annotation(), category.source(), category.value(), both[0], both[1]);
        }
      }
    }
  }
}
