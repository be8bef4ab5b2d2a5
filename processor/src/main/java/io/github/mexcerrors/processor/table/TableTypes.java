package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The names of the Java types generated from a table. */
public final class TableTypes {
  /** Simple name of the spot enum. */
  public static final String SPOT_ENUM = "SpotErrorCode";
  /** Simple name of the futures enum. */
  public static final String FUTURES_ENUM = "FuturesErrorCode";
  /** Simple name of the category enum. */
  public static final String CATEGORY_ENUM = "ErrorCategory";
  /** Simple name of the exception factory. */
  public static final String FACTORY = "MexcErrors";

  private final ErrorTable table;
  private final Map<String, Category> categoriesByException = new HashMap<>();

  /**
   * Creates the names for a table.
   *
   * @param table the table
   */
  public TableTypes(ErrorTable table) {
    this.table = table;
    for (Category category : table.categories()) {
      categoriesByException.put(exception(category), category);
    }
  }

  /**
   * Returns the table.
   *
   * @return the table
   */
  public ErrorTable table() {
    return table;
  }

  /**
   * Returns the package of every generated table type.
   *
   * @return the package name
   */
  public String packageName() {
    return table.packageName();
  }

  /**
   * Returns the qualified name of an API's enum.
   *
   * @param api the API
   * @return e.g. {@code io.github.mexcerrors.mexc.SpotErrorCode}
   */
  public String codeEnum(MexcApi api) {
    return qualified(api == MexcApi.SPOT ? SPOT_ENUM : FUTURES_ENUM);
  }

  /**
   * Returns the qualified name of the category enum.
   *
   * @return the name
   */
  public String categoryEnum() {
    return qualified(CATEGORY_ENUM);
  }

  /**
   * Returns the qualified name of the factory.
   *
   * @return the name
   */
  public String factory() {
    return qualified(FACTORY);
  }

  /**
   * Returns the qualified name of a category's exception class.
   *
   * @param category the category
   * @return the name
   */
  public String exception(Category category) {
    return qualified(category.exceptionSimpleName());
  }

  /**
   * Finds the category whose exception class has a qualified name.
   *
   * @param qualifiedName the class's name
   * @return the category, or empty when the class is not a generated exception
   */
  public Optional<Category> categoryOfException(String qualifiedName) {
    return Optional.ofNullable(categoriesByException.get(qualifiedName));
  }

  /**
   * Finds the API whose enum has a qualified name.
   *
   * @param qualifiedName the type's name
   * @return the API, or empty when the type is not a generated code enum
   */
  public Optional<MexcApi> apiOfEnum(String qualifiedName) {
    for (MexcApi api : MexcApi.values()) {
      if (codeEnum(api).equals(qualifiedName)) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }

  private String qualified(String simpleName) {
    return table.packageName() + "." + simpleName;
  }
}
