package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The user page of diagnostics, {@code docs/diagnostics.md}, is generated from {@link Message} (each id with its
 * kind, text, cause and fix) and committed; this test fails when the two drift apart. After a change to
 * {@code Message}, regenerate the page (the run compares first, rewrites, and fails; commit the page):
 *
 * <pre>
 * mvn -B -pl processor -am test -Dtest=DiagnosticsPageTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmexc.updateDocs=true
 * </pre>
 */
class DiagnosticsPageTest {
  /** Set to {@code true} to rewrite the committed page after comparing with it. */
  static final String UPDATE_PROPERTY = "mexc.updateDocs";
  /** The committed page; the build passes its path, the fallback works from the processor directory. */
  static final String PAGE_PROPERTY = "mexc.diagnosticsPage";

  /**
   * Renders the page from {@link Message}.
   *
   * @return the Markdown text
   */
  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("<!-- Generated from processor/src/main/java/io/github/mexcerrors/processor/diagnostics/"
        + "Message.java by DiagnosticsPageTest. Do not edit: edit Message and regenerate"
        + " (mvn -B -pl processor -am test -Dtest=DiagnosticsPageTest -Dsurefire.failIfNoSpecifiedTests=false"
        + " -D" + UPDATE_PROPERTY + "=true). -->\n\n");
    out.append("# Diagnostics of the mexc-errors processor\n\n");
    out.append("Every problem the processor reports starts with a stable id and ends with a pointer to its"
        + " entry here, e.g.\n`error-codes.yaml:12:5: [MEXC-T023] unknown code key 'retyable'; did you mean"
        + " 'retry'? ... (see docs/diagnostics.md#mexc-t023)`.\nIds never change meaning; a retired id is not"
        + " reused. `T` ids concern the error table, `H` ids handler classes, `P` ids the processor itself."
        + " `<value>` stands for what the message fills in.\n\n");
    char group = 0;
    for (Message message : Message.values()) {
      char first = message.id().charAt("MEXC-".length());
      if (first != group) {
        group = first;
        out.append("## ").append(first == 'T' ? "The error table" : first == 'H' ? "Handler classes"
            : "The processor").append("\n\n");
      }
      out.append("### ").append(message.id()).append("\n\n")
          .append(message.kind() == Diagnostic.Kind.ERROR ? "An error" : "A note").append(", `")
          .append(message.name()).append("`:\n\n> `").append(message.pattern().replace('`', '\'').replace("\n", " "))
          .append("`\n\n")
          .append("- **Cause:** ").append(escape(message.cause())).append('\n')
          .append("- **Fix:** ").append(escape(message.fix())).append("\n\n");
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** Makes message text safe in Markdown: no HTML, no emphasis or code spans, one line. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
        .replace("_", "\\_").replace("`", "\\`").replace("\n", " ");
  }

  private static Path page() {
    return Path.of(System.getProperty(PAGE_PROPERTY, "../" + Message.PAGE));
  }

  @Test
  void theCommittedPageIsTheOneGeneratedFromMessage() throws IOException {
    String generated = render();
    Path page = page();
    String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
    boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
    if (update && !committed.equals(generated)) {
      Files.writeString(page, generated, StandardCharsets.UTF_8);
    }
    assertWithMessage(page.toAbsolutePath().normalize() + (update ? " was rewritten: review and commit it, then run"
            + " again without -D" + UPDATE_PROPERTY : " differs from the page generated from Message; regenerate it"
            + " with: mvn -B -pl processor -am test -Dtest=DiagnosticsPageTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true (and commit the result)"))
        .that(committed).isEqualTo(generated);
  }

  @Test
  void everyIdIsAHeadingOfThePageAndEveryMessagePointsToIt() {
    String generated = render();
    Set<String> ids = new HashSet<>();
    for (Message message : Message.values()) {
      assertWithMessage("duplicate id").that(ids.add(message.id())).isTrue();
      assertThat(generated).contains("\n### " + message.id() + "\n");
      // GitHub's anchor of the heading is the id in lower case
      assertThat(message.page()).isEqualTo("docs/diagnostics.md#" + message.id().toLowerCase(Locale.ROOT));
      assertWithMessage("cause of %s", message).that(message.cause().strip()).isNotEmpty();
      assertWithMessage("fix of %s", message).that(message.fix().strip()).isNotEmpty();
    }
  }

  @Test
  void thePatternShowsEveryValueAndNoFormatSpecifier() {
    List<String> left = new ArrayList<>();
    for (Message message : Message.values()) {
      if (message.pattern().matches("(?s).*%[0-9$]*[a-zA-Z].*")) {
        left.add(message.id() + ": " + message.pattern());
      }
    }
    assertThat(left).isEmpty();
    assertThat(Message.CODE_UNKNOWN.pattern()).isEqualTo("<value> is not a MEXC <value> error code.<value>");
    assertThat(Message.YAML_CHARACTER_NOT_ALLOWED.pattern()).contains("U+<value>");
  }
}
