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
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
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
  /** The class of the annotations artifact whose constant {@code VERSION} is its version. */
  static final String VERSION_CLASS = "io.github.mexcerrors.MexcErrorsVersion";
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
   * Checks the processor path, reporting what is wrong.
   *
   * @param diagnostics where errors go
   * @return whether the processor can run
   */
  boolean processorPathPasses(Diagnostics diagnostics) {
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
    return true;
  }

  /**
   * Checks the class path of the compile, reporting what is wrong.
   *
   * @param filer javac's filer, to name the jar of a mismatch
   * @param elements javac's elements, to read the version of the class path's annotations
   * @param diagnostics where errors go
   * @return whether the processor can run
   */
  boolean classPathPasses(Filer filer, Elements elements, Diagnostics diagnostics) {
    String version = read(loader.getResource(PROCESSOR_VERSION)).orElse("(unknown version)");
    // The class path's copy is read from javac's model of a class, not as a resource: Gradle's incremental
    // compile tracks no resource read through the Filer
    TypeElement versionType = elements.getTypeElement(VERSION_CLASS);
    Object classPathVersion = null;
    if (versionType != null) {
      for (Element member : versionType.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals("VERSION")) {
          classPathVersion = ((VariableElement) member).getConstantValue();
        }
      }
    }
    if (classPathVersion instanceof String && !classPathVersion.equals(version)) {
      diagnostics.reportAt(null, Message.ANNOTATIONS_VERSION_MISMATCH, classPathVersion, "class path",
          classPathLocation(filer), version);
      return false;
    }
    return true;
  }

  /** The jar or directory of the class path that holds the version class, as far as the compiler tells. */
  private static String classPathLocation(Filer filer) {
    String file = VERSION_CLASS.substring(VERSION_CLASS.lastIndexOf('.') + 1) + ".class";
    try {
      FileObject found = filer.getResource(StandardLocation.CLASS_PATH, ANNOTATIONS_VERSION_PACKAGE, file);
      return ClassPathLocations.of(found.toUri().toString(),
          ANNOTATIONS_VERSION_PACKAGE.replace('.', '/') + "/" + file);
    } catch (IOException | RuntimeException e) {
      return "mexc-errors-annotations";
    }
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
