package io.github.mexcerrors.processor.plan;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.plan.DispatchPlan.CategoryRoute;
import io.github.mexcerrors.processor.plan.DispatchPlan.CodeRoutes;
import io.github.mexcerrors.processor.plan.DispatchPlan.Route;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the {@link DispatchPlan} of a handler class that passed every check (each code and category exists and
 * has one handler in the class): which method each code reaches, and how the dispatcher finds it.
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
    return new DispatchPlan(handlerClass, Collections.unmodifiableMap(routes), List.copyOf(categoryRoutes),
        Collections.unmodifiableMap(nearest), fallback);
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
      return new CodeRoutes(List.copyOf(exactRoutes), !nearest.isEmpty());
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
    return new CodeRoutes(List.copyOf(listed), false);
  }
}
