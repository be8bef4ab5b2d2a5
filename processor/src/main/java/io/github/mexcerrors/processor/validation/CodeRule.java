package io.github.mexcerrors.processor.validation;

import static io.github.mexcerrors.processor.validation.ValidationContext.apiLabel;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The codes of {@code @OnMexcError}: at least one, each in the table, listed once, handled by one method. */
final class CodeRule {
  private final ValidationContext context;

  CodeRule(ValidationContext context) {
    this.context = context;
  }

  /**
   * Checks the codes of a class's methods.
   *
   * @param methods the class's handler methods
   */
  void check(List<HandlerMethod> methods) {
    Map<MexcApi, Map<Integer, Value<Integer>>> first = new EnumMap<>(MexcApi.class);
    Map<Value<Integer>, HandlerMethod> owners = new HashMap<>();
    Set<Value<Integer>> reportedFirst = new HashSet<>();
    for (HandlerMethod method : methods) {
      if (method.kind() != Kind.CODES) {
        continue;
      }
      if (method.codes().isEmpty()) {
        context.diagnostics().reportOnAnnotation(Message.CODES_EMPTY, method.element(), method.annotation(), null,
            method.name());
        continue;
      }
      Set<Integer> inThisAnnotation = new HashSet<>();
      Map<Integer, Value<Integer>> handled = first.computeIfAbsent(method.api(), api -> new HashMap<>());
      for (Value<Integer> code : method.codes()) {
        if (!inThisAnnotation.add(code.value())) {
          context.diagnostics().reportOnAnnotation(Message.CODE_LISTED_TWICE, method.element(),
              method.annotation(), code.source(), code.value());
          continue;
        }
        if (context.table().code(method.api(), code.value()).isEmpty()) {
          reportUnknown(method, code);
          continue;
        }
        Value<Integer> previous = handled.putIfAbsent(code.value(), code);
        owners.putIfAbsent(code, method);
        if (previous != null) {
          HandlerMethod other = owners.get(previous);
          String[] both = ValidationContext.distinctNames(other, method);
          Object[] args = {apiLabel(method.api()), code.value(),
              context.table().code(method.api(), code.value()).get().name(), both[0], both[1]};
          // The first handler is reported once, with the second: a third handler is reported at itself only
          if (reportedFirst.add(previous)) {
            context.diagnostics().reportOnAnnotation(Message.CODE_HANDLED_TWICE, other.element(),
                other.annotation(), previous.source(), args);
          }
          context.diagnostics().reportOnAnnotation(Message.CODE_HANDLED_TWICE, method.element(),
              method.annotation(), code.source(), args);
        }
      }
    }
  }

  private void reportUnknown(HandlerMethod method, Value<Integer> code) {
    CodeSuggester.Unknown unknown = context.suggester().unknownCode(code.value(), method.api(), method.name());
    context.diagnostics().reportOnAnnotation(unknown.message(), method.element(), method.annotation(),
        code.source(), unknown.args());
  }
}
