package io.github.mexcerrors.processor.plan;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.CodeEntry;
import java.util.List;

/**
 * How the type of one API's codes is generated, decided by {@link TablePlanner}: an enum while javac can compile
 * its static initializer, else a final class with the API of an enum whose constants are spread over holder
 * interfaces; and the size of the hash index its lookups go through.
 *
 * @param api the API
 * @param codes its codes, in the table's order
 * @param holders for a final class, the constants of each holder interface, in order; empty for an enum
 * @param indexBits the bits of a slot number of the hash index (at least twice as many slots as codes); 0 for an
 *     API without codes, which has no index
 */
public record CodeTypePlan(MexcApi api, List<CodeEntry> codes, List<List<CodeEntry>> holders, int indexBits) {
  /**
   * Tells whether the codes are generated as an enum.
   *
   * @return whether the type is an enum
   */
  public boolean isEnum() {
    return holders.isEmpty();
  }

  /**
   * Returns the number of slots of the hash index.
   *
   * @return a power of two, or 0 without codes
   */
  public int indexSlots() {
    return codes.isEmpty() ? 0 : 1 << indexBits;
  }
}
