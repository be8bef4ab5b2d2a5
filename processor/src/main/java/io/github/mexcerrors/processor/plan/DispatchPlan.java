package io.github.mexcerrors.processor.plan;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.type.TypeMirror;

/**
 * What a dispatcher does, decided at compile time by {@link DispatchPlanner}: what it returns; per API, the codes its
 * {@code switch} lists with the method that handles each (its own {@code @OnMexcError} method, else the nearest
 * category's), how that {@code switch} is split into methods small enough for the JIT and which cases share a call,
 * and whether the other codes are routed through their category; for exceptions of codes missing from the table,
 * the category handlers by exception type; and the fallback. The writer renders it and decides nothing.
 *
 * @param handlerClass the class
 * @param returnType what the handler methods return, which every {@code dispatch} returns; empty when they are
 *     {@code void} (dispatch then returns whether a handler method ran)
 * @param routes per API, the routing of its codes
 * @param categoryRoutes the category handlers, the deepest category first
 * @param categoryGroups the categories whose codes reach a category method (the method of the category itself or
 *     of its nearest handled ancestor), grouped by that method, in the table's order of categories
 * @param fallback the fallback handler, if any
 * @param context the type of the caller's context that the handler methods take (all the same type: validated),
 *     which every method of the dispatcher then takes last and passes on; empty when none takes one
 */
public record DispatchPlan(
    HandlerClass handlerClass,
    Optional<TypeMirror> returnType,
    Map<MexcApi, CodeRoutes> routes,
    List<CategoryRoute> categoryRoutes,
    List<CategoryGroup> categoryGroups,
    Optional<HandlerMethod> fallback,
    Optional<TypeMirror> context) {

  /**
   * Returns the handler methods that a route method, or the overload of a code, calls: those of the listed codes,
   * of the categories when an API routes by category, and the fallback.
   *
   * @return the methods, without repeats
   */
  public Set<HandlerMethod> routedMethods() {
    Set<HandlerMethod> methods = new LinkedHashSet<>();
    routes.values().forEach(api -> {
      api.listed().forEach(route -> methods.add(route.method()));
      if (api.byCategory()) {
        categoryGroups.forEach(group -> methods.add(group.method()));
      }
    });
    fallback.ifPresent(methods::add);
    return methods;
  }

  /**
   * The routing of one API's codes.
   *
   * @param listed the codes the {@code switch} lists, with their methods, sorted by code: every code that reaches a
   *     method, or, with {@code byCategory}, only the codes of {@code @OnMexcError} methods
   * @param chunks the {@code switch} over {@code listed}, cut into the methods it is written in, by code: one when it
   *     fits a method the JIT compiles, none when nothing is listed
   * @param byCategory whether codes not listed reach the method of their nearest handled category through a
   *     lookup of their category
   */
  public record CodeRoutes(List<Route> listed, List<SwitchChunk> chunks, boolean byCategory) {}

  /**
   * A {@code switch} over consecutive listed codes, in a method of its own when there are several.
   *
   * @param groups its cases, grouped by the call they make, each group where its first code comes
   */
  public record SwitchChunk(List<CallGroup> groups) {
    /**
     * Returns the lowest code of the chunk.
     *
     * @return the code
     */
    public int firstCode() {
      return groups.get(0).routes().get(0).entry().code();
    }

    /**
     * Returns the highest code of the chunk.
     *
     * @return the code
     */
    public int lastCode() {
      return groups.stream().mapToInt(group -> group.routes().get(group.routes().size() - 1).entry().code()).max()
          .orElseThrow();
    }
  }

  /**
   * Cases of a {@code switch} that make the same call: the same method, and, when the method takes the table entry,
   * the same code.
   *
   * @param method the method called
   * @param entry the code whose table entry the method receives, when it takes one
   * @param routes the cases, sorted by code
   */
  public record CallGroup(HandlerMethod method, Optional<CodeEntry> entry, List<Route> routes) {}

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

  /**
   * Categories whose codes reach the same category method.
   *
   * @param method the method
   * @param categories the categories' names, in the table's order
   */
  public record CategoryGroup(HandlerMethod method, List<String> categories) {}
}
