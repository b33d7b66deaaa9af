package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Outcomes and metrics on hand-made rankings. */
class MetricTest {
  private static final EvalSettings SETTINGS = EvalSettings.of(Split.ALL);
  private static final double THRESHOLD = 0.85;

  private static Engine.Scored s(String id, double score) {
    return new Engine.Scored(id, score);
  }

  /** Rankings where the right entry "T" is first, second, eleventh, and not reported. */
  private static List<Outcome> positives() {
    List<Engine.Scored> eleventh =
        List.of(
            s("a", 0.99),
            s("b", 0.98),
            s("c", 0.97),
            s("d", 0.96),
            s("e", 0.95),
            s("f", 0.94),
            s("g", 0.93),
            s("h", 0.92),
            s("i", 0.91),
            s("j", 0.90),
            s("T", 0.89));
    return List.of(
        Outcome.of(List.of(s("T", 0.97), s("x", 0.80)), Set.of("T"), THRESHOLD),
        Outcome.of(List.of(s("x", 0.90), s("T", 0.84)), Set.of("T"), THRESHOLD),
        Outcome.of(eleventh, Set.of("T"), THRESHOLD),
        Outcome.of(List.of(s("x", 0.75)), Set.of("T"), THRESHOLD));
  }

  @Test
  void anOutcomeRecordsRankScoresTiesAndOtherHits() {
    Outcome o = Outcome.of(List.of(s("x", 0.90), s("T", 0.90), s("y", 0.72)), Set.of("T"), 0.85);
    assertThat(o.rank()).isEqualTo(2);
    assertThat(o.truthScore()).isEqualTo(0.90);
    assertThat(o.topScore()).isEqualTo(0.90);
    assertThat(o.topTied()).isTrue();
    assertThat(o.otherHit()).isTrue();
    assertThat(o.falseBins()[Histogram.bin(0.90)]).isEqualTo(1);
    assertThat(o.falseBins()[Histogram.bin(0.72)]).isEqualTo(1);
    assertThat(Histogram.bin(0.70)).isZero();
    assertThat(Histogram.bin(1.0)).isEqualTo(Histogram.BINS - 1);
    Outcome none = Outcome.of(List.of(), Set.of(), 0.85);
    assertThat(none.rank()).isZero();
    assertThat(none.topScore()).isNaN();
    assertThat(none.hit(0.85)).isFalse();
  }

  @Test
  void recallAtKAndMrr() {
    Map<Metric, Estimate> m = Metric.all(positives(), true, THRESHOLD, SETTINGS);
    assertThat(m.get(Metric.RECALL_AT_1).value()).isEqualTo(0.25);
    assertThat(m.get(Metric.RECALL_AT_10).value()).isEqualTo(0.5);
    // (1 + 1/2 + 1/11 + 0) / 4
    assertThat(m.get(Metric.MRR).value()).isCloseTo((1 + 0.5 + 1.0 / 11) / 4, within(1e-12));
    // The right entry scores 0.97, 0.84, 0.89 and nothing: two of four at or above 0.85.
    assertThat(m.get(Metric.RECALL_AT_THRESHOLD).value()).isEqualTo(0.5);
    // Another entry is a hit in the second and third rankings.
    assertThat(m.get(Metric.OTHER_HITS_PER_1000).value()).isEqualTo(500);
    assertThat(m).doesNotContainKey(Metric.ALERTS_PER_1000);
  }

