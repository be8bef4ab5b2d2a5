package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code MexcErrors}: the factory that turns (api, code, message, HTTP status) into the most specific
 * exception, and the lookup across both APIs.
 */
final class FactoryWriter {
  private final GeneratedTypeNames names;
  private final SourceFiles files;

  FactoryWriter(GeneratedTypeNames names, SourceFiles files) {
    this.names = names;
    this.files = files;
  }

  void write(ErrorTable table) {
    ClassName self = names.factory();
    ClassName exception = GeneratedTypeNames.EXCEPTION;
    ClassName api = GeneratedTypeNames.API;
    ClassName categoryEnum = names.categoryEnum();
    ClassName response = GeneratedTypeNames.RESPONSE;
    TypeSpec.Builder type = files.markGenerated(TypeSpec.classBuilder(self))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(GeneratedTypeNames.EXCEPTION_FACTORY)
        .addJavadoc("Creates the most specific exception for an error answer of the MEXC API, and looks codes up"
            + " in both APIs.\n\n<p>A code of the table becomes its category's exception; a code missing from the"
            + " table becomes the\nexception of the category that its HTTP status names, else a plain {@link $T}."
            + " The raw code, the\nexchange's message and the HTTP status are always kept. No method here throws"
            + " on unknown or malformed\ninput.\n\n<p>The static methods are the short way; {@link #factory()} is"
            + " the same as a {@link $T},\nfor libraries that read HTTP answers and take a factory as a"
            + " parameter.\n", exception, GeneratedTypeNames.EXCEPTION_FACTORY)
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
    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc("Creates the exception for a code whose HTTP status is not known.\n\n"
            + "@param api the API that answered\n@param code the code\n"
            + "@param message the exchange's message; may be {@code null}\n@return the most specific exception\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(api, "api")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message")
        .addStatement("return build($T.of(api, code, message, $T.NO_HTTP_STATUS), true)", response, exception)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc("Creates the exception for an error answer.\n\n"
            + "@param api the API that answered\n@param code the code\n"
            + "@param message the exchange's message; may be {@code null}\n"
            + "@param httpStatus the HTTP status, or {@link $T#NO_HTTP_STATUS}\n@return the most specific exception\n",
            exception)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(api, "api")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message")
        .addParameter(int.class, "httpStatus")
        .addStatement("return build($T.of(api, code, message, httpStatus), true)", response)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc("Creates the exception for an error answer whose code was sent as text (e.g. {@code \"30021\"})."
            + "\nText that is not a 32-bit integer gives {@link $T#NO_CODE} and keeps the text as raw code.\n\n"
            + "@param api the API that answered\n@param rawCode the code as text; may be {@code null}\n"
            + "@param message the exchange's message; may be {@code null}\n"
            + "@param httpStatus the HTTP status, or {@link $T#NO_HTTP_STATUS}\n@return the most specific exception\n",
            exception, exception)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(api, "api")
        .addParameter(String.class, "rawCode")
        .addParameter(String.class, "message")
        .addParameter(int.class, "httpStatus")
        .addStatement("return build($T.builder(api).rawCode(rawCode).message(message)"
            + ".httpStatus(httpStatus).build(), true)", response)
        .build());
    type.addMethod(MethodSpec.methodBuilder("createWithoutStackTrace")
        .addJavadoc("Like {@link #create(MexcApi, int, String, int)}, but the exception has no stack trace,"
            + " which makes it\ncheaper to create: for errors that are handled as values, not thrown across layers.\n\n"
            + "@param api the API that answered\n@param code the code\n"
            + "@param message the exchange's message; may be {@code null}\n"
            + "@param httpStatus the HTTP status, or {@link $T#NO_HTTP_STATUS}\n@return the most specific exception\n",
            exception)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(api, "api")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message")
        .addParameter(int.class, "httpStatus")
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
        .addStatement("return api == $T.FUTURES ? $T.of(code) : $T.of(code)", api,
            names.codeEnum(MexcApi.FUTURES), names.codeEnum(MexcApi.SPOT))
        .build());

    CodeBlock.Builder build = CodeBlock.builder()
        .addStatement("$T api = response.api()", api)
        .addStatement("int code = response.code()")
        .addStatement("$T entry = api == $T.FUTURES ? $T.forCode(code) : $T.forCode(code)",
            GeneratedTypeNames.ERROR_CODE, api, names.codeEnum(MexcApi.FUTURES), names.codeEnum(MexcApi.SPOT))
        .addStatement("$T category = entry != null ? ($T) entry.category() : categoryOfHttpStatus(response.httpStatusOrNone())",
            categoryEnum, categoryEnum)
        .beginControlFlow("if (category == null)")
        .addStatement("return new $T(response, null, null, writableStackTrace)",
            exception)
        .endControlFlow()
        .beginControlFlow("switch (category)");
    for (Category category : table.categories()) {
      build.add("case $N:\n", category.name()).indent()
          .addStatement("return new $T(response, entry, category, writableStackTrace)",
              names.exception(category))
          .unindent();
    }
    build.add("default:\n").indent()
        .addStatement("return new $T(response, entry, category, writableStackTrace)",
            exception)
        .unindent()
        .endControlFlow();
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(exception)
        .addParameter(response, "response")
        .addParameter(boolean.class, "writableStackTrace")
        .addCode(build.build())
        .build());

    CodeBlock.Builder statuses = CodeBlock.builder().beginControlFlow("switch (httpStatus)");
    for (Category category : table.categories()) {
      for (int status : category.httpStatuses()) {
        statuses.add("case $L:\n", status).indent().addStatement("return $T.$N", categoryEnum, category.name())
            .unindent();
      }
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
    files.write(self.packageName(), type.build());
  }
}
