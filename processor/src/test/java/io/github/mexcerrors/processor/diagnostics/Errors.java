package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Assertions on diagnostics that compile-testing does not offer. */
final class Errors {
  private Errors() {}

  /**
   * Returns the errors whose message contains a text.
   *
   * @param compilation the compilation
   * @param text the text
   * @return the matching errors
   */
  static List<Diagnostic<? extends JavaFileObject>> containing(Compilation compilation, String text) {
    return compilation.errors().stream().filter(d -> d.getMessage(Locale.ROOT).contains(text)).toList();
  }

  /**
   * Asserts that the one error containing a text starts at a token of its line: that the annotation value itself,
   * not the whole annotation or method, is underlined.
   *
   * @param compilation the compilation
   * @param text a text of the error's message
   * @param token what the error must point at, e.g. {@code 70003}
   * @param occurrence which occurrence of the token in the line, from 1
   */
  static void pointsAt(Compilation compilation, String text, String token, int occurrence) {
    List<Diagnostic<? extends JavaFileObject>> errors = containing(compilation, text);
    assertWithMessage("errors containing '%s' in %s", text, compilation.errors()).that(errors).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    String line = line(error);
    int expected = -1;
    for (int i = 0; i < occurrence; i++) {
      expected = line.indexOf(token, expected + 1);
    }
    assertWithMessage("line %s of %s", error.getLineNumber(), error.getSource().getName()).that(expected)
        .isAtLeast(0);
    assertWithMessage("column of '%s' in: %s", text, line).that(error.getColumnNumber()).isEqualTo(expected + 1);
  }

  /**
   * Returns the source line an error is on.
   *
   * @param error the error
   * @return the line's text
   */
  static String line(Diagnostic<? extends JavaFileObject> error) {
    try {
      String[] lines = error.getSource().getCharContent(true).toString().split("\n", -1);
      return lines[(int) error.getLineNumber() - 1];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
