package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mizan's Jaro-Winkler gives the reference values and agrees with Apache Commons Text. */
class JaroWinklerTest {
  @ParameterizedTest
  @CsvSource({
    // Winkler (1990) and common reference pairs
    "martha, marhta, 0.9611",
    "dwayne, duane, 0.84",
    "dixon, dicksonx, 0.8133",
    "saddam, saddam, 1.0",
    "abc, xyz, 0.0",
    "'', abc, 0.0",
  })
  void referenceValues(String a, String b, double expected) {
    assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(1e-4));
    assertThat(JaroWinkler.similarity(b, a)).isCloseTo(expected, within(1e-4));
  }

  @Test
  void agreesWithCommonsTextOnRandomStrings() {
    JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
    Random random = new Random(20261129);
    String alphabet = "aaeehhiklmnorsstuy";
    for (int n = 0; n < 20_000; n++) {
      String a = randomString(random, alphabet);
      String b = randomString(random, alphabet);
      assertThat(JaroWinkler.similarity(a, b))
          .as("%s / %s", a, b)
          .isCloseTo(reference.apply(a, b), within(1e-12));
    }
  }

  /**
   * Up to 64 characters matched positions are bits of one {@code long}: strings of 40 to 64
   * characters (a window of up to 31) agree with Commons Text as the short ones do.
   */
  @Test
  void agreesWithCommonsTextUpToSixtyFourCharacters() {
    JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
    Random random = new Random(20261130);
    String alphabet = "aaeehhiklmnorsstuy";
    for (int n = 0; n < 2_000; n++) {
      String a = randomString(random, alphabet, 40 + random.nextInt(25));
      String b = randomString(random, alphabet, 40 + random.nextInt(25));
      assertThat(JaroWinkler.similarity(a, b))
          .as("%s / %s", a, b)
          .isCloseTo(reference.apply(a, b), within(1e-12));
    }
    String sixtyFour = "ab".repeat(32);
    assertThat(JaroWinkler.similarity(sixtyFour, "ba".repeat(32)))
        .isCloseTo(reference.apply(sixtyFour, "ba".repeat(32)), within(1e-12));
  }

  private static String randomString(Random random, String alphabet) {
    return randomString(random, alphabet, random.nextInt(10));
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
