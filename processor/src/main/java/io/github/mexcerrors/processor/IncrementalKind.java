package io.github.mexcerrors.processor;

import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.TableLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.StandardLocation;

/**
 * What the processor tells Gradle it is in one compile (Gradle's {@code dynamic} kind, declared in
 * {@code META-INF/gradle/incremental.annotation.processors}; Gradle reads the answer from
 * {@code getSupportedOptions()} right after {@code init}, as it does for Dagger and AutoValue).
 *
 * <ul>
 *   <li><b>Isolating</b> when the module has no table of its own and the table types are on the class path
 *       already ({@code mexc-errors-table}, or a module that generated them from its own table and exported it):
 *       the processor then writes only dispatchers, each from its one handler class.
 *   <li><b>Aggregating</b> otherwise: it generates the table types, shared by every handler class, in this module.
 * </ul>
 *
 * <p>The decision uses only what is known before the first round: the {@code mexc.errors.table} option, the
 * resources a table can come from, and whether the bundled table's factory is on the class path. When it turns
 * out wrong (say the types on the class path were generated from another table, an error), Gradle sees a file
 * with several origins and recompiles everything: slower, never wrong.
 */
enum IncrementalKind {
  AGGREGATING,
  ISOLATING;

  /** The annotation that asks for the table types in a module without handler classes. */
  static final String TRIGGER = "io.github.mexcerrors.MexcErrorTypes";

  /** The package of the bundled table's types, as {@code error-codes.yaml} names it. */
  static final String BUNDLED_PACKAGE = "io.github.mexcerrors.mexc";

  /**
   * The option Gradle looks for.
   *
   * @return e.g. {@code org.gradle.annotation.processing.isolating}
   */
  String gradleOption() {
    return "org.gradle.annotation.processing." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * Decides the kind for a compile.
   *
   * @param environment the processing environment, right after {@code init}
   * @return the kind
   */
  static IncrementalKind of(ProcessingEnvironment environment) {
    try {
      String option = environment.getOptions().get(TableLoader.TABLE_OPTION);
      Filer filer = environment.getFiler();
      if (option != null && !option.isBlank()
          || exists(filer, StandardLocation.CLASS_OUTPUT, "", TableLoader.RESOURCE)
          || exists(filer, StandardLocation.CLASS_PATH, "", TableLoader.RESOURCE)) {
        return AGGREGATING;
      }
      if (exists(filer, StandardLocation.CLASS_PATH, TableLoader.EXPORT_PACKAGE, TableLoader.EXPORT_NAME)) {
        return ISOLATING;
      }
      return environment.getElementUtils().getTypeElement(BUNDLED_PACKAGE + "." + GeneratedNames.FACTORY) != null
          ? ISOLATING : AGGREGATING;
    } catch (RuntimeException | LinkageError e) {
      return AGGREGATING;
    }
  }

  private static boolean exists(Filer filer, StandardLocation location, String packageName, String name) {
    try (InputStream in = filer.getResource(location, packageName, name).openInputStream()) {
      return in != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
