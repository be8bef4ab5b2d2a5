package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerParameter;
import io.github.mexcerrors.processor.handlers.ParameterKind;
import io.github.mexcerrors.processor.plan.DispatchPlan.CategoryRoute;
import io.github.mexcerrors.processor.plan.DispatchPlan.CodeRoutes;
import io.github.mexcerrors.processor.plan.DispatchPlan.Route;
import io.github.mexcerrors.processor.plan.DispatchPlan;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.names.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Generates a dispatcher for one handler class: static methods that route a code, or an exception, to the handler
 * method chosen at compile time, through a {@code switch} on the code.
 */
public final class DispatcherWriter {
  private static final Pattern USES_CODE = Pattern.compile("(?<![.\\w])code\\b");
  private static final Pattern USES_MESSAGE =
      Pattern.compile("(?<![.\\w])message\\b");

  /**
   * Above this many category methods, the exception overload checks the exception's class in a helper method of
   * its own rather than inline: the overload also holds the routing of both APIs, and every generated method must
   * stay under HotSpot's 8,000-byte {@code HugeMethodLimit}.
   */
  static final int INLINE_CATEGORY_CHECKS = 16;

  private final GeneratedTypeNames names;
  private final SourceFiles files;

  /**
   * Creates the writer.
   *
   * @param names the names of the table's types
   * @param files where sources go
   */
  public DispatcherWriter(GeneratedNames names, SourceFiles files) {
    this.names = new GeneratedTypeNames(names);
    this.files = files;
  }

  /** Where the dispatch method's values come from: a code and message, or an exception. */
  private enum Source {
    CODE_AND_MESSAGE,
    EXCEPTION
  }

