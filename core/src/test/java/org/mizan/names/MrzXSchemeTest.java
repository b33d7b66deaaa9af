package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ICAO Doc 9303 Part 3 Table C (X-scheme) names meet the Arabic and the phonetic spellings. */
class MrzXSchemeTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();

  /**
   * Doc 9303's worked example ابو بكر محمد بن زكريا الرازي, {@code ABW<BKR<MXHMD<BN<ZKRYA<ALRAZY},
   * and more X sequences: each decoded part has the skeleton of the Arabic part among its readings.
   */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MXHMD      | محمد
          XKHALD     | خالد
          XSHRYF     | شريف
          XSSALXH    | صالح
          FATMXTA    | فاطمة
          FATMXAH    | فاطمة
          XTTARQ     | طارق
          XZZAFR     | ظافر
          XDHAKR     | ذاكر
          EBD        | عبد
          """)
  void decodedPartMeetsTheArabic(String mrz, String arabic) {
    NamePart part = NORMALIZER.analyze(mrz).parts().get(0);
    String arabicSkeleton = NORMALIZER.analyze(arabic).parts().get(0).skeleton();
    if (mrz.contains("X")) {
      assertThat(part.skeleton()).as("undecoded").isNotEqualTo(arabicSkeleton);
    }
    assertThat(
            part.readingSkeletons().contains(arabicSkeleton)
                || part.skeleton().equals(arabicSkeleton))
        .as("%s readings %s, Arabic %s", part.skeleton(), part.readingSkeletons(), arabicSkeleton)
        .isTrue();
  }

  @Test
  void aPartWithoutTheEscapeIsLeftAsItIs() {
    NamePart part = NORMALIZER.analyze("MOHAMMED").parts().get(0);
    assertThat(part.readingSkeletons()).isEmpty();
  }

  @Test
  void anXOfTheNameItselfKeepsItsOwnSkeletonFirst() {
    // "maxim": xi is the X-scheme for ئ, so the decoded reading is one more, never the skeleton.
    NamePart part = NORMALIZER.analyze("MAXIM").parts().get(0);
    assertThat(part.skeleton()).isEqualTo("mxm");
    assertThat(part.readingSkeletons()).containsExactly("m");
  }
}
