package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.processor.diagnostics.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds and reads the table: the file named by the {@value #TABLE_OPTION} option, else the resource
 * {@value #RESOURCE} of the project being compiled (Maven copies {@code src/main/resources} to the class output
 * before compiling) or of its class path, else the table bundled with the processor. A user table that says
 * {@code extends: bundled} is merged into the bundled one.
 */
public final class TableLoader {
  /** The processor option that names a table file. */
  public static final String TABLE_OPTION = "mexc.errors.table";
  /** The conventional resource path of a user table. */
  public static final String RESOURCE = "META-INF/mexc-errors/error-codes.yaml";
  /**
   * The package under which a module that generated the table types from a table of its own leaves a copy of
   * that table, so that modules depending on it (which reuse the types) find it on their class path: javac reads
   * resources from jars only under directories that are valid package names, which {@code META-INF} is not.
   */
  public static final String EXPORT_PACKAGE = "io.github.mexcerrors.table";
  /** The file name of the exported table, in {@link #EXPORT_PACKAGE}. */
  public static final String EXPORT_NAME = "error-codes.yaml";
  /** The display name of the bundled table. */
  public static final String BUNDLED_NAME = "error-codes.yaml (bundled with mexc-errors-processor)";

  private static final String BUNDLED_RESOURCE = "/io/github/mexcerrors/processor/error-codes.yaml";

  /** The most bytes read from a table: four per character of the parser's limit (UTF-8 takes up to four). */
  static final int MAX_BYTES = TableLimits.MAX_CODE_POINTS * 4;

  /**
   * A table's text and where it came from.
   *
   * @param name the display name used in positions
   * @param text the content
   */
  public record Source(String name, String text) {}

  private final Filer filer;
  private final TableProblems problems;
  private Source userSource;
  private boolean resourceTooLarge;

  /**
   * Creates a loader.
   *
   * @param filer javac's filer, to read resources
   * @param problems where problems go
   */
  public TableLoader(Filer filer, TableProblems problems) {
    this.filer = filer;
    this.problems = problems;
  }

  /**
   * Loads, parses and resolves the table.
   *
   * @param tableOption the value of {@value #TABLE_OPTION}, or {@code null}
   * @return the table, or empty when it has problems (recorded)
   */
  public Optional<ErrorTable> load(String tableOption) {
    Optional<Source> user;
    if (tableOption != null && !tableOption.isBlank()) {
      user = readFile(tableOption.strip());
      if (user.isEmpty()) {
        return Optional.empty();
      }
    } else {
      user = readResource();
      if (resourceTooLarge) {
        return Optional.empty();
      }
    }
    userSource = user.orElse(null);
    return resolve(user, problems);
  }

  /**
   * Parses and resolves a table as {@link #load} does once it has read it: a table that {@code extends: bundled}
   * is merged into the bundled one, and no table means the bundled one.
   *
   * @param user the user's table, or empty for the bundled one
   * @param problems where problems go
   * @return the table, or empty when it has problems (recorded)
   */
  public static Optional<ErrorTable> resolve(Optional<Source> user, TableProblems problems) {
    TableResolver resolver = new TableResolver(problems);
    if (user.isEmpty()) {
      return bundledDocument(problems).flatMap(resolver::resolve);
    }
    Optional<TableDocument> document = new TableParser(user.get().name(), problems).parse(user.get().text());
    if (document.isEmpty()) {
      return Optional.empty();
    }
    // A document that could not be read in full is still resolved, so that one build reports all its problems
    Optional<ErrorTable> table = TableResolver.extendsBundled(document.get())
        ? bundledDocument(problems).flatMap(b -> resolver.resolve(b, document.get()))
        : resolver.resolve(document.get());
    return document.get().complete() ? table : Optional.empty();
  }

  /**
   * Reads and parses the bundled table (SnakeYAML safe loading, like any other table).
   *
   * @return the document, or empty when the processor jar is broken (recorded)
   */
  private static Optional<TableDocument> bundledDocument(TableProblems problems) {
    return bundled(problems).flatMap(source -> new TableParser(source.name(), problems).parse(source.text()))
        .filter(TableDocument::complete);
  }

  /**
   * Reads the table bundled with the processor.
   *
   * @return its source, or empty when the processor jar is broken (recorded)
   */
  public Optional<Source> bundled() {
    return bundled(problems);
  }

  private static Optional<Source> bundled(TableProblems problems) {
    try (InputStream in = TableLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        problems.add(null, Message.BUNDLED_TABLE_MISSING, BUNDLED_RESOURCE);
        return Optional.empty();
      }
      Optional<String> text = readAtMost(in);
      if (text.isEmpty()) {
        problems.add(null, Message.TABLE_RESOURCE_TOO_LARGE, BUNDLED_NAME, MAX_BYTES);
      }
      return text.map(content -> new Source(BUNDLED_NAME, content));
    } catch (IOException e) {
      problems.add(null, Message.BUNDLED_TABLE_UNREADABLE, e);
      return Optional.empty();
    }
  }

  /**
   * Reads a table's bytes, at most {@link #MAX_BYTES}: a special file ({@code /dev/zero}) or a huge one must end
   * in an error, not in an {@link OutOfMemoryError}.
   *
   * @param in the content
   * @return the text, or empty when there are more bytes than the limit
   */
  static Optional<String> readAtMost(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  private Optional<Source> readFile(String option) {
    Path path = Paths.get(option);
    try {
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        // A directory, a device such as /dev/zero (whose size reads 0 while it never ends), a pipe
        problems.add(null, Message.TABLE_OPTION_NOT_A_FILE, option, TABLE_OPTION, path.toAbsolutePath(), RESOURCE);
        return Optional.empty();
      }
      Optional<String> text;
      try (InputStream in = Files.newInputStream(path)) {
        text = readAtMost(in);
      }
      if (text.isEmpty()) {
        problems.add(null, Message.TABLE_FILE_TOO_LARGE, path.toAbsolutePath(), TABLE_OPTION, MAX_BYTES);
        return Optional.empty();
      }
      return Optional.of(new Source(option, text.get()));
    } catch (IOException | RuntimeException e) {
      problems.add(null, Message.TABLE_OPTION_UNREADABLE, option, TABLE_OPTION, path.toAbsolutePath(), describe(e),
          RESOURCE);
      return Optional.empty();
    }
  }

  /**
   * Returns the user's table that {@link #load} read, if it read one (not the bundled table).
   *
   * @return the table's source, or empty when the bundled table was used
   */
  public Optional<Source> userSource() {
    return Optional.ofNullable(userSource);
  }

  private Optional<Source> readResource() {
    List<String[]> places = List.of(
        new String[] {StandardLocation.CLASS_OUTPUT.name(), "", RESOURCE},
        new String[] {StandardLocation.CLASS_PATH.name(), "", RESOURCE},
        new String[] {StandardLocation.CLASS_PATH.name(), EXPORT_PACKAGE, EXPORT_NAME});
    for (String[] place : places) {
      try {
        FileObject resource = filer.getResource(StandardLocation.valueOf(place[0]), place[1], place[2]);
        try (InputStream in = resource.openInputStream()) {
          String name = resource.toUri().getScheme() != null && resource.toUri().getScheme().equals("file")
              ? Paths.get(resource.toUri()).toString() : resource.toUri().toString();
          Optional<String> text = readAtMost(in);
          if (text.isEmpty()) {
            problems.add(null, Message.TABLE_RESOURCE_TOO_LARGE, name, MAX_BYTES);
            resourceTooLarge = true;
            return Optional.empty();
          }
          if (place[0].equals(StandardLocation.CLASS_OUTPUT.name())) {
            name = sourceOfCopy(name, text.get());
          }
          return Optional.of(new Source(name, text.get()));
        }
      } catch (IOException | RuntimeException e) {
        // Not there (or this compiler cannot look there): try the next place.
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the file that Maven copied a table of the class output from, when it is where Maven's layout puts it
   * and holds the same text: a problem must point at the file the user edits ({@code src/main/resources/...}),
   * not at the copy in {@code target/classes}, which the next build overwrites.
   *
   * @param copy the path of the table in the class output
   * @param text the copy's text
   * @return the source file's path, or {@code copy} when there is no such file with the same text
   */
  static String sourceOfCopy(String copy, String text) {
    try {
      Path output = Paths.get(copy);
      for (int i = 0; i < RESOURCE.split("/").length && output != null; i++) {
        output = output.getParent();
      }
      if (output == null || output.getParent() == null || output.getParent().getParent() == null
          || !output.getParent().getFileName().toString().equals("target")) {
        return copy;
      }
      String kind = output.getFileName().toString();
      String resources = kind.equals("classes") ? "src/main/resources"
          : kind.equals("test-classes") ? "src/test/resources" : null;
      if (resources == null) {
        return copy;
      }
      Path source = output.getParent().getParent().resolve(resources).resolve(RESOURCE);
      if (!Files.isRegularFile(source) || Files.size(source) > MAX_BYTES) {
        return copy;
      }
      return Files.readString(source, StandardCharsets.UTF_8).equals(text) ? source.toString() : copy;
    } catch (IOException | RuntimeException e) {
      return copy;
    }
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied";
    }
    return e.toString();
  }
}
