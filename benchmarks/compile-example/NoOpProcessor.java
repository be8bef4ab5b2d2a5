package compilefloor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of any processor: claims the annotations mexc-errors claims and does nothing. Run on the example sources
 * plus the sources mexc-errors generated, it costs what javac spends on having a processor at all (discovery, the
 * processor path's class loader, a round and the final round).
 */
public final class NoOpProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.github.mexcerrors.OnMexcError", "io.github.mexcerrors.OnMexcCategory",
        "io.github.mexcerrors.OnMexcErrorFallback", "io.github.mexcerrors.MexcExhaustive",
        "javax.annotation.processing.Generated");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return true;
  }
}
