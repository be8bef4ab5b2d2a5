package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled table against MEXC's official error tables (spot v3 and futures v1, copied as test data into
 * {@code reference/mexc-official-error-codes.tsv}): every official code is there with its official message(s), and
 * a code is marked {@code seenIn} exactly when it is not in those tables, and so is a text of a published code
 * exactly when it is not one of that code's official texts (the texts MEXC sends under another wording).
 */
class OfficialTableCoverageTest {
  private static final ErrorTable TABLE = BundledTable.read();

  private record Row(MexcApi api, int code, String message) {}

  private static List<Row> officialRows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = OfficialTableCoverageTest.class.getResourceAsStream(
        "/reference/mexc-official-error-codes.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] columns = lines[i].split("\t");
        MexcApi api = columns[0].equals("spot_v3") ? MexcApi.SPOT : MexcApi.FUTURES;
        rows.add(new Row(api, Integer.parseInt(columns[1]), columns[2]));
      }
    }
    return rows;
  }

  @Test
  void everyOfficialCodeIsInTheTableWithItsOfficialMessage() throws IOException {
    List<Row> rows = officialRows();
    assertThat(rows).hasSize(93 + 72);
    for (Row row : rows) {
      if (row.api() == MexcApi.FUTURES && row.code() == 0) {
        continue;
      }
      CodeEntry entry = TABLE.code(row.api(), row.code()).orElse(null);
      assertWithMessage("%s code %s", row.api(), row.code()).that(entry).isNotNull();
      assertWithMessage("messages of %s code %s", row.api(), row.code()).that(entry.messages())
          .contains(row.message());
    }
  }

  @Test
  void thePublishedCodesAreExactlyTheOfficialCodes() throws IOException {
    Set<String> official = new HashSet<>();
    for (Row row : officialRows()) {
      if (!(row.api() == MexcApi.FUTURES && row.code() == 0)) {
        official.add(row.api() + ":" + row.code());
      }
    }
    Set<String> published = new HashSet<>();
    for (MexcApi api : MexcApi.values()) {
      TABLE.codes(api).stream().filter(CodeEntry::published)
          .forEach(entry -> published.add(api + ":" + entry.code()));
    }
    assertThat(TABLE.codes(MexcApi.SPOT).stream().filter(CodeEntry::published).count()).isEqualTo(91);
    assertThat(TABLE.codes(MexcApi.FUTURES).stream().filter(CodeEntry::published).count()).isEqualTo(71);
    assertThat(published).isEqualTo(official);
  }

  @Test
  void theCodesSeenInAnswersAreTheOnesTheOfficialTablesLack() {
    Set<String> seen = new HashSet<>();
    for (MexcApi api : MexcApi.values()) {
      for (CodeEntry entry : TABLE.codes(api)) {
        if (!entry.published()) {
          seen.add(api + ":" + entry.code());
          assertWithMessage("sources of %s code %s", api, entry.code()).that(entry.seenIn())
              .doesNotContain("");
        }
      }
    }
    assertThat(seen).containsExactly("SPOT:-2013", "SPOT:-1128", "SPOT:-1121", "SPOT:11444", "SPOT:30051",
        "SPOT:30087", "SPOT:88004", "SPOT:88009", "SPOT:88013", "SPOT:88015", "SPOT:700013", "SPOT:730708",
        "FUTURES:604", "FUTURES:801", "FUTURES:2040", "FUTURES:2041");
    assertThat(TABLE.codes(MexcApi.SPOT)).hasSize(91 + 12);
    assertThat(TABLE.codes(MexcApi.FUTURES)).hasSize(71 + 4);
  }

  @Test
  void thePublishedTextsOfEachPublishedCodeAreExactlyItsOfficialTextsAndEverySeenTextSaysWhere() throws IOException {
    java.util.Map<String, Set<String>> official = new java.util.HashMap<>();
    for (Row row : officialRows()) {
      official.computeIfAbsent(row.api() + ":" + row.code(), key -> new HashSet<>()).add(row.message());
    }
    int seenTexts = 0;
    for (MexcApi api : MexcApi.values()) {
      for (CodeEntry entry : TABLE.codes(api)) {
        List<TableText> alternatives = entry.texts().subList(1, entry.texts().size());
        for (TableText text : alternatives) {
          if (!text.published()) {
            seenTexts++;
            assertWithMessage("sources of %s code %s text %s", api, entry.code(), text.text())
                .that(text.seenIn()).doesNotContain("");
          }
        }
        if (!entry.published()) {
          continue;
        }
        Set<String> published = new HashSet<>();
        published.add(entry.message());
        alternatives.stream().filter(TableText::published).forEach(text -> published.add(text.text()));
        assertWithMessage("published texts of %s code %s", api, entry.code()).that(published)
            .isEqualTo(official.get(api + ":" + entry.code()));
      }
    }
    // What MEXC actually sends (notes.md): spot 400 (2), 500, 10007, 700006; futures 500 (2), 600, 1002, 2003, 2009,
    // 2011.
    assertThat(seenTexts).isEqualTo(12);
  }

  @Test
  void theChineseFuturesTextIsKeptWithItsLanguage() {
    TableText chinese = TABLE.code(MexcApi.FUTURES, 500).orElseThrow().texts().stream()
        .filter(text -> text.languageTag().isPresent()).findFirst().orElseThrow();
    assertThat(chinese.text()).isEqualTo("系统内部错误!");
    assertThat(chinese.language()).isEqualTo("zh");
    assertThat(chinese.published()).isFalse();
  }

  @Test
  void theGenericCodesAreMarked() {
    List<String> generic = new ArrayList<>();
    for (MexcApi api : MexcApi.values()) {
      TABLE.codes(api).stream().filter(CodeEntry::generic).forEach(entry -> generic.add(api + ":" + entry.code()));
    }
    assertThat(generic).containsExactly("SPOT:400", "SPOT:500", "FUTURES:9999");
    assertThat(TABLE.code(MexcApi.SPOT, 400).orElseThrow().category()).isEqualTo("REQUEST");
  }

  @Test
  void successIsNeverAnErrorConstant() {
    assertThat(TABLE.code(MexcApi.FUTURES, 0)).isEmpty();
    assertThat(TABLE.code(MexcApi.SPOT, 0)).isEmpty();
    assertThat(TABLE.code(MexcApi.SPOT, 200)).isEmpty();
  }

  @Test
  void codesDocumentedWithTwoMessagesKeepBoth() {
    assertThat(TABLE.code(MexcApi.SPOT, 730001).orElseThrow().messages())
        .containsExactly("Pair not found", "User information error").inOrder();
    assertThat(TABLE.code(MexcApi.SPOT, 730002).orElseThrow().messages())
        .containsExactly("Your input param is invalid", "Parameter error").inOrder();
  }
}
