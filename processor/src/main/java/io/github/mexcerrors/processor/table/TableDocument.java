package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import java.util.List;
import java.util.Map;

/**
 * A table file as written: every key the file gives, with its position, and nothing filled in. The values are
 * held by {@link TableSchema} key; {@link TableResolver} merges documents, fills in defaults and checks the rules.
 *
 * @param file the file's display name
 * @param top the top-level values ({@code package}, {@code extends})
 * @param categories {@code categories}, in file order
 * @param codes {@code spot} and {@code futures}, in file order
 * @param complete whether every value could be read: when not, the problems are recorded and entries with an
 *     unreadable value are left out
 */
record TableDocument(
    String file,
    Fields top,
    List<CategoryDeclaration> categories,
    Map<MexcApi, List<CodeDeclaration>> codes,
    boolean complete) {

  /**
   * A category as written.
   *
   * @param name the key naming it
   * @param fields the values of its body
   */
  record CategoryDeclaration(Marked<String> name, Fields fields) {}

  /**
   * A code as written.
   *
   * @param api the list it stands in
   * @param fields the values of the entry
   * @param position where the entry starts
   */
  record CodeDeclaration(MexcApi api, Fields fields, SourcePosition position) {}
}
