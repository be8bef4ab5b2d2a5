package io.github.mexcerrors.processor.validation;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * A handler class must not be (or be nested in) an auxiliary class: a top-level class declared in a file named
 * after another class. javac warns at every use of one from another file ({@code -Xlint:auxiliaryclass}), the
 * dispatcher must name it in its method signatures, and there {@code @SuppressWarnings} does not silence that
 * warning (JDK 17 to 25), so the dispatcher could not compile under {@code -Xlint:all -Werror}. Only javac's tree
 * API tells which file a class is declared in; ecj, which has no such warning, accepts such classes.
 */
final class AuxiliaryClassRule {
  private final Diagnostics diagnostics;
  private final Optional<Trees> trees;

  AuxiliaryClassRule(Diagnostics diagnostics, Optional<Trees> trees) {
    this.diagnostics = diagnostics;
    this.trees = trees;
  }

  /**
   * Checks a class.
   *
   * @param handlerClass the class
   */
  void check(HandlerClass handlerClass) {
    if (trees.isEmpty()) {
      return;
    }
    Element top = handlerClass.element();
    while (top.getEnclosingElement() instanceof TypeElement) {
      top = top.getEnclosingElement();
    }
    if (!(top.getEnclosingElement() instanceof PackageElement)) {
      return;
    }
    TreePath path = trees.get().getPath(top);
    if (path == null) {
      return;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    String simpleName = top.getSimpleName().toString();
    if (unit.getSourceFile().isNameCompatible(simpleName, JavaFileObject.Kind.SOURCE)) {
      return;
    }
    String file = unit.getSourceFile().getName();
    file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    String publicClass = file.endsWith(".java") ? file.substring(0, file.length() - ".java".length()) : file;
    diagnostics.report(Message.HANDLER_CLASS_AUXILIARY, handlerClass.element(), simpleName, file,
        handlerClass.dispatcherSimpleName(), publicClass);
  }
}
