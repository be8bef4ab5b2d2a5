package io.github.mexcerrors.processor.validation;

import static io.github.mexcerrors.processor.validation.ValidationContext.apiLabel;
import static io.github.mexcerrors.processor.validation.ValidationContext.simpleName;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.diagnostics.DidYouMean;
import io.github.mexcerrors.processor.diagnostics.Message.Part;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerParameter;
import io.github.mexcerrors.processor.handlers.ParameterKind;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The declaration of each handler method: one the dispatcher can call (not private, not generic, no checked exception;
 * its return type is {@link ReturnTypeRule}'s) with parameters it can supply, each at most once, of types that fit the method's codes. The first
 * such problem of each annotation in a class ends with the rule ({@link Part#SHAPE_RULE}); the others do not
 * repeat it.
 */
final class MethodShapeRule {
  private final ValidationContext context;
  private final ErrorTable table;
  /** The annotations whose rule was printed in the class being checked. */
  private final Set<Kind> explained = EnumSet.noneOf(Kind.class);

  MethodShapeRule(ValidationContext context) {
    this.context = context;
    this.table = context.table();
  }

  /**
   * Checks every method of a class.
   *
   * @param methods the class's handler methods
   */
  void check(List<HandlerMethod> methods) {
    explained.clear();
    for (HandlerMethod method : methods) {
      checkDeclaration(method);
      checkParameters(method);
    }
  }

  /** The rule of a method's annotation, the first time in the class; else nothing. */
  private String rule(Kind kind) {
    if (!explained.add(kind)) {
      return "";
    }
    String parameters;
    String annotation;
    switch (kind) {
      case CODES:
        annotation = "an @OnMexcError";
        parameters = Part.SHAPE_CODES.text();
        break;
      case CATEGORIES:
        annotation = "an @OnMexcCategory";
        parameters = Part.SHAPE_CATEGORIES.text();
        break;
      default:
        annotation = "an @OnMexcErrorFallback";
        parameters = Part.SHAPE_FALLBACK.text();
        break;
    }
    return " (" + Part.SHAPE_RULE.text(annotation, parameters) + ")";
  }

  private void checkDeclaration(HandlerMethod method) {
    HandlerMethod.Shape shape = method.shape();
    if (shape.isPrivate()) {
      context.diagnostics().reportWith(Message.METHOD_PRIVATE, method.element(), rule(method.kind()),
          method.name());
    }
    if (shape.isGeneric()) {
      context.diagnostics().reportWith(Message.METHOD_GENERIC, method.element(), rule(method.kind()),
          method.name());
    }
    for (String thrown : shape.checkedExceptions()) {
      context.diagnostics().reportWith(Message.METHOD_THROWS_CHECKED, method.element(), rule(method.kind()),
          method.name(), thrown);
    }
  }

  private void checkParameters(HandlerMethod method) {
    Map<ParameterKind, HandlerParameter> seen = new EnumMap<>(ParameterKind.class);
    for (HandlerParameter parameter : method.parameters()) {
      switch (parameter.kind()) {
        case UNRESOLVED:
          // The compiler reports the type; say which generated type was meant, if one was
          suggestType(method, parameter);
          continue;
        case UNSUPPORTED:
          context.diagnostics().reportOnParameter(Message.PARAMETER_UNSUPPORTED, method.element(),
              parameter.element(), rule(method.kind()), parameter.element().getSimpleName(), parameter.typeName());
          continue;
        case CONTEXT:
          // ContextRule checks the caller's context
          continue;
        default:
          break;
      }
      HandlerParameter previous = seen.putIfAbsent(parameter.kind(), parameter);
      if (previous != null) {
        context.diagnostics().reportOnParameter(Message.PARAMETER_TWICE, method.element(), parameter.element(),
            rule(method.kind()), previous.element().getSimpleName(), parameter.element().getSimpleName(),
            parameter.kind().description());
      } else if (parameter.kind() == ParameterKind.ENTRY) {
        checkEntryParameter(method, parameter);
      } else if (parameter.kind() == ParameterKind.EXCEPTION) {
        checkExceptionParameter(method, parameter);
      }
    }
  }

  /**
   * After the last round, a parameter type that still does not resolve is reported by the compiler itself; this
   * adds a message only when the name is, or nearly is, one of the types generated from the table (a missing
   * import or a typo), to say which.
   */
  private void suggestType(HandlerMethod method, HandlerParameter parameter) {
    String written = parameter.typeName();
    String simple = simpleName(written);
    List<String> candidates = new ArrayList<>();
    for (MexcApi api : MexcApi.values()) {
      candidates.add(context.names().codeEnum(api).canonicalName());
    }
    table.categories().forEach(category -> candidates.add(context.names().exception(category.name()).canonicalName()));
    Optional<String> exact = candidates.stream().filter(name -> simpleName(name).equals(simple)).findFirst();
    if (exact.isPresent()) {
      if (!exact.get().equals(written)) {
        context.diagnostics().reportOnParameter(Message.PARAMETER_TYPE_NOT_IMPORTED, method.element(),
            parameter.element(), parameter.element().getSimpleName(), written, exact.get());
      }
      return;
    }
    Optional<String> close = DidYouMean.closest(simple, candidates.stream().map(ValidationContext::simpleName)
        .toList());
    close.flatMap(name -> candidates.stream().filter(candidate -> simpleName(candidate).equals(name)).findFirst())
        .ifPresent(best -> context.diagnostics().reportOnParameter(Message.PARAMETER_TYPE_MISSPELT,
            method.element(), parameter.element(), parameter.element().getSimpleName(), written, best));
  }

  private void checkEntryParameter(HandlerMethod method, HandlerParameter parameter) {
    if (method.kind() != Kind.CODES) {
      context.diagnostics().reportOnParameter(Message.ENTRY_PARAMETER_NOT_FOR_CATEGORIES, method.element(),
          parameter.element(), rule(method.kind()), method.kind().annotation(), method.name(),
          parameter.element().getSimpleName());
      return;
    }
    Optional<MexcApi> enumApi = context.names().apiOfEnum(parameter.typeName());
    if (enumApi.isPresent() && enumApi.get() != method.api()) {
      context.diagnostics().reportOnParameter(Message.ENTRY_PARAMETER_OTHER_API, method.element(),
          parameter.element(), rule(method.kind()), parameter.element().getSimpleName(),
          simpleName(parameter.typeName()), method.name(), apiLabel(method.api()),
          context.names().codeEnum(method.api()).simpleName());
    }
  }

  private void checkExceptionParameter(HandlerMethod method, HandlerParameter parameter) {
    if (parameter.typeName().equals(MexcException.class.getCanonicalName())) {
      return;
    }
    String wanted = context.names().categoryOfException(parameter.typeName()).orElseThrow();
    String simple = simpleName(parameter.typeName());
    if (method.kind() == Kind.FALLBACK) {
      context.diagnostics().reportOnParameter(Message.FALLBACK_EXCEPTION_TOO_NARROW, method.element(),
          parameter.element(), rule(method.kind()), method.name(), parameter.element().getSimpleName(), simple);
      return;
    }
    if (method.kind() == Kind.CODES) {
      for (Value<Integer> code : method.codes()) {
        Optional<CodeEntry> entry = table.code(method.api(), code.value());
        if (entry.isPresent() && !table.isA(entry.get().category(), wanted)) {
          Category actual = table.category(entry.get().category()).orElseThrow();
          context.diagnostics().reportOnParameter(Message.EXCEPTION_PARAMETER_CODE, method.element(),
              parameter.element(), rule(method.kind()), parameter.element().getSimpleName(), simple,
              apiLabel(method.api()), code.value(), entry.get().name(), actual.exceptionSimpleName(),
              actual.name(), commonException(method));
          return;
        }
      }
      return;
    }
    for (Value<String> category : method.categories()) {
      if (table.category(category.value()).isPresent() && !table.isA(category.value(), wanted)) {
        context.diagnostics().reportOnParameter(Message.EXCEPTION_PARAMETER_CATEGORY, method.element(),
            parameter.element(), rule(method.kind()), parameter.element().getSimpleName(), simple,
            category.value(), table.category(category.value()).get().exceptionSimpleName(),
            commonException(method));
        return;
      }
    }
  }

  /** Names the narrowest exception type every code or category of a method produces. */
  private String commonException(HandlerMethod method) {
    List<String> categories = new ArrayList<>();
    if (method.kind() == Kind.CODES) {
      method.codes().forEach(code -> table.code(method.api(), code.value())
          .ifPresent(entry -> categories.add(entry.category())));
    } else {
      method.categories().forEach(category -> categories.add(category.value()));
    }
    if (categories.isEmpty()) {
      return "MexcException";
    }
    for (Category candidate : table.lineage(categories.get(0))) {
      if (categories.stream().allMatch(category -> table.isA(category, candidate.name()))) {
        return Part.COMMON_EXCEPTION.text(candidate.exceptionSimpleName());
      }
    }
    return Part.NO_COMMON_EXCEPTION.text();
  }
}
