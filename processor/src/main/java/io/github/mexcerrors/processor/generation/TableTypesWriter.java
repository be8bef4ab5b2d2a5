package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.plan.CodeTypePlan;
import io.github.mexcerrors.processor.plan.TablePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Generates every type of a table: the category enum, the code enums, the exceptions and the factory. */
public final class TableTypesWriter {
  private final GeneratedTypeNames names;
  private final Optional<AnnotationSpec> generated;

  /**
   * Creates the writer.
   *
   * @param names the table's types' names
   * @param generated the {@code @Generated} annotation to put on every type, or empty for none
   */
  public TableTypesWriter(GeneratedNames names, Optional<AnnotationSpec> generated) {
    this.names = new GeneratedTypeNames(names);
    this.generated = generated;
  }

  /**
   * Generates all the table's types: the category enum, the code enums, the exceptions and the factory.
   *
   * @param plan the table's plan
   * @return the files
   */
  public List<JavaFile> generate(TablePlan plan) {
    List<JavaFile> files = new ArrayList<>();
    files.addAll(new CategoryEnumWriter(names, generated).generate(plan.table()));
    CodeEnumWriter codeTypes = new CodeEnumWriter(names, generated);
    for (CodeTypePlan codeType : plan.codeTypes()) {
      files.addAll(codeTypes.generate(codeType));
    }
    files.addAll(new ExceptionWriter(names, generated).generate(plan.table()));
    files.addAll(new FactoryWriter(names, generated).generate(plan.table()));
    return files;
  }
}
