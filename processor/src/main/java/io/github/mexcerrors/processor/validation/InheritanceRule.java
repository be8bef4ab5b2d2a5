package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The inherited handler methods of a class (see {@code HandlerMethods}) count only if its dispatcher, which lives
 * in the class's package, can call them: a method of a superclass in another package must be public (protected
 * and package-private members of another package are out of the dispatcher's reach), and so must a static one's
 * class. Reported at the class that inherits the method, naming it, since the superclass on its own is fine.
 */
final class InheritanceRule {
  private final Diagnostics diagnostics;

  InheritanceRule(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Checks the inherited methods of a class.
   *
   * @param handlerClass the class
   */
  void check(HandlerClass handlerClass) {
    TypeElement type = handlerClass.element();
    String packageName = handlerClass.dispatcherPackage();
    for (HandlerMethod method : handlerClass.methods()) {
      TypeElement declaring = (TypeElement) method.element().getEnclosingElement();
      if (declaring.equals(type) || packageOf(declaring).getQualifiedName().contentEquals(packageName)) {
        continue;
      }
      boolean reachable = method.element().getModifiers().contains(Modifier.PUBLIC)
          && (!method.isStatic() || isPublic(declaring));
      if (!reachable) {
        String access = !method.element().getModifiers().contains(Modifier.PUBLIC)
            ? (method.element().getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private")
            : "declared in a class that is not public";
        diagnostics.report(Message.INHERITED_HANDLER_UNREACHABLE, type, declaring.getSimpleName(),
            method.name(), type.getSimpleName(), access, packageOf(declaring).getQualifiedName(),
            handlerClass.dispatcherSimpleName(), packageName);
      }
    }
  }

  private static boolean isPublic(TypeElement type) {
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (!current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static PackageElement packageOf(Element element) {
    Element current = element;
    while (!(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return (PackageElement) current;
  }
}
