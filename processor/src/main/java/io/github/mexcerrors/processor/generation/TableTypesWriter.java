package io.github.mexcerrors.processor.generation;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.ErrorTable;

/** Generates every type of a table: the category enum, the code enums, the exceptions and the factory. */
public final class TableTypesWriter {
  private final ErrorTable table;
  private final GeneratedTypeNames names;
  private final SourceFiles files;

  /**
   * Creates the writer.
   *
   * @param table the table
   * @param names its types' names
   * @param files where sources go
   */
  public TableTypesWriter(ErrorTable table, GeneratedNames names, SourceFiles files) {
    this.table = table;
    this.names = new GeneratedTypeNames(names);
    this.files = files;
  }

  /** Writes all the table's types. */
  public void write() {
    new CategoryEnumWriter(names, files).write(table);
    for (MexcApi api : MexcApi.values()) {
      new CodeEnumWriter(names, files).write(table, api);
    }
    ExceptionWriter exceptions = new ExceptionWriter(names, files);
    for (Category category : table.categories()) {
      exceptions.write(table, category);
    }
    new FactoryWriter(names, files).write(table);
  }
}
