package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass.AnnotationConflict;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import java.util.List;

/**
 * The class as a whole: a generated dispatcher can reach it, each method carries one handler annotation,
 * and there is at most one fallback.
 */
final class ClassRule {
  private final ValidationContext context;

  ClassRule(ValidationContext context) {
    this.context = context;
  }

  /**
   * Checks the rest of the class's rules.
   *
   * @param handlerClass the class
   */
  void check(HandlerClass handlerClass) {
    if (handlerClass.privateEnclosing().isPresent()) {
      context.diagnostics().report(Message.HANDLER_CLASS_PRIVATE, handlerClass.element(),
          handlerClass.privateEnclosing().get().getSimpleName(), handlerClass.dispatcherSimpleName(),
          handlerClass.element().getSimpleName());
    }
    for (AnnotationConflict conflict : handlerClass.conflicts()) {
      context.diagnostics().report(Message.TWO_HANDLER_ANNOTATIONS, conflict.method(),
          conflict.method().getSimpleName(),
          String.join(" and ", conflict.kinds().stream().map(Kind::annotation).toList()));
    }
    List<HandlerMethod> fallbacks =
        handlerClass.methods().stream().filter(method -> method.kind() == Kind.FALLBACK).toList();
    if (fallbacks.size() > 1) {
      String names = String.join(", ", fallbacks.stream().map(HandlerMethod::name).toList());
      for (HandlerMethod fallback : fallbacks) {
        context.diagnostics().reportOnAnnotation(Message.FALLBACKS_MANY, fallback.element(), fallback.annotation(),
            null, handlerClass.element().getSimpleName(), fallbacks.size(), names);
      }
    }
  }
}
