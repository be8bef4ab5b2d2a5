package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A writer of types of the table itself, all in the table's package.
 *
 * @param <T> the part of the table's plan it renders
 */
abstract class TableWriter<T> extends SourceFileGenerator<T> {
  /** The names of the generated types. */
  final GeneratedTypeNames names;

  TableWriter(GeneratedTypeNames names, Optional<AnnotationSpec> generated) {
    super(generated);
    this.names = names;
  }

  @Override
  final String packageName(T input) {
    return names.factory().packageName();
  }

  /**
   * An accessor that implements a method of the runtime interface by returning the field of the same name.
   *
   * @param name the field and the method
   * @param type their type
   * @return the method
   */
  static MethodSpec getter(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }
}
