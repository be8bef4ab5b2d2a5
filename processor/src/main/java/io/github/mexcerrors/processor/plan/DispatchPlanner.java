package io.github.mexcerrors.processor.plan;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerParameter;
import io.github.mexcerrors.processor.handlers.ParameterKind;
import io.github.mexcerrors.processor.plan.DispatchPlan.CallGroup;
import io.github.mexcerrors.processor.plan.DispatchPlan.CategoryGroup;
import io.github.mexcerrors.processor.plan.DispatchPlan.CategoryRoute;
import io.github.mexcerrors.processor.plan.DispatchPlan.CodeRoutes;
import io.github.mexcerrors.processor.plan.DispatchPlan.Route;
import io.github.mexcerrors.processor.plan.DispatchPlan.SwitchChunk;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides the {@link DispatchPlan} of a handler class that passed every check (each code and category exists and
 * has one handler in the class): which method each code reaches, how the dispatcher finds it, how its switches are
 * cut into methods and what it returns.
 */
public final class DispatchPlanner {
  private static final Comparator<Route> BY_CODE = Comparator.comparingInt(route -> route.entry().code());

  private final ErrorTable table;
  private final RoutingPolicy policy;

  /**
   * Creates a planner.
   *
   * @param table the checked table
   * @param policy how big a {@code switch} may grow
   */
  public DispatchPlanner(ErrorTable table, RoutingPolicy policy) {
    this.table = table;
    this.policy = policy;
  }

  /**
   * Plans the dispatcher of a checked class.
   *
   * @param handlerClass the class, without problems
   * @return its plan
   */
  public DispatchPlan plan(HandlerClass handlerClass) {
    Map<MexcApi, Map<Integer, HandlerMethod>> exact = new EnumMap<>(MexcApi.class);
    for (MexcApi api : MexcApi.values()) {
      exact.put(api, new HashMap<>());
    }
    Map<String, HandlerMethod> byCategory = new HashMap<>();
    Optional<HandlerMethod> fallback = Optional.empty();
    for (HandlerMethod method : handlerClass.methods()) {
      if (method.kind() == Kind.CODES) {
        for (Value<Integer> code : method.codes()) {
          exact.get(method.api()).putIfAbsent(code.value(), method);
        }
      } else if (method.kind() == Kind.CATEGORIES) {
        for (Value<String> category : method.categories()) {
          byCategory.putIfAbsent(category.value(), method);
        }
      } else if (fallback.isEmpty()) {
        fallback = Optional.of(method);
      }
    }
    Map<String, HandlerMethod> nearest = nearestCategoryMethods(byCategory);
    Map<MexcApi, CodeRoutes> routes = new EnumMap<>(MexcApi.class);
    for (MexcApi api : MexcApi.values()) {
      routes.put(api, codeRoutes(api, exact.get(api), nearest));
    }
    List<CategoryRoute> categoryRoutes = new ArrayList<>();
    for (Category category : table.categories()) {
      HandlerMethod method = byCategory.get(category.name());
      if (method != null) {
        categoryRoutes.add(new CategoryRoute(category, method));
      }
    }
    categoryRoutes.sort(Comparator.comparingInt(route -> -table.lineage(route.category().name()).size()));
    return new DispatchPlan(handlerClass, returnType(handlerClass), Collections.unmodifiableMap(routes),
        List.copyOf(categoryRoutes), categoryGroups(nearest), fallback, context(handlerClass));
  }

  /**
   * What the dispatcher returns: the type of the first handler method, as all return the same (validated), or
   * nothing when they are {@code void}.
   */
  private static Optional<TypeMirror> returnType(HandlerClass handlerClass) {
    if (handlerClass.methods().isEmpty()) {
      return Optional.empty();
    }
    TypeMirror type = handlerClass.methods().get(0).element().getReturnType();
    return type.getKind() == TypeKind.VOID ? Optional.empty() : Optional.of(type);
  }

  /**
   * The type of the caller's context, if a method takes one: the first one's, as all take the same (validated).
   */
  private static Optional<TypeMirror> context(HandlerClass handlerClass) {
    return handlerClass.methods().stream().flatMap(method -> method.parameter(ParameterKind.CONTEXT).stream())
        .findFirst().map(parameter -> parameter.element().asType());
  }

  /** The categories that reach a category method, grouped by it, each group where its first category comes. */
  private static List<CategoryGroup> categoryGroups(Map<String, HandlerMethod> nearest) {
    Map<HandlerMethod, List<String>> groups = new LinkedHashMap<>();
    nearest.forEach((category, method) -> groups.computeIfAbsent(method, key -> new ArrayList<>()).add(category));
    List<CategoryGroup> result = new ArrayList<>();
    groups.forEach((method, categories) -> result.add(new CategoryGroup(method, List.copyOf(categories))));
    return List.copyOf(result);
  }

