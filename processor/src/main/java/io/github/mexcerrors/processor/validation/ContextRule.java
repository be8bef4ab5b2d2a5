package io.github.mexcerrors.processor.validation;

import com.palantir.javapoet.TypeName;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerParameter;
import io.github.mexcerrors.processor.handlers.ParameterKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The caller's context: a parameter of a type that is none of those the dispatcher supplies (code, message, API,
 * table entry, exception), which the dispatcher's overloads that take a context pass on, as Spring passes an
 * {@code @ExceptionHandler} method the request. A method takes at most one; every method of a class that takes one
 * takes exactly the same type (the dispatcher has one context parameter: no common supertype is inferred, as for
 * return types); and the dispatcher must be able to name it: no type variable of the handler class, nothing
 * private. Primitive, array and generic types are contexts like any other. A type that does not resolve is the
 * compiler's to report.
 */
final class ContextRule {
  private final ValidationContext context;

  ContextRule(ValidationContext context) {
    this.context = context;
  }

  /** A method's context parameter. */
  private record Use(HandlerMethod method, HandlerParameter parameter) {}

  /**
   * Checks the context parameters of a class's methods.
   *
   * @param handlerClass the class
   * @param methods its methods to check (those of a shape the dispatcher can call)
   */
  void check(HandlerClass handlerClass, List<HandlerMethod> methods) {
    // The context parameters by their type, in declaration order.
    Map<TypeName, List<Use>> byType = new LinkedHashMap<>();
    for (HandlerMethod method : methods) {
      List<HandlerParameter> contexts = method.parameters().stream()
          .filter(parameter -> parameter.kind() == ParameterKind.CONTEXT).toList();
      if (contexts.isEmpty()) {
        continue;
      }
      HandlerParameter first = contexts.get(0);
      for (HandlerParameter other : contexts.subList(1, contexts.size())) {
        context.diagnostics().reportOnParameter(Message.CONTEXT_TWICE, method.element(), other.element(),
            first.element().getSimpleName(), shown(first), other.element().getSimpleName(), shown(other),
            method.name());
      }
      TypeMirror type = first.element().asType();
      if (TypeNaming.unresolved(type)) {
        continue;
      }
      if (!checkNameable(method, first)) {
        // Said once: a type the dispatcher cannot name is not compared with the others
        continue;
      }
      byType.computeIfAbsent(TypeName.get(type).withoutAnnotations(), key -> new ArrayList<>())
          .add(new Use(method, first));
    }
    if (byType.size() > 1) {
      // The type most methods take is taken as meant (the first one of equally many), the others disagree.
      Map.Entry<TypeName, List<Use>> meant = byType.entrySet().iterator().next();
      for (Map.Entry<TypeName, List<Use>> entry : byType.entrySet()) {
        if (entry.getValue().size() > meant.getValue().size()) {
          meant = entry;
        }
      }
      for (Map.Entry<TypeName, List<Use>> entry : byType.entrySet()) {
        if (entry == meant) {
          continue;
        }
        String[] shown = TypeNaming.shown(entry.getKey(), meant.getKey());
        for (Use use : entry.getValue()) {
          context.diagnostics().reportOnParameter(Message.CONTEXT_TYPES_DISAGREE, use.method().element(),
              use.parameter().element(), use.parameter().element().getSimpleName(), use.method().name(), shown[0],
              handlerClass.element().getSimpleName(), shown[1], meant.getValue().get(0).method().name());
        }
      }
    }
  }

  /** Reports a type variable or a private type in the type of a context, the first one found. */
  private boolean checkNameable(HandlerMethod method, HandlerParameter parameter) {
    TypeMirror type = parameter.element().asType();
    Optional<TypeMirror> variable = TypeNaming.typeVariable(type);
    if (variable.isPresent()) {
      Element owner = ((TypeVariable) variable.get()).asElement().getEnclosingElement();
      context.diagnostics().reportOnParameter(Message.CONTEXT_TYPE_VARIABLE, method.element(), parameter.element(),
          parameter.element().getSimpleName(), method.name(), shown(parameter), variable.get(),
          owner.getSimpleName());
      return false;
    }
    Optional<Element> hidden = TypeNaming.privatePart(type);
    if (hidden.isPresent()) {
      context.diagnostics().reportOnParameter(Message.CONTEXT_TYPE_PRIVATE, method.element(), parameter.element(),
          parameter.element().getSimpleName(), method.name(), shown(parameter), hidden.get().getSimpleName());
      return false;
    }
    return true;
  }

  private static String shown(HandlerParameter parameter) {
    return TypeNaming.simple(TypeName.get(parameter.element().asType()).withoutAnnotations());
  }
}
