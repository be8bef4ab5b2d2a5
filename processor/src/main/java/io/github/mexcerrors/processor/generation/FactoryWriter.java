package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableFingerprint;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code MexcErrors}: the factory that turns (api, code, message, HTTP status) into the most specific
 * exception, and the lookup across both APIs.
 */
final class FactoryWriter extends TableWriter<ErrorTable> {
  FactoryWriter(GeneratedTypeNames names, Optional<AnnotationSpec> generated) {
    super(names, generated);
  }

  @Override
  List<TypeSpec.Builder> types(ErrorTable table) {
    ClassName self = names.factory();
    ClassName exception = GeneratedTypeNames.EXCEPTION;
    ClassName api = GeneratedTypeNames.API;
    ClassName categoryEnum = names.categoryEnum();
    ClassName response = GeneratedTypeNames.RESPONSE;
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(GeneratedTypeNames.EXCEPTION_FACTORY)
        .addJavadoc("Creates the most specific exception for an error answer of the MEXC API, and looks codes up"
            + " in both APIs.\n\n<p>A code of the table becomes its category's exception; a code missing from the"
            + " table becomes the exception of the category that its HTTP status names, else a plain {@link $T}."
            + " The raw code, the exchange's message and the HTTP status are always kept. No method here throws"
            + " on unknown or malformed input.\n\n<p>The static methods are the short way; {@link #factory()} is"
            + " the same as a {@link $T}, for libraries that read HTTP answers and take a factory as a"
            + " parameter.\n", exception, GeneratedTypeNames.EXCEPTION_FACTORY)
        .addField(FieldSpec.builder(String.class, GeneratedNames.TABLE_FINGERPRINT, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The fingerprint of the table these types were generated from. A module that finds them on"
                + " its class path reuses them only if its own table has the same fingerprint.\n")
            .initializer("$S", TableFingerprint.of(table)).build())
        .addField(FieldSpec.builder(self, "FACTORY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", self).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    type.addMethod(MethodSpec.methodBuilder("factory")
        .addJavadoc("Returns this table's factory as a {@link $T}.\n\n@return the factory\n",
            GeneratedTypeNames.EXCEPTION_FACTORY)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addStatement("return FACTORY")
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(exception)
        .addParameter(response, "response")
        .addStatement("return build(response, true)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("createWithoutStackTrace")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(exception)
        .addParameter(response, "response")
        .addStatement("return build(response, false)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("errorCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class),
            WildcardTypeName.subtypeOf(GeneratedTypeNames.ERROR_CODE)))
        .addParameter(api, "api")
        .addParameter(int.class, "code")
        .addStatement("return lookup(api, code)")
        .build());
    type.addMethod(shortcut("create", CodeBlock.of("Creates the exception for a code whose HTTP status is not"
            + " known."), false, false)
        .addStatement("return build($T.of(api, code, message, $T.NO_HTTP_STATUS), true)", response, exception)
        .build());
    type.addMethod(shortcut("create", CodeBlock.of("Creates the exception for an error answer."), false, true)
        .addStatement("return build($T.of(api, code, message, httpStatus), true)", response)
        .build());
    type.addMethod(shortcut("create", CodeBlock.of("Creates the exception for an error answer whose code was sent"
            + " as text (e.g. {@code \"30021\"}). Text that is not a 32-bit integer gives {@link $T#NO_CODE} and"
            + " keeps the text as raw code.", exception), true, true)
        .addStatement("return build($T.builder(api).rawCode(rawCode).message(message)$W"
            + ".httpStatus(httpStatus).build(), true)", response)
        .build());
    type.addMethod(shortcut("createWithoutStackTrace", CodeBlock.of("Like {@link #create(MexcApi, int, String,"
            + " int)}, but the exception has no stack trace, which makes it cheaper to create: for errors that are"
            + " handled as values, not thrown across layers."), false, true)
        .addStatement("return build($T.of(api, code, message, httpStatus), false)", response)
        .build());
    type.addMethod(MethodSpec.methodBuilder("lookup")
        .addJavadoc("Looks a code up in an API's table.\n\n@param api the API\n@param code the code\n"
            + "@return the table entry, or empty when the code is not in the table\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class),
            WildcardTypeName.subtypeOf(GeneratedTypeNames.ERROR_CODE)))
        .addParameter(api, "api")
        .addParameter(int.class, "code")
        .addStatement("$T.requireNonNull(api, $S)", java.util.Objects.class, "api")
        .addStatement("return api == $T.FUTURES$W? $T.of(code)$W: $T.of(code)", api,
            names.codeEnum(MexcApi.FUTURES), names.codeEnum(MexcApi.SPOT))
        .build());

