package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.handlers.DispatchPlan;
import io.github.mexcerrors.processor.handlers.DispatchPlan.CategoryRoute;
import io.github.mexcerrors.processor.handlers.DispatchPlan.CodeRoutes;
import io.github.mexcerrors.processor.handlers.DispatchPlan.Route;
import io.github.mexcerrors.processor.handlers.Exhaustiveness;
import io.github.mexcerrors.processor.handlers.HandlerClass;
import io.github.mexcerrors.processor.handlers.HandlerMethod;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.handlers.HandlerParameter;
import io.github.mexcerrors.processor.handlers.HandlerReader;
import io.github.mexcerrors.processor.handlers.ParameterKind;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a handler class against the table (every code and category exists, nothing is handled twice, every
 * parameter can receive what the method's codes produce) and, when all is well, decides its {@link DispatchPlan}.
 */
public final class HandlerValidator {
  private static final Comparator<Route> BY_CODE = Comparator.comparingInt(route -> route.entry().code());

  private final Diagnostics diagnostics;
  private final TableTypes tableTypes;
  private final ErrorTable table;
  private final CodeSuggester suggester;

  /**
   * Creates a validator.
   *
   * @param diagnostics where problems go
   * @param tableTypes the table and the names of its generated types
   */
  public HandlerValidator(Diagnostics diagnostics, TableTypes tableTypes) {
    this.diagnostics = diagnostics;
    this.tableTypes = tableTypes;
    this.table = tableTypes.table();
    this.suggester = new CodeSuggester(table);
  }

  /**
   * Validates a class and plans its dispatcher.
   *
   * @param handlerClass the class
   * @return the plan, or empty when the class has problems (they are reported)
   */
  public Optional<DispatchPlan> validate(HandlerClass handlerClass) {
    int errorsBefore = diagnostics.errorCount();
    Map<MexcApi, Map<Integer, HandlerMethod>> exact = new EnumMap<>(MexcApi.class);
    Map<MexcApi, Map<Integer, Value<Integer>>> exactSources = new EnumMap<>(MexcApi.class);
    for (MexcApi api : MexcApi.values()) {
      exact.put(api, new HashMap<>());
      exactSources.put(api, new HashMap<>());
    }
    Map<String, HandlerMethod> byCategory = new HashMap<>();
    Map<String, Value<String>> categorySources = new HashMap<>();
    List<HandlerMethod> fallbacks = new ArrayList<>();
    for (HandlerMethod method : handlerClass.methods()) {
      switch (method.kind()) {
        case CODES:
          checkCodes(method, exact.get(method.api()), exactSources.get(method.api()));
          break;
        case CATEGORIES:
          checkCategories(method, byCategory, categorySources);
          break;
        case FALLBACK:
          fallbacks.add(method);
          break;
        default:
          break;
      }
      checkParameters(method);
    }
    if (fallbacks.size() > 1) {
      for (HandlerMethod fallback : fallbacks) {
        diagnostics.error(fallback.element(), fallback.annotation(), null, "class "
            + handlerClass.element().getSimpleName() + " has " + fallbacks.size() + " @OnMexcErrorFallback methods ("
            + String.join(", ", fallbacks.stream().map(HandlerMethod::name).toList()) + "); keep exactly one");
      }
    }
    if (handlerClass.exhaustive().isPresent()) {
      checkExhaustive(handlerClass, handlerClass.exhaustive().get(), exact, byCategory, !fallbacks.isEmpty(),
          diagnostics.errorCount() == errorsBefore);
    }
    if (diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
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
    return Optional.of(new DispatchPlan(handlerClass, routes, List.copyOf(categoryRoutes),
        Collections.unmodifiableMap(nearest), fallbacks.stream().findFirst()));
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
   * most {@link DispatchPlan#CATEGORY_ROUTING_THRESHOLD} codes. So planning many classes against a big table costs
   * codes plus classes, not codes times classes.
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
    if (nearest.isEmpty() || routed > DispatchPlan.CATEGORY_ROUTING_THRESHOLD) {
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

  /**
   * Checks what {@code @MexcExhaustive} asks for. The missing codes are listed only when the class has no other
   * problem, as a code whose handler has an error would be listed as missing too.
   */
  private void checkExhaustive(HandlerClass handlerClass, Exhaustiveness exhaustive,
      Map<MexcApi, Map<Integer, HandlerMethod>> exact, Map<String, HandlerMethod> byCategory, boolean hasFallback,
      boolean listMissing) {
    List<String> categories = new ArrayList<>();
    boolean unknown = false;
    for (Value<String> category : exhaustive.categories()) {
      if (table.category(category.value()).isEmpty()) {
        diagnostics.error(handlerClass.element(), exhaustive.annotation(), category.source(),
            suggester.unknownCategory(category.value()));
        unknown = true;
      } else {
        categories.add(category.value());
      }
    }
    if (unknown || hasFallback || !listMissing) {
      return;
    }
    int required = 0;
    int missingCount = 0;
    StringBuilder missing = new StringBuilder();
    for (MexcApi api : MexcApi.values()) {
      if (!exhaustive.apis().contains(api)) {
        continue;
      }
      Map<String, List<CodeEntry>> byCategoryMissing = new LinkedHashMap<>();
      table.categories().forEach(category -> byCategoryMissing.put(category.name(), new ArrayList<>()));
      for (CodeEntry entry : table.codes(api)) {
        if (!categories.isEmpty() && categories.stream().noneMatch(c -> table.isA(entry.category(), c))) {
          continue;
        }
        required++;
        boolean handled = exact.get(api).containsKey(entry.code())
            || table.lineage(entry.category()).stream().anyMatch(c -> byCategory.containsKey(c.name()));
        if (!handled) {
          missingCount++;
          byCategoryMissing.get(entry.category()).add(entry);
        }
      }
      for (Map.Entry<String, List<CodeEntry>> group : byCategoryMissing.entrySet()) {
        if (group.getValue().isEmpty()) {
          continue;
        }
        missing.append(missing.length() == 0 ? "" : "; ").append(apiLabel(api)).append(" codes of category ")
            .append(group.getKey()).append(": ");
        for (int i = 0; i < group.getValue().size(); i++) {
          CodeEntry entry = group.getValue().get(i);
          missing.append(i == 0 ? "" : ", ").append(entry.code()).append(" (").append(entry.name()).append(')');
        }
      }
    }
    if (missingCount > 0) {
      diagnostics.error(handlerClass.element(), exhaustive.annotation(), null, "class "
          + handlerClass.element().getSimpleName() + " is @MexcExhaustive but leaves " + missingCount + " of the "
          + required + " codes it must handle without a handler: " + missing + ". Add @OnMexcError methods for"
          + " these codes, @OnMexcCategory methods for their categories, or an @OnMexcErrorFallback");
    }
  }

  private void checkCodes(HandlerMethod method, Map<Integer, HandlerMethod> exact,
      Map<Integer, Value<Integer>> sources) {
    if (method.codes().isEmpty()) {
      diagnostics.error(method.element(), method.annotation(), null, "@OnMexcError on " + method.name()
          + " names no code; list at least one, e.g. @OnMexcError(700003)");
      return;
    }
    Set<Integer> inThisAnnotation = new HashSet<>();
    for (Value<Integer> code : method.codes()) {
      if (!inThisAnnotation.add(code.value())) {
        diagnostics.error(method.element(), method.annotation(), code.source(), "code " + code.value()
            + " is listed twice in this @OnMexcError; remove one");
        continue;
      }
      if (table.code(method.api(), code.value()).isEmpty()) {
        diagnostics.error(method.element(), method.annotation(), code.source(),
            suggester.unknownCode(code.value(), method.api(), method.name()));
        continue;
      }
      HandlerMethod previous = exact.putIfAbsent(code.value(), method);
      if (previous != null) {
        Value<Integer> previousSource = sources.get(code.value());
        String label = apiLabel(method.api()) + " code " + code.value() + " ("
            + table.code(method.api(), code.value()).get().name() + ")";
        String message = label + " is handled by both " + previous.name() + " and " + method.name()
            + "; a code has exactly one handler per class: remove it from one of them";
        diagnostics.error(previous.element(), previous.annotation(), previousSource.source(), message);
        diagnostics.error(method.element(), method.annotation(), code.source(), message);
      } else {
        sources.put(code.value(), code);
      }
    }
  }

  private void checkCategories(HandlerMethod method, Map<String, HandlerMethod> byCategory,
      Map<String, Value<String>> sources) {
    if (method.categories().isEmpty()) {
      diagnostics.error(method.element(), method.annotation(), null, "@OnMexcCategory on " + method.name()
          + " names no category; list at least one, e.g. @OnMexcCategory(\"RATE_LIMIT\")");
      return;
    }
    Set<String> inThisAnnotation = new HashSet<>();
    for (Value<String> category : method.categories()) {
      if (!inThisAnnotation.add(category.value())) {
        diagnostics.error(method.element(), method.annotation(), category.source(), "category " + category.value()
            + " is listed twice in this @OnMexcCategory; remove one");
        continue;
      }
      if (table.category(category.value()).isEmpty()) {
        diagnostics.error(method.element(), method.annotation(), category.source(),
            suggester.unknownCategory(category.value()));
        continue;
      }
      HandlerMethod previous = byCategory.putIfAbsent(category.value(), method);
      if (previous != null) {
        String message = "category " + category.value() + " is handled by both " + previous.name() + " and "
            + method.name() + "; a category has exactly one handler per class: remove it from one of them";
        diagnostics.error(previous.element(), previous.annotation(), sources.get(category.value()).source(),
            message);
        diagnostics.error(method.element(), method.annotation(), category.source(), message);
      } else {
        sources.put(category.value(), category);
      }
    }
  }

  private void checkParameters(HandlerMethod method) {
    for (HandlerParameter parameter : method.parameters()) {
      if (parameter.kind() == ParameterKind.ENTRY) {
        checkEntryParameter(method, parameter);
      } else if (parameter.kind() == ParameterKind.EXCEPTION) {
        checkExceptionParameter(method, parameter);
      }
    }
  }

  private void checkEntryParameter(HandlerMethod method, HandlerParameter parameter) {
    if (method.kind() != Kind.CODES) {
      diagnostics.error(method.element(), parameter.element(), method.kind().annotation() + " method " + method.name()
          + " may also receive codes missing from the table, which have no table entry; take the exception"
          + " (MexcException) and call errorCode() instead of parameter " + parameter.element().getSimpleName()
          + " (" + HandlerReader.allowedSignatures(method.kind()) + ")");
      return;
    }
    Optional<MexcApi> enumApi = tableTypes.apiOfEnum(parameter.typeName());
    if (enumApi.isPresent() && enumApi.get() != method.api()) {
      diagnostics.error(method.element(), parameter.element(), "parameter " + parameter.element().getSimpleName() + " is a "
          + simpleName(parameter.typeName()) + " but " + method.name() + " handles " + apiLabel(method.api())
          + " codes; declare it as " + simpleName(tableTypes.codeEnum(method.api())) + " or MexcErrorCode ("
          + HandlerReader.allowedSignatures(method.kind()) + ")");
    }
  }

  private void checkExceptionParameter(HandlerMethod method, HandlerParameter parameter) {
    if (parameter.typeName().equals(MexcException.class.getCanonicalName())) {
      return;
    }
    Category wanted = tableTypes.categoryOfException(parameter.typeName()).orElseThrow();
    String simple = simpleName(parameter.typeName());
    if (method.kind() == Kind.FALLBACK) {
      diagnostics.error(method.element(), parameter.element(), "the fallback " + method.name() + " receives codes of every category,"
          + " so parameter " + parameter.element().getSimpleName() + " must be a MexcException, not " + simple
          + " (" + HandlerReader.allowedSignatures(method.kind()) + ")");
      return;
    }
    if (method.kind() == Kind.CODES) {
      for (Value<Integer> code : method.codes()) {
        Optional<CodeEntry> entry = table.code(method.api(), code.value());
        if (entry.isPresent() && !table.isA(entry.get().category(), wanted.name())) {
          Category actual = table.category(entry.get().category()).orElseThrow();
          diagnostics.error(method.element(), parameter.element(), "parameter " + parameter.element().getSimpleName() + " is a "
              + simple + " but " + apiLabel(method.api()) + " code " + code.value() + " (" + entry.get().name()
              + ") produces a " + actual.exceptionSimpleName() + " (category " + actual.name() + "); declare the"
              + " parameter as " + commonException(method) + ", or handle " + code.value() + " in another method ("
              + HandlerReader.allowedSignatures(method.kind()) + ")");
          return;
        }
      }
    } else {
      for (Value<String> category : method.categories()) {
        if (table.category(category.value()).isPresent() && !table.isA(category.value(), wanted.name())) {
          diagnostics.error(method.element(), parameter.element(), "parameter " + parameter.element().getSimpleName() + " is a "
              + simple + " but category " + category.value() + " produces "
              + table.category(category.value()).get().exceptionSimpleName() + "; declare the parameter as "
              + commonException(method) + " (" + HandlerReader.allowedSignatures(method.kind()) + ")");
          return;
        }
      }
    }
  }

  /** Names the narrowest exception type every code or category of a method produces. */
  private String commonException(HandlerMethod method) {
    List<String> categories = new ArrayList<>();
    if (method.kind() == Kind.CODES) {
      method.codes().forEach(code -> table.code(method.api(), code.value())
          .ifPresent(entry -> categories.add(entry.category())));
    } else {
      method.categories().forEach(category -> categories.add(category.value()));
    }
    if (categories.isEmpty()) {
      return "MexcException";
    }
    for (Category candidate : table.lineage(categories.get(0))) {
      if (categories.stream().allMatch(category -> table.isA(category, candidate.name()))) {
        return candidate.exceptionSimpleName() + " (the nearest category all of them belong to) or MexcException";
      }
    }
    return "MexcException (they belong to no common category)";
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  static String apiLabel(MexcApi api) {
    return api.name().toLowerCase(Locale.ROOT);
  }
}
