package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.ErrorTable;

/**
 * Checks a handler class, one rule per concern: the class itself ({@link ClassRule}), each method's declaration
 * and parameters ({@link MethodShapeRule}), what the methods return ({@link ReturnTypeRule}), their codes
 * ({@link CodeRule}) and categories ({@link CategoryRule}) against the table, and what {@code @MexcExhaustive}
 * asks for ({@link ExhaustivenessRule}). Every rule runs, so
 * one build reports every problem.
 */
public final class HandlerValidator {
  private final ClassRule classRule;
  private final MethodShapeRule shapeRule;
  private final ReturnTypeRule returnTypeRule;
  private final CodeRule codeRule;
  private final CategoryRule categoryRule;
  private final ExhaustivenessRule exhaustivenessRule;

  /**
   * Creates a validator.
   *
   * @param diagnostics where problems go
   * @param table the table
   * @param names the names of its generated types
   */
  public HandlerValidator(Diagnostics diagnostics, ErrorTable table, GeneratedNames names) {
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
    if (!classRule.checkNamed(handlerClass)) {
      return false;
    }
    boolean valid = classRule.check(handlerClass);
    valid &= codeRule.check(handlerClass.methods());
    valid &= categoryRule.check(handlerClass.methods());
    valid &= shapeRule.check(handlerClass.methods());
    valid &= returnTypeRule.check(handlerClass);
    if (handlerClass.exhaustive().isPresent()) {
      valid &= exhaustivenessRule.check(handlerClass, handlerClass.exhaustive().get(), valid);
    }
    return valid;
  }
}
