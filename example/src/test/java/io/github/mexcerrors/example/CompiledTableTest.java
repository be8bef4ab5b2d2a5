package io.github.mexcerrors.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.mexc.MexcErrors;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example compiles against the compiled table (mexc-errors-table): the processor finds its types on the class
 * path and writes only the example's dispatchers, nothing of the table.
 */
class CompiledTableTest {
  private static final Path GENERATED = Path.of("target", "generated-sources", "annotations");

  @Test
  void theProcessorWroteOnlyTheDispatchers() throws IOException {
    List<String> generated;
    try (Stream<Path> files = Files.walk(GENERATED)) {
      generated = files.filter(Files::isRegularFile).map(f -> GENERATED.relativize(f).toString().replace('\\', '/'))
          .sorted().toList();
    }
    assertFalse(generated.isEmpty(), "the processor ran");
    for (String file : generated) {
      assertTrue(file.startsWith("io/github/mexcerrors/example/") && file.endsWith("Dispatcher.java"),
          "only dispatchers are generated here, not " + file);
    }
    assertFalse(Files.exists(Path.of("target", "classes", "META-INF", "mexc-errors", "error-reference.md")),
        "the table's reference is mexc-errors-table's, not written again");
  }

  @Test
  void theTableTypesComeFromTheTableArtifact() throws URISyntaxException {
    Path source = Path.of(MexcErrors.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertFalse(source.toAbsolutePath().startsWith(Path.of("target").toAbsolutePath()),
        "MexcErrors is compiled in the example itself: " + source);
    assertEquals("io.github.mexcerrors.mexc", MexcErrors.class.getPackageName());
  }
}
