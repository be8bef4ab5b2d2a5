package io.github.mexcerrors.processor.hostile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.table.TableLimits;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text from the table lands in string constants and Javadoc. Whatever it contains, the generated code compiles
 * under {@code -Xlint:all -Werror}, its Javadoc passes doclint, and every text reads back exactly as written.
 */
class HostileTextTest {
  /** Texts that have broken code generators: each is a message, a hint and a category description below. */
  static final List<String> TEXTS = List.of(
      "quote \" and 'single' quotes",
      "back\\slash, two \\\\ and a trailing one \\",
      "\\u000a is a unicode escape of a line break, \\u0022 of a quote, \\u002a/ of a comment end",
      "\\uuuu0041 with many u, \\\\u0041 after an escaped backslash",
      "$S $L $N $T $$ $1 dollars for JavaPoet",
      "ends a comment */ here",
      "/* opens a comment",
      "*/",
      "@deprecated at the start of a Javadoc line",
      "@return {@code x} {@link Foo} {@inheritDoc} @param",
      "<b>HTML</b> & &amp; <script>alert(1)</script> <!-- -->",
      "\u8d44\u91d1\u4e0d\u8db3\uff0c\u8bf7\u5145\u503c\u3002 \u4e2d\u6587\u6d88\u606f",
      "emoji \ud83d\ude00 as a surrogate pair, \ud800\udc00 the first one, \udbff\udfff the last one",
      "controls \u0000 \u0001 \u0007 \u001b \u007f \u0085 and \ufeff",
      "line\nbreak\r\nreturn\rand\ttab",
      "\u2028 line and \u2029 paragraph separators",
      "%s %n %d printf, {0} MessageFormat, ${expr} and #{expr}",
      "",
      "   ");

  private static Compilation compilation;
  private static CompiledClasses classes;

  static TableSpec table() {
    TableSpec spec = new TableSpec("t.gen");
    spec.category("ROOT", null, TEXTS.get(0));
    for (int i = 0; i < TEXTS.size(); i++) {
      spec.category("C" + i, "ROOT", TEXTS.get(i));
      spec.categories.get("C" + i).put("section", TableSpec.quote(TEXTS.get((i + 3) % TEXTS.size())));
      spec.code("spot", -i - 1, "CODE_" + i, "C" + i, TEXTS.get(i), TEXTS.get((i + 1) % TEXTS.size()),
          List.of(TEXTS.get((i + 2) % TEXTS.size()), TEXTS.get((i + 5) % TEXTS.size())));
      spec.code("futures", i, "CODE_" + i, "C" + i, TEXTS.get((i + 7) % TEXTS.size()), TEXTS.get(i), List.of());
    }
    return spec;
  }

