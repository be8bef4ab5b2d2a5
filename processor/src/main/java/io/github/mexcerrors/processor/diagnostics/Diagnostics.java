package io.github.mexcerrors.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.Set;
import java.util.function.Predicate;
import javax.tools.Diagnostic;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The one place diagnostics leave the processor. Every diagnostic is a {@link Message} (its id, kind and text),
 * printed as {@code [MEXC-H102] text (see docs/diagnostics.md#mexc-h102)} on the most precise spot known: an
 * annotation value, an annotation, an element, a node of javac's tree, or a table file's line and column.
 */
public final class Diagnostics {
  private final Messager messager;
  private final boolean eclipse;
  /**
   * Problems that an inherited method has only together with the subclass's own methods, which its own class does
   * not report: printed at the subclass even when the method's class is in the sources.
   */
  private static final Set<Message> COMBINED = Set.of(Message.RETURN_TYPES_DISAGREE);
  /** The handler class being checked, whose inherited methods' problems are placed by {@link #checking}. */
  private TypeElement checking;
  private Predicate<TypeElement> fromSources = type -> true;
  /** Errors reported so far, printed or not (see {@link #errorCount}). */
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
   * Reports a message on an element.
   *
   * @param message the message
   * @param element the element
   * @param args the message's values
   */
  public void report(Message message, Element element, Object... args) {
    print(message, message.render(args), element, null, null);
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
    print(message, message.render(args) + suffix, eclipse ? method : parameter, null, null);
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
    print(message, message.render(args) + suffix, element, null, null);
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
    print(message, message.render(args), element, annotation, value);
  }

  /**
   * Reports what the rules find in one handler class, whose handler methods include inherited ones: a problem of an
   * inherited method is printed at the class when the method comes from a class file (a dependency, where no line
   * can be shown), and not at all when it comes from the sources (its own class, a handler class too, reports it),
   * unless it arises only with the subclass's methods (return types that disagree).
   *
   * @param handlerClass the class being checked, or {@code null} to end
   * @param fromSources tells whether a class is declared in the sources of the compilation
   */
  public void checking(TypeElement handlerClass, Predicate<TypeElement> fromSources) {
    this.checking = handlerClass;
    this.fromSources = fromSources;
  }

  /**
   * Returns how many errors were reported so far, as AutoValue's {@code ErrorReporter} counts them: a step that
   * checks something compares the count before and after, instead of every check returning whether it passed. A
   * problem of an inherited method that its own class reports (so it is not printed twice) counts too.
   *
   * @return the number of errors
   */
  public int errorCount() {
    return errors;
  }

  private void count(Message message) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
  }

  private void print(Message message, String text, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    count(message);
    TypeElement declaring = declaringType(element);
    if (checking != null && declaring != null && !declaring.equals(checking)) {
      boolean fromSource = fromSources.test(declaring);
      if (fromSource && !COMBINED.contains(message)) {
        return;
      }
      String where = element instanceof TypeElement ? declaring.getSimpleName().toString()
          : declaring.getSimpleName() + "." + (element instanceof VariableElement
              ? element.getEnclosingElement().getSimpleName() : element.getSimpleName());
      messager.printMessage(message.kind(), withPointer(message, text + " (in " + where + ", inherited"
          + (fromSource ? "" : " from a class file") + ")"), checking);
      return;
    }
    String printed = withPointer(message, text);
    if (value != null) {
      messager.printMessage(message.kind(), printed, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(message.kind(), printed, element, annotation);
    } else {
      messager.printMessage(message.kind(), printed, element);
    }
  }

  /** The printed text: the message, then where its page says what it means and how to fix it. */
  private static String withPointer(Message message, String text) {
    return text + " (see " + message.page() + ")";
  }

  private static TypeElement declaringType(Element element) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      if (current instanceof TypeElement) {
        return (TypeElement) current;
      }
    }
    return null;
  }

  /**
   * Reports a message at a node of a compilation unit's tree, for javac's listener, which sees method bodies after
   * processing (where the {@link Messager} knows no position).
   *
   * @param message the message
   * @param trees javac's tree API
   * @param tree the node
   * @param unit its compilation unit
   * @param args the message's values
   */
  public void reportOnTree(Message message, Trees trees, Tree tree, CompilationUnitTree unit, Object... args) {
    count(message);
    trees.printMessage(message.kind(), withPointer(message, message.render(args)), tree, unit);
  }

  /**
   * Reports a message that concerns no element: a table file's line and column, or nothing at all.
   *
   * @param position where in a file, e.g. {@code error-codes.yaml:12:5}, or {@code null}
   * @param message the message
   * @param args the message's values
   */
  public void reportAt(Object position, Message message, Object... args) {
    count(message);
    String text = withPointer(message, message.render(args));
    messager.printMessage(message.kind(), position == null ? text : position + ": " + text);
  }
}
