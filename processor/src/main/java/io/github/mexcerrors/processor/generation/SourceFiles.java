package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.processing.Filer;

/** Writes generated types through the {@link Filer}, all with the same layout and {@code @Generated} marker. */
public final class SourceFiles {
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final Optional<AnnotationSpec> generated;

  /**
   * Creates the writer.
   *
   * @param filer javac's filer
   * @param diagnostics where write failures go
   * @param generatedAnnotation the {@code @Generated} annotation type to use, or empty for none
   * @param processorName the value of {@code @Generated}
   */
  public SourceFiles(Filer filer, Diagnostics diagnostics, Optional<ClassName> generatedAnnotation,
      String processorName) {
    this.filer = filer;
    this.diagnostics = diagnostics;
    this.generated = generatedAnnotation.map(
        type -> AnnotationSpec.builder(type).addMember("value", "$S", processorName).build());
  }

  /**
   * Adds {@code @Generated} to a type under construction, when enabled.
   *
   * @param builder the type
   * @return the builder
   */
  TypeSpec.Builder markGenerated(TypeSpec.Builder builder) {
    generated.ifPresent(builder::addAnnotation);
    return builder;
  }

  /**
   * Writes one type.
   *
   * @param packageName its package
   * @param type the type
   */
  void write(String packageName, TypeSpec type) {
    JavaFile file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
    try {
      file.writeTo(filer);
    } catch (IOException | RuntimeException e) {
      diagnostics.error("could not write " + packageName + "." + type.name() + ": " + e
          + " (was it generated twice, or by another processor?)");
    }
  }
}
