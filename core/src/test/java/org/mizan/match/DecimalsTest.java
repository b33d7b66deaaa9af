package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Explanations' numbers read as {@code String.format} wrote them before. */
class DecimalsTest {
  @Test
  void twoAndOneDecimalsAreWhatFormatWrites() {
    Random random = new Random(20261130);
    for (int n = 0; n < 200_000; n++) {
      double x;
      switch (n % 5) {
        case 0 -> x = random.nextDouble();
        case 1 -> x = random.nextDouble() * 100;
        // Ties at the second decimal (k/100 + 0.005) and at the first (k/10 + 0.05) ...
        case 2 -> x = (2 * random.nextInt(10_000) + 1) / 200.0;
        case 3 -> x = (2 * random.nextInt(1_000) + 1) / 20.0;
        // ... and their neighbours.
        default -> {
          double tie = (2 * random.nextInt(10_000) + 1) / (random.nextBoolean() ? 200.0 : 20.0);
          x = random.nextBoolean() ? Math.nextUp(tie) : Math.nextDown(tie);
        }
      }
      assertThat(Decimals.fixed(x, 2)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
      assertThat(Decimals.fixed(x, 1)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.1f", x));
    }
    // Half up on the shortest decimal that reads back as the number, as Formatter rounds: 0.145 is
    // 0.14499999999999999 in binary, yet written 0.15.
    assertThat(Decimals.fixed(0.125, 2)).isEqualTo("0.13");
    assertThat(Decimals.fixed(0.145, 2)).isEqualTo("0.15");
    assertThat(Decimals.fixed(1.005, 2)).isEqualTo("1.01");
    assertThat(Decimals.fixed(2.675, 2)).isEqualTo("2.68");
    assertThat(Decimals.fixed(0.15, 1)).isEqualTo("0.2");
    assertThat(Decimals.fixed(0.35, 1)).isEqualTo("0.4");
    assertThat(Decimals.fixed(0, 2)).isEqualTo("0.00");
    assertThat(Decimals.fixed(1, 2)).isEqualTo("1.00");
    assertThat(Decimals.fixed(20.05, 1)).isEqualTo("20.1");
  }

  @Test
  void cutNumbersAreRoundedDownOnTheShortestDecimal() {
    assertThat(Decimals.cut(0.8499, 2)).isEqualTo("0.84");
    assertThat(Decimals.cut(0.85, 2)).isEqualTo("0.85");
    assertThat(Decimals.cut(0.9666666666666667, 2)).isEqualTo("0.96");
    assertThat(Decimals.cut(1, 2)).isEqualTo("1.00");
    assertThat(Decimals.cut(0, 2)).isEqualTo("0.00");
    // 0.29 is 0.28999999999999998 in binary, yet the shortest decimal that reads back is 0.29.
    assertThat(Decimals.cut(0.29, 2)).isEqualTo("0.29");
  }
}