  /**
   * Writes the dispatcher of a plan.
   *
   * @param plan the plan
   */
  public void write(DispatchPlan plan) {
    TypeElement handlerElement = plan.handlerClass().element();
    TypeName handler = handlerType(handlerElement);
    ClassName self = ClassName.get(plan.handlerClass().dispatcherPackage(), plan.handlerClass().dispatcherSimpleName());
    ClassName api = GeneratedTypeNames.API;
    TypeSpec.Builder type = files.markGenerated(TypeSpec.classBuilder(self))
        .addModifiers(Modifier.FINAL)
        .addOriginatingElement(handlerElement)
        .addJavadoc("Dispatches MEXC errors to the handler methods of {@link $T}: the method of the exact code"
            + " first, then\nthe method of the nearest category, then the fallback. Stateless and thread-safe.\n",
            ClassName.get(handlerElement))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Modifier[] visibility = plan.handlerClass().isPublic()
        ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC} : new Modifier[] {Modifier.STATIC};
    if (plan.handlerClass().isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    List<MethodSpec> helpers = new ArrayList<>();
    for (MexcApi apiValue : MexcApi.values()) {
      boolean spot = apiValue == MexcApi.SPOT;
      type.addMethod(MethodSpec.methodBuilder(spot ? "dispatch" : "dispatchFutures")
          .addJavadoc("Calls the handler method of a $L error code.\n\n@param handler the handler\n"
              + "@param code the code MEXC sent\n@param message the message MEXC sent; may be {@code null}\n"
              + "@return whether a handler method ran\n", spot ? "spot" : "futures")
          .addModifiers(visibility)
          .returns(boolean.class)
          .addParameter(handler, "handler")
          .addParameter(int.class, "code")
          .addParameter(String.class, "message")
          .addCode(codeSwitch(plan, apiValue, Source.CODE_AND_MESSAGE, helpers))
          .addCode(afterSwitch(plan, CodeBlock.of("$T.$N", api, apiValue.name()), Source.CODE_AND_MESSAGE))
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("dispatch")
        .addJavadoc("Calls the handler method of an error code of either API.\n\n@param handler the handler\n"
            + "@param api the API that answered\n@param code the code MEXC sent\n"
            + "@param message the message MEXC sent; may be {@code null}\n@return whether a handler method ran\n")
        .addModifiers(visibility)
        .returns(boolean.class)
        .addParameter(handler, "handler")
        .addParameter(api, "api")
        .addParameter(int.class, "code")
        .addParameter(String.class, "message")
        .addStatement("return api == $T.FUTURES ? dispatchFutures(handler, code, message)"
            + " : dispatch(handler, code, message)", api)
        .build());
    CodeBlock.Builder byException = CodeBlock.builder();
    CodeBlock futures = codeSwitch(plan, MexcApi.FUTURES, Source.EXCEPTION, helpers);
    CodeBlock spot = codeSwitch(plan, MexcApi.SPOT, Source.EXCEPTION, helpers);
    if (!futures.isEmpty() && !spot.isEmpty()) {
      byException.beginControlFlow("if (exception.api() == $T.FUTURES)", api).add(futures)
          .nextControlFlow("else").add(spot).endControlFlow();
    } else if (!futures.isEmpty()) {
      byException.beginControlFlow("if (exception.api() == $T.FUTURES)", api).add(futures).endControlFlow();
    } else if (!spot.isEmpty()) {
      byException.beginControlFlow("if (exception.api() == $T.SPOT)", api).add(spot).endControlFlow();
    }
    CodeBlock.Builder byClass = CodeBlock.builder();
    for (CategoryRoute route : plan.categoryRoutes()) {
      ClassName exceptionClass = names.exception(route.category());
      byClass.beginControlFlow("if (exception instanceof $T)", exceptionClass)
          .addStatement(call(route.method(), handlerElement, CodeBlock.of("exception.api()"), Source.EXCEPTION, null,
              true))
          .addStatement("return true")
          .endControlFlow();
    }
    if (plan.categoryRoutes().size() <= INLINE_CATEGORY_CHECKS) {
      byException.add(byClass.build());
    } else {
      helpers.add(MethodSpec.methodBuilder("dispatchByExceptionClass")
          .addJavadoc("Calls the handler method of the exception's category, if any.\n\n"
              + "@return whether a handler method ran\n")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(boolean.class)
          .addParameter(handler, "handler")
          .addParameter(GeneratedTypeNames.EXCEPTION, "exception")
          .addCode(withLocals(byClass.build()))
          .addStatement("return false")
          .build());
      byException.beginControlFlow("if (dispatchByExceptionClass(handler, exception))")
          .addStatement("return true")
          .endControlFlow();
    }
    byException.add(afterSwitch(plan, CodeBlock.of("exception.api()"), Source.EXCEPTION));
    type.addMethod(MethodSpec.methodBuilder("dispatch")
        .addJavadoc("Calls the handler method of an exception; a method that takes the exception receives this very"
            + " object.\nA code missing from the table reaches the handler of the exception's category, if any,"
            + " else the fallback.\n\n@param handler the handler\n@param exception the exception\n"
            + "@return whether a handler method ran\n")
        .addModifiers(visibility)
        .returns(boolean.class)
        .addParameter(handler, "handler")
        .addParameter(GeneratedTypeNames.EXCEPTION, "exception")
        .addCode(withLocals(byException.build()))
        .build());
    type.addMethods(helpers);
    files.write(self.packageName(), type.build());
  }

  /**
   * Declares the {@code code} and {@code message} locals of the exception overload, each only if the body uses it
   * (an unused local is a warning under the Eclipse compiler).
   */
  private static CodeBlock withLocals(CodeBlock body) {
    String text = body.toString();
    CodeBlock.Builder block = CodeBlock.builder();
    if (USES_CODE.matcher(text).find()) {
      block.addStatement("int code = exception.code()");
    }
    if (USES_MESSAGE.matcher(text).find()) {
      block.addStatement("String message = exception.exchangeMessage()");
    }
    return block.add(body).build();
  }

  /**
   * The routing of one API's codes: a {@code switch} that calls the handler method and returns {@code true}, and
   * falls through for codes without a method; or, for big tables, a router over chunk methods (see
   * {@link MethodSplitter}) that returns {@code true} when a chunk handled the code. Chunk methods go to
   * {@code helpers}.
   */
  private CodeBlock codeSwitch(DispatchPlan plan, MexcApi api, Source source, List<MethodSpec> helpers) {
    CodeRoutes routes = plan.routes().get(api);
    if (!routes.byCategory()) {
      return exactSwitch(plan, routes.listed(), api, source, helpers);
    }
    // In a method of its own: the switch grows with the categories, and the caller holds other routing too.
    String name = helperPrefix(api, source) + "ByCategory";
    helpers.add(helper(name, plan.handlerClass().element(), source)
        .addJavadoc("Calls the handler method of the nearest handled category of a $L code.\n\n"
            + "@return whether a handler method ran\n", api.name().toLowerCase(java.util.Locale.ROOT))
        .addCode(categorySwitch(plan, api, source))
        .addStatement("return false")
        .build());
    return CodeBlock.builder()
        .add(exactSwitch(plan, routes.listed(), api, source, helpers))
        .beginControlFlow("if ($L($L))", name, helperArguments(source))
        .addStatement("return true")
        .endControlFlow()
        .build();
  }

  private static String helperPrefix(MexcApi api, Source source) {
    return (api == MexcApi.SPOT ? "dispatchSpot" : "dispatchFutures") + (source == Source.EXCEPTION ? "Exception" : "");
  }

  private static String helperArguments(Source source) {
    return source == Source.EXCEPTION ? "handler, exception, code, message" : "handler, code, message";
  }

  /** A private helper that takes the handler, the exception (for that source), the code and the message. */
  private static MethodSpec.Builder helper(String name, TypeElement handler, Source source) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(handlerType(handler), "handler");
    if (source == Source.EXCEPTION) {
      method.addParameter(GeneratedTypeNames.EXCEPTION, "exception");
    }
    return method.addParameter(int.class, "code").addParameter(String.class, "message");
  }

