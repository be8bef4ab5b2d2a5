package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved, validated error table: what the generators work from. Categories are in tree order (parents
 * first), codes sorted by code within each API.
 */
public final class ErrorTable {
  private final String packageName;
  private final List<Category> categories;
  private final Map<String, Category> categoriesByName;
  private final Map<MexcApi, List<CodeEntry>> codes;
  private final Map<MexcApi, Map<Integer, CodeEntry>> codesByNumber;
  private final Map<MexcApi, Map<String, List<CodeEntry>>> codesByCategory;

  /**
   * Creates the table.
   *
   * @param packageName the Java package of the generated types
   * @param categories the categories, parents first
   * @param codes the codes of each API, sorted by code
   */
  public ErrorTable(String packageName, List<Category> categories, Map<MexcApi, List<CodeEntry>> codes) {
    this.packageName = packageName;
    this.categories = List.copyOf(categories);
    Map<String, Category> byName = new LinkedHashMap<>();
    categories.forEach(category -> byName.put(category.name(), category));
    this.categoriesByName = Collections.unmodifiableMap(byName);
    Map<MexcApi, List<CodeEntry>> copy = new LinkedHashMap<>();
    Map<MexcApi, Map<Integer, CodeEntry>> byNumber = new LinkedHashMap<>();
    Map<MexcApi, Map<String, List<CodeEntry>>> byCategory = new LinkedHashMap<>();
    for (MexcApi api : MexcApi.values()) {
      List<CodeEntry> entries = List.copyOf(codes.getOrDefault(api, List.of()));
      copy.put(api, entries);
      Map<Integer, CodeEntry> numbers = new LinkedHashMap<>();
      entries.forEach(entry -> numbers.put(entry.code(), entry));
      byNumber.put(api, Collections.unmodifiableMap(numbers));
      Map<String, List<CodeEntry>> grouped = new LinkedHashMap<>();
      entries.forEach(entry -> grouped.computeIfAbsent(entry.category(), name -> new ArrayList<>()).add(entry));
      grouped.replaceAll((name, list) -> List.copyOf(list));
      byCategory.put(api, Collections.unmodifiableMap(grouped));
    }
    this.codes = Collections.unmodifiableMap(copy);
    this.codesByNumber = Collections.unmodifiableMap(byNumber);
    this.codesByCategory = Collections.unmodifiableMap(byCategory);
  }

  /**
   * Returns the Java package of the generated types.
   *
   * @return the package name
   */
  public String packageName() {
    return packageName;
  }

  /**
   * Returns the categories, parents first.
   *
   * @return the categories
   */
  public List<Category> categories() {
    return categories;
  }

  /**
   * Returns a category by name.
   *
   * @param name the name
   * @return the category, or empty
   */
  public Optional<Category> category(String name) {
    return Optional.ofNullable(categoriesByName.get(name));
  }

  /**
   * Returns the codes of an API, sorted by code.
   *
   * @param api the API
   * @return the codes
   */
  public List<CodeEntry> codes(MexcApi api) {
    return codes.get(api);
  }

  /**
   * Returns the codes of an API whose own category is the given one (not those of its sub-categories).
   *
   * @param api the API
   * @param category the category's name
   * @return the codes, sorted by code; empty for a category without codes of its own
   */
  public List<CodeEntry> codesOf(MexcApi api, String category) {
    return codesByCategory.get(api).getOrDefault(category, List.of());
  }

  /**
   * Returns an entry by code.
   *
   * @param api the API
   * @param code the code
   * @return the entry, or empty
   */
  public Optional<CodeEntry> code(MexcApi api, int code) {
    return Optional.ofNullable(codesByNumber.get(api).get(code));
  }

  /**
   * Returns a category and its ancestors, nearest first.
   *
   * @param name the category's name
   * @return the chain from the category up to its root
   */
  public List<Category> lineage(String name) {
    List<Category> chain = new ArrayList<>();
    Category current = categoriesByName.get(name);
    while (current != null && chain.size() <= categories.size()) {
      chain.add(current);
      current = current.parent().map(categoriesByName::get).orElse(null);
    }
    return chain;
  }

  /**
   * Tells whether a category is another one or one of its descendants.
   *
   * @param name the category
   * @param ancestor the presumed ancestor
   * @return whether {@code ancestor} is {@code name} or one of its ancestors
   */
  public boolean isA(String name, String ancestor) {
    return lineage(name).stream().anyMatch(category -> category.name().equals(ancestor));
  }
}
