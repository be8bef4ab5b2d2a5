package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The schema of a table file, in one place: every key, where it may stand, how its value is read, and whether an
 * entry is incomplete without it. {@link TableParser} reads keys by it, a {@link Fields} holds their values by it,
 * and {@link TableResolver} merges a table into the bundled one key by key and turns the keys into the model
 * ({@link Category}, {@link CodeEntry}) that the writers render.
 *
 * <p>Adding a key: declare it here, add it to its level's list, and read it in {@link TableResolver}.
 */
final class TableSchema {
  /** Where in a table file a key stands. */
  enum Level {
    /** The top of the file. */
    TOP("top-level"),
    /** The body of a category under {@code categories}. */
    CATEGORY("category"),
    /** An entry of the {@code spot} or {@code futures} list. */
    CODE("code"),
    /** An item of a code's {@code alternativeMessages} written as a mapping. */
    MESSAGE("alternative message");

    private final String description;

    Level(String description) {
      this.description = description;
    }

    /** How problems name this level, e.g. {@code unknown category key}. */
    String description() {
      return description;
    }
  }

  /**
   * How a value is read from its YAML node: one of the readers of {@link ValueReader}, which records a problem
   * and returns {@code null} when the value is invalid.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  interface Reading<T> {
    Marked<T> read(ValueReader reader, Node node, String key);
  }

  /** The readers of the kinds of values a table holds; {@link TableParser} implements them. */
  interface ValueReader {
    /** A single-line or multi-line text. */
    Marked<String> string(Node node, String key);

    /** One text or a list of texts. */
    Marked<List<String>> strings(Node node, String key);

    /** A code: a decimal integer other than {@link Integer#MIN_VALUE}. */
    Marked<Integer> code(Node node, String key);

    /** One decimal integer or a list of them. */
    Marked<List<Marked<Integer>>> integers(Node node, String key);

    /** The name of a {@link RetryPolicy} constant. */
    Marked<RetryPolicy> retryPolicy(Node node, String key);

    /** Where a code was seen: one non-blank line, or a non-empty list of them. */
    Marked<List<String>> sources(Node node, String key);

    /** {@code true} or {@code false}. */
    Marked<Boolean> flag(Node node, String key);

    /** A BCP 47 language tag, such as {@code zh} or {@code en}. */
    Marked<String> language(Node node, String key);

    /**
     * One text or a list, each item a text or a mapping of the keys of {@link Level#MESSAGE} (its text, its
     * language, where it was seen).
     */
    Marked<List<TableText>> texts(Node node, String key);
  }

  /**
   * A key of the table.
   *
   * @param <T> the type of its value
   */
  static final class Key<T> {
    private final String name;
    private final Reading<T> reading;

    private Key(String name, Reading<T> reading) {
      this.name = name;
      this.reading = reading;
    }

    /** The key as written in the file. */
    String name() {
      return name;
    }

