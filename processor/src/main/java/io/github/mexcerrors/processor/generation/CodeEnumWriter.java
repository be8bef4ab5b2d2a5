package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates one enum per API ({@code SpotErrorCode}, {@code FuturesErrorCode}) with every code of the table and
 * lookups by {@code int} and by string that go through a {@code switch}, never a scan.
 */
final class CodeEnumWriter {
  private final GeneratedTypeNames names;
  private final SourceFiles files;

  CodeEnumWriter(GeneratedTypeNames names, SourceFiles files) {
    this.names = names;
    this.files = files;
  }

  void write(ErrorTable table, MexcApi api) {
    ClassName self = names.codeEnum(api);
    ClassName category = names.categoryEnum();
    List<CodeEntry> entries = table.codes(api);
    String apiName = api == MexcApi.SPOT ? "spot v3" : "futures v1";
    TypeSpec.Builder type = files.markGenerated(TypeSpec.enumBuilder(self))
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(GeneratedTypeNames.ERROR_CODE)
        .addJavadoc("The documented error codes of the MEXC $L API, from the error table.\n\n"
            + "<p>Look a code up with {@link #of(int)} or {@link #of(String)}; both return an empty {@link $T}"
            + " for a code\nmissing from the table and never throw.\n", apiName, Optional.class);
    for (CodeEntry entry : entries) {
      CodeBlock.Builder arguments = CodeBlock.builder().add("$L, $T.$N, $T.$N, $S", entry.code(), category,
          entry.category(), GeneratedTypeNames.RETRY_POLICY, entry.retryPolicy().name(), entry.hint());
      entry.messages().forEach(message -> arguments.add(", $S", message));
      CodeBlock.Builder javadoc = CodeBlock.builder()
          .add("{@code $L}: $L\n", entry.code(), JavadocText.sentence(JavadocText.escape(entry.message())));
      if (entry.messages().size() > 1) {
        javadoc.add("\n<p>Also documented as: $L\n", JavadocText.sentence(String.join("; ",
            entry.messages().subList(1, entry.messages().size()).stream().map(JavadocText::escape).toList())));
      }
      javadoc.add("\n<p>Hint: $L\n", JavadocText.sentence(JavadocText.escape(entry.hint())))
          .add("\n<p>Category {@link $T#$N}, retry {@link $T#$N}.\n", category, entry.category(),
              GeneratedTypeNames.RETRY_POLICY, entry.retryPolicy().name());
      type.addEnumConstant(entry.name(), TypeSpec.anonymousClassBuilder(arguments.build())
          .addJavadoc(javadoc.build())
          .build());
    }
    ParameterizedTypeName optionalSelf = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    ParameterizedTypeName listOfString =
        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
    type.addField(int.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(category, "category", Modifier.PRIVATE, Modifier.FINAL)
        .addField(GeneratedTypeNames.RETRY_POLICY, "retryPolicy", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "hint", Modifier.PRIVATE, Modifier.FINAL)
        .addField(listOfString, "messages", Modifier.PRIVATE, Modifier.FINAL)
        .addField(optionalSelf, "asOptional", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(int.class, "code")
            .addParameter(category, "category")
            .addParameter(GeneratedTypeNames.RETRY_POLICY, "retryPolicy")
            .addParameter(String.class, "hint")
            .addParameter(ArrayTypeName.of(String.class), "messages")
            .varargs(true)
            .addStatement("this.code = code")
            .addStatement("this.category = category")
            .addStatement("this.retryPolicy = retryPolicy")
            .addStatement("this.hint = hint")
            .addStatement("this.messages = $T.of(messages)", List.class)
            .addStatement("this.asOptional = $T.of(this)", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("api")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(GeneratedTypeNames.API)
            .addStatement("return $T.$N", GeneratedTypeNames.API, api.name())
            .build())
        .addMethod(getter("code", com.palantir.javapoet.TypeName.INT))
        .addMethod(MethodSpec.methodBuilder("message")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return messages.get(0)")
            .build())
        .addMethod(getter("messages", listOfString))
        .addMethod(getter("hint", ClassName.get(String.class)))
        .addMethod(getter("category", category))
        .addMethod(getter("retryPolicy", GeneratedTypeNames.RETRY_POLICY))
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("Looks up a code.\n\n@param code the code MEXC sent\n"
                + "@return the constant, or empty when the code is not in the table\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(optionalSelf)
            .addParameter(int.class, "code")
            .addStatement("$T constant = lookup(code)", self)
            .addStatement("return constant != null ? constant.asOptional : $T.empty()", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("Looks up a code sent as text, such as {@code \"30021\"}; surrounding whitespace is"
                + " ignored.\n\n@param code the code as text; may be {@code null}\n"
                + "@return the constant, or empty when the text is not a code of the table\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(optionalSelf)
            .addParameter(String.class, "code")
            .addStatement("return of($T.parse(code))", GeneratedTypeNames.CODES)
            .build());
    type.addMethod(lookup(self, entries, api));
    files.write(self.packageName(), type.build());
  }

  private static MethodSpec lookup(ClassName self, List<CodeEntry> entries, MexcApi api) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    for (CodeEntry entry : entries) {
      body.add("case $L:\n", entry.code()).indent().addStatement("return $N", entry.name()).unindent();
    }
    body.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    return MethodSpec.methodBuilder("lookup")
        .addJavadoc("Finds the constant of a $L code without allocating.\n\n@param code the code\n"
            + "@return the constant, or {@code null} when the code is not in the table\n",
            api.name().toLowerCase(Locale.ROOT))
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, "code")
        .addCode(body.build())
        .build();
  }

  private static MethodSpec getter(String name, com.palantir.javapoet.TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }
}
