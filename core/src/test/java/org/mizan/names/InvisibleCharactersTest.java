package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvisibleCharactersTest {
  private final InvisibleCharacters step = new InvisibleCharacters();

  // Invisible characters are written as escapes so that the table can be read.
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          "مـحـمـد"               | محمد  | tatweel
          "سـ"                    | س     | tatweel at the end
          "sad\u200Ddam"          | saddam | zero-width joiner
          "سل\u200Cمان"           | سلمان | zero-width non-joiner
          "\u200Fحسين"            | حسين  | right-to-left mark
          "\u200Esaddam"          | saddam | left-to-right mark
          "\u202Bحسين\u202C"      | حسين  | right-to-left embedding and pop
          "\u202Eabc\u202C"       | abc   | right-to-left override
          "\u2067حسين\u2069"      | حسين  | right-to-left isolate and pop
          "\u2068abc\u2069"       | abc   | first-strong isolate
          "\u061Cعلي"             | علي   | Arabic letter mark
          "x\uFEFFali"            | xali  | byte order mark inside text
          "hus\u00ADsein"         | hussein | soft hyphen
          "hus\u200Bsein"         | hussein | zero-width space
          "a\u0000b\u0007c\u007F" | abc   | controls
          "a\uD800b"              | ab    | unpaired high surrogate
          "a\uDC00b"              | ab    | unpaired low surrogate
          "\uD83D\u200D\uDE00"    | ""    | surrogates that a removal would pair
          """)
  void removesInvisibleCharacters(String raw, String expected, String rule) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }

  // Plain string literals, not a text block: javac reads U+000B, U+0085 and U+2028 in a text block
  // as line ends.
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"a\tb\"         | tab",
        "\"a\u000Bb\"     | vertical tab",
        "\"a\u001Fb\"     | unit separator",
        "\"a\u0085b\"     | next line",
        "\"\uD83D\uDE00\" | a paired surrogate",
        "\"حسين\"         | Arabic letters",
      })
  void keepsWhitespaceControlsAndWrittenCharacters(String text, String what) {
    assertThat(step.apply(text)).isEqualTo(text);
  }
}