  @BeforeAll
  static void compile() {
    compilation = Hostile.compile(table().yaml(), Hostile.fallbackHandler());
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  void everyTextReadsBackExactly() {
    for (int i = 0; i < TEXTS.size(); i++) {
      MexcErrorCode spot = lookup(MexcApi.SPOT, -i - 1);
      assertThat(spot.name()).isEqualTo("CODE_" + i);
      assertThat(spot.messages()).containsExactly(TEXTS.get(i), TEXTS.get((i + 2) % TEXTS.size()),
          TEXTS.get((i + 5) % TEXTS.size())).inOrder();
      assertThat(spot.hint()).isEqualTo(TEXTS.get((i + 1) % TEXTS.size()));
      MexcErrorCategory category = spot.category();
      assertThat(category.description()).isEqualTo(TEXTS.get(i));
      assertThat(category.section()).isEqualTo(TEXTS.get((i + 3) % TEXTS.size()));
      MexcErrorCode futures = lookup(MexcApi.FUTURES, i);
      assertThat(futures.message()).isEqualTo(TEXTS.get((i + 7) % TEXTS.size()));
      assertThat(futures.hint()).isEqualTo(TEXTS.get(i));
    }
  }

  @Test
  void theFactoryKeepsTheExchangesOwnHostileMessage() {
    for (String text : TEXTS) {
      MexcException exception = (MexcException) classes.callStatic("t.gen.MexcErrors", "create", MexcApi.SPOT, -1,
          text, MexcException.NO_HTTP_STATUS);
      assertThat(exception.exchangeMessage()).isEqualTo(text);
      assertThat(exception.getClass().getSimpleName()).isEqualTo("C0Exception");
    }
  }

  @Test
  void generatedSourcesArePrintableAsciiSoNoBuildEncodingCanAlterThem() throws IOException {
    List<String> names = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String text = file.getCharContent(true).toString();
      names.add(file.getName());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        assertThat(c == '\n' || (c >= 0x20 && c < 0x7f)).isTrue();
      }
    }
    assertThat(names).containsAtLeast("/SOURCE_OUTPUT/t/gen/SpotErrorCode.java",
        "/SOURCE_OUTPUT/t/gen/ErrorCategory.java", "/SOURCE_OUTPUT/t/gen/C12Exception.java");
  }

  @Test
  void javadocShowsTheTextEscapedNotInterpreted() {
    String spot = source("t/gen/SpotErrorCode.java");
    assertThat(spot).contains("{@code -3}: &#92;u000a is a unicode escape of a line break");
    assertThat(spot).contains("{@code -6}: ends a comment &#42;&#47; here.");
    assertThat(spot).contains("{@code -9}: &#64;deprecated at the start of a Javadoc line.");
    assertThat(spot).contains("&lt;b&gt;HTML&lt;/b&gt; &amp; &amp;amp;");
    assertThat(spot).contains("\\u8d44\\u91d1\\u4e0d\\u8db3");
  }

  @Test
  void textsAtTheLengthLimitCompileInTheWorstEncoding() {
    // Three bytes of class-file UTF-8 per character (the most a char takes): 12,288 bytes per constant.
    String worst = "\u4e2d".repeat(TableLimits.MAX_TEXT_LENGTH);
    String pairs = "\ud83d\ude00".repeat(TableLimits.MAX_TEXT_LENGTH / 2);
    TableSpec spec = new TableSpec("t.gen");
    spec.category("ROOT", null, worst);
    spec.code("spot", 1, "LONG", "ROOT", worst, pairs, List.of(worst, pairs));
    Compilation compilation = Hostile.compile(spec.yaml(), Hostile.fallbackHandler());
    assertThat(compilation).succeededWithoutWarnings();
    MexcErrorCode code = lookup(new CompiledClasses(compilation), MexcApi.SPOT, 1);
    assertThat(code.message()).isEqualTo(worst);
    assertThat(code.hint()).isEqualTo(pairs);
  }

  @Test
  void aTextOverTheLimitIsOneClearErrorAndNoCode() {
    TableSpec spec = new TableSpec("t.gen");
    spec.category("ROOT", null, "Root.");
    spec.code("spot", 1, "LONG", "ROOT", "x".repeat(TableLimits.MAX_TEXT_LENGTH + 1), "Hint.", List.of());
    Hostile.OnDisk result = Hostile.compileToDisk(spec.yaml(), Hostile.fallbackHandler());
    assertThat(result.success()).isFalse();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0)).contains(":10:14: [MEXC-T029] 'message' has 4097 characters, more than the"
        + " limit of 4096");
    assertThat(result.sources()).isEmpty();
  }

  @Test
  void anUnpairedSurrogateIsRefused() {
    // Valid YAML ("\uD800" is an escape) but not valid Unicode; javac mis-reads some literals holding one.
    Hostile.Resolved resolved = Hostile.resolve(LoaderSafetyTest.HEAD
        + LoaderSafetyTest.CODE.replace("message: One", "message: \"a\\uD800\\\\\\u0007\""));
    assertThat(resolved.table()).isEmpty();
    assertThat(resolved.problems()).hasSize(1);
    assertThat(resolved.problems().get(0).toString()).startsWith("t.yaml:9:14: [MEXC-T030] 'message' contains the"
        + " unpaired surrogate U+D800 at character 2, which is not valid Unicode");
  }

  private static String source(String path) {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.toUri().getPath().endsWith(path)) {
        try {
          return file.getCharContent(true).toString();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("not generated: " + path);
  }

  private static MexcErrorCode lookup(MexcApi api, int code) {
    return lookup(classes, api, code);
  }

  @SuppressWarnings("unchecked")
  static MexcErrorCode lookup(CompiledClasses classes, MexcApi api, int code) {
    Optional<MexcErrorCode> found = (Optional<MexcErrorCode>) classes.callStatic("t.gen.MexcErrors", "lookup", api, code);
    assertThat(found).isPresent();
    return found.get();
  }
}