    /** Reads the key's value; {@code null} when it is invalid (the problem is recorded). */
    Marked<T> read(ValueReader reader, Node node) {
      return reading.read(reader, node, name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code package}: the Java package of the generated types. */
  static final Key<String> PACKAGE = new Key<>("package", ValueReader::string);
  /** {@code extends}: {@code bundled} to add to (or override) the table bundled with the processor. */
  static final Key<String> EXTENDS = new Key<>("extends", ValueReader::string);

  /** {@code parent}: the category a category refines. */
  static final Key<String> PARENT = new Key<>("parent", ValueReader::string);
  /** {@code description}: a category's sentence, the Javadoc of its exception. */
  static final Key<String> DESCRIPTION = new Key<>("description", ValueReader::string);
  /** {@code httpStatus}: the HTTP statuses that mean a category when an answer has no code. */
  static final Key<List<Marked<Integer>>> HTTP_STATUS = new Key<>("httpStatus", ValueReader::integers);

  /** {@code code}: MEXC's number of the error. */
  static final Key<Integer> CODE = new Key<>("code", ValueReader::code);
  /** {@code name}: the Java constant name of a code. */
  static final Key<String> NAME = new Key<>("name", ValueReader::string);
  /** {@code message}: MEXC's official message of a code. */
  static final Key<String> MESSAGE = new Key<>("message", ValueReader::string);
  /** {@code alternativeMessages}: other messages MEXC sends with the same code, published or seen. */
  static final Key<List<TableText>> ALTERNATIVE_MESSAGES = new Key<>("alternativeMessages", ValueReader::texts);
  /** {@code category}: the category of a code. */
  static final Key<String> CATEGORY = new Key<>("category", ValueReader::string);
  /** {@code hint}: what the user should do about a code. */
  static final Key<String> HINT = new Key<>("hint", ValueReader::string);
  /** {@code generic}: whether MEXC sends a code for several unrelated problems (only the message tells which). */
  static final Key<Boolean> GENERIC = new Key<>("generic", ValueReader::flag);

  /** {@code text}: the text of an alternative message. */
  static final Key<String> TEXT = new Key<>("text", ValueReader::string);
  /** {@code language}: the language of an alternative message, a BCP 47 tag. */
  static final Key<String> LANGUAGE = new Key<>("language", ValueReader::language);
  /** {@code seenIn}: where MEXC was seen sending a code its published tables lack. */
  static final Key<List<String>> SEEN_IN = new Key<>("seenIn", ValueReader::sources);

  /** {@code retry}: the retry policy, of a category (inherited by its children and codes) or of a code. */
  static final Key<RetryPolicy> RETRY = new Key<>("retry", ValueReader::retryPolicy);
  /** {@code section}: the heading under which the reference lists a category's or a code's entries. */
  static final Key<String> SECTION = new Key<>("section", ValueReader::string);

  /** The top-level key that holds the categories, a mapping from name to body. */
  static final String CATEGORIES = "categories";

  /** The top-level keys whose values are read as keys of {@link Level#TOP}. */
  static final List<Key<?>> TOP_KEYS = List.of(PACKAGE, EXTENDS);
  /** The keys of a category's body, in the order the reference documents them. */
  static final List<Key<?>> CATEGORY_KEYS = List.of(PARENT, DESCRIPTION, SECTION, RETRY, HTTP_STATUS);
  /** The keys of a code entry, in the order the reference documents them. */
  static final List<Key<?>> CODE_KEYS =
      List.of(CODE, NAME, MESSAGE, ALTERNATIVE_MESSAGES, CATEGORY, HINT, GENERIC, RETRY, SECTION, SEEN_IN);
  /** The keys of an alternative message written as a mapping, in the order the reference documents them. */
  static final List<Key<?>> MESSAGE_KEYS = List.of(TEXT, LANGUAGE, SEEN_IN);
  /**
   * The keys without which a code entry is incomplete: when one is given with an invalid value (reported), the
   * entry is left out, so that no follow-on problem such as "has no 'code'" is reported for it.
   */
  static final List<Key<?>> CODE_REQUIRED = List.of(CODE, NAME, MESSAGE, CATEGORY, HINT);

  private TableSchema() {}

  /**
   * Returns the keys of a level.
   *
   * @param level where the keys stand
   * @return the keys read as values at that level
   */
  static List<Key<?>> keys(Level level) {
    switch (level) {
      case TOP:
        return TOP_KEYS;
      case CATEGORY:
        return CATEGORY_KEYS;
      case MESSAGE:
        return MESSAGE_KEYS;
      default:
        return CODE_KEYS;
    }
  }

  /**
   * Returns the names a level allows, as problems list them: at the top, the value keys, {@value #CATEGORIES}
   * and the code list of each API.
   *
   * @param level where the keys stand
   * @return the names, in schema order
   */
  static List<String> names(Level level) {
    List<String> names = new ArrayList<>();
    keys(level).forEach(key -> names.add(key.name()));
    if (level == Level.TOP) {
      names.add(CATEGORIES);
      for (MexcApi api : MexcApi.values()) {
        names.add(codeList(api));
      }
    }
    return names;
  }

  /**
   * Returns the top-level key that lists the codes of an API.
   *
   * @param api the API
   * @return {@code spot} or {@code futures}
   */
  static String codeList(MexcApi api) {
    return api.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a key of a level by the name written in the file.
   *
   * @param level where the key stands
   * @param name the key as written
   * @return the key, or empty when the level has no such key
   */
  static Optional<Key<?>> key(Level level, String name) {
    return keys(level).stream().filter(key -> key.name().equals(name)).findFirst();
  }
}
