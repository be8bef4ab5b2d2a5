package io.github.mexcerrors.processor.core;

import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableParser;
import io.github.mexcerrors.processor.table.TableProblems;
import io.github.mexcerrors.processor.table.TableResolver;

/** Reads the table bundled with the processor, failing the test on any problem. */
final class BundledTable {
  private BundledTable() {}

  static ErrorTable read() {
    TableProblems problems = new TableProblems();
    TableLoader.Source source = new TableLoader(null, problems).bundled().orElseThrow();
    ErrorTable table = new TableParser(source.name(), problems).parse(source.text())
        .flatMap(new TableResolver(problems)::resolve)
        .orElseThrow(() -> new AssertionError("bundled table has problems: " + problems.all()));
    if (problems.any()) {
      throw new AssertionError("bundled table has problems: " + problems.all());
    }
    return table;
  }
}
