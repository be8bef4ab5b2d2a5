package io.github.mexcerrors.processor.validation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * What a generated dispatcher can name of a type the user wrote (a return type, the type of a context), and how
 * messages word it: the rules of {@link ReturnTypeRule} and {@link ContextRule}.
 */
final class TypeNaming {
  private TypeNaming() {}

  /** Whether the type, or a type in it, does not exist (yet): the compiler reports it. */
  static boolean unresolved(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return unresolved(((ArrayType) type).getComponentType());
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeNaming::unresolved);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return wildcard.getExtendsBound() != null && unresolved(wildcard.getExtendsBound())
            || wildcard.getSuperBound() != null && unresolved(wildcard.getSuperBound());
      default:
        return false;
    }
  }

  /**
   * Finds a type variable in a type, which a dispatcher (that takes any {@code Handlers<?>}) cannot name.
   *
   * @param type the type
   * @return the first type variable in it
   */
  static Optional<TypeMirror> typeVariable(TypeMirror type) {
    return find(type, part -> part.getKind() == TypeKind.TYPEVAR);
  }

  /**
   * Finds a private class in a type, which a dispatcher cannot name: the class of the type or of a type in it, or
   * a class around one of them.
   *
   * @param type the type
   * @return the first private class
   */
  static Optional<Element> privatePart(TypeMirror type) {
    return find(type, part -> part.getKind() == TypeKind.DECLARED
        && privateType(((DeclaredType) part).asElement()).isPresent())
        .flatMap(part -> privateType(((DeclaredType) part).asElement()));
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
  private static Optional<TypeMirror> find(TypeMirror type, Predicate<TypeMirror> matches) {
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

  /** A type as a user writes it in a class that imports what it uses: {@code Map<String, Recovery>}. */
  static String simple(TypeName type) {
    if (type instanceof ClassName) {
      return String.join(".", ((ClassName) type).simpleNames());
    }
    if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName parameterized = (ParameterizedTypeName) type;
      return simple(parameterized.rawType()) + parameterized.typeArguments().stream().map(TypeNaming::simple)
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

  /**
   * Words two types for a message: by their simple names, or qualified when these are the same (two classes
   * {@code Recovery} of different packages).
   */
  static String[] shown(TypeName first, TypeName second) {
    String a = simple(first);
    String b = simple(second);
    return a.equals(b) ? new String[] {first.toString(), second.toString()} : new String[] {a, b};
  }
}
