package io.github.mexcerrors.processor.validation;

import com.palantir.javapoet.TypeName;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * What handler methods return, which the dispatcher returns to its caller. The handler methods of a class are all
 * {@code void} (dispatch returns whether a method ran, as it always did), or all return exactly the same type, which
 * every {@code dispatch} then returns: no subtypes, no boxing, no common supertype is inferred, since a dispatcher
 * that silently widened {@code Recovery} and {@code Object} to {@code Object} would hide the mistake it stands for.
 * A class whose methods return a value needs a fallback, since every dispatch must return one. The dispatcher must
 * be able to name the type: no type variable of the handler class (it takes any {@code Handlers<?>}), nothing
 * private. A return type that does not resolve is the compiler's to report.
 */
final class ReturnTypeRule {
  private final ValidationContext context;

  ReturnTypeRule(ValidationContext context) {
    this.context = context;
  }

  /**
   * Checks what the methods of a class return.
   *
   * @param handlerClass the class
   * @param methods its methods to check (those of a shape the dispatcher can call)
   */
  void check(HandlerClass handlerClass, List<HandlerMethod> methods) {
    boolean nameable = true;
    // The methods by the type they return, in declaration order.
    Map<TypeName, List<HandlerMethod>> byType = new LinkedHashMap<>();
    for (HandlerMethod method : methods) {
      TypeMirror returned = method.element().getReturnType();
      if (TypeNaming.unresolved(returned)) {
        continue;
      }
      nameable &= checkNameable(handlerClass, method, returned);
      byType.computeIfAbsent(TypeName.get(returned).withoutAnnotations(), type -> new ArrayList<>()).add(method);
    }
    if (byType.size() > 1) {
      // The type most methods return is taken as meant (the first one of equally many), the others disagree.
      Map.Entry<TypeName, List<HandlerMethod>> meant = byType.entrySet().iterator().next();
      for (Map.Entry<TypeName, List<HandlerMethod>> entry : byType.entrySet()) {
        if (entry.getValue().size() > meant.getValue().size()) {
          meant = entry;
        }
      }
      for (Map.Entry<TypeName, List<HandlerMethod>> entry : byType.entrySet()) {
        if (entry == meant) {
          continue;
        }
        String[] shown = TypeNaming.shown(entry.getKey(), meant.getKey());
        for (HandlerMethod method : entry.getValue()) {
          context.diagnostics().report(Message.RETURN_TYPES_DISAGREE, method.element(), method.name(), shown[0],
              handlerClass.element().getSimpleName(), shown[1], meant.getValue().get(0).name());
        }
      }
      return;
    }
    if (byType.size() == 1 && nameable) {
      TypeName type = byType.keySet().iterator().next();
      boolean hasFallback = methods.stream().anyMatch(method -> method.kind() == Kind.FALLBACK);
      if (!type.equals(TypeName.VOID) && !hasFallback) {
        context.diagnostics().report(Message.FALLBACK_REQUIRED, handlerClass.element(),
            handlerClass.element().getSimpleName(), TypeNaming.simple(type));
      }
    }
  }

  /** Reports a type variable or a private type in what a method returns, the first one found. */
  private boolean checkNameable(HandlerClass handlerClass, HandlerMethod method, TypeMirror returned) {
    Optional<TypeMirror> variable = TypeNaming.typeVariable(returned);
    if (variable.isPresent()) {
      Element owner = ((TypeVariable) variable.get()).asElement().getEnclosingElement();
      context.diagnostics().report(Message.RETURN_TYPE_VARIABLE, method.element(), method.name(),
          TypeNaming.simple(TypeName.get(returned)), variable.get(), owner.getSimpleName());
      return false;
    }
    Optional<Element> hidden = TypeNaming.privatePart(returned);
    if (hidden.isPresent()) {
      context.diagnostics().report(Message.RETURN_TYPE_PRIVATE, method.element(), method.name(),
          TypeNaming.simple(TypeName.get(returned)), hidden.get().getSimpleName());
      return false;
    }
    return true;
  }
}
