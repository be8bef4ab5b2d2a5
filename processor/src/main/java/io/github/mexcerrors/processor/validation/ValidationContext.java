package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.Locale;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What every rule checks against and reports to.
 *
 * @param diagnostics where problems go
 * @param table the table
 * @param names the table's generated type names
 * @param suggester the "did you mean" of codes and categories
 */
record ValidationContext(Diagnostics diagnostics, ErrorTable table, GeneratedNames names, CodeSuggester suggester) {
  static String apiLabel(MexcApi api) {
    return api.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Names two handler methods so that a message tells them apart: by name; with their parameter types when the
   * names are the same (overloads, such as Kotlin's {@code @JvmOverloads}); with their classes when they are
   * declared in different ones (an inherited method).
   *
   * @param first a method
   * @param second another method
   * @return their names, in the same order
   */
  static String[] distinctNames(HandlerMethod first, HandlerMethod second) {
    boolean sameName = first.name().equals(second.name());
    boolean sameClass = first.element().getEnclosingElement().equals(second.element().getEnclosingElement());
    return new String[] {describe(first, sameName && sameClass, !sameClass),
        describe(second, sameName && sameClass, !sameClass)};
  }

  private static String describe(HandlerMethod method, boolean withParameters, boolean withClass) {
    String name = (withClass ? method.element().getEnclosingElement().getSimpleName() + "." : "") + method.name();
    if (!withParameters) {
      return name;
    }
    StringBuilder text = new StringBuilder(name).append('(');
    for (int i = 0; i < method.element().getParameters().size(); i++) {
      TypeMirror type = method.element().getParameters().get(i).asType();
      text.append(i == 0 ? "" : ", ").append(type.getKind() == TypeKind.DECLARED
          ? ((DeclaredType) type).asElement().getSimpleName().toString() : type.toString());
    }
    return text.append(')').toString();
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
