package io.github.mexcerrors.processor.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Build-time tool, run by the processor's Maven build after compiling (never by the processor): parses the bundled
 * {@code error-codes.yaml} with {@link TableParser} and writes it as a {@link CompactTable}, checking that the
 * compact form reads back equal to the parse.
 */
public final class BundledTableCompiler {
  private BundledTableCompiler() {}

  /**
   * Compiles the bundled table.
   *
   * @param args the YAML file, then the compact file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BundledTableCompiler error-codes.yaml error-codes.bin");
    }
    String text = Files.readString(Paths.get(args[0]), StandardCharsets.UTF_8);
    TableProblems problems = new TableProblems();
    TableDocument document = new TableParser(TableLoader.BUNDLED_NAME, problems).parse(text).orElse(null);
    if (document == null || problems.any()) {
      throw new IllegalStateException("the bundled table has problems: " + problems.all());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CompactTable.write(document, out);
    }
    TableDocument back = CompactTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    if (!back.equals(document)) {
      throw new IllegalStateException("the compact table does not read back equal to the YAML");
    }
    Path target = Paths.get(args[1]);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes.toByteArray());
  }
}
