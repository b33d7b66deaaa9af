package org.mizan.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap intervals (Efron and Tibshirani, "An Introduction to the Bootstrap", 1993,
 * ch. 13) for figures that are a ratio of sums over queries, {@code Σ numerator / Σ denominator} (a
 * mean when every denominator is 1).
 *
 * <p>Each resample draws as many queries as there are, with replacement, from a {@link
 * SplittableRandom} seeded with the given seed, so the same seed and the same number of queries
 * draw the same resamples for every figure (paired, and reproducible). The interval's ends are the
 * nearest-rank percentiles of the resampled figures; resamples whose denominator sums to 0 are left
 * out.
 */
final class Bootstrap {
  private Bootstrap() {}

  /**
   * The figure and its interval.
   *
   * @param numerator per query, in query order
   * @param denominator per query, same length; all 1 for a mean
   * @param scale multiplies the figure (1000 for a rate per 1,000)
   * @param resamples number of resamples, at least 1
   * @param seed the random seed
   * @param confidence the interval's coverage in (0, 1), e.g. 0.95
   */
  static Estimate estimate(
      double[] numerator,
      double[] denominator,
      double scale,
      int resamples,
      long seed,
      double confidence) {
    int n = numerator.length;
    if (denominator.length != n) {
      throw new IllegalArgumentException("numerator and denominator differ in length");
    }
    if (resamples < 1 || !(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("resamples >= 1 and confidence in (0, 1) required");
    }
    double value = ratio(sum(numerator), sum(denominator)) * scale;
    if (Double.isNaN(value)) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] figures = new double[resamples];
    int kept = 0;
    for (int r = 0; r < resamples; r++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(n);
        num += numerator[pick];
        den += denominator[pick];
      }
      if (den > 0) {
        figures[kept++] = num / den * scale;
      }
    }
    double[] sorted = Arrays.copyOf(figures, kept);
    Arrays.sort(sorted);
    double tail = (1 - confidence) / 2;
    return new Estimate(value, nearestRank(sorted, tail), nearestRank(sorted, 1 - tail));
  }

  /** The nearest-rank percentile: the value at rank {@code ceil(p · n)} (1-based). */
  static double nearestRank(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length - 1e-9);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  private static double ratio(double num, double den) {
    return den > 0 ? num / den : Double.NaN;
  }
}
