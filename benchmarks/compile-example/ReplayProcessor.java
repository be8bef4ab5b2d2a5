package compilefloor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of a processor that generates what mexc-errors generates: in the first round, writes the source files
 * listed in the file named by -Areplay.list (lines "qualified.Name path/to/Name.java") through the Filer, doing no
 * other work. Run on the example sources alone, it costs javac's rounds plus parsing, entering and compiling the
 * generated sources, as our processor does, without our code.
 */
public final class ReplayProcessor extends AbstractProcessor {
  private int roundNumber;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.github.mexcerrors.OnMexcError", "io.github.mexcerrors.OnMexcCategory",
        "io.github.mexcerrors.OnMexcErrorFallback", "io.github.mexcerrors.MexcExhaustive",
        "javax.annotation.processing.Generated");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("replay.list");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    roundNumber++;
    try {
      for (String line : Files.readAllLines(Paths.get(processingEnv.getOptions().get("replay.list")))) {
        int wanted = line.startsWith("2 ") ? 2 : 1;
        if (wanted != roundNumber) {
          continue;
        }
        line = line.substring(wanted == 2 ? 2 : 0);
        int space = line.indexOf(' ');
        String text = Files.readString(Path.of(line.substring(space + 1)), StandardCharsets.UTF_8);
        try (Writer writer = processingEnv.getFiler().createSourceFile(line.substring(0, space)).openWriter()) {
          writer.write(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }
}
