package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.processor.table.TableSchema.Key;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values one declaration (the top of a file, a category or a code entry) gives, by {@link TableSchema} key,
 * each with its position. A key given with an invalid value (the problem is recorded) is remembered as such, so
 * that the resolver does not report it missing as well. Immutable.
 */
final class Fields {
  private static final Fields NONE = new Fields(Map.of(), Set.of());

  private final Map<Key<?>, Marked<?>> values;
  private final Set<Key<?>> invalid;

  private Fields(Map<Key<?>, Marked<?>> values, Set<Key<?>> invalid) {
    this.values = values;
    this.invalid = invalid;
  }

  /** Returns a declaration that gives no key. */
  static Fields none() {
    return NONE;
  }

  /** Returns a builder, for the parser. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a key's value.
   *
   * @param key the key
   * @param <T> the type of its value
   * @return the value with its position, or {@code null} when the key is not given or its value is invalid
   */
  <T> Marked<T> get(Key<T> key) {
    @SuppressWarnings("unchecked") // put only by Builder.put, which takes a value of the key's type
    Marked<T> value = (Marked<T>) values.get(key);
    return value;
  }

  /**
   * Returns a key's value, or a default.
   *
   * @param key the key
   * @param fallback what a declaration that does not give the key (validly) means
   * @param <T> the type of its value
   * @return the value, or {@code fallback}
   */
  <T> T valueOr(Key<T> key, T fallback) {
    Marked<T> value = get(key);
    return value != null ? value.value() : fallback;
  }

  /**
   * Tells whether a key is given with an invalid value, a problem already reported.
   *
   * @param key the key
   * @return whether the key's value is invalid
   */
  boolean invalid(Key<?> key) {
    return invalid.contains(key);
  }

  /**
   * Tells whether a key is given, validly or not.
   *
   * @param key the key
   * @return whether the key stands in the declaration
   */
  boolean given(Key<?> key) {
    return values.containsKey(key) || invalid.contains(key);
  }

  /**
   * Merges a later declaration of the same thing into this one, key by key: a key the later one gives (validly or
   * not) replaces this one's.
   *
   * @param later the later declaration, e.g. the user's table over the bundled one
   * @return the merged fields
   */
  Fields overriddenBy(Fields later) {
    Map<Key<?>, Marked<?>> mergedValues = new HashMap<>(values);
    Set<Key<?>> mergedInvalid = new HashSet<>(invalid);
    mergedValues.keySet().removeAll(later.invalid);
    mergedInvalid.removeAll(later.values.keySet());
    mergedValues.putAll(later.values);
    mergedInvalid.addAll(later.invalid);
    return new Fields(Map.copyOf(mergedValues), Set.copyOf(mergedInvalid));
  }

  /** Collects the values of one declaration as the parser reads them. */
  static final class Builder {
    private final Map<Key<?>, Marked<?>> values = new HashMap<>();
    private final Set<Key<?>> invalid = new HashSet<>();

    /**
     * Records a key's value as read.
     *
     * @param key the key
     * @param value its value, or {@code null} when it was invalid (reported)
     * @param <T> the type of its value
     * @return this builder
     */
    <T> Builder put(Key<T> key, Marked<T> value) {
      if (value == null) {
        invalid.add(key);
      } else {
        values.put(key, value);
      }
      return this;
    }

    Fields build() {
      return new Fields(Map.copyOf(values), Set.copyOf(invalid));
    }
  }
}
