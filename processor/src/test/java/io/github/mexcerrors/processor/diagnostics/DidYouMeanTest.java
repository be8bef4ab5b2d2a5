package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one "did you mean" policy, for names and for codes. */
class DidYouMeanTest {
  private static final List<String> KEYS =
      List.of("code", "name", "message", "alternativeMessages", "category", "hint", "retry", "section");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "-", value = {
      "retyable, retry",
      "retryable, retry",
      "mesage, message",
      "Category, category",
      "categroy, category",
      "alternativeMessage, alternativeMessages",
      "xyz, -",
      "description, -"})
  void aCloseNameIsSuggestedAndAFarOneIsNot(String written, String expected) {
    assertThat(DidYouMean.closest(written, KEYS)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "70003, 700003, 1",
      "7000003, 700003, 1",
      "700030, 700003, 2",
      "700004, 700003, 2",
      "30004, 700003, 5"})
  void aRepeatedDigitTypedOnceTooFewOrTooManyTimesCostsHalfAnEdit(String a, String b, int halfSteps) {
    assertThat(DidYouMean.typingDistance(a, b)).isEqualTo(halfSteps);
  }
}
