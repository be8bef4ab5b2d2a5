package io.github.mexcerrors.processor.core;

import static com.google.common.truth.Truth.assertThat;

import io.github.mexcerrors.processor.MexcErrorProcessor;
import io.github.mexcerrors.processor.generation.BundledOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compile with the bundled table and the default options copies the output the processor's build rendered: it
 * must be, byte for byte, what the writers render from the table now.
 */
class BundledOutputTest {
  @Test
  void theBuildRenderedWhatTheWritersRenderFromTheBundledTable() {
    List<BundledOutput.Entry> built = BundledOutput.read(MexcErrorProcessor.class.getName()).orElseThrow();
    assertThat(built).isEqualTo(BundledOutput.render(BundledTable.read()));
    assertThat(built.stream().filter(BundledOutput.Entry::source).count()).isEqualTo(28);
    assertThat(built.stream().filter(entry -> !entry.source()).map(BundledOutput.Entry::name).toList())
        .containsExactly("META-INF/mexc-errors/error-reference.md");
  }

  @Test
  void anotherGeneratedValueIsNotServedFromTheBuild() {
    assertThat(BundledOutput.read("com.example.OtherProcessor")).isEmpty();
  }
}
