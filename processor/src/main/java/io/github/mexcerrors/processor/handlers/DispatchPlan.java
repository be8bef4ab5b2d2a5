package io.github.mexcerrors.processor.handlers;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a dispatcher does, decided at compile time: for every code of the table, the method that handles it
 * (its own {@code @OnMexcError} method, else the nearest category's); for exceptions of codes missing from the
 * table, the category handlers by exception type; and the fallback.
 *
 * @param handlerClass the class
 * @param routes per API, the codes that a method handles, sorted by code
 * @param categoryRoutes the category handlers, the deepest category first
 * @param fallback the fallback handler, if any
 */
public record DispatchPlan(
    HandlerClass handlerClass,
    Map<MexcApi, List<Route>> routes,
    List<CategoryRoute> categoryRoutes,
    Optional<HandlerMethod> fallback) {

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
