package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.UnreachableHandlerListener;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Handler annotations in a class without a name a dispatcher could write (a local or anonymous class, or a class
 * nested in one): no dispatcher is generated for such a class, and each of its handler methods is reported, by
 * javac's listener ({@link UnreachableHandlerListener}) when it runs, else here.
 */
public final class UnnamedClassRule {
  private final Diagnostics diagnostics;
  private final boolean listening;

  /**
   * Creates the rule.
   *
   * @param diagnostics where problems go
   * @param listening whether javac's listener reports these methods (on javac), so that this rule does not
   */
  public UnnamedClassRule(Diagnostics diagnostics, boolean listening) {
    this.diagnostics = diagnostics;
    this.listening = listening;
  }

  /**
   * Checks an element that carries a handler annotation.
   *
   * @param annotated the method, or the class for {@code @MexcExhaustive}
   * @param holder the class that holds it
   * @return whether the class can have a dispatcher (it has a name a dispatcher can write)
   */
  public boolean check(Element annotated, Element holder) {
    if (!UnreachableHandlerListener.inUnnamedClass(holder)) {
      return true;
    }
    Optional<String> unnamed = UnreachableHandlerListener.unnamedAround(annotated);
    if (!listening && annotated instanceof ExecutableElement && unnamed.isPresent()) {
      diagnostics.report(Message.HANDLER_CLASS_UNNAMED, annotated, annotated.getSimpleName(), unnamed.get());
    }
    return false;
  }
}
