package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import java.util.List;
import java.util.Map;

/**
 * A table file as written: every key the file gives, with its position, and nothing filled in. A missing key is
 * {@code null}. {@link TableResolver} merges documents, fills in defaults and checks the rules.
 *
 * @param file the file's display name
 * @param packageName {@code package}
 * @param extendsTable {@code extends}
 * @param categories {@code categories}, in file order
 * @param codes {@code spot} and {@code futures}, in file order
 * @param complete whether every value could be read: when not, the problems are recorded and entries with an
 *     unreadable value are left out
 */
public record TableDocument(
    String file,
    Marked<String> packageName,
    Marked<String> extendsTable,
    List<CategoryDeclaration> categories,
    Map<MexcApi, List<CodeDeclaration>> codes,
    boolean complete) {

  /**
   * A category as written.
   *
   * @param name the key naming it
   * @param parent {@code parent}
   * @param description {@code description}
   * @param section {@code section}
   * @param retry {@code retry}
   * @param httpStatuses {@code httpStatus}
   */
  public record CategoryDeclaration(
      Marked<String> name,
      Marked<String> parent,
      Marked<String> description,
      Marked<String> section,
      Marked<RetryPolicy> retry,
      Marked<List<Marked<Integer>>> httpStatuses) {}

  /**
   * A code as written.
   *
   * @param api the list it stands in
   * @param code {@code code}
   * @param name {@code name}
   * @param message {@code message}
   * @param alternativeMessages {@code alternativeMessages}
   * @param category {@code category}
   * @param hint {@code hint}
   * @param retry {@code retry}
   * @param section {@code section}
   * @param seenIn {@code seenIn}: where MEXC was seen sending a code its published tables lack
   * @param position where the entry starts
   */
  public record CodeDeclaration(
      MexcApi api,
      Marked<Integer> code,
      Marked<String> name,
      Marked<String> message,
      Marked<List<String>> alternativeMessages,
      Marked<String> category,
      Marked<String> hint,
      Marked<RetryPolicy> retry,
      Marked<String> section,
      Marked<List<String>> seenIn,
      SourcePosition position) {}
}
