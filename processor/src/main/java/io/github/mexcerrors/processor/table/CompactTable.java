package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.table.TableDocument.CategoryDeclaration;
import io.github.mexcerrors.processor.table.TableDocument.CodeDeclaration;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TableDocument} in a compact binary form, every value with its line and column. The processor's build
 * writes the bundled table in this form ({@link BundledTableCompiler}), so that a compile that uses the bundled
 * table reads it with a {@link DataInputStream} instead of loading and running SnakeYAML in a cold JVM (about 150
 * classes and a few hundred milliseconds). What it reads is equal to what {@link TableParser} reads from the YAML,
 * positions included, so diagnostics that point into the bundled table (for a user table that extends it) do not
 * change.
 */
public final class CompactTable {
  /** Starts the form; a different version is not read (the processor then parses the YAML). */
  static final int MAGIC = 0x4d455832;

  private CompactTable() {}

  /**
   * Writes a document. Every position must be in the document's own file.
   *
   * @param document the document
   * @param out where to write it
   * @throws IOException when writing fails
   */
  public static void write(TableDocument document, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeUTF(document.file());
    Writer writer = new Writer(out, document.file());
    writer.string(document.packageName());
    writer.string(document.extendsTable());
    out.writeInt(document.categories().size());
    for (CategoryDeclaration category : document.categories()) {
      writer.string(category.name());
      writer.string(category.parent());
      writer.string(category.description());
      writer.string(category.section());
      writer.retry(category.retry());
      boolean statuses = category.httpStatuses() != null;
      out.writeBoolean(statuses);
      if (statuses) {
        writer.position(category.httpStatuses().position());
        out.writeInt(category.httpStatuses().value().size());
        for (Marked<Integer> status : category.httpStatuses().value()) {
          writer.integer(status);
        }
      }
    }
    for (MexcApi api : MexcApi.values()) {
      List<CodeDeclaration> codes = document.codes().get(api);
      out.writeInt(codes == null ? -1 : codes.size());
      if (codes == null) {
        continue;
      }
      for (CodeDeclaration code : codes) {
        if (code.api() != api) {
          throw new IllegalArgumentException("a " + code.api() + " code in the " + api + " list");
        }
        out.writeBoolean(code.code() != null);
        if (code.code() != null) {
          writer.integer(code.code());
        }
        writer.string(code.name());
        writer.string(code.message());
        writer.strings(code.alternativeMessages());
        writer.string(code.category());
        writer.string(code.hint());
        writer.retry(code.retry());
        writer.string(code.section());
        writer.strings(code.seenIn());
        writer.position(code.position());
      }
    }
  }

  /**
   * Reads a document written by {@link #write}.
   *
   * @param in the form
   * @return the document
   * @throws IOException when the form is broken or of another version
   */
  public static TableDocument read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a compact table of this processor version");
    }
    String file = in.readUTF();
    Reader reader = new Reader(in, file);
    Marked<String> packageName = reader.string();
    Marked<String> extendsTable = reader.string();
    int categoryCount = in.readInt();
    List<CategoryDeclaration> categories = new ArrayList<>(categoryCount);
    for (int i = 0; i < categoryCount; i++) {
      Marked<String> name = reader.string();
      Marked<String> parent = reader.string();
      Marked<String> description = reader.string();
      Marked<String> section = reader.string();
      Marked<RetryPolicy> retry = reader.retry();
      Marked<List<Marked<Integer>>> statuses = null;
      if (in.readBoolean()) {
        SourcePosition position = reader.position();
        int count = in.readInt();
        List<Marked<Integer>> values = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
          values.add(reader.integer());
        }
        statuses = new Marked<>(values, position);
      }
      categories.add(new CategoryDeclaration(name, parent, description, section, retry, statuses));
    }
    Map<MexcApi, List<CodeDeclaration>> codes = new EnumMap<>(MexcApi.class);
    for (MexcApi api : MexcApi.values()) {
      int count = in.readInt();
      if (count < 0) {
        continue;
      }
      List<CodeDeclaration> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Marked<Integer> code = in.readBoolean() ? reader.integer() : null;
        Marked<String> name = reader.string();
        Marked<String> message = reader.string();
        Marked<List<String>> alternatives = reader.strings();
        Marked<String> category = reader.string();
        Marked<String> hint = reader.string();
        Marked<RetryPolicy> retry = reader.retry();
        Marked<String> section = reader.string();
        Marked<List<String>> seenIn = reader.strings();
        list.add(new CodeDeclaration(api, code, name, message, alternatives, category, hint, retry, section, seenIn,
            reader.position()));
      }
      codes.put(api, list);
    }
    if (in.read() != -1) {
      throw new IOException("trailing bytes after the compact table");
    }
    return new TableDocument(file, packageName, extendsTable, categories, codes);
  }

  private static final class Writer {
    private final DataOutputStream out;
    private final String file;

    Writer(DataOutputStream out, String file) {
      this.out = out;
      this.file = file;
    }

    void position(SourcePosition position) throws IOException {
      if (!position.file().equals(file)) {
        throw new IllegalArgumentException("position " + position + " outside " + file);
      }
      out.writeInt(position.line());
      out.writeInt(position.column());
    }

    void string(Marked<String> value) throws IOException {
      out.writeBoolean(value != null);
      if (value != null) {
        out.writeUTF(value.value());
        position(value.position());
      }
    }

    void strings(Marked<List<String>> value) throws IOException {
      out.writeBoolean(value != null);
      if (value != null) {
        position(value.position());
        out.writeInt(value.value().size());
        for (String text : value.value()) {
          out.writeUTF(text);
        }
      }
    }

    void integer(Marked<Integer> value) throws IOException {
      out.writeInt(value.value());
      position(value.position());
    }

    void retry(Marked<RetryPolicy> value) throws IOException {
      out.writeBoolean(value != null);
      if (value != null) {
        out.writeUTF(value.value().name());
        position(value.position());
      }
    }
  }

  private static final class Reader {
    private final DataInputStream in;
    private final String file;

    Reader(DataInputStream in, String file) {
      this.in = in;
      this.file = file;
    }

    SourcePosition position() throws IOException {
      int line = in.readInt();
      return new SourcePosition(file, line, in.readInt());
    }

    Marked<String> string() throws IOException {
      if (!in.readBoolean()) {
        return null;
      }
      String value = in.readUTF();
      return new Marked<>(value, position());
    }

    Marked<List<String>> strings() throws IOException {
      if (!in.readBoolean()) {
        return null;
      }
      SourcePosition position = position();
      int size = in.readInt();
      List<String> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(in.readUTF());
      }
      return new Marked<>(values, position);
    }

    Marked<Integer> integer() throws IOException {
      int value = in.readInt();
      return new Marked<>(value, position());
    }

    Marked<RetryPolicy> retry() throws IOException {
      if (!in.readBoolean()) {
        return null;
      }
      RetryPolicy value = RetryPolicy.valueOf(in.readUTF());
      return new Marked<>(value, position());
    }
  }
}
