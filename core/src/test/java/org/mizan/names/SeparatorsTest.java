package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeparatorsTest {
  private final Separators step = new Separators();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          'ALTIKRITI<<SADDAM<HUSSEIN'  | ALTIKRITI SADDAM HUSSEIN | MRZ filler (ICAO Doc 9303)
          'SADDAM<HUSSEIN<<<<<<<<'     | SADDAM HUSSEIN           | MRZ trailing filler
          'al-tikriti'                 | al tikriti               | hyphen
          'al‐tikriti'                 | al tikriti               | Unicode hyphen
          'saddam – hussein'           | saddam hussein           | en dash
          'saddam—hussein'             | saddam hussein           | em dash
          'hussein, saddam'            | hussein saddam           | comma
          'حسين، صدام'                 | حسين صدام                | Arabic comma
          'حسين؛ صدام'                 | حسين صدام                | Arabic semicolon
          'm. ali'                     | m ali                    | full stop
          'ali/aly'                    | ali aly                  | slash
          'ali (aly)'                  | ali aly                  | parentheses
          'ali [aly]'                  | ali aly                  | brackets
          '«علي»'                      | علي                      | guillemets
          'the "ali"'                | the ali                  | quotation marks
          'saddam   hussein'           | saddam hussein           | runs of spaces
          '  saddam hussein  '         | saddam hussein           | leading and trailing spaces
          'a+b&c'                      | a b c                    | symbols
          'vessel 7'                   | vessel 7                 | digits kept
          'ג׳מאל ח׳אלד'                | ג׳מאל ח׳אלד              | Hebrew geresh after a letter kept
          'ali ׳ aly'                  | ali aly                  | geresh after no Hebrew letter
          '<<<'                        | ''                       | only separators
          ''                           | ''                       | empty
          """)
  void separatesParts(String raw, String expected, String rule) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }

  // Plain string literals, not a text block: javac reads U+000B, U+0085 and U+2028 in a text block
  // as line ends.
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "'saddam\thussein\r\n'   | tab and line breaks",
        "'saddam\u000Bhussein'   | vertical tab",
        "'saddam\u0085hussein'   | next line",
        "'saddam\u00A0hussein'   | no-break space",
        "'saddam\u2003hussein'   | em space",
        "'saddam\u3000hussein'   | ideographic space",
        "'saddam\u2028hussein'   | line separator",
        "'saddam\u2029hussein'   | paragraph separator",
      })
  void separatesAtWhitespaceOfAnyKind(String raw, String what) {
    assertThat(step.apply(raw)).isEqualTo("saddam hussein");
  }
}
