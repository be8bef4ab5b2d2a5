package io.github.mexcerrors.processor.handlers;

import io.github.mexcerrors.MexcApi;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * A method annotated with {@code @OnMexcError}, {@code @OnMexcCategory} or {@code @OnMexcErrorFallback}, as
 * written.
 *
 * @param element the method
 * @param annotation the annotation that makes it a handler
 * @param kind which annotation
 * @param api the API of {@code @OnMexcError} codes (spot for the other kinds)
 * @param codes the codes of {@code @OnMexcError}, each with its annotation value
 * @param categories the categories of {@code @OnMexcCategory}, each with its annotation value
 * @param parameters the parameters in declaration order
 * @param isStatic whether the method is static
 * @param shape what the dispatcher needs of the method's declaration, for the validator
 */
public record HandlerMethod(
    ExecutableElement element,
    AnnotationMirror annotation,
    Kind kind,
    MexcApi api,
    List<Value<Integer>> codes,
    List<Value<String>> categories,
    List<HandlerParameter> parameters,
    boolean isStatic,
    Shape shape) {

  /**
   * What a generated dispatcher needs of a handler method's declaration.
   *
   * @param isPrivate whether it is private
   * @param isGeneric whether it declares type parameters
   * @param returnType its return type as written, {@code void} when it returns nothing
   * @param checkedExceptions the checked exceptions it declares
   */
  public record Shape(boolean isPrivate, boolean isGeneric, String returnType, List<String> checkedExceptions) {}

  /** Which annotation makes the method a handler. */
  public enum Kind {
    /** {@code @OnMexcError}. */
    CODES("@OnMexcError"),
    /** {@code @OnMexcCategory}. */
    CATEGORIES("@OnMexcCategory"),
    /** {@code @OnMexcErrorFallback}. */
    FALLBACK("@OnMexcErrorFallback");

    private final String annotation;

    Kind(String annotation) {
      this.annotation = annotation;
    }

    /**
     * Returns the annotation as written in source.
     *
     * @return e.g. {@code @OnMexcError}
     */
    public String annotation() {
      return annotation;
    }
  }

  /**
   * One value of the annotation and where it is written.
   *
   * @param value the value
   * @param source the annotation value, for diagnostics
   * @param <T> the value's type
   */
  public record Value<T>(T value, AnnotationValue source) {}

  /**
   * Returns the parameter of a kind.
   *
   * @param kind the kind
   * @return the parameter, or empty
   */
  public Optional<HandlerParameter> parameter(ParameterKind kind) {
    return parameters.stream().filter(parameter -> parameter.kind() == kind).findFirst();
  }

  /**
   * Returns the method's name.
   *
   * @return the simple name
   */
  public String name() {
    return element.getSimpleName().toString();
  }
}
