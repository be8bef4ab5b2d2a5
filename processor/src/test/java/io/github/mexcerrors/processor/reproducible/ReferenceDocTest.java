package io.github.mexcerrors.processor.reproducible;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.generation.ReferenceDocWriter;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableProblems;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The processor writes a Markdown error reference next to the classes; for the bundled table its text is
 * committed as {@code docs/error-reference.md}, and this test fails when the YAML and that copy drift apart.
 */
class ReferenceDocTest {
  /** Set to {@code true} to rewrite the committed copy instead of comparing with it. */
  static final String UPDATE_PROPERTY = "mexc.updateDocs";
  /** The committed copy; the build passes its path, the fallback works from the processor directory. */
  static final String DOC_PROPERTY = "mexc.referenceDoc";

  private static String generated;

  @BeforeAll
  static void compile() throws IOException {
    generated = reference(ProcessorCompiler.javac());
  }

  /** Compiles a fallback-only handler class and returns the reference the processor wrote for the table. */
  private static String reference(ProcessorCompiler compiler) throws IOException {
    Compilation compilation = compiler.compile(JavaFileObjects.forSourceLines("test.Handlers",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcErrorFallback;",
        "",
        "public class Handlers {",
        "  @OnMexcErrorFallback",
        "  void fallback(int code) {}",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject reference = compilation.generatedFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("/CLASS_OUTPUT/" + ReferenceDocWriter.RESOURCE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the processor wrote no " + ReferenceDocWriter.RESOURCE));
    return reference.getCharContent(true).toString();
  }

  @Test
  void theCommittedReferenceIsTheOneGeneratedFromTheBundledTable() throws IOException {
    Path committed = Paths.get(System.getProperty(DOC_PROPERTY, "../docs/error-reference.md"));
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
    assertWithMessage(committed.toAbsolutePath().normalize() + " differs from the reference generated from"
            + " error-codes.yaml; regenerate it with: mvn -B -pl processor -am test -Dtest=ReferenceDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true (and commit the result)")
        .that(current).isEqualTo(generated);
  }

  @Test
  void theSeedSectionsComeFirstThenTheCategoriesAndPolicies() {
    List<String> headings = new ArrayList<>();
    Matcher matcher = Pattern.compile("(?m)^## (.+)$").matcher(generated);
    while (matcher.find()) {
      headings.add(matcher.group(1));
    }

    assertThat(headings).containsExactly("Contents", "Authentication", "Trading", "Account", "Request", "Wallet",
        "Sub-accounts", "Server", "Categories", "Retry policies").inOrder();
  }

  @Test
  void everyCodeIsARowWithItsExceptionAndRetryPolicy() {
    assertThat(generated).contains("| 700003 | `TIMESTAMP_OUTSIDE_RECV_WINDOW` | ");
    assertThat(generated).containsMatch(
        "\\| 700003 \\| `TIMESTAMP_OUTSIDE_RECV_WINDOW` \\| [^|]+ \\| `ClockSkewException` \\| yes \\(`AFTER_CLOCK_SYNC`\\) \\| ");
    assertThat(generated).containsMatch("\\| 30004 \\| `[A-Z_]+` \\| [^|]+ \\| `InsufficientBalanceException` \\| no \\(`NEVER`\\) \\| ");
    // Rows = codes of the bundled table (the generated enums and this reference come from the same model).
    long rows = generated.lines().filter(line -> line.matches("\\| -?\\d+ \\| `.*")).count();
    assertThat(rows).isEqualTo(codeCount());
  }

  @Test
  void sectionOverridesOfCodesWin() {
    // 30004 lives in INSUFFICIENT_BALANCE (section Account) but says section: Trading.
    String trading = generated.substring(generated.indexOf("\n## Trading\n"), generated.indexOf("\n## Account\n"));
    assertThat(trading).contains("| 30004 | ");
  }

  @Test
  void cellTextCannotBreakTheTableOrInjectHtml() throws IOException {
    String hint = "Split on a | b, never <script>, keep `code`, *stars*, [link](x) and \\ as text.";
    String text = reference(ProcessorCompiler.javac().table(String.join("\n",
        "package: test.errors",
        "categories:",
        "  SERVER:",
        "    description: The exchange failed.",
        "    section: Server",
        "spot:",
        "  - code: 500",
        "    name: INTERNAL_ERROR",
        "    message: Internal error",
        "    category: SERVER",
        "    hint: '" + hint + "'",
        "")));

    assertThat(text).contains("| 500 | `INTERNAL_ERROR` | Internal error | `ServerException` | no (`NEVER`) | "
        + "Split on a \\| b, never &lt;script&gt;, keep \\`code\\`, \\*stars\\*, \\[link\\](x) and \\\\ as"
        + " text. |\n");
    assertThat(text).contains("## Server\n");
    assertThat(text).doesNotContain("## Authentication");
  }

  @Test
  void rawControlAndBidiCharactersOfTheTableAreShownAsCodePoints() throws IOException {
    // YAML escapes put raw control characters into texts: a bell, an escape sequence, a right-to-left override
    String text = reference(ProcessorCompiler.javac().table(String.join("\n",
        "package: test.errors",
        "categories:",
        "  SERVER:",
        "    description: \"The exchange\\x07 failed.\"",
        "    section: \"Ser\\x1bver\"",
        "spot:",
        "  - code: 500",
        "    name: INTERNAL_ERROR",
        "    message: \"Internal\\x00 error\\u202e\"",
        "    category: SERVER",
        "    hint: \"Retry\\x9b later\\u2028now.\"",
        "")));

    assertThat(text).contains("| 500 | `INTERNAL_ERROR` | InternalU+0000 errorU+202E | `ServerException` | no"
        + " (`NEVER`) | RetryU+009B laterU+2028now. |\n");
    assertThat(text).contains("## SerU+001Bver\n");
    assertThat(text).contains("The exchangeU+0007 failed.");
    for (char c : text.toCharArray()) {
      assertThat(c == '\n' || !Character.isISOControl(c)).isTrue();
    }
    assertThat(text).doesNotContain("\u202e");
    assertThat(text).doesNotContain("\u2028");
  }

  private static long codeCount() {
    TableProblems problems = new TableProblems();
    ErrorTable table = TableLoader.resolve(Optional.empty(), problems)
        .orElseThrow(() -> new AssertionError(problems.all()));
    return table.codes(MexcApi.SPOT).size() + table.codes(MexcApi.FUTURES).size();
  }
}
