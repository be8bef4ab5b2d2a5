package io.github.mexcerrors.processor.validation;

import com.sun.source.util.Trees;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.ParameterKind;
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
 * ({@link ReturnTypeRule}), the caller's context they take ({@link ContextRule}), their codes ({@link CodeRule})
 * and categories ({@link CategoryRule}) against the table, and what {@code @MexcExhaustive} asks for
 * ({@link ExhaustivenessRule}). Every rule runs, so one build reports every problem.
 */
public final class HandlerValidator {
  private final ClassRule classRule;
  private final MethodShapeRule shapeRule;
  private final ReturnTypeRule returnTypeRule;
  private final ContextRule contextRule;
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
    this.contextRule = new ContextRule(context);
    this.codeRule = new CodeRule(context);
    this.categoryRule = new CategoryRule(context);
    this.exhaustivenessRule = new ExhaustivenessRule(context);
  }

  /**
   * Checks a class: runs every rule, and counts the errors they report, as AutoValue's {@code ErrorReporter} does.
   * A parameter whose type does not resolve is a problem too, though the compiler, not a rule, reports it.
   *
   * @param handlerClass the class as read
   * @return whether it has no problem (problems are reported)
   */
  public boolean validate(HandlerClass handlerClass) {
    int errorsBefore = diagnostics.errorCount();
    diagnostics.checking(handlerClass.element(), fromSources);
    try {
      classRule.check(handlerClass);
      auxiliaryClassRule.check(handlerClass);
      inheritanceRule.check(handlerClass);
      codeRule.check(handlerClass.methods());
      categoryRule.check(handlerClass.methods());
      Set<HandlerMethod> kotlin = kotlinRule.check(handlerClass);
      List<HandlerMethod> javaShaped =
          handlerClass.methods().stream().filter(method -> !kotlin.contains(method)).toList();
      shapeRule.check(javaShaped);
      contextRule.check(handlerClass, javaShaped);
      returnTypeRule.check(handlerClass, javaShaped);
      boolean resolved = handlerClass.methods().stream().flatMap(method -> method.parameters().stream())
          .noneMatch(parameter -> parameter.kind() == ParameterKind.UNRESOLVED);
      handlerClass.exhaustive().ifPresent(exhaustive -> exhaustivenessRule.check(handlerClass, exhaustive,
          resolved && diagnostics.errorCount() == errorsBefore));
      return resolved && diagnostics.errorCount() == errorsBefore;
    } finally {
      diagnostics.checking(null, type -> true);
    }
  }
}
