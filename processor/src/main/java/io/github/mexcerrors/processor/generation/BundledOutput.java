package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.ClassName;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableParser;
import io.github.mexcerrors.processor.table.TableProblems;
import io.github.mexcerrors.processor.table.TableResolver;
import io.github.mexcerrors.processor.table.TableTypes;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * What the processor writes for the bundled table, rendered once when the processor is built: every table type
 * (with {@code @Generated}, the default) and the reference document, by the same writers, in the order the
 * processor writes them. A compile that uses the bundled table with the default options copies these texts
 * through the Filer instead of building and rendering 28 JavaPoet types in a cold JVM; any other compile (a table
 * of its own, {@code @Generated} off or unavailable, the resource missing) renders as before. The output is the
 * same bytes either way ({@code BundledOutputTest}).
 */
public final class BundledOutput {
  /** The resource holding the rendered output, written by the processor's build ({@link #main}). */
  public static final String RESOURCE = "/io/github/mexcerrors/processor/bundled-output.bin";

  private static final int MAGIC = 0x4d455832;

  /**
   * One written file.
   *
   * @param source whether it is a source file (else a class-output resource)
   * @param name the qualified type name of a source, the resource path of a resource
   * @param text the content
   */
  public record Entry(boolean source, String name, String text) {}

  private BundledOutput() {}

  /**
   * Renders what the processor writes for a table, with {@code @Generated}.
   *
   * @param table the table
   * @return the files, in the order they are written
   */
  public static List<Entry> render(ErrorTable table) {
    List<Entry> entries = new ArrayList<>();
    Filer filer = new CapturingFiler(entries);
    Diagnostics diagnostics = new Diagnostics(new FailingMessager());
    SourceFiles files = new SourceFiles(filer, diagnostics,
        Optional.of(ClassName.get("javax.annotation.processing", "Generated")), PROCESSOR_NAME);
    new TableTypesWriter(new TableTypes(table), files).write();
    new ReferenceDocWriter(filer, diagnostics).write(table);
    return entries;
  }

  /** The processor's class name, the value of {@code @Generated}. */
  private static final String PROCESSOR_NAME = "io.github.mexcerrors.processor.MexcErrorProcessor";

  /**
   * Reads the bundled output of the running processor.
   *
   * @param processorName the value of {@code @Generated} the compile uses
   * @return the files, or empty when the resource is missing, broken or for another processor name
   */
  public static Optional<List<Entry>> read(String processorName) {
    if (!PROCESSOR_NAME.equals(processorName)) {
      return Optional.empty();
    }
    try (InputStream in = BundledOutput.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      DataInputStream data = new DataInputStream(in);
      if (data.readInt() != MAGIC) {
        return Optional.empty();
      }
      int count = data.readInt();
      List<Entry> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        boolean source = data.readBoolean();
        String name = data.readUTF();
        byte[] text = new byte[data.readInt()];
        data.readFully(text);
        entries.add(new Entry(source, name, new String(text, StandardCharsets.UTF_8)));
      }
      return Optional.of(entries);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Build-time tool, run by the processor's Maven build after compiling (never by the processor): renders the
   * bundled table's output into {@link #RESOURCE}.
   *
   * @param args the bundled YAML file, then the file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BundledOutput error-codes.yaml bundled-output.bin");
    }
    TableProblems problems = new TableProblems();
    String text = Files.readString(Paths.get(args[0]), StandardCharsets.UTF_8);
    ErrorTable table = new TableParser(TableLoader.BUNDLED_NAME, problems).parse(text)
        .flatMap(new TableResolver(problems)::resolve).orElse(null);
    if (table == null || problems.any()) {
      throw new IllegalStateException("the bundled table has problems: " + problems.all());
    }
    List<Entry> entries = render(table);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(entries.size());
      for (Entry entry : entries) {
        out.writeBoolean(entry.source());
        out.writeUTF(entry.name());
        byte[] content = entry.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(content.length);
        out.write(content);
      }
    }
    Path target = Paths.get(args[1]);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes.toByteArray());
  }

  /** A Filer that keeps what is written, in order. */
  private static final class CapturingFiler implements Filer {
    private final List<Entry> entries;

    CapturingFiler(List<Entry> entries) {
      this.entries = entries;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      if (originatingElements.length > 0) {
        throw new IllegalStateException(name + " has originating elements: it depends on the compile");
      }
      return new Captured(true, name.toString(), JavaFileObject.Kind.SOURCE);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) {
      String pkg = moduleAndPkg.toString();
      return new Captured(false, pkg.isEmpty() ? relativeName.toString()
          : pkg.replace('.', '/') + "/" + relativeName, JavaFileObject.Kind.OTHER);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) {
      throw new UnsupportedOperationException();
    }

    private final class Captured extends SimpleJavaFileObject {
      private final boolean source;
      private final String name;

      Captured(boolean source, String name, Kind kind) {
        super(URI.create("bundled:///" + name.replace('.', '/')), kind);
        this.source = source;
        this.name = name;
      }

      @Override
      public Writer openWriter() {
        return new StringWriter() {
          @Override
          public void close() {
            entries.add(new Entry(source, name, toString()));
          }
        };
      }

      @Override
      public OutputStream openOutputStream() {
        throw new UnsupportedOperationException();
      }
    }
  }

  /** Any diagnostic while rendering the bundled table is a bug: fail the build. */
  private static final class FailingMessager implements Messager {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      throw new IllegalStateException(msg.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      throw new IllegalStateException(msg.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      throw new IllegalStateException(msg.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a,
        AnnotationValue v) {
      throw new IllegalStateException(msg.toString());
    }
  }
}
