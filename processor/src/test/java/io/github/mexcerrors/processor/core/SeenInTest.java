package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.processor.generation.ReferenceDocWriter;
import io.github.mexcerrors.processor.testing.CompiledClasses;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Codes MEXC sends that its published tables lack ({@code seenIn}): where they were seen reaches the constant's
 * Javadoc and the reference, and the bundled ones behave like every other code at run time.
 */
class SeenInTest {
  private static final String PACKAGE = "io.github.mexcerrors.mexc.";
  private static CompiledClasses bundled;

  private static final JavaFileObject HANDLERS = ProcessorCompiler.fallbackHandlers();

  private static final String TABLE = String.join("\n",
      "package: com.example.mexc",
      "categories:",
      "  ORDER:",
      "    description: The order was refused.",
      "    section: Trading",
      "spot:",
      "  - code: -2011",
      "    name: UNKNOWN_ORDER",
      "    message: Unknown order sent",
      "    category: ORDER",
      "    hint: Query the order first.",
      "  - code: -2013",
      "    name: ORDER_DOES_NOT_EXIST",
      "    message: Order does not exist.",
      "    category: ORDER",
      "    seenIn: [\"issue reports\", \"a <b>client</b> library's map\"]",
      "    hint: Query the order first.",
      "futures:",
      "  - code: 2040",
      "    name: ORDER_NOT_FOUND",
      "    message: order not exist",
      "    category: ORDER",
      "    seenIn: MEXC's cancel-order example",
      "    hint: Refresh the open orders.",
      "");

  @Test
  void whereACodeWasSeenReachesTheJavadocAndTheReference() throws IOException {
    Compilation compilation = ProcessorCompiler.javac().table(TABLE).compile(HANDLERS);
    assertThat(compilation).succeededWithoutWarnings();
    String spot = contents(compilation, "/com/example/mexc/SpotErrorCode.java");
    assertThat(spot).contains("   * {@code -2013}: Order does not exist.\n   *\n"
        + "   * <p>Not in MEXC's published error tables; seen in: issue reports; a &lt;b&gt;client&lt;/b&gt;\n"
        + "   * library's map.\n");
    // A published code says nothing of the kind.
    assertThat(spot.substring(spot.indexOf("{@code -2011}"), spot.indexOf("UNKNOWN_ORDER(")))
        .doesNotContain("published");
    assertThat(contents(compilation, "/com/example/mexc/FuturesErrorCode.java"))
        .contains("<p>Not in MEXC's published error tables; seen in: MEXC's cancel-order example.\n");

    String reference = contents(compilation, "/" + ReferenceDocWriter.RESOURCE);
    assertThat(reference).contains("3 codes: 2 spot, 1 futures. The generated types are in the package"
        + " `com.example.mexc`. 2 of them are not in MEXC's published error tables but seen in MEXC's answers;"
        + " their message says where.\n");
    assertThat(reference).contains("| -2013 | `ORDER_DOES_NOT_EXIST` | Order does not exist. *(not in MEXC's"
        + " published tables; seen in: issue reports; a &lt;b&gt;client&lt;/b&gt; library's map)*"
        + " | `OrderException` |");
    assertThat(reference).contains("| -2011 | `UNKNOWN_ORDER` | Unknown order sent | `OrderException` |");
    assertThat(reference).contains("| 2040 | `ORDER_NOT_FOUND` | order not exist *(not in MEXC's published tables;"
        + " seen in: MEXC's cancel-order example)* |");
  }

  @Test
  void aTableWithoutSeenInWritesTheReferenceAsBefore() throws IOException {
    String published = TABLE.replaceAll("    seenIn: .*\n", "");
    Compilation compilation = ProcessorCompiler.javac().table(published).compile(HANDLERS);
    assertThat(compilation).succeededWithoutWarnings();
    String reference = contents(compilation, "/" + ReferenceDocWriter.RESOURCE);
    assertThat(reference).contains("3 codes: 2 spot, 1 futures. The generated types are in the package"
        + " `com.example.mexc`.\n\n");
    assertThat(reference).doesNotContain("published");
  }