  @Test
  void alertsAndTiesOfCleanNames() {
    List<Outcome> clean =
        List.of(
            Outcome.of(List.of(s("a", 0.90), s("b", 0.90)), Set.of(), THRESHOLD),
            Outcome.of(List.of(s("a", 0.86)), Set.of(), THRESHOLD),
            Outcome.of(List.of(s("a", 0.84)), Set.of(), THRESHOLD),
            Outcome.of(List.of(), Set.of(), THRESHOLD));
    Map<Metric, Estimate> m = Metric.all(clean, false, THRESHOLD, SETTINGS);
    assertThat(m.keySet()).containsExactly(Metric.ALERTS_PER_1000, Metric.TIED_AT_TOP);
    assertThat(m.get(Metric.ALERTS_PER_1000).value()).isEqualTo(500);
    // Two queries with a hit, one of them tied at the top.
    assertThat(m.get(Metric.TIED_AT_TOP).value()).isEqualTo(0.5);
    assertThat(m.get(Metric.ALERTS_PER_1000).low()).isGreaterThanOrEqualTo(0);
    assertThat(m.get(Metric.ALERTS_PER_1000).high()).isLessThanOrEqualTo(1000);
  }

  /**
   * A negative whose date of birth rules out entries "x" and "y": a hit counts apart only on them;
   * below the threshold, or on another entry, it does not.
   */
  @Test
  void hitsOnEntriesTheDateRulesOutAreCountedApart() {
    Set<String> ruledOut = Set.of("x", "y");
    List<Outcome> dated =
        List.of(
            Outcome.of(List.of(s("a", 0.95), s("x", 0.90)), Set.of(), ruledOut, THRESHOLD),
            Outcome.of(List.of(s("a", 0.95), s("y", 0.84)), Set.of(), ruledOut, THRESHOLD),
            Outcome.of(List.of(s("a", 0.95)), Set.of(), ruledOut, THRESHOLD),
            Outcome.of(List.of(), Set.of(), ruledOut, THRESHOLD));
    assertThat(dated.get(0).conflictingHit()).isTrue();
    assertThat(dated.get(1).conflictingHit()).isFalse();
    Map<Metric, Estimate> m = Metric.all(dated, false, true, THRESHOLD, SETTINGS);
    assertThat(m.keySet())
        .containsExactly(
            Metric.ALERTS_PER_1000, Metric.CONFLICTING_HITS_PER_1000, Metric.TIED_AT_TOP);
    assertThat(m.get(Metric.ALERTS_PER_1000).value()).isEqualTo(750);
    assertThat(m.get(Metric.CONFLICTING_HITS_PER_1000).value()).isEqualTo(250);
    // Not a figure of sets that rule nothing out, nor of listed people.
    assertThat(Metric.all(dated, false, THRESHOLD, SETTINGS))
        .doesNotContainKey(Metric.CONFLICTING_HITS_PER_1000);
    assertThat(Metric.all(positives(), true, true, THRESHOLD, SETTINGS))
        .doesNotContainKey(Metric.CONFLICTING_HITS_PER_1000);
  }

  @Test
  void curvesCountRecallAndAlertsAtEachThreshold() {
    Report.EngineResult positive =
        new Report.EngineResult(
            "e",
            THRESHOLD,
            Map.of(),
            new long[15],
            new long[15],
            0,
            0,
            positives(),
            Calibration.Counts.NONE);
    Report.EngineResult clean =
        new Report.EngineResult(
            "e",
            THRESHOLD,
            Map.of(),
            new long[15],
            new long[15],
            0,
            0,
            List.of(
                Outcome.of(List.of(s("a", 0.90)), Set.of(), THRESHOLD),
                Outcome.of(List.of(s("a", 0.80)), Set.of(), THRESHOLD)),
            Calibration.Counts.NONE);
    Curves.Point p = Curves.point(positive, clean, 0.85);
    assertThat(p.recall()).isEqualTo(0.5);
    assertThat(p.alertsPer1000()).isEqualTo(500);
    assertThat(Curves.point(positive, clean, 0.80).recall()).isEqualTo(0.75);
    assertThat(Curves.point(positive, clean, 0.80).alertsPer1000()).isEqualTo(1000);
    assertThat(Curves.thresholds()).hasSize(31).startsWith(0.7).endsWith(1.0).contains(0.85, 0.95);
  }
}
