package io.github.mexcerrors.processor.plan;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a dispatcher does, decided at compile time by {@link DispatchPlanner}: per API, the codes its {@code switch} lists with the method that
 * handles each (its own {@code @OnMexcError} method, else the nearest category's) and whether the other codes
 * are routed through their category; for exceptions of codes missing from the table, the category handlers by
 * exception type; and the fallback.
 *
 * @param handlerClass the class
 * @param routes per API, the routing of its codes
 * @param categoryRoutes the category handlers, the deepest category first
 * @param categoryMethods every category whose codes reach a category method, with that method (the method of the
 *     category itself or of its nearest handled ancestor), in the table's order of categories
 * @param fallback the fallback handler, if any
 */
public record DispatchPlan(
    HandlerClass handlerClass,
    Map<MexcApi, CodeRoutes> routes,
    List<CategoryRoute> categoryRoutes,
    Map<String, HandlerMethod> categoryMethods,
    Optional<HandlerMethod> fallback) {

  /**
   * The routing of one API's codes.
   *
   * @param listed the codes the {@code switch} lists, with their methods, sorted by code: every code that reaches a
   *     method, or, with {@code byCategory}, only the codes of {@code @OnMexcError} methods
   * @param byCategory whether codes not listed reach the method of their nearest handled category through a
   *     lookup of their category
   */
  public record CodeRoutes(List<Route> listed, boolean byCategory) {}

  /**
   * A code and the method that handles it.
   *
   * @param entry the code
   * @param method the method
   */
  public record Route(CodeEntry entry, HandlerMethod method) {}

  /**
   * A category and the method that handles it.
   *
   * @param category the category
   * @param method the method
   */
  public record CategoryRoute(Category category, HandlerMethod method) {}
}
