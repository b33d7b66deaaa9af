package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinFoldingTest {
  private final LatinFolding step = new LatinFolding();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          SADDAM      | saddam    | lower case
          MÜLLER      | muller    | diaeresis
          ḤUSAYN      | husayn    | dot below
          Āl          | al        | macron
          François    | francois  | cedilla
          İSTANBUL    | istanbul  | dotted capital I, root locale
          DIYARBAKIR  | diyarbakir | capital I, root locale
          Sa'id       | said      | apostrophe
          Ka‘ba       | kaba      | left single quotation mark
          Sa’id       | said      | right single quotation mark
          ʿAbd        | abd       | modifier letter left half ring (ʿayn)
          Muʾmin      | mumin     | modifier letter right half ring (hamza)
          Hawaiʻi     | hawaii    | modifier letter turned comma
          Qurʼan      | quran     | modifier letter apostrophe
          Ma`mun      | mamun     | grave accent
          Sa‛id       | said      | single high-reversed-9 quotation mark
          Sa′id       | said      | prime
          Saʹid       | said      | modifier letter prime
          Straße      | strasse   | sharp s
          STRAẞE      | strasse   | capital sharp s
          Æsir        | aesir     | ae
          Œuvre       | oeuvre    | oe
          Øster       | oster     | o with stroke
          Đorđe       | dorde     | d with stroke
          Ðór         | dor       | eth
          Łukasz      | lukasz    | l with stroke
          ıi          | ii        | dotless i
          Ħamrun      | hamrun    | h with stroke
          Þór         | thor      | thorn
          """)
  void foldsLatin(String raw, String expected, String rule) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          مُحَمَّد | محمد | harakat
          أحمد    | احمد | hamza above alef
          إبراهيم | ابراهيم | hamza below alef
          آمنة    | امنة | madda
          مؤمن    | مومن | hamza on waw
          ПУТИН   | путин | Cyrillic lower case
          Сергей  | сергеи | Cyrillic short i loses its breve
          ΑΛΈΞΗΣ  | αλεξης | Greek lower case, tonos dropped, final sigma
          """)
  void dropsMarksInEveryScript(String raw, String expected, String rule) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"saddam hussein", "محمد", "한국"})
  void recomposesWhatItDecomposed(String text) {
    assertThat(step.apply(text)).isEqualTo(text);
  }

  /**
   * ASCII text (what passports and airlines send) takes a shorter way; it gives what the steps
   * give: every ASCII character alone, and 10,000 seeded strings of them.
   */
  @org.junit.jupiter.api.Test
  void asciiTextFoldsAsEveryStepWouldFoldIt() {
    for (char c = 0; c < 128; c++) {
      String text = "A" + c + "b";
      assertThat(step.apply(text)).as("U+%04X", (int) c).isEqualTo(LatinFolding.folded(text));
    }
    java.util.Random random = new java.util.Random(20_261_201L);
    for (int k = 0; k < 10_000; k++) {
      char[] chars = new char[1 + random.nextInt(20)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(128);
      }
      String text = new String(chars);
      assertThat(step.apply(text)).isEqualTo(LatinFolding.folded(text));
    }
    assertThat(step.apply("O'NEILL`S")).isEqualTo("oneills");
  }
}
