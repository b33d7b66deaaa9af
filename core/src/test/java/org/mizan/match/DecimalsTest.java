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
    int ties = 0;
    for (int n = 0; n < 200_000; n++) {
      double x;
      switch (n % 4) {
        case 0 -> x = random.nextDouble();
        case 1 -> x = random.nextDouble() * 100;
        case 2 -> {
          // Ties at the third and second decimal, and their neighbours.
          x = (2 * random.nextInt(100_000) + 1) / 2000.0;
          ties++;
        }
        default -> {
          double tie = (2 * random.nextInt(2_000) + 1) / 200.0;
          x = random.nextBoolean() ? Math.nextUp(tie) : Math.nextDown(tie);
        }
      }
      assertThat(Decimals.fixed(x, 2)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
      assertThat(Decimals.fixed(x, 1)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.1f", x));
    }
    assertThat(ties).isEqualTo(50_000);
    assertThat(Decimals.fixed(0.125, 2)).isEqualTo("0.13");
    assertThat(Decimals.fixed(0, 2)).isEqualTo("0.00");
    assertThat(Decimals.fixed(1, 2)).isEqualTo("1.00");
    assertThat(Decimals.fixed(20.05, 1)).isEqualTo("20.1");
  }
}
