package io.github.mexcerrors.processor.table;

/**
 * A place in a table file, 1-based, as editors and compilers show it.
 *
 * @param file the file's display name, e.g. {@code error-codes.yaml}
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
