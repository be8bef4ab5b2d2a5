package io.github.mexcerrors.processor.validation;

import com.sun.source.util.Trees;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;

/**
 * Checks a handler class, one rule per concern: the class itself ({@link ClassRule}, {@link AuxiliaryClassRule}),
 * the inherited handler methods' reach ({@link InheritanceRule}), each method's declaration and parameters
 * ({@link KotlinRule} for Kotlin shapes, then {@link MethodShapeRule}), what the methods return
 * ({@link ReturnTypeRule}), their codes ({@link CodeRule}) and categories ({@link CategoryRule}) against the
 * table, and what {@code @MexcExhaustive} asks for ({@link ExhaustivenessRule}). Every rule runs, so one build
 * reports every problem.
 */
public final class HandlerValidator {
  private final ClassRule classRule;
  private final MethodShapeRule shapeRule;
  private final ReturnTypeRule returnTypeRule;
  private final CodeRule codeRule;
  private final CategoryRule categoryRule;
  private final ExhaustivenessRule exhaustivenessRule;
  private final AuxiliaryClassRule auxiliaryClassRule;
  private final InheritanceRule inheritanceRule;
  private final KotlinRule kotlinRule;
  private final Diagnostics diagnostics;
  private final Predicate<TypeElement> fromSources;

  /**
   * Creates a validator.
   *
   * @param diagnostics where problems go
   * @param table the table
   * @param names the names of its generated types
   */
  public HandlerValidator(Diagnostics diagnostics, ErrorTable table, GeneratedNames names) {
    this(diagnostics, table, names, Optional.empty(), type -> true);
  }

  /**
   * Creates a validator that also knows, through javac's tree API, which file each class is declared in.
   *
   * @param diagnostics where problems go
   * @param table the table
   * @param names the names of its generated types
   * @param trees javac's tree API; empty on another compiler
   * @param fromSources tells whether a class is declared in the compilation's sources (a superclass that is
   *     checks its own handler methods)
   */
  public HandlerValidator(Diagnostics diagnostics, ErrorTable table, GeneratedNames names, Optional<Trees> trees,
      Predicate<TypeElement> fromSources) {
    this.diagnostics = diagnostics;
    this.fromSources = fromSources;
    this.auxiliaryClassRule = new AuxiliaryClassRule(diagnostics, trees);
    this.inheritanceRule = new InheritanceRule(diagnostics);
    this.kotlinRule = new KotlinRule(diagnostics);
    ValidationContext context = new ValidationContext(diagnostics, table, names, new CodeSuggester(table));
    this.classRule = new ClassRule(context);
    this.shapeRule = new MethodShapeRule(context);
    this.returnTypeRule = new ReturnTypeRule(context);
    this.codeRule = new CodeRule(context);
    this.categoryRule = new CategoryRule(context);
    this.exhaustivenessRule = new ExhaustivenessRule(context);
  }

  /**
   * Checks a class.
   *
   * @param handlerClass the class as read
   * @return whether it has no problem (problems are reported)
   */
  public boolean validate(HandlerClass handlerClass) {
    diagnostics.checking(handlerClass.element(), fromSources);
    try {
      boolean valid = classRule.check(handlerClass);
      valid &= auxiliaryClassRule.check(handlerClass);
      valid &= inheritanceRule.check(handlerClass);
      valid &= codeRule.check(handlerClass.methods());
      valid &= categoryRule.check(handlerClass.methods());
      Set<HandlerMethod> kotlin = kotlinRule.check(handlerClass);
      valid &= kotlin.isEmpty();
      List<HandlerMethod> javaShaped =
          handlerClass.methods().stream().filter(method -> !kotlin.contains(method)).toList();
      valid &= shapeRule.check(javaShaped);
      valid &= returnTypeRule.check(kotlin.isEmpty() ? handlerClass : new HandlerClass(handlerClass.element(),
          handlerClass.dispatcherPackage(), handlerClass.dispatcherSimpleName(), handlerClass.isPublic(), javaShaped,
          handlerClass.exhaustive(), handlerClass.nesting(), handlerClass.privateEnclosing(),
          handlerClass.conflicts()));
      if (handlerClass.exhaustive().isPresent()) {
        valid &= exhaustivenessRule.check(handlerClass, handlerClass.exhaustive().get(), valid);
      }
      return valid;
    } finally {
      diagnostics.checking(null, type -> true);
    }
  }
}
