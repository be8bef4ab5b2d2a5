package io.github.mexcerrors.processor.table;

/**
 * The limits a table is held to, so that no table, however large or hostile, can make the processor run out of
 * memory or time, or make generated code fail to compile or to be JIT-compiled. Each limit is far above what
 * MEXC's tables need; docs/limits-and-guarantees.md lists them for users.
 */
public final class TableLimits {
  /**
   * At most this many characters in a table file (4 MiB): about 15,000 codes, 80 times the bundled table. Larger
   * input is refused before the YAML parser sees it, which keeps the parse time bounded.
   */
  public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
  /** At most this many nested collections (the schema needs 4). */
  public static final int MAX_NESTING_DEPTH = 16;
  /** At most this many aliases to lists or mappings: this bounds alias expansion ("billion laughs"). */
  public static final int MAX_ALIASES = 16;
  /**
   * At most this many characters in one text (a message, hint, description, name, ...). A Java string constant
   * holds at most 65,535 bytes of (modified) UTF-8, so unbounded text could make generated code fail to
   * compile; 4,096 characters need at most 24,576 bytes even when every character is a surrogate pair.
   */
  public static final int MAX_TEXT_LENGTH = 4096;
  /**
   * The most categories a table (merged with the bundled one when it extends it) may declare. Generated methods
   * that grow with the categories (the {@code ErrorCategory} enum's static initializer, about 30 bytes a category;
   * {@code MexcErrors}' factory {@code switch}; a dispatcher whose class handles every category) must stay under
   * HotSpot's 8,000-byte {@code HugeMethodLimit}; at this limit the biggest is well under it. The bundled table has
   * 24.
   */
  public static final int MAX_CATEGORIES = 100;
  /**
   * The most messages (the message and its alternative messages) one code may have: every message adds up to 8
   * bytes to the static initializer that constructs the code's constant, which must stay JIT-compilable.
   */
  public static final int MAX_MESSAGES = 32;

  private TableLimits() {}
}
