package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates the {@code ErrorCategory} enum: the category tree of the table. */
final class CategoryEnumWriter extends TableWriter<ErrorTable> {
  CategoryEnumWriter(GeneratedTypeNames names, Optional<AnnotationSpec> generated) {
    super(names, generated);
  }

  @Override
  List<TypeSpec.Builder> types(ErrorTable table) {
    ClassName self = names.categoryEnum();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(GeneratedTypeNames.ERROR_CATEGORY)
        .addJavadoc("The categories of MEXC errors, a tree read from the error table. Each category has an"
            + " exception class that extends its parent's, e.g. {@link $T}.\n",
            names.exception(table.categories().get(0)));
    for (Category category : table.categories()) {
      CodeBlock parent = category.parent().map(name -> CodeBlock.of("$N", name)).orElse(CodeBlock.of("null"));
      // The texts each start a line of their own, four columns in from the constant (column 6).
      CodeBlock arguments = CodeBlock.of("$L,$W$T.$N,$>$>\n$L,\n$L$<$<", parent, GeneratedTypeNames.RETRY_POLICY,
          category.retryPolicy().name(), StringLiterals.lines(category.section(), 6, 1),
          StringLiterals.lines(category.description(), 6, 2));
      type.addEnumConstant(category.name(), TypeSpec.anonymousClassBuilder(arguments)
          .addJavadoc("$L\n\n<p>Exception: {@link $T}; retry: {@link $T#$N}$L.\n",
              JavadocText.sentence(JavadocText.escape(category.description())), names.exception(category),
              GeneratedTypeNames.RETRY_POLICY, category.retryPolicy().name(),
              category.parent().map(name -> "; parent: {@link #" + name + "}").orElse(""))
          .build());
    }
    type.addField(self, "parent", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(GeneratedTypeNames.RETRY_POLICY, "retryPolicy", Modifier.PRIVATE,
            Modifier.FINAL).build())
        .addField(String.class, "section", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(self, "parent")
            .addParameter(GeneratedTypeNames.RETRY_POLICY, "retryPolicy")
            .addParameter(String.class, "section")
            .addParameter(String.class, "description")
            .addStatement("this.parent = parent")
            .addStatement("this.retryPolicy = retryPolicy")
            .addStatement("this.section = section")
            .addStatement("this.description = description")
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
    return List.of(type);
  }
}
