package org.mizan.match;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal text of the numbers an explanation shows, as {@code String.format(Locale.ROOT, "%.Nf",
 * x)} writes them (the shortest decimal that reads back as {@code x}, rounded half up to {@code N}
 * places), without parsing a format string for each number: explanations are built for every
 * reported match. Stateless and thread-safe.
 */
final class Decimals {
  private Decimals() {}

  /**
   * {@code x} with {@code places} decimals.
   *
   * @param x a finite number, at least 0 (a negative one would lose the sign of a value that rounds
   *     to zero)
   * @param places decimals, at least 0
   * @throws NumberFormatException when {@code x} is NaN or infinite (no explanation shows one)
   */
  static String fixed(double x, int places) {
    return BigDecimal.valueOf(x).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * {@code x} cut to {@code places} decimals (rounded down): a value compared with a threshold in
   * the same text never shows as the threshold when it is below it (0.849 as 0.84, not 0.85).
   *
   * @param x a finite number, at least 0
   * @param places decimals, at least 0
   * @throws NumberFormatException when {@code x} is NaN or infinite
   */
  static String cut(double x, int places) {
    return BigDecimal.valueOf(x).setScale(places, RoundingMode.DOWN).toPlainString();
  }
}
