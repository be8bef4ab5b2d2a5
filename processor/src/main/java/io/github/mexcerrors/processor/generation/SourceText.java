package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.Locale;
import java.util.Optional;

/** How a generated source file reads: its text (see {@link #render}) and the {@code @Generated} it carries. */
public final class SourceText {
  /** The widest a generated line is, as in JavaPoet's own wrapping of code. */
  public static final int MAX_COLUMNS = 100;

  private SourceText() {}

  /**
   * Returns the {@code @Generated} annotation that writers put on every top-level type.
   *
   * @param type the {@code @Generated} annotation type to use, or empty for none (the option turned it off, or the
   *     platform lacks it)
   * @param processorName the value of {@code @Generated}
   * @return the annotation, or empty
   */
  public static Optional<AnnotationSpec> generatedAnnotation(Optional<ClassName> type, String processorName) {
    return type.map(annotation -> AnnotationSpec.builder(annotation).addMember("value", "$S", processorName).build());
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
