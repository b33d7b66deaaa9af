package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicOrthographyTest {
  private final ArabicOrthography step = new ArabicOrthography();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          أحمد            | احمد      | alef with hamza above
          إبراهيم         | ابراهيم   | alef with hamza below
          آمنه            | امنه      | alef with madda
          ٱلله            | الله      | alef wasla
          "\u0672ب"       | اب        | alef with wavy hamza above
          "\u0673ب"       | اب        | alef with wavy hamza below
          مصطفى           | مصطفي     | alef maqsura
          فاطمة           | فاطمه     | ta marbuta
          مؤمن            | مومن      | hamza on waw
          هانئ            | هاني      | hamza on yeh
          عائشة           | عايشه     | hamza on yeh and ta marbuta
          علاء            | علا       | lone hamza
          "\u0674ب"       | ب         | high hamza
          "مُحَمَّد"        | محمد      | fatha damma shadda
          "سَعِيدٌ"         | سعيد      | kasra and tanwin
          "بِسْمِ"          | بسم       | sukun
          "رحمٰن"         | رحمن      | superscript alef
          "ب\u06D6\u06DAت" | بت        | Quranic annotation marks
          "ب\u06E5\u06E6ت" | بت        | small waw and small yeh
          علی             | علي       | Persian yeh
          کریم            | كريم      | keheh
          ٠١٢٣٤٥٦٧٨٩      | 0123456789 | Arabic-Indic digits
          ۰۱۲۳۴۵۶۷۸۹      | 0123456789 | extended Arabic-Indic digits
          پرویز           | پرويز     | Persian pe kept, yeh folded
          چ ژ گ           | چ ژ گ     | Persian che, zhe, gaf kept
          کەریم ڕەسووڵ     | كريم رسوول | Kurdish ae within a word, heavy r and l
          فاتمە           | فاتمه     | Kurdish ae ending a word
          ەحمد            | احمد      | Kurdish ae beginning a word
          ئۆمەر           | اومر      | Kurdish and Uyghur o, hamza seat first
          ئەحمەد          | احمد      | hamza seat and ae first
          ئابدۇللا        | ابدوللا   | hamza seat before alef
          هانئ            | هاني      | hamza on yeh ending a word
          مۇھەممەد        | موهممد    | Uyghur u
          ڨاسمي           | قاسمي     | Maghrebi g as qaf
          جهاں            | جهان      | Urdu noon ghunna
          saddam          | saddam    | Latin untouched
          """)
  void normalisesArabicOrthography(String raw, String expected, String rule) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          "\u1100ء\u1161"  | 가 | Hangul jamo brought together
          "\u09C7ء\u09BE"  | "\u09CB" | Bengali vowel sign parts brought together
          """)
  void recomposesWhatARemovalBringsTogether(String raw, String expected, String what) {
    assertThat(step.apply(raw)).isEqualTo(expected);
  }
}
