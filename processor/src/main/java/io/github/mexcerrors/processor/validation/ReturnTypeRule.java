package io.github.mexcerrors.processor.validation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

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
      if (unresolved(returned)) {
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
        String[] shown = shown(entry.getKey(), meant.getKey());
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
            handlerClass.element().getSimpleName(), simple(type));
      }
    }
  }

  /** Whether the type, or a type in it, does not exist (yet): the compiler reports it. */
  private static boolean unresolved(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return unresolved(((ArrayType) type).getComponentType());
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(ReturnTypeRule::unresolved);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return wildcard.getExtendsBound() != null && unresolved(wildcard.getExtendsBound())
            || wildcard.getSuperBound() != null && unresolved(wildcard.getSuperBound());
      default:
        return false;
    }
  }

  /** Reports a type variable or a private type in what a method returns, the first one found. */
  private boolean checkNameable(HandlerClass handlerClass, HandlerMethod method, TypeMirror returned) {
    Optional<TypeMirror> variable = find(returned, type -> type.getKind() == TypeKind.TYPEVAR);
    if (variable.isPresent()) {
      Element owner = ((TypeVariable) variable.get()).asElement().getEnclosingElement();
      context.diagnostics().report(Message.RETURN_TYPE_VARIABLE, method.element(), method.name(),
          simple(TypeName.get(returned)), variable.get(), owner.getSimpleName());
      return false;
    }
    Optional<TypeMirror> hidden = find(returned, type -> type.getKind() == TypeKind.DECLARED
        && privateType(((DeclaredType) type).asElement()).isPresent());
    if (hidden.isPresent()) {
      Element type = privateType(((DeclaredType) hidden.get()).asElement()).orElseThrow();
      context.diagnostics().report(Message.RETURN_TYPE_PRIVATE, method.element(), method.name(),
          simple(TypeName.get(returned)), type.getSimpleName());
      return false;
    }
    return true;
  }

  /** The type itself, or the nearest type around it, when it is private. */
  private static Optional<Element> privateType(Element type) {
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }

  /** The first type in a type (itself, its type arguments, bounds and components) that matches. */
  private static Optional<TypeMirror> find(TypeMirror type, java.util.function.Predicate<TypeMirror> matches) {
    if (matches.test(type)) {
      return Optional.of(type);
    }
    List<TypeMirror> parts = new ArrayList<>();
    switch (type.getKind()) {
      case ARRAY:
        parts.add(((ArrayType) type).getComponentType());
        break;
      case DECLARED:
        parts.addAll(((DeclaredType) type).getTypeArguments());
        if (((DeclaredType) type).getEnclosingType().getKind() == TypeKind.DECLARED) {
          parts.add(((DeclaredType) type).getEnclosingType());
        }
        break;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          parts.add(wildcard.getExtendsBound());
        }
        if (wildcard.getSuperBound() != null) {
          parts.add(wildcard.getSuperBound());
        }
        break;
      default:
        break;
    }
    for (TypeMirror part : parts) {
      Optional<TypeMirror> found = find(part, matches);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Words two types for a message: by their simple names, or qualified when these are the same (two classes
   * {@code Recovery} of different packages).
   */
  private static String[] shown(TypeName first, TypeName second) {
    String a = simple(first);
    String b = simple(second);
    return a.equals(b) ? new String[] {first.toString(), second.toString()} : new String[] {a, b};
  }

  /** A type as a user writes it in a class that imports what it uses: {@code Map<String, Recovery>}. */
  static String simple(TypeName type) {
    if (type instanceof ClassName) {
      return String.join(".", ((ClassName) type).simpleNames());
    }
    if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName parameterized = (ParameterizedTypeName) type;
      return simple(parameterized.rawType()) + parameterized.typeArguments().stream().map(ReturnTypeRule::simple)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof ArrayTypeName) {
      return simple(((ArrayTypeName) type).componentType()) + "[]";
    }
    if (type instanceof WildcardTypeName) {
      WildcardTypeName wildcard = (WildcardTypeName) type;
      if (!wildcard.lowerBounds().isEmpty()) {
        return "? super " + simple(wildcard.lowerBounds().get(0));
      }
      TypeName upper = wildcard.upperBounds().get(0);
      return upper.equals(ClassName.OBJECT) ? "?" : "? extends " + simple(upper);
    }
    return type.toString();
  }
}
