package io.github.mexcerrors.processor.generation;

import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.TableTypes;

/** Generates every type of a table: the category enum, the code enums, the exceptions and the factory. */
public final class TableTypesWriter {
  private final TableTypes tableTypes;
  private final GeneratedTypeNames names;
  private final SourceFiles files;

  /**
   * Creates the writer.
   *
   * @param tableTypes the table and its type names
   * @param files where sources go
   */
  public TableTypesWriter(TableTypes tableTypes, SourceFiles files) {
    this.tableTypes = tableTypes;
    this.names = new GeneratedTypeNames(tableTypes);
    this.files = files;
  }

  /** Writes all the table's types. */
  public void write() {
    files.write(new CategoryEnumWriter(names, files.generated()).generate(tableTypes.table()));
    files.write(new CodeEnumWriter(names, files.generated()).generate(tableTypes.table()));
    ExceptionWriter exceptions = new ExceptionWriter(names, files);
    for (Category category : tableTypes.table().categories()) {
      exceptions.write(tableTypes.table(), category);
    }
    new FactoryWriter(names, files).write(tableTypes.table());
  }
}
