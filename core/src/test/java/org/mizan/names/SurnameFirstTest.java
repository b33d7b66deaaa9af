package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurnameFirstTest {
  private final SurnameFirst step = new SurnameFirst();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          "ALTIKRITI<<SADDAM<HUSSEIN"   | "SADDAM<HUSSEIN<ALTIKRITI"   | MRZ primary and secondary identifiers
          "AL<TIKRITI<<SADDAM<<<<"      | "SADDAM<<<<<AL<TIKRITI"      | MRZ with trailing filler
          "SADDAM<HUSSEIN<<<<<<"        | "SADDAM<HUSSEIN<<<<<<"       | only trailing filler: as it is
          "<<SADDAM"                    | "<<SADDAM"                   | nothing before the separator
          "AL-TIKRITI, Saddam Hussein"  | " Saddam Hussein AL-TIKRITI" | one comma
          "Doe, John, Jr."              | "Doe, John, Jr."             | two commas: as they are
          "Saddam Hussein,"             | "Saddam Hussein,"            | nothing after the comma
          "علي، كريم"                   | "علي، كريم"                  | the Arabic comma is no inversion
          ""                            | ""                           | empty
          """)
  void putsGivenNamesFirst(String raw, String expected, String what) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }
}
