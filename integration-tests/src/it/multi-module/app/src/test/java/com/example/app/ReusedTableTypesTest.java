package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.errors.CommonErrors;
import com.example.errors.CommonErrorsDispatcher;
import io.github.mexcerrors.mexc.MexcErrors;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReusedTableTypesTest {
  @Test
  void appDispatchesWithTheTypesOfTheErrorsModule() {
    AppErrors handlers = new AppErrors();

    assertTrue(AppErrorsDispatcher.dispatch(handlers, 30099, "api market order is disabled"));
    assertTrue(AppErrorsDispatcher.dispatch(handlers, 700003, "Timestamp outside recvWindow"));
    assertFalse(AppErrorsDispatcher.dispatch(handlers, 30004, "no handler, no fallback"));

    assertEquals(List.of("limit order QUOTE_ASSET_PAUSED TradingDisabledException", "authentication 700003"),
        handlers.events());
  }

  @Test
  void theErrorsModuleDispatcherStillWorks() {
    CommonErrors common = new CommonErrors();

    CommonErrorsDispatcher.dispatch(common, 30099, "api market order is disabled");

    assertEquals("SPOT 30099 api market order is disabled", common.last());
  }

  @Test
  void theTableTypesComeFromTheErrorsModuleOnly() throws Exception {
    Path codeSource = Path.of(MexcErrors.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(codeSource.toString().contains("errors"), codeSource.toString());
    assertEquals(codeSource, Path.of(SpotErrorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI()));

    Path generated = Path.of("target", "generated-sources", "annotations");
    assertTrue(Files.exists(generated.resolve("com/example/app/AppErrorsDispatcher.java")));
    assertFalse(Files.exists(generated.resolve("io/github/mexcerrors/mexc")), "app generated table types again");
    assertFalse(Files.exists(Path.of("target", "classes", "io", "github", "mexcerrors", "mexc")),
        "app compiled table types again");
    assertFalse(Files.exists(Path.of("target", "classes", "META-INF", "mexc-errors", "error-reference.md")),
        "app wrote the reference again");
  }
}
