package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Keeps a dispatcher free of warnings and of names its own declarations would shadow, whatever the handler class:
 * which simple names must be written qualified, and which warnings the dispatcher suppresses because they concern
 * the user's own handler class (it is deprecated), never its own code.
 */
final class DispatcherHygiene {
  /**
   * The names of the dispatcher's parameters and locals. A class of one of these names, written by its simple name
   * in an expression (a static handler method's class), would mean the variable: such classes are qualified.
   */
  static final Set<String> VARIABLES =
      Set.of("handler", "code", "message", "exception", "api", "type", "response", "entry", "e", "context");

  /** The {@code java.lang} types a dispatcher names: a type of the same name in the handler's package hides them. */
  static final List<String> JAVA_LANG = List.of("String", "Class", "Object", "SuppressWarnings");

  private final Elements elements;

  DispatcherHygiene(Elements elements) {
    this.elements = elements;
  }

  /**
   * Returns the simple names the dispatcher of a class must always write qualified: the {@code java.lang} types
   * that a type of the handler's package hides.
   *
   * @param plan the plan
   * @param packageName the dispatcher's package
   * @return the names
   */
  Set<String> qualified(DispatchPlan plan, String packageName) {
    Set<String> names = new TreeSet<>();
    for (String name : JAVA_LANG) {
      String inPackage = packageName.isEmpty() ? name : packageName + "." + name;
      if (elements.getTypeElement(inPackage) != null) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Returns the warnings the dispatcher of a class suppresses: {@code deprecation} or {@code removal} when the
   * class, a class around it, a handler method the dispatcher calls, or a class its signatures name (in the type the
   * methods return or the caller's context) is deprecated (the user's own deprecated handler is theirs to call, as
   * Dagger's generated code does). Only what applies, so that no compiler reports a needless suppression.
   *
   * @param plan the plan
   * @return the warnings, sorted
   */
  Set<String> suppressions(DispatchPlan plan) {
    List<Element> used = new ArrayList<>();
    for (Element current = plan.handlerClass().element(); current instanceof TypeElement;
        current = current.getEnclosingElement()) {
      used.add(current);
    }
    calledMethods(plan).forEach(method -> used.add(method.element()));
    plan.returnType().ifPresent(type -> namedClasses(type, used));
    plan.context().ifPresent(type -> namedClasses(type, used));
    Set<String> warnings = new TreeSet<>();
    for (Element element : used) {
      Deprecated deprecated = element.getAnnotation(Deprecated.class);
      if (deprecated != null && deprecated.forRemoval()) {
        warnings.add("removal");
      } else if (deprecated != null || elements.isDeprecated(element)) {
        warnings.add("deprecation");
      }
    }
    return warnings;
  }

  /**
   * Returns how a static handler method's class is written: by its simple name, or qualified when a dispatcher
   * variable of that name would hide it.
   *
   * @param handler the handler class
   * @return the class, as the target of a static call
   */
  CodeBlock staticTarget(TypeElement handler) {
    ClassName name = ClassName.get(handler);
    if (VARIABLES.contains(name.topLevelClassName().simpleName()) && !name.packageName().isEmpty()) {
      return CodeBlock.of("$L", name.canonicalName());
    }
    return CodeBlock.of("$T", name);
  }

  /** Adds the classes a type names: its own and those around it, and those of its type arguments and components. */
  private static void namedClasses(TypeMirror type, List<Element> into) {
    switch (type.getKind()) {
      case DECLARED:
        for (Element current = ((DeclaredType) type).asElement(); current instanceof TypeElement;
            current = current.getEnclosingElement()) {
          into.add(current);
        }
        ((DeclaredType) type).getTypeArguments().forEach(argument -> namedClasses(argument, into));
        break;
      case ARRAY:
        namedClasses(((ArrayType) type).getComponentType(), into);
        break;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          namedClasses(wildcard.getExtendsBound(), into);
        }
        if (wildcard.getSuperBound() != null) {
          namedClasses(wildcard.getSuperBound(), into);
        }
        break;
      default:
        break;
    }
  }

  /** The handler methods a dispatcher calls. */
  private static Set<HandlerMethod> calledMethods(DispatchPlan plan) {
    Set<HandlerMethod> methods = new LinkedHashSet<>(plan.routedMethods());
    plan.categoryRoutes().forEach(route -> methods.add(route.method()));
    return methods;
  }

}
