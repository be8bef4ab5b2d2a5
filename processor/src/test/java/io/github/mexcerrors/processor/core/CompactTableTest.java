package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;

import io.github.mexcerrors.processor.table.CompactTable;
import io.github.mexcerrors.processor.table.TableDocument;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableParser;
import io.github.mexcerrors.processor.table.TableProblems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The processor reads the bundled table from its compact form: the build must have written it, and it must read
 * as exactly what SnakeYAML reads from the YAML, positions included (diagnostics of tables that extend it point
 * into it).
 */
class CompactTableTest {
  private static TableDocument parsedYaml() {
    TableProblems problems = new TableProblems();
    TableLoader.Source source = new TableLoader(null, problems).bundled().orElseThrow();
    TableDocument document = new TableParser(source.name(), problems).parse(source.text()).orElseThrow();
    assertThat(problems.all()).isEmpty();
    return document;
  }

  @Test
  void theBuildWroteTheCompactFormAndItEqualsTheYaml() throws IOException {
    try (InputStream in = TableLoader.class.getResourceAsStream("/io/github/mexcerrors/processor/error-codes.bin")) {
      assertThat(in).isNotNull();
      assertThat(CompactTable.read(new DataInputStream(in))).isEqualTo(parsedYaml());
    }
  }

  @Test
  void theLoaderReadsTheSameDocumentAsTheYaml() {
    TableProblems problems = new TableProblems();
    assertThat(new TableLoader(null, problems).bundledDocument()).hasValue(parsedYaml());
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void aUserTableRoundTripsWithMissingKeysAndPositions() throws IOException {
    String yaml = "package: com.example.mexc\n"
        + "extends: bundled\n"
        + "categories:\n"
        + "  CUSTOM:\n"
        + "    parent: ORDER\n"
        + "    httpStatus: [418, 419]\n"
        + "spot:\n"
        + "  - code: 30051\n"
        + "    name: MARKET_ORDER_PAUSED\n"
        + "    message: api market order is disabled\n"
        + "    alternativeMessages: [\"market orders paused\", \"\\u5e02\\u4ef7\"]\n"
        + "    retry: NEVER\n"
        + "  - name: NO_CODE\n";
    TableProblems problems = new TableProblems();
    TableDocument document = new TableParser("mine.yaml", problems).parse(yaml).orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CompactTable.write(document, out);
    }
    TableDocument back = CompactTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(back).isEqualTo(document);
    assertThat(back.codes().get(io.github.mexcerrors.MexcApi.SPOT).get(1).code()).isNull();
  }
}
