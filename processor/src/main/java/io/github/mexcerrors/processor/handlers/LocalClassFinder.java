package io.github.mexcerrors.processor.handlers;

import com.sun.source.tree.ClassTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Finds local and anonymous classes that declare handler methods. {@code RoundEnvironment.getElementsAnnotatedWith}
 * never returns members of such classes (they live inside method bodies, which annotation processing does not
 * see), so without this their handler methods would be silently ignored. It walks the source trees through javac's
 * tree API; on a compiler without it (the Eclipse compiler) it finds nothing.
 */
public final class LocalClassFinder {
  private final Trees trees;

  /**
   * Creates a finder.
   *
   * @param environment the processing environment
   */
  public LocalClassFinder(ProcessingEnvironment environment) {
    Trees found;
    try {
      found = Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError e) {
      found = null; // not javac, or javac's tree API is not available
    }
    this.trees = found;
  }

  /**
   * Finds the local and anonymous classes with handler methods in the sources of a round.
   *
   * @param roots the round's root elements
   * @return the classes, in source order
   */
  public Set<TypeElement> find(Set<? extends Element> roots) {
    Set<TypeElement> found = new LinkedHashSet<>();
    if (trees == null) {
      return found;
    }
    for (TypeElement root : ElementFilter.typesIn(roots)) {
      TreePath path = trees.getPath(root);
      if (path == null) {
        continue;
      }
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitClass(ClassTree tree, Void unused) {
          Element element = trees.getElement(getCurrentPath());
          if (element instanceof TypeElement) {
            NestingKind nesting = ((TypeElement) element).getNestingKind();
            if ((nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS)
                && ElementFilter.methodsIn(element.getEnclosedElements()).stream()
                    .anyMatch(method -> !HandlerReader.handlerAnnotations(method).isEmpty())) {
              found.add((TypeElement) element);
            }
          }
          return super.visitClass(tree, unused);
        }
      }.scan(path, null);
    }
    return found;
  }
}
