package io.github.mexcerrors.processor;

import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Checks, before anything else runs, that the processor can work with the annotations artifact it finds: on the
 * processor path (where the processor's own code loads {@code MexcApi}, {@code RetryPolicy}, ...) and on the class
 * path (what the handler classes and the generated code compile against). A missing artifact or one of another
 * version would otherwise end in a {@link NoClassDefFoundError} or an internal error deep in the processor.
 *
 * <p>This class must not touch a class of the annotations artifact itself: it is what runs when they are missing.
 */
final class AnnotationsCheck {
  /** A class of the annotations artifact, looked up by name. */
  static final String PROBE_CLASS = "io.github.mexcerrors.OnMexcError";
  /** The version resource of the annotations artifact (a Maven-filtered file holding the version). */
  static final String ANNOTATIONS_VERSION_PACKAGE = "io.github.mexcerrors";
  static final String ANNOTATIONS_VERSION_NAME = "mexc-errors-annotations.version";
  /** The version resource of the processor. */
  static final String PROCESSOR_VERSION = "io/github/mexcerrors/processor/mexc-errors-processor.version";

  private final ClassLoader loader;

  /**
   * Creates the check.
   *
   * @param loader the class loader of the processor (the processor path)
   */
  AnnotationsCheck(ClassLoader loader) {
    this.loader = loader;
  }

  /**
   * Runs the check, reporting what is wrong.
   *
   * @param filer javac's filer, to read the class path's copy of the version
   * @param diagnostics where errors go
   * @return whether the processor can run
   */
  boolean passes(Filer filer, Diagnostics diagnostics) {
    String version = read(loader.getResource(PROCESSOR_VERSION)).orElse("(unknown version)");
    try {
      Class.forName(PROBE_CLASS, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      diagnostics.reportAt(null, Message.ANNOTATIONS_NOT_ON_PROCESSOR_PATH, PROBE_CLASS, version,
          File.pathSeparator);
      return false;
    }
    String resource = ANNOTATIONS_VERSION_PACKAGE.replace('.', '/') + "/" + ANNOTATIONS_VERSION_NAME;
    URL onProcessorPath = loader.getResource(resource);
    Optional<String> processorPathVersion = read(onProcessorPath);
    if (processorPathVersion.isPresent() && !processorPathVersion.get().equals(version)) {
      diagnostics.reportAt(null, Message.ANNOTATIONS_VERSION_MISMATCH, processorPathVersion.get(), "processor path",
          ClassPathLocations.of(onProcessorPath.toString(), resource), version);
      return false;
    }
    try {
      FileObject onClassPath = filer.getResource(StandardLocation.CLASS_PATH, ANNOTATIONS_VERSION_PACKAGE,
          ANNOTATIONS_VERSION_NAME);
      Optional<String> classPathVersion = read(onClassPath.toUri().toURL());
      if (classPathVersion.isPresent() && !classPathVersion.get().equals(version)) {
        diagnostics.reportAt(null, Message.ANNOTATIONS_VERSION_MISMATCH, classPathVersion.get(), "class path",
            ClassPathLocations.of(onClassPath.toUri().toString(), resource), version);
        return false;
      }
    } catch (IOException | RuntimeException e) {
      // Not on the class path as a file this compiler can show (or no version file): nothing to compare.
    }
    return true;
  }

  /** The first line of a small version file, if it can be read. */
  private static Optional<String> read(URL url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URLConnection connection = url.openConnection();
      // No cached jar file left open (and locked, on Windows) after the compile
      connection.setUseCaches(false);
      try (InputStream in = connection.getInputStream()) {
        String text = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
        return text.isEmpty() || text.contains("\n") ? Optional.empty() : Optional.of(text);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
