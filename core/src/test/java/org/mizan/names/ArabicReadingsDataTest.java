package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.lists.SharedData;

/**
 * The readings of {@link ArabicReadings} are those of the general name data (not of any list): each
 * is how at least one name in ten that holds the letter once is spelt in Latin, in Google's ar2en
 * pairs or in Wikidata's labels of COLING 2018. Skipped where the shared data folder is absent.
 */
class ArabicReadingsDataTest {
  private static final double MIN_SHARE = 0.10;

  /** Arabic and Latin spelling of one name. */
  private record Pair(String arabic, String latin) {}

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
  void readingIsFrequentInTheGeneralData(String letter, String spelling, String reading)
      throws IOException {
    double google = share(google(), letter.charAt(0), spelling);
    double wikidata = share(wikidata(), letter.charAt(0), spelling);
    assertThat(Math.max(google, wikidata))
        .as("share in Google ar2en %.3f, in Wikidata %.3f", google, wikidata)
        .isGreaterThanOrEqualTo(MIN_SHARE);
    assertThat(ArabicReadings.READINGS.get(letter.charAt(0))).contains(reading);
  }

  private static double share(List<Pair> pairs, char letter, String spelling) {
    Pattern p = Pattern.compile(spelling);
    int holding = 0;
    int spelt = 0;
    for (Pair pair : pairs) {
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

  private static List<Pair> googlePairs;
  private static List<Pair> wikidataPairs;

  private static synchronized List<Pair> google() throws IOException {
    if (googlePairs == null) {
      googlePairs = readGoogle();
    }
    return googlePairs;
  }

  private static synchronized List<Pair> wikidata() throws IOException {
    if (wikidataPairs == null) {
      wikidataPairs = readWikidata();
    }
    return wikidataPairs;
  }

  private static List<Pair> readGoogle() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    Path folder = SharedData.find("shared/data/names/google-ar2en");
    for (String file : List.of("ar2en-train.txt", "ar2en-eval.txt", "ar2en-test.txt")) {
      for (String line : Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length >= 2) {
          pairs.add(new Pair(f[0], f[1].toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
    return pairs;
  }

  private static List<Pair> readWikidata() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    Path file =
        SharedData.find(
            "shared/data/names/wikidata-coling2018/wd_arabic.normalized.aligned.tokens");
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 3) {
        pairs.add(new Pair(f[1].replace(" ", ""), f[0].toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return pairs;
  }
}
