package io.github.mexcerrors.processor.diagnostics;

import io.github.mexcerrors.processor.table.TableProblems;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic.Kind;

/**
 * The one place diagnostics leave the processor. Every message is a full sentence that says what is wrong and
 * how to fix it; it is attached to the most precise spot known: an annotation value, an annotation, an element,
 * or a table file's line and column.
 */
public final class Diagnostics {
  private final Messager messager;
  private final boolean eclipse;
  private int errors;

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
   * Reports an error on an element.
   *
   * @param element the element
   * @param message the message
   */
  public void error(Element element, String message) {
    errors++;
    messager.printMessage(Kind.ERROR, message, element);
  }

  /**
   * Reports an error on a parameter of a method.
   *
   * @param method the method
   * @param parameter the parameter
   * @param message the message, which names the parameter
   */
  public void error(ExecutableElement method, VariableElement parameter, String message) {
    // The Eclipse compiler (3.40) loses the position of a parameter read in a later round (a handler class whose
    // parameters use generated types is read in the second round): the error would name no file and no line. The
    // method is the next best place.
    error(eclipse ? method : parameter, message);
  }

  /**
   * Reports an error on an annotation, or on one of its values when given.
   *
   * @param element the annotated element
   * @param annotation the annotation
   * @param value the value, or {@code null} to point at the annotation
   * @param message the message
   */
  public void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    errors++;
    if (value != null) {
      messager.printMessage(Kind.ERROR, message, element, annotation, value);
    } else {
      messager.printMessage(Kind.ERROR, message, element, annotation);
    }
  }

  /**
   * Reports an error that concerns no element.
   *
   * @param message the message
   */
  public void error(String message) {
    errors++;
    messager.printMessage(Kind.ERROR, message);
  }

  /**
   * Reports every problem of a table file, each prefixed with its file, line and column.
   *
   * @param problems the problems
   */
  public void report(TableProblems problems) {
    for (TableProblems.Problem problem : problems.all()) {
      error(problem.toString());
    }
  }

  /**
   * Reports a warning on an element.
   *
   * @param element the element
   * @param message the message
   */
  public void warning(Element element, String message) {
    messager.printMessage(Kind.WARNING, message, element);
  }

  /**
   * Returns how many errors were reported so far.
   *
   * @return the count
   */
  public int errorCount() {
    return errors;
  }
}
