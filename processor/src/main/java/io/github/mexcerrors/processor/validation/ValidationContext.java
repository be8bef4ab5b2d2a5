package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableTypes;
import java.util.Locale;

/**
 * What every rule checks against and reports to.
 *
 * @param diagnostics where problems go
 * @param tableTypes the table's generated type names
 * @param table the table
 * @param suggester the "did you mean" of codes and categories
 */
record ValidationContext(Diagnostics diagnostics, TableTypes tableTypes, ErrorTable table, CodeSuggester suggester) {
  static String apiLabel(MexcApi api) {
    return api.name().toLowerCase(Locale.ROOT);
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
