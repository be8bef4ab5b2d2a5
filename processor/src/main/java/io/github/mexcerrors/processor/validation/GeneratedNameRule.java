package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.names.GeneratedMark;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * No type the processor generates may take a name that a type of the user's own sources has, and no two handler
 * classes may get the same dispatcher. A type of the sources carrying this processor's {@code @Generated} is a
 * generated file compiled again (a stale copy on the source path), not the user's. Types from the class path are
 * the table types of a dependency, which the processor reuses. Both sides of a clash are reported, each at its
 * class, so that no write fails later with a {@code Filer} error that names no file.
 */
public final class GeneratedNameRule {
  private final Diagnostics diagnostics;
  private final Elements elements;
  private final String processorName;
  /** The qualified names of the types declared in the sources of the compilation, nested ones included. */
  private final Set<String> sourceTypes = new TreeSet<>();
  /** The handler class of each dispatcher planned so far, by the dispatcher's qualified name. */
  private final Map<String, String> dispatchers = new HashMap<>();
  /** The table types this processor generates, which later rounds see among their sources. */
  private final Set<String> tableTypes = new TreeSet<>();

  /**
   * Creates the rule.
   *
   * @param diagnostics where clashes go
   * @param elements the compiler's elements
   * @param processorName the processor's class name, the value of its {@code @Generated}
   */
  public GeneratedNameRule(Diagnostics diagnostics, Elements elements, String processorName) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.processorName = processorName;
  }

  /**
   * Records the types a round's sources declare.
   *
   * @param roots the round's root elements
   */
  public void addSources(Set<? extends Element> roots) {
    for (TypeElement type : ElementFilter.typesIn(roots)) {
      addSource(type);
    }
  }

  private void addSource(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (tableTypes.contains(name) || dispatchers.containsKey(name) || GeneratedMark.generatedBy(type, processorName)) {
      return;
    }
    sourceTypes.add(name);
    ElementFilter.typesIn(type.getEnclosedElements()).forEach(this::addSource);
  }

  /**
   * Tells whether a class is declared in the sources of the compilation (not a class file of a dependency).
   *
   * @param type the class
   * @return whether it is
   */
  public boolean isSource(TypeElement type) {
    return sourceTypes.contains(type.getQualifiedName().toString());
  }

  /**
   * Checks the table's types against the user's sources, reporting each of the user's types that has the name of
   * one of them.
   *
   * @param packageName the table's package
   * @param generatedTypes the qualified names of the types generated from the table
   * @return whether none is taken
   */
  public boolean checkTableTypes(String packageName, List<String> generatedTypes) {
    tableTypes.addAll(generatedTypes);
    boolean free = true;
    for (String name : generatedTypes) {
      if (sourceTypes.contains(name)) {
        TypeElement taken = elements.getTypeElement(name);
        diagnostics.report(Message.GENERATED_TYPE_NAME_TAKEN, taken, name, packageName);
        free = false;
      }
    }
    return free;
  }

  /**
   * Claims a handler class's dispatcher name, reporting a clash with a type of the sources or with the dispatcher
   * of another handler class.
   *
   * @param handlerClass the class
   * @return whether the name is free
   */
  public boolean claimDispatcher(HandlerClass handlerClass) {
    String packageName = handlerClass.dispatcherPackage();
    String name = (packageName.isEmpty() ? "" : packageName + ".") + handlerClass.dispatcherSimpleName();
    String handler = handlerClass.element().getQualifiedName().toString();
    String other = dispatchers.putIfAbsent(name, handler);
    if (other != null && !other.equals(handler)) {
      TypeElement otherElement = elements.getTypeElement(other);
      if (otherElement != null) {
        diagnostics.report(Message.DISPATCHER_NAME_CLASH, otherElement, other, handler, name);
      }
      diagnostics.report(Message.DISPATCHER_NAME_CLASH, handlerClass.element(), handler, other, name);
      return false;
    }
    if (sourceTypes.contains(name)) {
      dispatchers.remove(name);
      TypeElement taken = elements.getTypeElement(name);
      diagnostics.report(Message.DISPATCHER_NAME_TAKEN, handlerClass.element(), handler, name);
      if (taken != null) {
        diagnostics.report(Message.DISPATCHER_NAME_TAKEN_BY, taken, name, handler);
      }
      return false;
    }
    return true;
  }
}
