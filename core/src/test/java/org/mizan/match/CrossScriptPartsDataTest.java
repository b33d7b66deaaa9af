package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.names.GeneralNameData;
import org.mizan.names.NameNormalizer;

/**
 * Part similarity across scripts on general name data: the single-part pairs of the Arabic names
 * database ({@code names/arabic-name-to-en} in the shared data folder; skipped where it is absent),
 * an Arabic given name and its Latin spelling, mostly score at least {@link
 * NameSimilarity#GOOD_PART}. Measured 2026-11-30: 2,658 of 2,725 (0.975); 2,636 before Arabic parts
 * were also read letter by letter ({@code سحر} as sahar).
 */
class CrossScriptPartsDataTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();

  @Test
  void anArabicGivenNameMatchesItsLatinSpelling() {
    int compared = 0;
    int matched = 0;
    for (GeneralNameData.Pair p : GeneralNameData.arabicNames()) {
      double similarity = onePartSimilarity(p.arabic(), p.latin());
      if (Double.isNaN(similarity)) {
        continue;
      }
      compared++;
      if (similarity >= NameSimilarity.GOOD_PART) {
        matched++;
      }
    }
    assertThat(compared).isGreaterThan(2000);
    assertThat((double) matched / compared).as("%d of %d", matched, compared).isGreaterThan(0.97);
  }

  /**
   * The one-part pairs of Wikidata's person-name labels ({@code names/wikidata-coling2018}; skipped
   * where it is absent), most of them European names written in Arabic script (Charles {@code
   * تشارلز}, Jones {@code جونز}), seen three times or more: weighted by how often each was seen,
   * 0.889 score at least {@link NameSimilarity#GOOD_PART} (measured 2026-12-04; 0.806 before the
   * writings of {@link org.mizan.names.EuropeanLetters}).
   */
  @Test
  void aEuropeanNameMatchesItsWritingInArabicScript() {
    long seen = 0;
    long matched = 0;
    for (GeneralNameData.CountedPair p : GeneralNameData.wikidataCounted()) {
      if (p.count() < 3) {
        continue;
      }
      double similarity = onePartSimilarity(p.arabic(), p.latin());
      if (Double.isNaN(similarity)) {
        continue;
      }
      seen += p.count();
      if (similarity >= NameSimilarity.GOOD_PART) {
        matched += p.count();
      }
    }
    assertThat(seen).isGreaterThan(150_000);
    assertThat((double) matched / seen).as("%d of %d", matched, seen).isGreaterThan(0.88);
  }

  /**
   * The part similarity of a name of one part not in Latin script and its Latin spelling, also of
   * one part; NaN for a pair of another shape.
   */
  private static double onePartSimilarity(String arabicName, String latinName) {
    List<Token> arabic = NameForm.of(NORMALIZER.analyze(arabicName)).variants().get(0);
    List<Token> latin = NameForm.of(NORMALIZER.analyze(latinName)).variants().get(0);
    if (arabic.size() != 1 || latin.size() != 1) {
      return Double.NaN;
    }
    if (arabic.get(0).latinScript() || !latin.get(0).latinScript()) {
      return Double.NaN;
    }
    return NameSimilarity.parts(arabic.get(0), latin.get(0));
  }
}
