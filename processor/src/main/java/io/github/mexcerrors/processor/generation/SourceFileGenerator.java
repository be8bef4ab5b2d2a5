package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The one base of every writer, after Dagger's {@code SourceFileGenerator}: a writer is a pure function from a
 * checked model to the top-level types it stands for; this base turns them into {@link JavaFile}s with the
 * project's layout, {@code @Generated} (unless turned off) and the originating element. Writing the files is the
 * processor's step ({@code write.GeneratedFiles}).
 *
 * @param <T> the model a writer renders
 */
abstract class SourceFileGenerator<T> {
  private final Optional<AnnotationSpec> generated;

  /**
   * Creates the writer.
   *
   * @param generated the {@code @Generated} annotation to put on every top-level type, or empty for none
   */
  SourceFileGenerator(Optional<AnnotationSpec> generated) {
    this.generated = generated;
  }

  /**
   * Returns the package of the generated types.
   *
   * @param input the model
   * @return the package name
   */
  abstract String packageName(T input);

  /**
   * Returns the element the types are generated from, for incremental builds: none for the types of the table,
   * which comes from a resource.
   *
   * @param input the model
   * @return the element, or empty
   */
  Optional<Element> originatingElement(T input) {
    return Optional.empty();
  }

  /**
   * Builds the top-level types of a model, without {@code @Generated} and originating elements.
   *
   * @param input the model
   * @return the types, in the order they are written
   */
  abstract List<TypeSpec.Builder> types(T input);

  /**
   * Generates the files of a model.
   *
   * @param input the model
   * @return one file per top-level type
   */
  public final List<JavaFile> generate(T input) {
    List<JavaFile> files = new ArrayList<>();
    for (TypeSpec.Builder type : types(input)) {
      generated.ifPresent(type::addAnnotation);
      originatingElement(input).ifPresent(type::addOriginatingElement);
      files.add(JavaFile.builder(packageName(input), type.build()).skipJavaLangImports(true).indent("  ").build());
    }
    return files;
  }
}