  /** The bundled table's types, compiled once for the tests that run them. */
  private static synchronized CompiledClasses bundled() {
    if (bundled == null) {
      Compilation compilation = ProcessorCompiler.javac().compile(HANDLERS);
      assertThat(compilation).succeededWithoutWarnings();
      bundled = new CompiledClasses(compilation);
    }
    return bundled;
  }

  @Test
  void theBundledCodesSeenInAnswersBuildTheExceptionOfTheirCategory() {
    CompiledClasses classes = bundled();
    Map<String, String> expected = Map.ofEntries(
        Map.entry("SPOT -2013", "OrderNotFoundException"),
        Map.entry("SPOT -1128", "InvalidParameterException"),
        Map.entry("SPOT -1121", "InvalidSymbolException"),
        Map.entry("SPOT 11444", "UnavailableException"),
        Map.entry("SPOT 30051", "TradingDisabledException"),
        Map.entry("SPOT 30087", "OrderRejectedException"),
        Map.entry("SPOT 88004", "InsufficientBalanceException"),
        Map.entry("SPOT 88009", "InvalidParameterException"),
        Map.entry("SPOT 88013", "OrderRejectedException"),
        Map.entry("SPOT 88015", "InsufficientBalanceException"),
        Map.entry("SPOT 700013", "RequestException"),
        Map.entry("SPOT 730708", "InvalidParameterException"),
        Map.entry("FUTURES 604", "UnavailableException"),
        Map.entry("FUTURES 801", "UnavailableException"),
        Map.entry("FUTURES 2040", "OrderNotFoundException"),
        Map.entry("FUTURES 2041", "OrderNotFoundException"));
    expected.forEach((key, exception) -> {
      MexcApi api = MexcApi.valueOf(key.substring(0, key.indexOf(' ')));
      int code = Integer.parseInt(key.substring(key.indexOf(' ') + 1));
      // An HTTP status whose category differs from the code's: the table entry decides, not the status.
      MexcException created = (MexcException) classes.callStatic(PACKAGE + "MexcErrors", "create", api, code,
          "raw text", 429);
      assertWithMessage(key).that(created.getClass().getName()).isEqualTo(PACKAGE + exception);
      assertWithMessage(key).that(created.errorCode()).isPresent();
      assertWithMessage(key).that(created.retryPolicy()).isEqualTo(created.errorCode().get().retryPolicy());
    });

    MexcException orderDoesNotExist = (MexcException) classes.callStatic(PACKAGE + "MexcErrors", "create",
        MexcApi.SPOT, -2013, "Order does not exist.", 400);
    assertThat(orderDoesNotExist.errorCode().orElseThrow().name()).isEqualTo("ORDER_DOES_NOT_EXIST");
    assertThat(orderDoesNotExist.category().orElseThrow().name()).isEqualTo("ORDER_NOT_FOUND");
  }

  @Test
  void listenKeyErrorSentAsAStringIsFound() {
    CompiledClasses classes = bundled();
    @SuppressWarnings("unchecked")
    Optional<MexcErrorCode> constant =
        (Optional<MexcErrorCode>) classes.callStatic(PACKAGE + "SpotErrorCode", "of", "730708");
    assertThat(constant.orElseThrow().name()).isEqualTo("LISTEN_KEY_INVALID");
    MexcException created = (MexcException) classes.callStatic(PACKAGE + "MexcErrors", "create", MexcApi.SPOT,
        "730708", "listen key information error", 400);
    assertThat(created.getClass().getName()).isEqualTo(PACKAGE + "InvalidParameterException");
    assertThat(created.rawCode()).isEqualTo("730708");
    assertThat(created.code()).isEqualTo(730708);
    assertThat(created.errorCode()).hasValue(constant.get());
  }

  private static String contents(Compilation compilation, String pathEnd) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.toUri().getPath().endsWith(pathEnd)) {
        return file.getCharContent(true).toString();
      }
    }
    throw new AssertionError("not generated: " + pathEnd);
  }
}
