package io.github.mexcerrors.mexc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled table is what the processor generates from the bundled table, file for file: its generated sources
 * are the processor's golden files (the one copy of them), its reference is docs/error-reference.md, and its
 * MexcErrors builds the typed exceptions with no processor in sight.
 */
class TableArtifactTest {
  private static final String PACKAGE = "io/github/mexcerrors/mexc";

  @Test
  void theGeneratedSourcesAreTheGoldenFiles() throws IOException {
    Map<String, String> generated = sources(Path.of(System.getProperty("mexc.generated")).resolve(PACKAGE));
    Map<String, String> golden = sources(Path.of(System.getProperty("mexc.golden")).resolve(PACKAGE));

    assertEquals(golden.keySet(), generated.keySet(), "the same files");
    golden.forEach((name, text) -> assertEquals(text, generated.get(name),
        name + " differs from its golden file: regenerate the golden files (README, \"What is generated\")"));
  }

  @Test
  void theJarCarriesTheReferenceAndACopyOfTheTable() throws IOException {
    assertEquals(Files.readString(Path.of(System.getProperty("mexc.referenceDoc")), StandardCharsets.UTF_8),
        resource("META-INF/mexc-errors/error-reference.md"));
    assertEquals(Files.readString(Path.of("..", "error-codes.yaml"), StandardCharsets.UTF_8),
        resource(PACKAGE + "/error-codes.yaml"));
  }

  @Test
  void theFactoryBuildsTypedExceptionsWithItsFingerprint() {
    MexcException clock = MexcErrors.create(MexcApi.SPOT, 700003, "Timestamp outside recvWindow", 400);
    assertInstanceOf(ClockSkewException.class, clock);
    assertInstanceOf(AuthenticationException.class, clock);
    assertEquals(700003, clock.code());
    assertInstanceOf(RateLimitException.class, MexcErrors.create(MexcApi.SPOT, 123456789, "slow", 429));
    assertNotNull(MexcErrors.factory());
    assertTrue(MexcErrors.TABLE_FINGERPRINT.matches("[0-9a-f]{32}"), MexcErrors.TABLE_FINGERPRINT);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TableArtifactTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name + " is in the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> sources(Path directory) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertTrue(texts.size() > 10, directory + " holds the table's sources: " + List.copyOf(texts.keySet()));
    return texts;
  }
}
