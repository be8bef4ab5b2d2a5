package io.github.mexcerrors.processor.handlers;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The methods of a handler class that count as its handler methods, as Spring counts {@code @ExceptionHandler}
 * methods: its own, then those it inherits from its superclasses (nearest first), each annotated with one of ours.
 * An inherited method that the class or a nearer superclass overrides (or, for a static one, hides) with a method
 * of its own annotations is replaced by that method; overridden by a method without them, it keeps its annotation
 * and the dispatcher's call runs the override (a virtual call). Private methods are not inherited.
 */
public final class HandlerMethods {
  private HandlerMethods() {}

  /**
   * Lists the candidate handler methods of a class: every method it declares, then the inherited methods that
   * carry one of our annotations and are not replaced.
   *
   * @param type the class
   * @param elements the compiler's elements
   * @return the methods, own first, then by superclass from the nearest
   */
  public static List<ExecutableElement> of(TypeElement type, Elements elements) {
    List<ExecutableElement> methods = new ArrayList<>(ElementFilter.methodsIn(type.getEnclosedElements()));
    List<ExecutableElement> nearer = new ArrayList<>(methods);
    for (TypeElement ancestor = superclass(type); ancestor != null; ancestor = superclass(ancestor)) {
      List<ExecutableElement> declared = ElementFilter.methodsIn(ancestor.getEnclosedElements());
      for (ExecutableElement method : declared) {
        if (HandlerReader.handlerAnnotations(method).isEmpty() || method.getModifiers().contains(Modifier.PRIVATE)
            || replaced(method, nearer, type, elements)) {
          continue;
        }
        methods.add(method);
      }
      nearer.addAll(declared);
    }
    return methods;
  }

  /** Whether a nearer method with annotations of its own overrides or hides an inherited one. */
  private static boolean replaced(ExecutableElement inherited, List<ExecutableElement> nearer, TypeElement type,
      Elements elements) {
    for (ExecutableElement candidate : nearer) {
      if (!candidate.getSimpleName().contentEquals(inherited.getSimpleName())) {
        continue;
      }
      boolean overrides = inherited.getModifiers().contains(Modifier.STATIC)
          ? elements.hides(candidate, inherited) : elements.overrides(candidate, inherited, type);
      if (overrides && !HandlerReader.handlerAnnotations(candidate).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    Element element = ((DeclaredType) superclass).asElement();
    if (!(element instanceof TypeElement)
        || ((TypeElement) element).getQualifiedName().contentEquals(Object.class.getCanonicalName())) {
      return null;
    }
    return (TypeElement) element;
  }
}
