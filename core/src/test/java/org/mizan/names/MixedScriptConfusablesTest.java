package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Look-alike letters inside Latin words (UTS #39 confusables), and what is left alone. */
class MixedScriptConfusablesTest {
  private static final MixedScriptConfusables STEP = new MixedScriptConfusables();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ѕaddam husseіn   | saddam hussein   | Cyrillic dze and Ukrainian i inside Latin words
          sаddam           | saddam           | Cyrillic a
          sαddam           | saddam           | Greek alpha
          саддам хусейн    | саддам хусейн    | a Cyrillic name stays Cyrillic
          p0123456         | p0123456         | a document number is never folded
          صدام حسين        | صدام حسين        | Arabic is never folded
          ѕaddam صدام      | saddam صدام      | only the mixed word
          Saddam Нussein   | Saddam Hussein   | capital Cyrillic en, before case folding
          Вakr Abu         | Bakr Abu         | capital Cyrillic ve
          Ηussein          | Hussein          | capital Greek eta
          """)
  void foldsOnlyMixedScriptWords(String raw, String expected, String what) {
    assertThat(STEP.apply(raw)).isEqualTo(expected);
  }
}
