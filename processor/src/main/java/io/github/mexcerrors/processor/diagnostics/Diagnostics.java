package io.github.mexcerrors.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The one place diagnostics leave the processor. Every diagnostic is a {@link Message} (its id, kind and text),
 * printed as {@code [MEXC-H102] text} on the most precise spot known: an annotation value, an annotation, an
 * element, or a table file's line and column.
 */
public final class Diagnostics {
  private final Messager messager;
  private final boolean eclipse;

  /**
   * Creates the reporter.
   *
   * @param messager javac's messager
   */
  public Diagnostics(Messager messager) {
    this.messager = messager;
    this.eclipse = messager.getClass().getName().startsWith("org.eclipse.jdt.");
  }

  /**
   * Reports a message on an element.
   *
   * @param message the message
   * @param element the element
   * @param args the message's values
   */
  public void report(Message message, Element element, Object... args) {
    messager.printMessage(message.kind(), message.render(args), element);
  }

  /**
   * Reports a message on a parameter of a method.
   *
   * @param message the message, which names the parameter
   * @param method the method
   * @param parameter the parameter
   * @param args the message's values
   */
  public void reportOnParameter(Message message, ExecutableElement method, VariableElement parameter,
      Object... args) {
    // The Eclipse compiler (3.40) loses the position of a parameter read in a later round (a handler class whose
    // parameters use generated types is read in the second round): the message would name no file and no line.
    // The method is the next best place.
    report(message, eclipse ? method : parameter, args);
  }

  /**
   * Reports a message on a parameter of a method, with a clause after it.
   *
   * @param message the message, which names the parameter
   * @param method the method
   * @param parameter the parameter
   * @param suffix text that follows the message, e.g. the rule it breaks
   * @param args the message's values
   */
  public void reportOnParameter(Message message, ExecutableElement method, VariableElement parameter,
      String suffix, Object... args) {
    messager.printMessage(message.kind(), message.render(args) + suffix, eclipse ? method : parameter);
  }

  /**
   * Reports a message on an element, with a clause after it.
   *
   * @param message the message
   * @param element the element
   * @param suffix text that follows the message, e.g. the rule it breaks
   * @param args the message's values
   */
  public void reportWith(Message message, Element element, String suffix, Object... args) {
    messager.printMessage(message.kind(), message.render(args) + suffix, element);
  }

  /**
   * Reports a message on an annotation, or on one of its values when given.
   *
   * @param message the message
   * @param element the annotated element
   * @param annotation the annotation
   * @param value the value, or {@code null} to point at the annotation
   * @param args the message's values
   */
  public void reportOnAnnotation(Message message, Element element, AnnotationMirror annotation,
      AnnotationValue value, Object... args) {
    if (value != null) {
      messager.printMessage(message.kind(), message.render(args), element, annotation, value);
    } else {
      messager.printMessage(message.kind(), message.render(args), element, annotation);
    }
  }

  /**
   * Reports a message that concerns no element: a table file's line and column, or nothing at all.
   *
   * @param position where in a file, e.g. {@code error-codes.yaml:12:5}, or {@code null}
   * @param message the message
   * @param args the message's values
   */
  public void reportAt(Object position, Message message, Object... args) {
    String text = message.render(args);
    messager.printMessage(message.kind(), position == null ? text : position + ": " + text);
  }
}
