package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readings of {@link ArabicReadings} are those of the general name data (not of any list): each
 * is how at least one name in ten that holds the letter once is spelt in Latin, in Google's ar2en
 * pairs or in Wikidata's labels of COLING 2018. Skipped where the shared data folder is absent.
 */
class ArabicReadingsDataTest {
  private static final double MIN_SHARE = 0.10;

  /** Arabic and Latin spelling of one name. */
  @ParameterizedTest(name = "{0} spelt /{1}/, read as {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ق | g      | گ
          ج | g(?!h) | گ
          ث | s(?!h) | س
          ذ | z      | ز
          ذ | th     | ت
          ض | z      | ز
          ظ | dh?    | د
          """)
  void readingIsFrequentInTheGeneralData(String letter, String spelling, String reading) {
    double google = share(GeneralNameData.googleAr2en(), letter.charAt(0), spelling);
    double wikidata = share(GeneralNameData.wikidata(), letter.charAt(0), spelling);
    assertThat(Math.max(google, wikidata))
        .as("share in Google ar2en %.3f, in Wikidata %.3f", google, wikidata)
        .isGreaterThanOrEqualTo(MIN_SHARE);
    assertThat(ArabicReadings.READINGS.get(letter.charAt(0))).contains(reading);
  }

  private static double share(List<GeneralNameData.Pair> pairs, char letter, String spelling) {
    Pattern p = Pattern.compile(spelling);
    int holding = 0;
    int spelt = 0;
    for (GeneralNameData.Pair pair : pairs) {
      if (pair.arabic().chars().filter(c -> c == letter).count() != 1) {
        continue;
      }
      holding++;
      if (p.matcher(pair.latin()).find()) {
        spelt++;
      }
    }
    return holding == 0 ? 0 : (double) spelt / holding;
  }
}
