package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates one exception class per category, extending its parent category's class. */
final class ExceptionWriter extends TableWriter<ErrorTable> {
  ExceptionWriter(GeneratedTypeNames names, Optional<AnnotationSpec> generated) {
    super(names, generated);
  }

  @Override
  List<TypeSpec.Builder> types(ErrorTable table) {
    List<TypeSpec.Builder> types = new ArrayList<>();
    for (Category category : table.categories()) {
      types.add(type(table, category));
    }
    return types;
  }

  private TypeSpec.Builder type(ErrorTable table, Category category) {
    ClassName self = names.exception(category);
    ClassName parent = category.parent().map(names::exception).orElse(GeneratedTypeNames.EXCEPTION);
    CodeBlock.Builder javadoc = CodeBlock.builder()
        // Types named only in Javadoc are written fully qualified: an import used only by Javadoc is an "unused
        // import" warning for compilers that do not read Javadoc (ecj by default).
        .add("$L\n\n<p>Category {@link $T#$N}; retry {@link $L#$N} unless a code says otherwise.\n",
            JavadocText.sentence(JavadocText.escape(category.description())), names.categoryEnum(),
            category.name(), GeneratedTypeNames.RETRY_POLICY.canonicalName(), category.retryPolicy().name());
    for (MexcApi api : MexcApi.values()) {
      List<CodeEntry> own = table.codes(api).stream().filter(e -> e.category().equals(category.name())).toList();
      if (!own.isEmpty()) {
        javadoc.add("\n<p>$L codes:", api == MexcApi.SPOT ? "Spot" : "Futures");
        for (int i = 0; i < own.size(); i++) {
          javadoc.add("$L {@link $T#$N}", i == 0 ? "" : ",", names.codeEnum(api), own.get(i).name());
        }
        javadoc.add(".\n");
      }
    }
    if (!category.httpStatuses().isEmpty()) {
      javadoc.add("\n<p>Also thrown for codes missing from the table that arrive with HTTP status $L.\n",
          String.join(" or ", category.httpStatuses().stream().map(String::valueOf).toList()));
    }
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .superclass(parent)
        .addJavadoc(javadoc.build())
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the exception; only {@link $T} and subclasses call this.\n\n"
                + "@param response what MEXC answered\n"
                + "@param errorCode the table entry, or {@code null} for a code missing from the table\n"
                + "@param category the category\n"
                + "@param writableStackTrace whether to fill in the stack trace\n",
                names.factory())
            .addParameter(GeneratedTypeNames.RESPONSE, "response")
            .addParameter(GeneratedTypeNames.ERROR_CODE, "errorCode")
            .addParameter(names.categoryEnum(), "category")
            .addParameter(boolean.class, "writableStackTrace")
            .addStatement("super(response, errorCode, category, writableStackTrace)")
            .build());
  }
}