  /**
   * The method of every category that has one through itself or an ancestor: the nearest handled category's.
   * Categories come parents first, so one pass over them suffices; the result keeps their order.
   */
  private Map<String, HandlerMethod> nearestCategoryMethods(Map<String, HandlerMethod> byCategory) {
    Map<String, HandlerMethod> nearest = new LinkedHashMap<>();
    if (byCategory.isEmpty()) {
      return nearest;
    }
    for (Category category : table.categories()) {
      HandlerMethod method = byCategory.get(category.name());
      if (method == null) {
        method = category.parent().map(nearest::get).orElse(null);
      }
      if (method != null) {
        nearest.put(category.name(), method);
      }
    }
    return nearest;
  }

  /**
   * Plans the routing of one API's codes. Its cost grows with the class's own codes and the table's categories;
   * it visits the codes of the handled categories only when the {@code switch} lists them, which it does for at
   * most {@link RoutingPolicy#maxListedCodes()} codes. So planning many classes against a big table costs codes
   * plus classes, not codes times classes.
   */
  private CodeRoutes codeRoutes(MexcApi api, Map<Integer, HandlerMethod> exact, Map<String, HandlerMethod> nearest) {
    List<Route> exactRoutes = new ArrayList<>();
    int exactInHandledCategories = 0;
    for (Map.Entry<Integer, HandlerMethod> code : exact.entrySet()) {
      CodeEntry entry = table.code(api, code.getKey()).orElseThrow();
      exactRoutes.add(new Route(entry, code.getValue()));
      if (nearest.containsKey(entry.category())) {
        exactInHandledCategories++;
      }
    }
    exactRoutes.sort(BY_CODE);
    long routed = exactRoutes.size() - exactInHandledCategories;
    for (String category : nearest.keySet()) {
      routed += table.codesOf(api, category).size();
    }
    if (nearest.isEmpty() || routed > policy.maxListedCodes()) {
      return codeRoutes(exactRoutes, !nearest.isEmpty());
    }
    List<Route> listed = new ArrayList<>(exactRoutes);
    for (Map.Entry<String, HandlerMethod> category : nearest.entrySet()) {
      for (CodeEntry entry : table.codesOf(api, category.getKey())) {
        if (!exact.containsKey(entry.code())) {
          listed.add(new Route(entry, category.getValue()));
        }
      }
    }
    listed.sort(BY_CODE);
    return codeRoutes(listed, false);
  }

  private static CodeRoutes codeRoutes(List<Route> listed, boolean byCategory) {
    return new CodeRoutes(List.copyOf(listed), chunks(listed), byCategory);
  }

  /** What makes the call of a case: the method, and the code when the method takes its table entry. */
  private record CallKey(ExecutableElement method, String entry) {
    static CallKey of(Route route) {
      boolean takesEntry = route.method().parameters().stream()
          .anyMatch(parameter -> parameter.kind() == ParameterKind.ENTRY);
      return new CallKey(route.method().element(), takesEntry ? route.entry().name() : null);
    }
  }

  /**
   * Cuts the {@code switch} over listed codes into chunks small enough for the JIT (see {@link SwitchSplitter}),
   * and groups the cases of each chunk that make the same call: a call shared by several cases is written once,
   * after its case labels, so it counts once per chunk.
   */
  private static List<SwitchChunk> chunks(List<Route> listed) {
    if (listed.isEmpty()) {
      return List.of();
    }
    Map<Route, CallKey> keys = new IdentityHashMap<>();
    for (Route route : listed) {
      keys.put(route, CallKey.of(route));
    }
    ToIntBiFunction<Route, List<Route>> bodyBytes = new ToIntBiFunction<>() {
      private List<Route> chunk;
      private final Set<CallKey> callsInChunk = new HashSet<>();

      @Override
      public int applyAsInt(Route route, List<Route> candidate) {
        if (candidate != chunk) {
          chunk = candidate;
          callsInChunk.clear();
        }
        return callsInChunk.add(keys.get(route)) ? callBytes(route) : 0;
      }
    };
    List<SwitchChunk> chunks = new ArrayList<>();
    for (List<Route> chunk : SwitchSplitter.split(listed, route -> route.entry().code(), bodyBytes)) {
      Map<CallKey, List<Route>> groups = new LinkedHashMap<>();
      for (Route route : chunk) {
        groups.computeIfAbsent(keys.get(route), key -> new ArrayList<>()).add(route);
      }
      List<CallGroup> callGroups = new ArrayList<>();
      groups.forEach((key, routes) -> callGroups.add(new CallGroup(routes.get(0).method(),
          key.entry() == null ? Optional.empty() : Optional.of(routes.get(0).entry()), List.copyOf(routes))));
      chunks.add(new SwitchChunk(List.copyOf(callGroups)));
    }
    return List.copyOf(chunks);
  }

  /**
   * A generous estimate of the bytecode of one call and its {@code return true}: loads, invoke and return, plus
   * what each argument costs (an exception argument goes through {@code exceptionOf}).
   */
  private static int callBytes(Route route) {
    int bytes = 12;
    for (HandlerParameter parameter : route.method().parameters()) {
      bytes += parameter.kind() == ParameterKind.EXCEPTION ? 40 : 4;
    }
    return bytes;
  }
}
