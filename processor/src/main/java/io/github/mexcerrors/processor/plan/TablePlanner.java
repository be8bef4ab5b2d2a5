package io.github.mexcerrors.processor.plan;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the {@link TablePlan} of a checked table: for each API, an enum or a final class (by an estimate of the
 * bytecode javac emits for the constants) and the size of the hash index of its codes.
 */
public final class TablePlanner {
  /**
   * The most bytes of bytecode a generated static initializer may be estimated at. javac puts every enum constant's
   * construction in the enum's one static initializer and refuses a method over 65,535 bytes ("code too large"),
   * so a table stays an enum while {@link #initializerBytes} of all its constants is within this budget: about
   * 1,580 codes of one message (javac itself compiles up to 1,725 such codes, measured; the margin covers what the
   * estimate leaves out, though it is a worst case, every constant-pool load an {@code ldc_w}). Bigger tables get a
   * final class with the enum's API whose constants are spread over holder interfaces, each holder's initializer
   * within the same budget. HotSpot's 8,000-byte {@code HugeMethodLimit} does not apply here: a static
   * initializer (and {@code $values()}, which it calls) runs once, interpreted anyway; every method that runs more
   * than once stays under it (see {@link SwitchSplitter}).
   */
  static final int INITIALIZER_BUDGET = 60_000;

  /** The initializer's bytes besides the constants: {@code $VALUES = $values()} and {@code return}. */
  private static final int INITIALIZER_FIXED_BYTES = 3 + 3 + 1;

  private TablePlanner() {}

  /**
   * Plans what is generated from a checked table.
   *
   * @param table the table
   * @return its plan
   */
  public static TablePlan plan(ErrorTable table) {
    List<CodeTypePlan> codeTypes = new ArrayList<>();
    for (MexcApi api : MexcApi.values()) {
      List<CodeEntry> codes = table.codes(api);
      codeTypes.add(new CodeTypePlan(api, codes, fitsAnEnum(codes) ? List.of() : holders(codes),
          codes.isEmpty() ? 0 : 32 - Integer.numberOfLeadingZeros(2 * codes.size() - 1)));
    }
    return new TablePlan(table, List.copyOf(codeTypes));
  }

  /** Spreads constants over holders whose initializers each stay within {@link #INITIALIZER_BUDGET}. */
  private static List<List<CodeEntry>> holders(List<CodeEntry> entries) {
    List<List<CodeEntry>> holders = new ArrayList<>();
    int from = 0;
    long bytes = INITIALIZER_FIXED_BYTES;
    for (int index = 0; index < entries.size(); index++) {
      int constant = constantBytes(entries.get(index), index);
      if (index > from && bytes + constant > INITIALIZER_BUDGET) {
        holders.add(List.copyOf(entries.subList(from, index)));
        from = index;
        bytes = INITIALIZER_FIXED_BYTES;
      }
      bytes += constant;
    }
    holders.add(List.copyOf(entries.subList(from, entries.size())));
    return List.copyOf(holders);
  }

  /**
   * Tells whether the codes fit an enum: its static initializer and its {@code $values()} method, both estimated
   * by {@link #initializerBytes}, within {@link #INITIALIZER_BUDGET}.
   *
   * @param entries the codes of one API
   * @return whether the API is generated as an enum
   */
  static boolean fitsAnEnum(List<CodeEntry> entries) {
    return initializerBytes(entries) <= INITIALIZER_BUDGET && valuesBytes(entries.size()) <= INITIALIZER_BUDGET;
  }

  /**
   * Estimates the static initializer javac emits for constants of this shape (an enum's, or a holder's): every
   * constant's construction, then {@code $VALUES = $values()} and {@code return}.
   *
   * @param entries the constants, in declaration order
   * @return the estimated bytes, an upper bound
   */
  static long initializerBytes(List<CodeEntry> entries) {
    long bytes = INITIALIZER_FIXED_BYTES;
    for (int ordinal = 0; ordinal < entries.size(); ordinal++) {
      bytes += constantBytes(entries.get(ordinal), ordinal);
    }
    return bytes;
  }

  /**
   * The bytes of one constant's construction, the same for an enum constant ({@code NAME(code, ...)}: javac adds
   * the name and ordinal) and a holder's ({@code new X(ordinal, "NAME", code, ...)}): {@code new}, {@code dup}, the
   * name, the ordinal, the code, {@code getstatic} of the category and of the retry policy, the hint, the varargs
   * array of messages ({@code anewarray}, then {@code dup}, index, {@code ldc}, {@code aastore} per message),
   * {@code invokespecial} and {@code putstatic}. Every string is counted as an {@code ldc_w} (3 bytes).
   */
  private static int constantBytes(CodeEntry entry, int ordinal) {
    int bytes = 3 + 1 + 3 + pushBytes(ordinal) + pushBytes(entry.code()) + 3 + 3 + 3;
    bytes += pushBytes(entry.messages().size()) + 3;
    for (int index = 0; index < entry.messages().size(); index++) {
      bytes += 1 + pushBytes(index) + 3 + 1;
    }
    return bytes + 3 + 3;
  }

  /**
   * Estimates an enum's {@code $values()}: the array, then {@code dup}, index, {@code getstatic} and
   * {@code aastore} per constant, and {@code areturn}.
   */
  static long valuesBytes(int constants) {
    long bytes = pushBytes(constants) + 3 + 1;
    for (int index = 0; index < constants; index++) {
      bytes += 1 + pushBytes(index) + 3 + 1;
    }
    return bytes;
  }

  /** The bytes that push an {@code int} constant: {@code iconst_*}, {@code bipush}, {@code sipush} or an {@code ldc_w}. */
  private static int pushBytes(int value) {
    if (value >= -1 && value <= 5) {
      return 1;
    }
    return value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE ? 2 : 3;
  }
}
