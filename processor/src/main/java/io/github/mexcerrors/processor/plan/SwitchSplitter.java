package io.github.mexcerrors.processor.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;

/**
 * Keeps generated methods small enough for the JIT. HotSpot never compiles a method of more than 8,000 bytes of
 * bytecode ({@code -XX:HugeMethodLimit}): such a method stays interpreted, 5 to 10 times slower; and javac refuses
 * methods over 64 KB. A {@code switch} over thousands of codes is therefore split, the way Dagger splits its
 * component switches: cases sorted by code go into chunk methods of bounded estimated size (a small router method
 * then picks the chunk with a binary tree of comparisons on the chunks' first codes, what the JIT itself makes of a
 * {@code lookupswitch}). Tables that fit one method are not split at all.
 */
final class SwitchSplitter {
  /**
   * The estimated bytecode size a chunk may reach. Well below 8,000 because the estimates are approximate (the
   * scale test checks the real sizes in the class files).
   */
  static final int BYTE_BUDGET = 5_000;

  private SwitchSplitter() {}

  /**
   * Splits switch cases, sorted by code, into chunks whose estimated bytecode stays within {@link #BYTE_BUDGET}:
   * the switch instruction itself (see {@link #switchBytes}) plus the bodies of the cases.
   *
   * @param items the cases, sorted by code
   * @param code the code of a case
   * @param bodyBytes the estimated bytes that a case adds to the bodies of a chunk already holding the given
   *     cases (a call shared by several cases is written once per chunk)
   * @param <T> the item type
   * @return one chunk when everything fits one method, else several
   */
  static <T> List<List<T>> split(List<T> items, ToIntFunction<T> code, ToIntBiFunction<T, List<T>> bodyBytes) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> current = new ArrayList<>();
    long bodies = 0;
    for (T item : items) {
      int itemBody = bodyBytes.applyAsInt(item, current);
      if (!current.isEmpty() && switchBytes(code.applyAsInt(current.get(0)), code.applyAsInt(item),
          current.size() + 1) + bodies + itemBody > BYTE_BUDGET) {
        chunks.add(current);
        current = new ArrayList<>();
        bodies = 0;
        itemBody = bodyBytes.applyAsInt(item, current);
      }
      current.add(item);
      bodies += itemBody;
    }
    if (!current.isEmpty() || chunks.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /**
   * The bytes of the switch instruction javac emits for {@code cases} labels from {@code low} to {@code high}:
   * javac picks a {@code tableswitch} (4 bytes per value of the whole range, holes included) when it is not
   * costlier than a {@code lookupswitch} (8 bytes per label) by its own formula, so a sparse range can cost up to
   * about 20 bytes per label.
   *
   * @param low the smallest label
   * @param high the largest label
   * @param cases the number of labels
   * @return the size in bytes, padding included
   */
  static long switchBytes(int low, int high, int cases) {
    long range = (long) high - low + 1;
    long tableSpace = 4 + range;
    long lookupSpace = 3 + 2L * cases;
    boolean table = tableSpace + 3 * 3 <= lookupSpace + 3L * cases;
    return 1 + 3 + (table ? 12 + 4 * range : 8 + 8L * cases);
  }
}
