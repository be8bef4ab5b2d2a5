package io.github.mexcerrors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MexcCodes#parse} reads every code MEXC sends and never throws on junk. */
class MexcCodesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "30021|30021",
      "' 30021 '|30021",
      "'\t30021\n'|30021",
      "+30021|30021",
      "-2011|-2011",
      "' -2011 '|-2011",
      "0|0",
      "-0|0",
      "000000000000000030021|30021",
      "-0000000000002011|-2011",
      "2147483647|2147483647",
      "-2147483647|-2147483647"})
  void readsDecimalCodes(String text, int code) {
    assertEquals(code, MexcCodes.parse(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n", "abc", "30021abc", "abc30021", "3 0021", "-", "+", "+-1", "--1", "3e4",
      "0x75", "30021.0", "1_000", "\uff13\uff10\uff10\uff12\uff11", "\u0663\u0660", "2147483648", "-2147483648",
      "-2147483649", "99999999999", "9223372036854775808", "123456789012345678901234567890", "null", "NaN"})
  void junkIsNoCode(String text) {
    assertEquals(MexcException.NO_CODE, MexcCodes.parse(text));
  }

  @org.junit.jupiter.api.Test
  void hugeTextIsNoCode() {
    assertEquals(MexcException.NO_CODE, MexcCodes.parse("1".repeat(10_000_000)));
    assertEquals(MexcException.NO_CODE, MexcCodes.parse(" ".repeat(1_000_000) + "x"));
    assertEquals(7, MexcCodes.parse("0".repeat(1_000_000) + "7"));
  }
}
