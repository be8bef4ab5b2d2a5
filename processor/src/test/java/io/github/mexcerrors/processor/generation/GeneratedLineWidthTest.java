package io.github.mexcerrors.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every line the processor generates fits {@link GoldenFilesTest#MAX_COLUMNS} columns: for the bundled table (see
 * {@link GoldenFilesTest}) and for a large random table of long names (codes of 35 characters, the longest of the
 * bundled table; categories of 30, beyond which a class declaration {@code public class AException extends
 * BException} of two such names no longer fits), long texts of long words, Chinese text (six columns a character once escaped), quotes, backslashes and
 * Javadoc syntax, and a handler class with every parameter kind and enough codes to split its routing.
 */
class GeneratedLineWidthTest {
  private static final String[] WORDS = {"order", "balance", "\u4f59\u989d\u4e0d\u8db3\u8bf7\u5145\u503c",
      "signature", "recvWindow", "GET /api/v3/order", "\"quoted\"", "back\\slash", "*/", "/*", "@param",
      "{@code x}", "<b>", "&amp;", "a", "withdrawal-address-not-whitelisted-for-this-network", "\u00e9t\u00e9",
      "\ud83d\ude00", "$S", "$L", "%s", "superlongwordwithoutanyspaceinsidethatgoesonandonandonforeverandeverok"};

  private final Random random = new Random(20261129L);

  @Test
  void everyLineOfALargeRandomTableAndItsDispatcherFitsOneHundredColumns() {
    List<String> categories = new ArrayList<>();
    StringBuilder yaml = new StringBuilder("package: test.wide.generated.types.of.the.mexc.error.table\n"
        + "categories:\n");
    for (int c = 0; c < 30; c++) {
      String name = name("CATEGORY_" + c, 30);
      categories.add(name);
      yaml.append("  ").append(name).append(":\n");
      if (c % 5 == 0) {
        yaml.append("    section: ").append(quoted(text(12))).append('\n');
      } else {
        yaml.append("    parent: ").append(categories.get(c - 1 - random.nextInt(c % 5))).append('\n');
      }
      yaml.append("    description: ").append(quoted(text(40))).append('\n')
          .append("    httpStatus: [").append(400 + 3 * c).append(", ").append(401 + 3 * c).append("]\n");
    }
    Map<Integer, String> spot = new java.util.TreeMap<>();
    Map<Integer, String> futures = new java.util.TreeMap<>();
    appendCodes(yaml, "spot", "S", 400, categories, spot);
    appendCodes(yaml, "futures", "F", 300, categories, futures);
    StringBuilder handler = new StringBuilder("package test.wide.handlers.of.the.mexc.errors;\n\n"
        + "import io.github.mexcerrors.MexcApi;\nimport io.github.mexcerrors.MexcException;\n"
        + "import io.github.mexcerrors.OnMexcCategory;\nimport io.github.mexcerrors.OnMexcError;\n"
        + "import io.github.mexcerrors.OnMexcErrorFallback;\n"
        + "import test.wide.generated.types.of.the.mexc.error.table.*;\n\n"
        + "public class HandlersWithAVeryLongNameForTheirDispatcher {\n");
    int method = 0;
    for (Map.Entry<Integer, String> code : spot.entrySet()) {
      if (method++ % 2 == 0) {
        handler.append("  @OnMexcError(").append(code.getKey()).append(")\n  void handlesAnErrorCodeOfTheSpotApi")
            .append(method).append('(').append(exceptionOf(code.getValue()))
            .append(" exceptionWithALongName, SpotErrorCode constant, int code, String message, MexcApi api) {}\n");
      }
    }
    for (Map.Entry<Integer, String> code : futures.entrySet()) {
      if (method++ % 3 == 0) {
        handler.append("  @OnMexcError(value = ").append(code.getKey())
            .append(", api = MexcApi.FUTURES)\n  static void handlesAnErrorCodeOfTheFuturesApi").append(method)
            .append("(FuturesErrorCode constant, ").append(exceptionOf(code.getValue())).append(" e) {}\n");
      }
    }
    for (int c = 0; c < categories.size(); c += 2) {
      handler.append("  @OnMexcCategory(\"").append(categories.get(c)).append("\")\n  void handlesCategory")
          .append(c).append("WithAnExceptionOfItsOwnType(").append(exceptionOf(categories.get(c)))
          .append(" exception, MexcApi api, int code, String message) {}\n");
    }
    handler.append("  @OnMexcErrorFallback\n  void fallback(MexcException e, int code, String message) {}\n}\n");
    Compilation compilation = ProcessorCompiler.javac().table(yaml.toString())
        .compile(ProcessorCompiler.source("test.wide.handlers.of.the.mexc.errors."
            + "HandlersWithAVeryLongNameForTheirDispatcher", handler.toString()));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = GoldenFilesTest.generatedSources(compilation);
    assertThat(sources.keySet()).contains(
        "test/wide/handlers/of/the/mexc/errors/HandlersWithAVeryLongNameForTheirDispatcherDispatcher.java");
    assertThat(GoldenFilesTest.tooWide(sources)).isEmpty();
  }

  private void appendCodes(StringBuilder yaml, String key, String prefix, int count, List<String> categories,
      Map<Integer, String> categoryOfCode) {
    yaml.append(key).append(":\n");
    Set<Integer> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      codes.add(random.nextBoolean() ? random.nextInt(1_000_000) : random.nextInt());
    }
    int index = 0;
    for (int code : codes) {
      String category = categories.get(random.nextInt(categories.size()));
      categoryOfCode.put(code, category);
      yaml.append("  - code: ").append(code).append('\n')
          .append("    name: ").append(name(prefix + "_" + index++, 35)).append('\n')
          .append("    message: ").append(quoted(text(random.nextInt(30)))).append('\n')
          .append("    category: ").append(category).append('\n')
          .append("    hint: ").append(quoted(text(10 + random.nextInt(60)))).append('\n');
      if (random.nextInt(10) == 0) {
        yaml.append("    alternativeMessages: [").append(quoted(text(20))).append(", ").append(quoted(text(3)))
            .append("]\n");
      }
    }
  }

  /** A name of exactly {@code length} characters that starts with a unique prefix. */
  private String name(String prefix, int length) {
    StringBuilder name = new StringBuilder(prefix);
    while (name.length() < length) {
      name.append(name.length() % 6 == 0 ? '_' : (char) ('A' + random.nextInt(26)));
    }
    String result = name.substring(0, length);
    return result.endsWith("_") ? result.substring(0, length - 1) + "X" : result;
  }

  private String text(int words) {
    List<String> text = new ArrayList<>();
    for (int i = 0; i <= words; i++) {
      text.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", text);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String exceptionOf(String category) {
    StringBuilder name = new StringBuilder();
    for (String part : category.split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return name + "Exception";
  }
}
