package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeCompatibilityTest {
  private final UnicodeCompatibility step = new UnicodeCompatibility();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          ＳＡＤＤＡＭ | SADDAM   | fullwidth Latin
          ﻻ         | لا       | lam-alef ligature
          ﷲ         | الله     | Allah ligature
          ﻣﺤﻤﺪ      | محمد     | Arabic presentation forms
          ﺍﻟﺘﻜﺮﻳﺘﻲ  | التكريتي | Arabic presentation forms with article
          ﬁrdaus    | firdaus  | Latin ligature fi
          ｶﾀｶﾅ      | カタカナ    | halfwidth katakana
          x²        | x2       | superscript digit
          ℌassan    | Hassan   | mathematical letter
          Ⅻ         | XII      | Roman numeral
          Ⓘⓩⓩⓐⓣ     | Izzat    | circled letters
          ⒤⒵⒵⒜⒯     | izzat    | parenthesized letters, without their parentheses
          🄘🄩🄩🄐🄣     | IZZAT    | parenthesized capitals
          🅘🅩🅩🅐🅣     | IZZAT    | negative circled capitals, which NFKC leaves as symbols
          🆂🅴🅻🅸🅼     | SELIM    | negative squared capitals
          🅰🅱 Ali     | 🅰🅱 Ali   | but not those that are emoji (blood types, parking)
          🄸🅉🅉🄰🅃     | IZZAT    | squared capitals
          """)
  void foldsCompatibilityCharacters(String raw, String expected, String rule) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"saddam", "محمد", "Müller", "путин"})
  void leavesNormalTextAlone(String text) {
    assertThat(step.apply(text)).isEqualTo(text);
  }
}