  /**
   * Routes the codes that reach a method through their category: looks the code up, then switches on its
   * category, each category going to the method of its nearest handled ancestor.
   */
  private CodeBlock categorySwitch(DispatchPlan plan, MexcApi api, Source source) {
    Map<HandlerMethod, List<String>> groups = new LinkedHashMap<>();
    plan.categoryMethods().forEach((category, method) ->
        groups.computeIfAbsent(method, key -> new ArrayList<>()).add(category));
    ClassName codeEnum = names.codeEnum(api);
    CodeBlock apiLiteral = CodeBlock.of("$T.$N", GeneratedTypeNames.API, api.name());
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T entry = $T.forCode(code)", codeEnum, codeEnum)
        .beginControlFlow("if (entry != null)")
        .beginControlFlow("switch (entry.category())");
    for (Map.Entry<HandlerMethod, List<String>> group : groups.entrySet()) {
      for (String category : group.getValue()) {
        body.add("case $N:\n", category);
      }
      // Category methods take no table entry: the call does not depend on the code.
      body.indent()
          .addStatement(call(group.getKey(), plan.handlerClass().element(), apiLiteral, source, null, false))
          .addStatement("return true")
          .unindent();
    }
    return body.add("default:\n").indent().addStatement("break").unindent()
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /** The {@code switch} over listed codes, split into chunk methods when it would be too big for the JIT. */
  private CodeBlock exactSwitch(DispatchPlan plan, List<Route> routes, MexcApi api, Source source,
      List<MethodSpec> helpers) {
    if (routes.isEmpty()) {
      return CodeBlock.of("");
    }
    TypeElement handler = plan.handlerClass().element();
    CodeBlock apiLiteral = CodeBlock.of("$T.$N", GeneratedTypeNames.API, api.name());
    // Routes whose calls are the same share a case group. The key says which calls are the same without rendering
    // them (CodeBlock.toString is slow enough to dominate the processor's time on big tables): the method, and the
    // code's constant when the method takes it.
    Map<Route, CodeBlock> calls = new IdentityHashMap<>();
    Map<Route, String> keys = new IdentityHashMap<>();
    Map<String, CodeBlock> callsByKey = new HashMap<>();
    for (Route route : routes) {
      boolean takesEntry = route.method().parameters().stream()
          .anyMatch(parameter -> parameter.kind() == ParameterKind.ENTRY);
      String key = route.method().element() + (takesEntry ? " " + route.entry().name() : "");
      keys.put(route, key);
      calls.put(route, callsByKey.computeIfAbsent(key,
          unused -> call(route.method(), handler, apiLiteral, source, route.entry(), false)));
    }
    ToIntBiFunction<Route, List<Route>> bodyBytes = new ToIntBiFunction<>() {
      private List<Route> chunk;
      private final Set<String> callsInChunk = new HashSet<>();

      @Override
      public int applyAsInt(Route route, List<Route> candidate) {
        if (candidate != chunk) {
          chunk = candidate;
          callsInChunk.clear();
        }
        // A call shared by several cases of a chunk is written once, after its case labels.
        return callsInChunk.add(keys.get(route)) ? callBytes(route) : 0;
      }
    };
    // The exception overload holds the switches of both APIs: each gets half the budget there.
    int budget = source == Source.EXCEPTION ? MethodSplitter.BYTE_BUDGET / 2 : MethodSplitter.BYTE_BUDGET;
    List<List<Route>> chunks = MethodSplitter.split(routes, route -> route.entry().code(), bodyBytes, budget);
    if (chunks.size() == 1) {
      return CodeBlock.builder().add(switchOf(routes, calls, keys)).build();
    }
    String prefix = helperPrefix(api, source);
    String arguments = helperArguments(source);
    for (int index = 0; index < chunks.size(); index++) {
      List<Route> chunk = chunks.get(index);
      helpers.add(helper(prefix + index, handler, source)
          .addJavadoc("Calls the handler method of a $L code from {@code $L} to {@code $L}.\n\n"
              + "@return whether a handler method ran\n", api.name().toLowerCase(java.util.Locale.ROOT),
              chunk.get(0).entry().code(), chunk.get(chunk.size() - 1).entry().code())
          .addCode(switchOf(chunk, calls, keys))
          .addStatement("return false")
          .build());
    }
    List<Integer> firstCodes = chunks.stream().map(chunk -> chunk.get(0).entry().code()).toList();
    return MethodSplitter.route(firstCodes, index -> CodeBlock.builder()
        .beginControlFlow("if ($L$L($L))", prefix, index, arguments)
        .addStatement("return true")
        .endControlFlow()
        .build());
  }

  /** A {@code switch} whose cases call the handler and return {@code true}; other codes fall through. */
  private static CodeBlock switchOf(List<Route> routes, Map<Route, CodeBlock> calls, Map<Route, String> keys) {
    Map<String, List<Route>> groups = new LinkedHashMap<>();
    Map<String, CodeBlock> groupCalls = new LinkedHashMap<>();
    for (Route route : routes) {
      groups.computeIfAbsent(keys.get(route), key -> new ArrayList<>()).add(route);
      groupCalls.putIfAbsent(keys.get(route), calls.get(route));
    }
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    for (Map.Entry<String, List<Route>> group : groups.entrySet()) {
      for (Route route : group.getValue()) {
        body.add("case $L: // $L\n", route.entry().code(), route.entry().name());
      }
      body.indent().addStatement(groupCalls.get(group.getKey())).addStatement("return true").unindent();
    }
    body.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    return body.build();
  }

  /**
   * A generous estimate of the bytecode of one call and its {@code return true}: loads, invoke and return, plus
   * what each argument costs (an exception argument is created through the factory, with a cast).
   */
  private static int callBytes(Route route) {
    int bytes = 12;
    for (HandlerParameter parameter : route.method().parameters()) {
      bytes += parameter.kind() == ParameterKind.EXCEPTION ? 40 : 4;
    }
    return bytes;
  }

  private CodeBlock afterSwitch(DispatchPlan plan, CodeBlock api, Source source) {
    if (plan.fallback().isEmpty()) {
      return CodeBlock.builder().addStatement("return false").build();
    }
    return CodeBlock.builder()
        .addStatement(call(plan.fallback().get(), plan.handlerClass().element(), api, source, null, true))
        .addStatement("return true")
        .build();
  }

  /**
   * A call of a handler method.
   *
   * @param entry the code's table entry, for a method of exact codes; else null
   * @param exceptionTypeKnown whether an exception passed to the method is known to be of the parameter's type (it
   *     was checked with {@code instanceof}, or the parameter is {@code MexcException}); else the exception is cast
   *     only after a check, and created anew when it is of another type
   */
  private CodeBlock call(HandlerMethod method, TypeElement handler, CodeBlock api, Source source, CodeEntry entry,
      boolean exceptionTypeKnown) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (HandlerParameter parameter : method.element().getParameters().stream()
        .map(element -> method.parameters().stream().filter(p -> p.element().equals(element)).findFirst()
            .orElseThrow())
        .toList()) {
      arguments.add(argument(parameter, api, source, entry, exceptionTypeKnown));
    }
    CodeBlock target = method.isStatic() ? CodeBlock.of("$T", ClassName.get(handler)) : CodeBlock.of("handler");
    return CodeBlock.of("$L.$N($L)", target, method.name(), CodeBlock.join(arguments, ", "));
  }

