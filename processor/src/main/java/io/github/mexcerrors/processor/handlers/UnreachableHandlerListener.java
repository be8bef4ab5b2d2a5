package io.github.mexcerrors.processor.handlers;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.names.GeneratedMark;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reports, on javac, every handler method that no generated dispatcher can ever call because it is declared in a
 * class without a name a dispatcher could write: a local or anonymous class (an enum constant's body is one), or a
 * class nested, at any depth, in one of them. Annotation processing never sees these methods (they live in method
 * bodies and initializers, which javac attributes only after the last round), and javac runs a processor only for
 * the annotations it does see: so this listens to javac itself, registered when javac initialises the processor
 * (which it does in every build that has the processor on its path), and looks at each class once javac has
 * analysed it. It reports at the method, through {@code Diagnostics} on javac's tree API. It skips the classes this
 * processor generated (they carry its {@code @Generated}): they have no handler methods, and are most of the source a
 * compile sees.
 */
public final class UnreachableHandlerListener implements TaskListener {
  private final Trees trees;
  private final Diagnostics diagnostics;
  /** The name our {@code @Generated} carries. */
  private final String processorName;
  /** The methods reported, so that a class analysed twice is reported once. */
  private final Set<Element> reported = new HashSet<>();

  private UnreachableHandlerListener(Trees trees, Diagnostics diagnostics, String processorName) {
    this.trees = trees;
    this.diagnostics = diagnostics;
    this.processorName = processorName;
  }

  /**
   * Registers the listener with the javac task that runs the processor.
   *
   * @param task the task, if the compiler is javac
   * @param trees javac's tree API, if the compiler is javac
   * @param diagnostics where the methods are reported
   * @param processorName the name the processor puts in {@code @Generated}
   * @return whether it was registered (javac's tree API was available)
   */
  public static boolean register(Optional<JavacTask> task, Optional<Trees> trees, Diagnostics diagnostics,
      String processorName) {
    if (task.isEmpty() || trees.isEmpty()) {
      return false;
    }
    try {
      task.get().addTaskListener(new UnreachableHandlerListener(trees.get(), diagnostics, processorName));
      return true;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @Override
  public void started(TaskEvent event) {}

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null
        || event.getCompilationUnit() == null || GeneratedMark.generatedBy(event.getTypeElement(), processorName)) {
      return;
    }
    try {
      TreePath path = trees.getPath(event.getTypeElement());
      if (path != null) {
        scan(path, event.getCompilationUnit());
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // A listener must never break javac: at worst, a handler method goes unreported
    }
  }

  private void scan(TreePath path, CompilationUnitTree unit) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        if (element instanceof ExecutableElement && element.getKind() == ElementKind.METHOD
            && !HandlerReader.handlerAnnotations(element).isEmpty()) {
          Optional<String> where = unnamedAround(element);
          if (where.isPresent() && reported.add(element)) {
            diagnostics.reportOnTree(Message.HANDLER_CLASS_UNNAMED, trees, tree, unit, element.getSimpleName(),
                where.get());
          }
        }
        return super.visitMethod(tree, unused);
      }
    }.scan(path, null);
  }

  /**
   * Describes why a method's class cannot be named, if it cannot.
   *
   * @param method the method
   * @return e.g. "an anonymous class", or "class Member, inside a local class"; empty when the class has a name
   */
  public static Optional<String> unnamedAround(Element method) {
    Element type = method.getEnclosingElement();
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      NestingKind nesting = ((TypeElement) current).getNestingKind();
      if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
        String kind = nesting == NestingKind.LOCAL ? "a local " + kindName(current)
            : isEnumConstantBody((TypeElement) current) ? "the body of an enum constant" : "an anonymous class";
        if (current.equals(type)) {
          return Optional.of(kind);
        }
        return Optional.of(kindName(type) + " " + type.getSimpleName() + ", inside " + kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a class is, or is nested in, a local or anonymous class.
   *
   * @param type the class
   * @return whether no dispatcher can name it
   */
  public static boolean inUnnamedClass(Element type) {
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      NestingKind nesting = ((TypeElement) current).getNestingKind();
      if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
        return true;
      }
    }
    return false;
  }

  /** An anonymous class that extends an enum is the body of one of its constants: nothing else can extend one. */
  private static boolean isEnumConstantBody(TypeElement anonymous) {
    TypeMirror superclass = anonymous.getSuperclass();
    return superclass instanceof DeclaredType && ((DeclaredType) superclass).asElement().getKind() == ElementKind.ENUM;
  }

  private static String kindName(Element type) {
    switch (type.getKind()) {
      case ENUM:
        return "enum";
      case RECORD:
        return "record";
      case INTERFACE:
        return "interface";
      default:
        return "class";
    }
  }
}
