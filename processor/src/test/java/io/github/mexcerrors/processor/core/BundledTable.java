package io.github.mexcerrors.processor.core;

import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableProblems;
import java.util.Optional;

/** Reads the table bundled with the processor, failing the test on any problem. */
final class BundledTable {
  private BundledTable() {}

  static ErrorTable read() {
    TableProblems problems = new TableProblems();
    ErrorTable table = TableLoader.resolve(Optional.empty(), problems)
        .orElseThrow(() -> new AssertionError("bundled table has problems: " + problems.all()));
    if (problems.any()) {
      throw new AssertionError("bundled table has problems: " + problems.all());
    }
    return table;
  }
}
