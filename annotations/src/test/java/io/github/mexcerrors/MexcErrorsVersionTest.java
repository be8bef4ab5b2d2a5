package io.github.mexcerrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The version constant the processor reads is the version Maven builds (a release must update both). */
class MexcErrorsVersionTest {
  @Test
  void theConstantIsTheMavenVersion() throws IOException {
    try (InputStream in = MexcErrorsVersion.class.getResourceAsStream("mexc-errors-annotations.version")) {
      assertNotNull(in, "the filtered version resource");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(), MexcErrorsVersion.VERSION,
          "MexcErrorsVersion.VERSION must be the project's version (update it with the pom's)");
    }
  }
}
