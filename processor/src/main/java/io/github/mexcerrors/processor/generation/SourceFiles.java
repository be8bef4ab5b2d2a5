package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * The processor's write step: renders the writers' files (see {@link #render}) and writes them through the
 * {@link Filer}.
 */
public final class SourceFiles {
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final Optional<AnnotationSpec> generated;
  /** Added to the originating elements of every file written, for types shared by every handler class. */
  private final List<Element> originatingElements;

  /** The widest a generated line is, as in JavaPoet's own wrapping of code. */
  public static final int MAX_COLUMNS = 100;

  /**
   * Creates the writer.
   *
   * @param filer javac's filer
   * @param diagnostics where write failures go
   * @param generatedAnnotation the {@code @Generated} annotation type to use, or empty for none
   * @param processorName the value of {@code @Generated}
   */
  public SourceFiles(Filer filer, Diagnostics diagnostics, Optional<ClassName> generatedAnnotation,
      String processorName) {
    this.filer = filer;
    this.diagnostics = diagnostics;
    this.generated = generatedAnnotation.map(
        type -> AnnotationSpec.builder(type).addMember("value", "$S", processorName).build());
    this.originatingElements = List.of();
  }

  private SourceFiles(SourceFiles files, List<Element> originatingElements) {
    this.filer = files.filer;
    this.diagnostics = files.diagnostics;
    this.generated = files.generated;
    this.originatingElements = List.copyOf(originatingElements);
  }

  /**
   * Returns a writer that gives every file it writes these originating elements too: the types generated from the
   * table are shared by every handler class, so each of them is an origin (Gradle's incremental compilation and
   * IDEs read them).
   *
   * @param elements the handler classes
   * @return the writer
   */
  public SourceFiles originatingFrom(List<? extends Element> elements) {
    return new SourceFiles(this, List.copyOf(elements));
  }

  /**
   * Returns the {@code @Generated} annotation that writers put on every top-level type.
   *
   * @return the annotation, or empty when the option turned it off or the platform lacks it
   */
  public Optional<AnnotationSpec> generated() {
    return generated;
  }

  /**
   * Writes generated files.
   *
   * @param files the files, from the writers
   */
  public void write(List<JavaFile> files) {
    for (JavaFile file : files) {
      String name = file.packageName().isEmpty() ? file.typeSpec().name()
          : file.packageName() + "." + file.typeSpec().name();
      write(name, render(file), file.typeSpec().originatingElements().toArray(new Element[0]));
    }
  }

  /**
   * Renders a generated file as its source text: JavaPoet's text in printable ASCII (see {@link #asciiOnly}), with
   * every Javadoc line wrapped at word boundaries within {@link #MAX_COLUMNS} (JavaPoet wraps code at its
   * {@code $W} spaces, never comments; writers write each Javadoc paragraph as one line).
   *
   * @param file the file
   * @return its text
   */
  public static String render(JavaFile file) {
    return JavadocText.wrapComments(asciiOnly(file.toString()), MAX_COLUMNS);
  }

  /**
   * Writes one rendered source file.
   *
   * @param name the qualified name of its type
   * @param text the source, already in printable ASCII
   * @param originatingElements the elements it was generated from
   */
  private void write(String name, String text, Element... originatingElements) {
    try {
      Element[] origins = originatingElements;
      if (!this.originatingElements.isEmpty()) {
        List<Element> all = new ArrayList<>(Arrays.asList(originatingElements));
        all.addAll(this.originatingElements);
        origins = all.toArray(new Element[0]);
      }
      JavaFileObject source = filer.createSourceFile(name, origins);
      try (Writer writer = source.openWriter()) {
        writer.write(text);
      }
    } catch (IOException | RuntimeException e) {
      // At the handler class of a dispatcher, so that the error names a file and line
      if (originatingElements.length > 0) {
        diagnostics.report(Message.SOURCE_NOT_WRITTEN, originatingElements[0], name, e);
      } else {
        diagnostics.reportAt(null, Message.SOURCE_NOT_WRITTEN, name, e);
      }
    }
  }

  /**
   * Writes every character outside printable ASCII as a unicode escape, so that a generated file means the same
   * whatever the {@code -encoding} of the build: table text such as Chinese messages would otherwise turn into
   * {@code ?} under an ASCII or Latin-1 encoding. An escape is only ever written where JavaPoet or
   * {@link JavadocText} put a character that is not a backslash, so it is never preceded by an odd number of
   * backslashes and javac always reads it back as the original character (in code, strings and comments alike).
   *
   * @param text generated source
   * @return the same source in printable ASCII, tabs and line breaks
   */
  static String asciiOnly(String text) {
    StringBuilder result = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
      if (plain && result == null) {
        continue;
      }
      if (result == null) {
        result = new StringBuilder(text.length() + 64).append(text, 0, i);
      }
      if (plain) {
        result.append(c);
      } else {
        result.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return result == null ? text : result.toString();
  }
}
