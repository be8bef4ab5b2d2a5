package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates the {@code ErrorCategory} enum: the category tree of the table. */
final class CategoryEnumWriter {
  private final GeneratedTypeNames names;
  private final SourceFiles files;

  CategoryEnumWriter(GeneratedTypeNames names, SourceFiles files) {
    this.names = names;
    this.files = files;
  }

  void write(ErrorTable table) {
    ClassName self = names.categoryEnum();
    TypeSpec.Builder type = files.markGenerated(TypeSpec.enumBuilder(self))
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(GeneratedTypeNames.ERROR_CATEGORY)
        .addJavadoc("The categories of MEXC errors, a tree read from the error table. Each category has an"
            + " exception class\nthat extends its parent's, e.g. {@link $T}.\n",
            names.exception(table.categories().get(0)));
    for (Category category : table.categories()) {
      CodeBlock parent = category.parent().map(name -> CodeBlock.of("$N", name)).orElse(CodeBlock.of("null"));
      type.addEnumConstant(category.name(), TypeSpec.anonymousClassBuilder(CodeBlock.of("$L, $L, $L, $T.$N",
              parent, StringLiterals.of(category.description()), StringLiterals.of(category.section()),
              GeneratedTypeNames.RETRY_POLICY,
              category.retryPolicy().name()))
          .addJavadoc("$L\n\n<p>Exception: {@link $T}; retry: {@link $T#$N}$L.\n",
              JavadocText.sentence(JavadocText.escape(category.description())), names.exception(category),
              GeneratedTypeNames.RETRY_POLICY, category.retryPolicy().name(),
              category.parent().map(name -> "; parent: {@link #" + name + "}").orElse(""))
          .build());
    }
    type.addField(self, "parent", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "section", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(GeneratedTypeNames.RETRY_POLICY, "retryPolicy", Modifier.PRIVATE,
            Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(self, "parent")
            .addParameter(String.class, "description")
            .addParameter(String.class, "section")
            .addParameter(GeneratedTypeNames.RETRY_POLICY, "retryPolicy")
            .addStatement("this.parent = parent")
            .addStatement("this.description = description")
            .addStatement("this.section = section")
            .addStatement("this.retryPolicy = retryPolicy")
            .build())
        .addMethod(MethodSpec.methodBuilder("parent")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
            .addStatement("return $T.ofNullable(parent)", Optional.class)
            .build())
        .addMethod(getter("description", ClassName.get(String.class)))
        .addMethod(getter("section", ClassName.get(String.class)))
        .addMethod(getter("retryPolicy", GeneratedTypeNames.RETRY_POLICY));
    files.write(self.packageName(), type.build());
  }

  private static MethodSpec getter(String name, ClassName type) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }
}
