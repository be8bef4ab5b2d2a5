package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.JavaFile;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * Generates all the table's types: the category enum, the code enums, the exceptions and the factory.
   *
   * @return the files
   */
  public List<JavaFile> generate() {
    List<JavaFile> generated = new ArrayList<>();
    generated.addAll(new CategoryEnumWriter(names, files.generated()).generate(table));
    generated.addAll(new CodeEnumWriter(names, files.generated()).generate(table));
    generated.addAll(new ExceptionWriter(names, files.generated()).generate(table));
    generated.addAll(new FactoryWriter(names, files.generated()).generate(table));
    return generated;
  }

  /** Generates and writes all the table's types. */
  public void write() {
    files.write(generate());
  }
}
