package io.github.mexcerrors.processor.names;

import com.palantir.javapoet.ClassName;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one authority for the names of generated types: the table's enums, exceptions and factory, and the
 * dispatchers of handler classes. The table's rules ({@link #RESERVED}), the handler reader, the validator and the
 * writers all ask this class; none spells a generated name itself.
 */
public final class GeneratedNames {
  /** Simple name of the spot enum. */
  public static final String SPOT_ENUM = "SpotErrorCode";
  /** Simple name of the futures enum. */
  public static final String FUTURES_ENUM = "FuturesErrorCode";
  /** Simple name of the category enum. */
  public static final String CATEGORY_ENUM = "ErrorCategory";
  /** Simple name of the exception factory. */
  public static final String FACTORY = "MexcErrors";
  /**
   * The package-private constant of the factory that holds the fingerprint of the table it was generated from (see
   * {@code TableFingerprint}), compared by modules that reuse the types.
   */
  public static final String TABLE_FINGERPRINT = "TABLE_FINGERPRINT";
  /** The simple names a category's exception may not take: the processor's own types, and the runtime's base. */
  public static final Set<String> RESERVED =
      Set.of(MexcException.class.getSimpleName(), FACTORY, SPOT_ENUM, FUTURES_ENUM, CATEGORY_ENUM);

  private static final String EXCEPTION_SUFFIX = "Exception";
  private static final String DISPATCHER_SUFFIX = "Dispatcher";

  private final String packageName;
  private final Map<String, String> categoriesByException = new HashMap<>();
  private final List<String> categoryNames;

  /**
   * Creates the names of a table's types.
   *
   * @param packageName the table's package
   * @param categoryNames the table's categories
   */
  public GeneratedNames(String packageName, Collection<String> categoryNames) {
    this.packageName = packageName;
    this.categoryNames = List.copyOf(categoryNames);
    for (String category : categoryNames) {
      categoriesByException.put(exception(category).canonicalName(), category);
    }
  }

  /**
   * Turns an UPPER_SNAKE_CASE name into UpperCamelCase.
   *
   * @param name e.g. {@code CLOCK_SKEW}
   * @return e.g. {@code ClockSkew}
   */
  public static String upperCamel(String name) {
    StringBuilder result = new StringBuilder(name.length());
    for (String part : name.split("_")) {
      if (!part.isEmpty()) {
        result.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return result.toString();
  }

  /**
   * Returns the simple name of a category's exception class.
   *
   * @param categoryName e.g. {@code CLOCK_SKEW}
   * @return e.g. {@code ClockSkewException}
   */
  public static String exceptionSimpleName(String categoryName) {
    return upperCamel(categoryName) + EXCEPTION_SUFFIX;
  }

  /**
   * Returns the simple name of a handler class's dispatcher.
   *
   * @param enclosingThenSelf the simple names of the classes around the handler class, outermost first, then its
   *     own
   * @return e.g. {@code Outer_InnerDispatcher}
   */
  public static String dispatcherSimpleName(List<String> enclosingThenSelf) {
    return String.join("_", enclosingThenSelf) + DISPATCHER_SUFFIX;
  }

  /**
   * Returns the package of every generated table type.
   *
   * @return the package name
   */
  public String packageName() {
    return packageName;
  }

  /**
   * Returns an API's enum.
   *
   * @param api the API
   * @return e.g. {@code io.github.mexcerrors.mexc.SpotErrorCode}
   */
  public ClassName codeEnum(MexcApi api) {
    return ClassName.get(packageName, api == MexcApi.SPOT ? SPOT_ENUM : FUTURES_ENUM);
  }

  /**
   * Returns the category enum.
   *
   * @return e.g. {@code io.github.mexcerrors.mexc.ErrorCategory}
   */
  public ClassName categoryEnum() {
    return ClassName.get(packageName, CATEGORY_ENUM);
  }

  /**
   * Returns the exception factory.
   *
   * @return e.g. {@code io.github.mexcerrors.mexc.MexcErrors}
   */
  public ClassName factory() {
    return ClassName.get(packageName, FACTORY);
  }

  /**
   * Returns a category's exception class.
   *
   * @param categoryName the category
   * @return e.g. {@code io.github.mexcerrors.mexc.ClockSkewException}
   */
  public ClassName exception(String categoryName) {
    return ClassName.get(packageName, exceptionSimpleName(categoryName));
  }

  /**
   * Returns every type generated from the table: the code enums, the category enum, the factory and each
   * category's exception.
   *
   * @return their qualified names
   */
  public List<String> tableTypes() {
    List<String> types = new ArrayList<>();
    for (MexcApi api : MexcApi.values()) {
      types.add(codeEnum(api).canonicalName());
    }
    types.add(categoryEnum().canonicalName());
    types.add(factory().canonicalName());
    categoryNames.forEach(category -> types.add(exception(category).canonicalName()));
    return types;
  }

  /**
   * Finds the category whose exception class has a qualified name.
   *
   * @param qualifiedName the class's name
   * @return the category's name, or empty when the class is not a generated exception
   */
  public Optional<String> categoryOfException(String qualifiedName) {
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
      if (codeEnum(api).canonicalName().equals(qualifiedName)) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }
}
