package io.github.mexcerrors.processor.handlers;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * A class that declares handler methods, and the dispatcher to generate for it.
 *
 * @param element the class
 * @param dispatcherPackage the package of the dispatcher (the class's own)
 * @param dispatcherSimpleName the dispatcher's simple name, e.g. {@code Outer_InnerDispatcher}
 * @param isPublic whether the class is reachable from outside its package, so the dispatcher is public too
 * @param methods the handler methods in declaration order
 * @param exhaustive what its {@code @MexcExhaustive} asks for, if it has one
 * @param nesting how it is nested: a dispatcher can name only top-level and member classes
 * @param privateEnclosing the class, or the nearest class around it, that is private, if any
 * @param conflicts methods that carry more than one handler annotation (not among {@code methods})
 */
public record HandlerClass(
    TypeElement element,
    String dispatcherPackage,
    String dispatcherSimpleName,
    boolean isPublic,
    List<HandlerMethod> methods,
    Optional<Exhaustiveness> exhaustive,
    NestingKind nesting,
    Optional<TypeElement> privateEnclosing,
    List<AnnotationConflict> conflicts) {

  /**
   * A method that carries more than one handler annotation.
   *
   * @param method the method
   * @param kinds its annotations
   */
  public record AnnotationConflict(ExecutableElement method, List<HandlerMethod.Kind> kinds) {}
}
