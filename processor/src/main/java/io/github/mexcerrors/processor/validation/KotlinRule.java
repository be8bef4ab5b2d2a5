package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Kotlin shapes, as kapt's Java stubs show them to the processor, that no dispatcher can call, each one error that
 * says what it is in Kotlin terms: a {@code suspend} function (its stub returns {@code Object} and takes a
 * {@code Continuation}), a top-level function (a static method of the file's facade class, {@code BotKt}, which
 * Kotlin code cannot name), and a parameter whose type kapt could not resolve because the processor generates it
 * ({@code error.NonExistentClass} without kapt's {@code correctErrorTypes}). Recognised by names alone (the
 * processor does not depend on Kotlin): the facade by the kind in its {@code @kotlin.Metadata}. Methods reported
 * here are not checked by the shape rule, which would only repeat the problem in Java terms.
 */
final class KotlinRule {
  private static final String METADATA = "kotlin.Metadata";
  private static final String CONTINUATION = "kotlin.coroutines.Continuation";
  private static final String NON_EXISTENT = "error.NonExistentClass";
  /** {@code @kotlin.Metadata}'s kinds of a file facade and a multi-file class facade and part. */
  private static final Set<Integer> FACADE_KINDS = Set.of(2, 4, 5);

  private final Diagnostics diagnostics;

  KotlinRule(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Checks a class's methods.
   *
   * @param handlerClass the class
   * @return the methods it reported, which no other shape problem is reported for
   */
  Set<HandlerMethod> check(HandlerClass handlerClass) {
    Set<HandlerMethod> reported = new HashSet<>();
    boolean facade = isFileFacade(handlerClass.element());
    for (HandlerMethod method : handlerClass.methods()) {
      if (facade && method.element().getEnclosingElement().equals(handlerClass.element())) {
        diagnostics.report(Message.KOTLIN_TOP_LEVEL_FUNCTION, method.element(), method.name(),
            handlerClass.element().getSimpleName());
        reported.add(method);
        continue;
      }
      List<? extends VariableElement> parameters = method.element().getParameters();
      if (!parameters.isEmpty() && isNamed(parameters.get(parameters.size() - 1).asType(), CONTINUATION)) {
        diagnostics.report(Message.KOTLIN_SUSPEND_FUNCTION, method.element(), method.name());
        reported.add(method);
        continue;
      }
      for (VariableElement parameter : parameters) {
        if (isNamed(parameter.asType(), NON_EXISTENT)) {
          diagnostics.reportOnParameter(Message.KAPT_ERROR_TYPE, method.element(), parameter,
              parameter.getSimpleName(), method.name());
          reported.add(method);
        }
      }
    }
    return reported;
  }

  private static boolean isNamed(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }

  private static boolean isFileFacade(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(METADATA)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
          : mirror.getElementValues().entrySet()) {
        if (value.getKey().getSimpleName().contentEquals("k") && value.getValue().getValue() instanceof Integer) {
          return FACADE_KINDS.contains((Integer) value.getValue().getValue());
        }
      }
    }
    return false;
  }
}
