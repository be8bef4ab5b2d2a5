package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerParameter;
import io.github.mexcerrors.processor.handlers.ParameterKind;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.plan.DispatchPlan;
import io.github.mexcerrors.processor.plan.DispatchPlan.CallGroup;
import io.github.mexcerrors.processor.plan.DispatchPlan.CategoryGroup;
import io.github.mexcerrors.processor.plan.DispatchPlan.CategoryRoute;
import io.github.mexcerrors.processor.plan.DispatchPlan.CodeRoutes;
import io.github.mexcerrors.processor.plan.DispatchPlan.Route;
import io.github.mexcerrors.processor.plan.DispatchPlan.SwitchChunk;
import io.github.mexcerrors.processor.table.CodeEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates a dispatcher for one handler class: static methods that route a code, or an exception, to the handler
 * method chosen at compile time. The routing of each API is written once, in a private {@code route} method (a
 * {@code switch} on the code) that both the overload of a code and the overload of an exception call: it takes the
 * exception being dispatched, or {@code null}, and a handler method that takes an exception gets that one, or a
 * new one made by the factory without a stack trace (it is handed to the handler, never thrown by the dispatcher).
 *
 * <p>Every method returns what the handler method returned (all return the same type, and there is a fallback: the
 * validator sees to both), or, when the handler methods are {@code void}, whether a handler method ran. A route
 * method that finds no method for a code goes on itself, never back to its caller: to the lookup of the code's
 * category, then to {@code otherwise} (the category of the exception's class, then the fallback). So a dispatch
 * is one call of a {@code switch}, as a hand-written one is; no boxing, no sentinel value, no allocation.
 *
 * <p>When the handler methods take the caller's context, every method of the dispatcher takes it last and passes it
 * on, to the handler methods that declare it: the same routing with one more argument.
 */
public final class DispatcherWriter extends SourceFileGenerator<DispatchPlan> {
  /** The helper that picks or makes the exception handed to a handler method. */
  private static final String EXCEPTION_OF = "exceptionOf";

  /** The last step of routing: the category of the exception's class, then the fallback. */
  private static final String OTHERWISE = "otherwise";

  /** The {@code @param} of the caller's context; {@code $L} says whether {@code null} may be passed. */
  private static final String CONTEXT_DOC = "@param context the caller's context, passed as it is$L to the handler"
      + " methods that take it\n";

  private final GeneratedTypeNames names;
  private final DispatcherHygiene hygiene;

  /**
   * Creates the writer.
   *
   * @param names the names of the table's types
   * @param generated the {@code @Generated} annotation to put on the dispatcher, or empty for none
   * @param elements the compiler's elements, to see which names the handler's package takes and what is deprecated
   */
  public DispatcherWriter(GeneratedNames names, Optional<AnnotationSpec> generated, Elements elements) {
    super(generated);
    this.names = new GeneratedTypeNames(names);
    this.hygiene = new DispatcherHygiene(elements);
  }

  /**
   * What the dispatcher's methods return: whether a handler method ran (the handler methods are {@code void}), or
   * what the handler method returned.
   *
   * @param value the type the handler methods return; null when they are {@code void}
   */
  private record Returns(TypeName value) {
    boolean isValue() {
      return value != null;
    }

    TypeName type() {
      return isValue() ? value : TypeName.BOOLEAN;
    }

    /** The {@code @return} of a method that routes. */
    String doc() {
      return isValue() ? "what the handler method returned" : "whether a handler method ran";
    }

    /** A call of a handler method, then the return of the routing method it is in. */
    CodeBlock hit(CodeBlock call) {
      return isValue() ? CodeBlock.builder().addStatement("return $L", call).build()
          : CodeBlock.builder().addStatement(call).addStatement("return true").build();
    }
  }

  /**
   * What the dispatcher of a plan returns.
   *
   * @param plan the plan
   * @return what dispatch returns
   */
  private static Returns returnsOf(DispatchPlan plan) {
    return new Returns(plan.returnType().map(type -> TypeName.get(type).withoutAnnotations()).orElse(null));
  }

  /** Where the values a handler method receives come from. */
  private enum Source {
    /** A route method: {@code code}, {@code message}, a literal API, and the exception, or {@code null}. */
    ROUTE,
    /** The overload of a code, after routing: {@code code}, {@code message} and a literal API, no exception. */
    CODE,
    /** The overload of an exception, after routing: everything read from {@code exception}. */
    EXCEPTION
  }

  @Override
  String packageName(DispatchPlan plan) {
    return plan.handlerClass().dispatcherPackage();
  }

  @Override
  Optional<Element> originatingElement(DispatchPlan plan) {
    return Optional.of(plan.handlerClass().element());
  }

  @Override
  List<TypeSpec.Builder> types(DispatchPlan plan) {
    TypeElement handlerElement = plan.handlerClass().element();
    TypeName handler = handlerType(handlerElement);
    Returns returns = returnsOf(plan);
    ClassName self = ClassName.get(plan.handlerClass().dispatcherPackage(),
        plan.handlerClass().dispatcherSimpleName());
    ClassName api = GeneratedTypeNames.API;
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Dispatches MEXC errors to the handler methods of {@link $T}: the method of the exact code"
            + " first, then the method of the nearest category, then the fallback. Stateless and thread-safe.\n",
            ClassName.get(handlerElement))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    hygiene.qualified(plan, plan.handlerClass().dispatcherPackage()).forEach(type::alwaysQualify);
    Set<String> suppressed = hygiene.suppressions(plan);
    if (!suppressed.isEmpty()) {
      // Warnings about the user's own handler class, which the dispatcher must name and call
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", suppressed.size() == 1 ? "$S" : "{$L}", suppressed.size() == 1
              ? suppressed.iterator().next()
              : CodeBlock.join(suppressed.stream().map(name -> CodeBlock.of("$S", name)).toList(), ", "))
          .build());
    }
    Modifier[] visibility = plan.handlerClass().isPublic()
        ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC} : new Modifier[] {Modifier.STATIC};
    if (plan.handlerClass().isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    List<MethodSpec> helpers = new ArrayList<>();
    Map<MexcApi, Boolean> routed = new LinkedHashMap<>();
    for (MexcApi apiValue : MexcApi.values()) {
      routed.put(apiValue, addRoute(plan, apiValue, helpers, returns));
    }
    for (MexcApi apiValue : MexcApi.values()) {
      boolean spot = apiValue == MexcApi.SPOT;
      CodeBlock.Builder body = CodeBlock.builder();
      CodeBlock apiLiteral = CodeBlock.of("$T.$N", api, apiValue.name());
      if (routed.get(apiValue)) {
        body.addStatement("return $N(handler, code, message, null$L)", routeName(apiValue), passContext(plan));
      } else {
        body.add(fallback(plan, apiLiteral, Source.CODE, returns));
      }
      type.addMethod(withContext(plan, MethodSpec.methodBuilder(spot ? "dispatch" : "dispatchFutures")
          .addJavadoc("Calls the handler method of a $L error code.\n\n@param handler the handler\n"
              + "@param code the code MEXC sent\n@param message the message MEXC sent; may be {@code null}\n"
              + "$L@return $L\n", spot ? "spot" : "futures", contextDoc(plan), returns.doc())
          .addModifiers(visibility)
          .returns(returns.type())
          .addParameter(handler, "handler")
          .addParameter(int.class, "code")
          .addParameter(String.class, "message"))
          .addCode(body.build())
          .build());
    }
    type.addMethod(withContext(plan, MethodSpec.methodBuilder("dispatch")
        .addJavadoc("Calls the handler method of an error code of either API.\n\n@param handler the handler\n"
            + "@param api the API that answered\n@param code the code MEXC sent\n"
            + "@param message the message MEXC sent; may be {@code null}\n$L@return $L\n", contextDoc(plan),
            returns.doc())
        .addModifiers(visibility)
        .returns(returns.type())
        .addParameter(handler, "handler")
        .addParameter(api, "api")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message"))
        .addStatement("return api == $T.FUTURES$W? dispatchFutures(handler, code, message$L)$W"
            + ": dispatch(handler, code, message$L)", api, passContext(plan), passContext(plan))
        .build());
    type.addMethod(withContext(plan, MethodSpec.methodBuilder("dispatch")
        .addJavadoc("Calls the handler method of an exception; a method that takes the exception receives this very"
            + " object. A code missing from the table reaches the handler of the exception's category, if any,"
            + " else the fallback.\n\n@param handler the handler\n@param exception the exception\n"
            + "$L@return $L\n", contextDoc(plan), returns.doc())
        .addModifiers(visibility)
        .returns(returns.type())
        .addParameter(handler, "handler")
        .addParameter(GeneratedTypeNames.EXCEPTION, "exception"))
        .addCode(byException(routed, passContext(plan)))
        .build());
    helpers.add(otherwise(plan, handler, returns));
    type.addMethods(helpers);
    if (handsOverExceptions(plan)) {
      type.addMethod(exceptionOf());
    }
    return List.of(type);
  }

  /**
   * Tells whether a route method or the overload of a code calls a method that takes an exception, which then
   * goes through {@code exceptionOf}.
   */
  private static boolean handsOverExceptions(DispatchPlan plan) {
    return plan.routedMethods().stream().flatMap(method -> method.parameters().stream())
        .anyMatch(parameter -> parameter.kind() == ParameterKind.EXCEPTION);
  }

  /**
   * The body of the exception overload: the route of its API, which goes on to {@code otherwise} itself, or
   * {@code otherwise}.
   */
  private static CodeBlock byException(Map<MexcApi, Boolean> routed, String context) {
    ClassName api = GeneratedTypeNames.API;
    CodeBlock futures = CodeBlock.of("$N(handler, exception.code(), exception.exchangeMessage(), exception$L)",
        routeName(MexcApi.FUTURES), context);
    CodeBlock spot = CodeBlock.of("$N(handler, exception.code(), exception.exchangeMessage(), exception$L)",
        routeName(MexcApi.SPOT), context);
    CodeBlock otherwise = CodeBlock.of("$N(handler, exception.api(), exception.code(),$W"
        + "exception.exchangeMessage(), exception$L)", OTHERWISE, context);
    CodeBlock.Builder body = CodeBlock.builder();
    if (routed.get(MexcApi.FUTURES) && routed.get(MexcApi.SPOT)) {
      return body.addStatement("return exception.api() == $T.FUTURES$W? $L$W: $L", api, futures, spot).build();
    }
    if (routed.get(MexcApi.FUTURES)) {
      body.beginControlFlow("if (exception.api() == $T.FUTURES)", api).addStatement("return $L", futures)
          .endControlFlow();
    } else if (routed.get(MexcApi.SPOT)) {
      body.beginControlFlow("if (exception.api() == $T.SPOT)", api).addStatement("return $L", spot)
          .endControlFlow();
    }
    return body.addStatement("return $L", otherwise).build();
  }

  /**
   * The last step of routing: the handler method of the exception's category (for a code missing from the table,
   * which its class alone places in a category), else the fallback.
   */
  private MethodSpec otherwise(DispatchPlan plan, TypeName handler, Returns returns) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (CategoryRoute route : plan.categoryRoutes()) {
      body.beginControlFlow("if (exception instanceof $T)", names.exception(route.category()))
          .add(returns.hit(call(route.method(), plan.handlerClass().element(), CodeBlock.of("exception.api()"),
              Source.EXCEPTION, null)))
          .endControlFlow();
    }
    return withContext(plan, MethodSpec.methodBuilder(OTHERWISE)
        .addJavadoc("Calls the handler method of the exception's category, if any (a code missing from the table"
            + " reaches a category by its exception's class alone), else the fallback.\n\n"
            + "@param handler the handler\n@param api the API that answered\n@param code the code MEXC sent\n"
            + "@param message the message MEXC sent; may be {@code null}\n"
            + "@param exception the exception being dispatched, or {@code null} when a code is\n"
            + "$L@return $L\n", contextDoc(plan), returns.doc())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(returns.type())
        .addParameter(handler, "handler")
        .addParameter(GeneratedTypeNames.API, "api")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message")
        .addParameter(GeneratedTypeNames.EXCEPTION, "exception"))
        .addCode(body.build())
        .addCode(fallback(plan, CodeBlock.of("api"), Source.ROUTE, returns))
        .build();
  }

  private static String routeName(MexcApi api) {
    return api == MexcApi.SPOT ? "routeSpot" : "routeFutures";
  }

  /**
   * A private helper of the routing: the handler, the code, the message and the exception or {@code null}, and the
   * caller's context when the handler methods take one.
   */
  private static MethodSpec.Builder routeMethod(String name, DispatchPlan plan, Returns returns) {
    return withContext(plan, MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(returns.type())
        .addParameter(handlerType(plan.handlerClass().element()), "handler")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message")
        .addParameter(GeneratedTypeNames.EXCEPTION, "exception"));
  }

  /**
   * Adds the caller's context, as the last parameter, to a method of a dispatcher whose handler methods take one.
   *
   * @param plan the plan
   * @param method the method, with its other parameters
   * @return the method
   */
  private static MethodSpec.Builder withContext(DispatchPlan plan, MethodSpec.Builder method) {
    plan.context().ifPresent(type -> method.addParameter(TypeName.get(type).withoutAnnotations(), "context"));
    return method;
  }

  /** The context argument of a call between a dispatcher's methods: {@code ", context"}, or nothing. */
  private static String passContext(DispatchPlan plan) {
    return plan.context().isPresent() ? ", context" : "";
  }

  /** The {@code @param} of the context, or nothing. */
  private static String contextDoc(DispatchPlan plan) {
    return plan.context().map(type -> CodeBlock.of(CONTEXT_DOC,
        type.getKind().isPrimitive() ? "" : " (also {@code null})").toString()).orElse("");
  }

  /**
   * Adds the route method of one API's codes, if any code of it reaches a method: a {@code switch} that calls the
   * handler method and returns (for big tables a router over chunk methods, see {@link SwitchRouter}), then the
   * lookup of the code's category when the plan routes the API by category, then {@code otherwise}.
   *
   * @return whether the API has a route method
   */
  private boolean addRoute(DispatchPlan plan, MexcApi api, List<MethodSpec> helpers, Returns returns) {
    CodeRoutes routes = plan.routes().get(api);
    if (routes.chunks().isEmpty() && !routes.byCategory()) {
      return false;
    }
    String byCategory = routeName(api) + "ByCategory";
    CodeBlock otherwise = CodeBlock.builder().addStatement("return $N(handler, $T.$N, code, message, exception$L)",
        OTHERWISE, GeneratedTypeNames.API, api.name(), passContext(plan)).build();
    // Where a code goes that the switch does not list: each switch goes on itself.
    CodeBlock miss = routes.byCategory()
        ? CodeBlock.builder().addStatement("return $N(handler, code, message, exception$L)", byCategory,
            passContext(plan)).build()
        : otherwise;
    List<MethodSpec> chunks = new ArrayList<>();
    CodeBlock.Builder body = CodeBlock.builder().add(exactSwitch(plan, routes.chunks(), api, chunks, returns,
        miss));
    if (routes.byCategory()) {
      // In a method of its own: the switch grows with the categories.
      chunks.add(routeMethod(byCategory, plan, returns)
          .addJavadoc("Calls the handler method of the nearest handled category of a $L code.\n\n"
              + "@return $L\n", api.name().toLowerCase(Locale.ROOT), returns.doc())
          .addCode(categorySwitch(plan, api, returns))
          .addCode(otherwise)
          .build());
    }
    String apiName = api.name().toLowerCase(Locale.ROOT);
    helpers.add(routeMethod(routeName(api), plan, returns)
        .addJavadoc("Calls the handler method that a $L code reaches by its code or its category, if any.\n\n"
            + "@param handler the handler\n@param code the code MEXC sent\n"
            + "@param message the message MEXC sent; may be {@code null}\n"
            + "@param exception the exception being dispatched, or {@code null} when a code is: a handler method"
            + " that takes an exception then receives a new one, without a stack trace\n"
            + "$L@return $L\n", apiName, contextDoc(plan), returns.doc())
        .addCode(body.build())
        .build());
    helpers.addAll(chunks);
    return true;
  }

  /**
   * Routes the codes that reach a method through their category: looks the code up, then switches on its
   * category, each category going to the method of its nearest handled ancestor.
   */
  private CodeBlock categorySwitch(DispatchPlan plan, MexcApi api, Returns returns) {
    ClassName codeEnum = names.codeEnum(api);
    CodeBlock apiLiteral = CodeBlock.of("$T.$N", GeneratedTypeNames.API, api.name());
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T entry = $T.forCode(code)", codeEnum, codeEnum)
        .beginControlFlow("if (entry != null)")
        .beginControlFlow("switch (entry.category())");
    for (CategoryGroup group : plan.categoryGroups()) {
      for (String category : group.categories()) {
        body.add("case $N:\n", category);
      }
      // Category methods take no table entry: the call does not depend on the code.
      body.indent()
          .add(returns.hit(call(group.method(), plan.handlerClass().element(), apiLiteral, Source.ROUTE, null)))
          .unindent();
    }
    return body.add("default:\n").indent().addStatement("break").unindent()
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /**
   * The {@code switch} over listed codes, in the chunk methods the plan cut it into when it would be too big for the
   * JIT. A code the switch does not list goes on to {@code miss}, in the chunk method that would list it.
   */
  private CodeBlock exactSwitch(DispatchPlan plan, List<SwitchChunk> chunks, MexcApi api,
      List<MethodSpec> chunkMethods, Returns returns, CodeBlock miss) {
    if (chunks.isEmpty()) {
      return miss;
    }
    TypeElement handler = plan.handlerClass().element();
    CodeBlock apiLiteral = CodeBlock.of("$T.$N", GeneratedTypeNames.API, api.name());
    if (chunks.size() == 1) {
      return CodeBlock.builder().add(switchOf(chunks.get(0), handler, apiLiteral, returns)).add(miss).build();
    }
    String prefix = routeName(api);
    for (int index = 0; index < chunks.size(); index++) {
      SwitchChunk chunk = chunks.get(index);
      chunkMethods.add(routeMethod(prefix + index, plan, returns)
          .addJavadoc("Calls the handler method of a $L code from {@code $L} to {@code $L}.\n\n"
              + "@return $L\n", api.name().toLowerCase(Locale.ROOT), chunk.firstCode(), chunk.lastCode(),
              returns.doc())
          .addCode(switchOf(chunk, handler, apiLiteral, returns))
          .addCode(miss)
          .build());
    }
    List<Integer> firstCodes = chunks.stream().map(SwitchChunk::firstCode).toList();
    // Each chunk goes on itself: the leaves return.
    return SwitchRouter.route(firstCodes, index -> CodeBlock.builder()
        .addStatement("return $L$L(handler, code, message, exception$L)", prefix, index, passContext(plan))
        .build());
  }

  /** A {@code switch} whose cases call the handler and return; other codes fall through. */
  private CodeBlock switchOf(SwitchChunk chunk, TypeElement handler, CodeBlock api, Returns returns) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    for (CallGroup group : chunk.groups()) {
      for (Route route : group.routes()) {
        body.add("case $L: // $L\n", route.entry().code(), route.entry().name());
      }
      body.indent().add(returns.hit(call(group.method(), handler, api, Source.ROUTE, group.entry().orElse(null))))
          .unindent();
    }
    body.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    return body.build();
  }

  /** The call of the fallback and the return after it, or {@code return false} without one (void only). */
  private CodeBlock fallback(DispatchPlan plan, CodeBlock api, Source source, Returns returns) {
    if (plan.fallback().isEmpty()) {
      return CodeBlock.builder().addStatement("return false").build();
    }
    return returns.hit(call(plan.fallback().get(), plan.handlerClass().element(), api, source, null));
  }

  /**
   * A call of a handler method.
   *
   * @param entry the code's table entry, for a method of exact codes; else null
   */
  private CodeBlock call(HandlerMethod method, TypeElement handler, CodeBlock api, Source source, CodeEntry entry) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (HandlerParameter parameter : method.element().getParameters().stream()
        .map(element -> method.parameters().stream().filter(p -> p.element().equals(element)).findFirst()
            .orElseThrow())
        .toList()) {
      arguments.add(argument(parameter, api, source, entry));
    }
    // A static method is called on the class that declares it, which an inherited one is not
    CodeBlock target = method.isStatic() ? hygiene.staticTarget((TypeElement) method.element().getEnclosingElement())
        : CodeBlock.of("handler");
    // A break may follow the opening parenthesis ($Z), for a long method name followed by a long first argument.
    return CodeBlock.of("$L.$N($Z$L)", target, method.name(), CodeBlock.join(arguments, ",$W"));
  }

  private CodeBlock argument(HandlerParameter parameter, CodeBlock api, Source source, CodeEntry entry) {
    boolean fromException = source == Source.EXCEPTION;
    switch (parameter.kind()) {
      case CODE:
        return CodeBlock.of(fromException ? "exception.code()" : "code");
      case MESSAGE:
        return CodeBlock.of(fromException ? "exception.exchangeMessage()" : "message");
      case API:
        return api;
      case ENTRY:
        return CodeBlock.of("$T.$N", names.codeEnum(entry.api()), entry.name());
      case EXCEPTION:
        return exception(parameter, api, source);
      case CONTEXT:
        return CodeBlock.of("context");
      default:
        throw new AssertionError(parameter.kind());
    }
  }

  /**
   * The exception argument: after routing in the exception overload, the exception itself, cast when the method
   * takes a subclass (the category's {@code instanceof} check passed); in a route method or the overload of a code,
   * what {@code exceptionOf} picks or makes.
   */
  private CodeBlock exception(HandlerParameter parameter, CodeBlock api, Source source) {
    boolean base = parameter.typeName().equals(MexcException.class.getCanonicalName());
    ClassName type = names.exceptionType(parameter.typeName());
    if (source == Source.EXCEPTION) {
      return base ? CodeBlock.of("exception") : CodeBlock.of("($T) exception", type);
    }
    return CodeBlock.of("$N($T.class,$W$L,$W$L,$Wcode,$Wmessage)", EXCEPTION_OF, type,
        source == Source.ROUTE ? "exception" : "null", api);
  }

  /** The helper that hands an exception to a handler method, made without a stack trace when need be. */
  private MethodSpec exceptionOf() {
    TypeVariableName e = TypeVariableName.get("E", GeneratedTypeNames.EXCEPTION);
    ClassName exception = GeneratedTypeNames.EXCEPTION;
    return MethodSpec.methodBuilder(EXCEPTION_OF)
        .addJavadoc("Returns the exception a handler method receives: the one being dispatched if it is of the"
            + " method's type, else a new one from the factory, without a stack trace (the dispatcher hands it to"
            + " the method and never throws it), from the answer of the one being dispatched, if any.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(e)
        .returns(e)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), e), "type")
        .addParameter(exception, "exception")
        .addParameter(GeneratedTypeNames.API, "api")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message")
        .beginControlFlow("if (type.isInstance(exception))")
        .addStatement("return type.cast(exception)")
        .endControlFlow()
        .addStatement("$T response = exception != null$W? exception.response()$W"
            + ": $T.of(api, code, message, $T.NO_HTTP_STATUS)", GeneratedTypeNames.RESPONSE,
            GeneratedTypeNames.RESPONSE, exception)
        .addStatement("return type.cast($T.factory().createWithoutStackTrace(response))", names.factory())
        .build();
  }

  /**
   * The type of the handler parameter: the class with a wildcard for each of its type parameters, and, for an inner
   * class, for those of the classes whose instance it belongs to ({@code Outer<?>.Inner<?>}; {@code Outer.Inner}
   * would be a raw type, and {@code Outer.Inner<?>} is not a type at all).
   */
  static TypeName handlerType(TypeElement element) {
    ClassName raw = ClassName.get(element);
    TypeName[] wildcards = new TypeName[element.getTypeParameters().size()];
    Arrays.fill(wildcards, WildcardTypeName.subtypeOf(Object.class));
    Element enclosing = element.getEnclosingElement();
    boolean inner = enclosing instanceof TypeElement && element.getKind() == ElementKind.CLASS
        && !element.getModifiers().contains(Modifier.STATIC)
        && ((TypeElement) enclosing).getKind() != ElementKind.INTERFACE;
    if (inner) {
      TypeName outer = handlerType((TypeElement) enclosing);
      if (outer instanceof ParameterizedTypeName) {
        return ((ParameterizedTypeName) outer).nestedClass(raw.simpleName(), Arrays.asList(wildcards));
      }
    }
    return wildcards.length == 0 ? raw : ParameterizedTypeName.get(raw, wildcards);
  }
}