    CodeBlock.Builder build = CodeBlock.builder()
        .addStatement("$T api = response.api()", api)
        .addStatement("int code = response.code()")
        .addStatement("$T entry = api == $T.FUTURES$W? $T.forCode(code)$W: $T.forCode(code)",
            GeneratedTypeNames.ERROR_CODE, api, names.codeEnum(MexcApi.FUTURES), names.codeEnum(MexcApi.SPOT))
        .addStatement("$T category = entry != null$W? ($T) entry.category()$W"
            + ": categoryOfHttpStatus(response.httpStatusOrNone())", categoryEnum, categoryEnum)
        .beginControlFlow("if (category == null)")
        .addStatement("return new $T(response, null, null, writableStackTrace)", exception)
        .endControlFlow()
        .beginControlFlow("switch (category)");
    for (Category category : table.categories()) {
      build.add("case $N:\n", category.name()).indent()
          .addStatement("return new $T(response,$Wentry,$Wcategory,$WwritableStackTrace)",
              names.exception(category))
          .unindent();
    }
    build.add("default:\n").indent()
        .addStatement("return new $T(response, entry, category, writableStackTrace)", exception)
        .unindent()
        .endControlFlow();
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(exception)
        .addParameter(response, "response")
        .addParameter(boolean.class, "writableStackTrace")
        .addCode(build.build())
        .build());

    // One group of labels per category, labels ascending, groups by their first label.
    CodeBlock.Builder statuses = CodeBlock.builder().beginControlFlow("switch (httpStatus)");
    List<Category> byStatus = table.categories().stream().filter(category -> !category.httpStatuses().isEmpty())
        .sorted(Comparator.comparingInt(category -> Collections.min(category.httpStatuses()))).toList();
    for (Category category : byStatus) {
      category.httpStatuses().stream().sorted().forEach(status -> statuses.add("case $L:\n", status));
      statuses.indent().addStatement("return $T.$N", categoryEnum, category.name()).unindent();
    }
    statuses.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    type.addMethod(MethodSpec.methodBuilder("categoryOfHttpStatus")
        .addJavadoc("Returns the category that an HTTP status names, for codes missing from the table.\n\n"
            + "@param httpStatus the status\n@return the category, or {@code null}\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(categoryEnum)
        .addParameter(int.class, "httpStatus")
        .addCode(statuses.build())
        .build());
    return List.of(type);
  }

  /**
   * Starts a static shortcut of the factory, with its Javadoc: public, returning the exception, taking the API,
   * the code (as a number or as text), the message and, unless left out, the HTTP status.
   */
  private static MethodSpec.Builder shortcut(String name, CodeBlock summary, boolean codeAsText,
      boolean withStatus) {
    ClassName exception = GeneratedTypeNames.EXCEPTION;
    CodeBlock.Builder javadoc = CodeBlock.builder().add("$L\n\n@param api the API that answered\n", summary)
        .add(codeAsText ? "@param rawCode the code as text; may be {@code null}\n" : "@param code the code\n")
        .add("@param message the exchange's message; may be {@code null}\n");
    if (withStatus) {
      javadoc.add("@param httpStatus the HTTP status, or {@link $T#NO_HTTP_STATUS}\n", exception);
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc.add("@return the most specific exception\n").build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(GeneratedTypeNames.API, "api")
        .addParameter(codeAsText ? String.class : int.class, codeAsText ? "rawCode" : "code")
        .addParameter(String.class, "message");
    if (withStatus) {
      method.addParameter(int.class, "httpStatus");
    }
    return method;
  }
}
