package io.github.mexcerrors.processor.validation;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.Locale;

/**
 * What every rule checks against and reports to.
 *
 * @param diagnostics where problems go
 * @param table the table
 * @param names the table's generated type names
 * @param suggester the "did you mean" of codes and categories
 */
record ValidationContext(Diagnostics diagnostics, ErrorTable table, GeneratedNames names, CodeSuggester suggester) {
  static String apiLabel(MexcApi api) {
    return api.name().toLowerCase(Locale.ROOT);
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
