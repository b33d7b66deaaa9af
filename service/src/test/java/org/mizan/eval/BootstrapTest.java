package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bootstrap intervals on examples small enough to work out by hand. */
class BootstrapTest {
  private static double[] ones(int n) {
    double[] d = new double[n];
    Arrays.fill(d, 1);
    return d;
  }

  @Test
  void aConstantHasAPointInterval() {
    double[] values = {0.5, 0.5, 0.5, 0.5};
    Estimate e = Bootstrap.estimate(values, ones(4), 1, 1000, 7, 0.95);
    assertThat(e).isEqualTo(new Estimate(0.5, 0.5, 0.5));
  }

  @Test
  void oneQueryIsItsOwnInterval() {
    Estimate e = Bootstrap.estimate(new double[] {1}, ones(1), 1000, 200, 7, 0.95);
    assertThat(e).isEqualTo(new Estimate(1000, 1000, 1000));
  }

  /**
   * Two queries, one found: a resample of two draws both (mean 0, chance 1/4), one of each (0.5,
   * 1/2) or both found (1, 1/4); the 2.5th and 97.5th percentiles of 1,000 resamples are 0 and 1.
   */
  @Test
  void twoQueriesSpanTheWholeRange() {
    Estimate e = Bootstrap.estimate(new double[] {0, 1}, ones(2), 1, 1000, 7, 0.95);
    assertThat(e.value()).isEqualTo(0.5);
    assertThat(e.low()).isEqualTo(0.0);
    assertThat(e.high()).isEqualTo(1.0);
  }

  /**
   * 30 of 100 found: the interval is close to 0.3 ± 1.96 · sqrt(0.3 · 0.7 / 100) = [0.21, 0.39].
   */
  @Test
  void aProportionMatchesTheNormalApproximation() {
    double[] found = new double[100];
    Arrays.fill(found, 0, 30, 1);
    Estimate e = Bootstrap.estimate(found, ones(100), 1, 1000, 7, 0.95);
    assertThat(e.value()).isEqualTo(0.3);
    assertThat(e.low()).isCloseTo(0.21, within(0.02));
    assertThat(e.high()).isCloseTo(0.39, within(0.02));
  }

  @Test
  void theSameSeedGivesTheSameInterval() {
    double[] found = {1, 0, 1, 1, 0, 0, 1};
    assertThat(Bootstrap.estimate(found, ones(7), 1, 500, 42, 0.9))
        .isEqualTo(Bootstrap.estimate(found, ones(7), 1, 500, 42, 0.9));
  }

  @Test
  void aRatioCountsOnlyItsDenominators() {
    // Two queries with a hit, one of them tied: 1 / 2.
    Estimate e =
        Bootstrap.estimate(new double[] {1, 0, 0, 0}, new double[] {1, 1, 0, 0}, 1, 1000, 7, 0.95);
    assertThat(e.value()).isEqualTo(0.5);
    assertThat(e.low()).isEqualTo(0.0);
    assertThat(e.high()).isEqualTo(1.0);
  }

  @Test
  void noQueriesIsUndefined() {
    Estimate e = Bootstrap.estimate(new double[0], new double[0], 1, 1000, 7, 0.95);
    assertThat(e.value()).isNaN();
    assertThat(e.low()).isNaN();
  }

  @Test
  void nearestRankPercentiles() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(Bootstrap.nearestRank(sorted, 0.025)).isEqualTo(1);
    assertThat(Bootstrap.nearestRank(sorted, 0.5)).isEqualTo(5);
    assertThat(Bootstrap.nearestRank(sorted, 0.975)).isEqualTo(10);
    assertThat(Bootstrap.nearestRank(sorted, 0.25)).isEqualTo(3);
  }
}
