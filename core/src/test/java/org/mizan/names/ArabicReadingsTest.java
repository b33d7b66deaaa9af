package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicReadingsTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();

  /** The other readings' skeletons meet the Latin spellings that use them. */
  @ParameterizedTest(name = "{0} also reads as {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          قاسمي | gsm  | gasmi
          جمال  | gml  | gamal
          رجب   | rgb  | ragab
          ثابت  | sbt  | sabit
          ذاكر  | zkr  | zakir
          ذاكر  | tkr  | thakir
          فضل   | fzl  | fazl
          ظافر  | dfr  | dhafer
          ځدران | zdrn | zadran
          ځلمی  | zlm  | zalmay
          پښتون | bktn | pakhtun
          څمکنی | smkn | samkani
          ږوند  | gnd  | gwand
          بیژن  | bjn  | bijan
          منیژه | mnj  | manijeh
          نژاد  | njd  | nejad
          """)
  void readingMeetsTheLatinSpelling(String arabic, String reading, String latin) {
    NamePart part = NORMALIZER.analyze(arabic).parts().get(0);
    assertThat(part.readingSkeletons()).contains(reading);
    assertThat(NORMALIZER.analyze(latin).parts().get(0).skeleton()).isEqualTo(reading);
  }

  @Test
  void everyCombinationOfTheLettersReadings() {
    // ق (q, g) and ذ (dh, z, th): 2 × 3 writings, the text itself left out.
    assertThat(ArabicReadings.of("قذ")).containsExactlyInAnyOrder("گذ", "قز", "قت", "گز", "گت");
  }

  @Test
  void aPartWithoutSuchLettersHasNone() {
    assertThat(ArabicReadings.of("احمد")).isEmpty();
    assertThat(ArabicReadings.of("qasim")).isEmpty();
    assertThat(ArabicReadings.of("")).isEmpty();
  }

  @Test
  void readingsAreCapped() {
    // Six letters with readings would make 2 × 2 × 2 × 3 × 2 × 2 - 1 = 95 writings.
    assertThat(ArabicReadings.of("قجثذضظ")).hasSize(ArabicReadings.MAX_READINGS);
  }
}