  private CodeBlock argument(HandlerParameter parameter, CodeBlock api, Source source, CodeEntry entry,
      boolean exceptionTypeKnown) {
    switch (parameter.kind()) {
      case CODE:
        return CodeBlock.of("code");
      case MESSAGE:
        return CodeBlock.of("message");
      case API:
        return api;
      case ENTRY:
        return CodeBlock.of("$T.$N", names.codeEnum(entry.api()), entry.name());
      case EXCEPTION:
        return exception(parameter, api, source, exceptionTypeKnown);
      default:
        throw new AssertionError(parameter.kind());
    }
  }

  private CodeBlock exception(HandlerParameter parameter, CodeBlock api, Source source, boolean exceptionTypeKnown) {
    boolean base = parameter.typeName().equals(MexcException.class.getCanonicalName());
    ClassName type = names.exceptionType(parameter.typeName());
    CodeBlock created = CodeBlock.of("$T.create($L, code, message)", names.factory(), api);
    if (source == Source.CODE_AND_MESSAGE) {
      return base ? created : CodeBlock.of("($T) $L", type, created);
    }
    if (base) {
      return CodeBlock.of("exception");
    }
    if (exceptionTypeKnown) {
      return CodeBlock.of("($T) exception", type);
    }
    return CodeBlock.of("exception instanceof $T ? ($T) exception : ($T) $T.create($L, code, message,"
        + " exception.httpStatus().orElse($T.NO_HTTP_STATUS))", type, type, type, names.factory(), api,
        GeneratedTypeNames.EXCEPTION);
  }

  private static TypeName handlerType(TypeElement element) {
    ClassName raw = ClassName.get(element);
    if (element.getTypeParameters().isEmpty()) {
      return raw;
    }
    TypeName[] wildcards = new TypeName[element.getTypeParameters().size()];
    java.util.Arrays.fill(wildcards, WildcardTypeName.subtypeOf(Object.class));
    return ParameterizedTypeName.get(raw, wildcards);
  }
}
