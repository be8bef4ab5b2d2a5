package io.github.mexcerrors.processor.testing;

/** The smallest valid table, in two parts that tests break or extend: one root category, then one spot code. */
public final class SmallTable {
  /** The package and the categories: {@code ROOT}, on lines 1 to 5. */
  public static final String HEAD = "package: t.gen\n"
      + "categories:\n"
      + "  ROOT:\n"
      + "    description: Root.\n"
      + "    section: Root\n";

  /** The codes: spot code 1, {@code ONE}, on lines 6 to 11 after {@link #HEAD}. */
  public static final String CODE = "spot:\n"
      + "  - code: 1\n"
      + "    name: ONE\n"
      + "    message: One\n"
      + "    category: ROOT\n"
      + "    hint: Do one thing.\n";

  private SmallTable() {}
}
