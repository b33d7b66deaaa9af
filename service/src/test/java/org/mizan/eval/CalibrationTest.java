package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mizan.model.ListVersion;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/** Precision per score band and at each threshold, on hand-made answers counted by hand. */
class CalibrationTest {
  private static final double E = 1e-12;

  private static Engine.Scored s(String id, double score) {
    return new Engine.Scored(id, score);
  }

  /**
   * Five positive queries (right entry "T"; the third also "T2", one person listed twice) and three
   * clean names. Every score, true (t) or false (f):
   *
   * <pre>
   * p1  T 0.97 t, x 0.80 f         best right 0.97
   * p2  x 0.90 f, T 0.84 t         best right 0.84
   * p3  T 0.92 t, T2 0.88 t        best right 0.92
   * p4  x 0.75 f                   right entry not reported
   * p5  T 1.00 t, y 0.85 f         best right 1.00 (1.00 and 0.85 sit on band edges)
   * n1  a 0.91 f, b 0.86 f
   * n2  a 0.76 f
   * n3  (nothing reported)
   * </pre>
   */
  private static Calibration.Counts counts() {
    Calibration.Tally tally = new Calibration.Tally();
    Set<String> t = Set.of("T");
    tally.add(List.of(s("T", 0.97), s("x", 0.80)), t);
    tally.add(List.of(s("x", 0.90), s("T", 0.84)), t);
    tally.add(List.of(s("T", 0.92), s("T2", 0.88)), Set.of("T", "T2"));
    tally.add(List.of(s("x", 0.75)), t);
    tally.add(List.of(s("T", 1.0), s("y", 0.85)), t);
    tally.add(List.of(s("a", 0.91), s("b", 0.86)), Set.of());
    tally.add(List.of(s("a", 0.76)), Set.of());
    tally.add(List.of(), Set.of());
    return tally.counts();
  }

  private static Calibration.Table table() {
    return new Calibration.Table("e", 0.85, List.of("p", "n"), counts());
  }

  @Test
  void binEdgesAreTheThresholdsComparedAsTheAlertThresholdIs() {
    assertThat(Calibration.edge(0)).isEqualTo(0.70);
    assertThat(Calibration.edge(15)).isEqualTo(0.85);
    assertThat(Calibration.edge(29)).isEqualTo(0.99);
    assertThat(Calibration.bin(0.85)).isEqualTo(15);
    assertThat(Calibration.bin(0.8499)).isEqualTo(14);
    assertThat(Calibration.bin(1.0)).isEqualTo(29);
    assertThat(Calibration.bin(0.6999)).isEqualTo(-1);
  }

  @Test
  void bandsCountTrueAndFalseMatches() {
    Calibration.Table table = table();
    assertThat(table.positiveQueries()).isEqualTo(5);
    assertThat(table.negativeQueries()).isEqualTo(3);
    List<Calibration.Band> bands = table.bands();
    assertThat(bands).hasSize(6);
    // 0.70–0.75: nothing (0.75 belongs to the next band): precision undefined.
    assertThat(bands.get(0)).isEqualTo(new Calibration.Band(0.70, 0.75, 0, 0, 0));
    assertThat(bands.get(0).precision()).isNaN();
    // 0.75–0.80: p4's x 0.75 and n2's a 0.76, both false, one of a clean name.
    assertThat(bands.get(1)).isEqualTo(new Calibration.Band(0.75, 0.80, 0, 2, 1));
    assertThat(bands.get(1).precision()).isZero();
    // 0.80–0.85: p2's T 0.84 true, p1's x 0.80 false: 1/2.
    assertThat(bands.get(2)).isEqualTo(new Calibration.Band(0.80, 0.85, 1, 1, 0));
    assertThat(bands.get(2).precision()).isEqualTo(0.5);
    // 0.85–0.90: p3's T2 0.88 true; p5's y 0.85 and n1's b 0.86 false: 1/3.
    assertThat(bands.get(3)).isEqualTo(new Calibration.Band(0.85, 0.90, 1, 2, 1));
    assertThat(bands.get(3).precision()).isCloseTo(1.0 / 3, within(E));
    // 0.90–0.95: p3's T 0.92 true; p2's x 0.90 and n1's a 0.91 false: 1/3.
    assertThat(bands.get(4)).isEqualTo(new Calibration.Band(0.90, 0.95, 1, 2, 1));
    // 0.95–1.00 (1.00 included): p1's T 0.97 and p5's T 1.00, true: 1.
    assertThat(bands.get(5)).isEqualTo(new Calibration.Band(0.95, 1.0, 2, 0, 0));
    assertThat(bands.get(5).precision()).isEqualTo(1.0);
  }

  @Test
  void precisionRecallAndF1AtEachThreshold() {
    List<Calibration.Point> points = table().points();
    assertThat(points).hasSize(30);
    assertThat(points.get(0).threshold()).isEqualTo(0.70);
    assertThat(points.get(29).threshold()).isEqualTo(0.99);
    // 0.70: all 5 true and 7 false matches (3 of clean names); 4 of 5 right entries reported (not
    // p4's).
    Calibration.Point p70 = points.get(0);
    assertThat(p70).isEqualTo(new Calibration.Point(0.70, 5, 7, 3, 4, 5));
    assertThat(p70.precision()).isCloseTo(5.0 / 12, within(E));
    assertThat(p70.recall()).isEqualTo(0.8);
    // 0.81 to 0.84: 5 true; false 0.90 0.85 0.91 0.86: P = 5/9, R = 4/5, F1 = 40/61.
    assertThat(points.get(14)).isEqualTo(new Calibration.Point(0.84, 5, 4, 2, 4, 5));
    assertThat(points.get(14).f1()).isCloseTo(40.0 / 61, within(E));
    // 0.85 (the alert threshold, y 0.85 counts): true 0.97 0.92 0.88 1.00, false 0.90 0.85 0.91
    // 0.86: P = 1/2; right entries of p1, p3, p5: R = 3/5; F1 = 0.6 / 1.1 = 6/11.
    Calibration.Point at = table().atAlertThreshold().orElseThrow();
    assertThat(at).isEqualTo(new Calibration.Point(0.85, 4, 4, 2, 3, 5));
    assertThat(at.f1()).isCloseTo(6.0 / 11, within(E));
    // 0.92: true 0.97 0.92 1.00, nothing false: P = 1, R = 3/5, F1 = 1.2 / 1.6 = 0.75, the best
    // (0.91: P = 3/4, F1 = 2/3; 0.93: R = 2/5, F1 = 4/7).
    assertThat(points.get(22)).isEqualTo(new Calibration.Point(0.92, 3, 0, 0, 3, 5));
    assertThat(points.get(21).f1()).isCloseTo(2.0 / 3, within(E));
    assertThat(points.get(23).f1()).isCloseTo(4.0 / 7, within(E));
    Calibration.Point best = table().bestF1().orElseThrow();
    assertThat(best.threshold()).isEqualTo(0.92);
    assertThat(best.precision()).isEqualTo(1.0);
    assertThat(best.recall()).isEqualTo(0.6);
    assertThat(best.f1()).isCloseTo(0.75, within(E));
    // 0.99: only p5's 1.00: P = 1, R = 1/5, F1 = 1/3.
    assertThat(points.get(29)).isEqualTo(new Calibration.Point(0.99, 1, 0, 0, 1, 5));
  }

  @Test
  void withoutPositivesNothingIsDefined() {
    Calibration.Tally tally = new Calibration.Tally();
    tally.add(List.of(s("a", 0.9)), Set.of());
    Calibration.Table table = new Calibration.Table("e", 0.85, List.of("n"), tally.counts());
    assertThat(table.points().get(0).precision()).isZero();
    assertThat(table.points().get(0).recall()).isNaN();
    assertThat(table.points().get(0).f1()).isNaN();
    assertThat(table.bestF1()).isEmpty();
  }

  @Test
  void tallyingInPartsGivesTheSameCounts() {
    Calibration.Tally a = new Calibration.Tally();
    a.add(List.of(s("T", 0.97), s("x", 0.80)), Set.of("T"));
    Calibration.Tally b = new Calibration.Tally();
    b.add(List.of(s("a", 0.91)), Set.of());
    Calibration.Tally whole = new Calibration.Tally();
    whole.add(List.of(s("T", 0.97), s("x", 0.80)), Set.of("T"));
    whole.add(List.of(s("a", 0.91)), Set.of());
    assertThat(a.merge(b).counts()).isEqualTo(whole.counts());
    assertThat(whole.counts().plus(Calibration.Counts.NONE)).isEqualTo(whole.counts());
  }

  /**
   * Positive sets and clean names are pooled; other negatives (hard negatives) and a part of
   * another set are not.
   */
  @Test
  void theReportPoolsPositiveSetsAndCleanNamesOnly() {
    Watchlist list = new Watchlist(new ListVersion("csv:t.csv", "", "0".repeat(64)), List.of());
    Subject q = Subject.ofName("q", "x");
    List<Report.Run> runs = new ArrayList<>();
    runs.add(run(set(Suite.CROSS_SCRIPT, "cs", true, list, q), List.of(s("T", 0.9)), Set.of("T")));
    runs.add(run(set(Suite.HARD_NEGATIVES, "hn", false, list, q), List.of(s("a", 0.99)), Set.of()));
    runs.add(run(set(Suite.CLEAN_NAMES, "cn", false, list, q), List.of(s("a", 0.86)), Set.of()));
    // A part of cs's queries shown on its own: counted once, with cs.
    QuerySet part = set(Suite.CROSS_SCRIPT, "cs", true, list, q);
    runs.add(
        run(
            new QuerySet(
                part.suite(),
                "cs/part",
                "",
                true,
                part.evidence(),
                list,
                part.queries(),
                Map.of(),
                "cs"),
            List.of(s("T", 0.9)),
            Set.of("T")));
    Report report =
        new Report(
            EvalSettings.of(Split.ALL),
            List.of(new Report.EngineInfo("e", "", 0.85)),
            runs,
            "",
            Map.of(),
            1,
            0);
    Calibration.Table table = Calibration.of(report).get(0);
    assertThat(table.runs()).containsExactly("cs", "cn");
    assertThat(table.positiveQueries()).isEqualTo(1);
    assertThat(table.negativeQueries()).isEqualTo(1);
    // T 0.90 true, the clean name's a 0.86 false; the hard negative's 0.99 is not counted.
    assertThat(table.bands().get(3)).isEqualTo(new Calibration.Band(0.85, 0.90, 0, 1, 1));
    assertThat(table.bands().get(4)).isEqualTo(new Calibration.Band(0.90, 0.95, 1, 0, 0));
    assertThat(table.bands().get(5)).isEqualTo(new Calibration.Band(0.95, 1.0, 0, 0, 0));
    assertThat(table.atAlertThreshold().orElseThrow().precision()).isEqualTo(0.5);
    assertThat(table.description()).contains("2 query sets", "1 positive queries");
    // Without a positive set there is nothing to calibrate.
    Report negativesOnly =
        new Report(report.settings(), report.engines(), runs.subList(1, 3), "", Map.of(), 1, 0);
    assertThat(Calibration.pooled(runs.get(3).set())).isFalse();
    assertThat(Calibration.of(negativesOnly)).isEmpty();
  }

  private static QuerySet set(
      Suite suite, String name, boolean positive, Watchlist list, Subject q) {
    LabelledQuery query =
        positive ? LabelledQuery.positive(q, Set.of("T")) : LabelledQuery.negative(q);
    return new QuerySet(
        suite, name, "", positive, Evidence.NAME_ONLY, list, List.of(query), Map.of());
  }

  private static Report.Run run(QuerySet set, List<Engine.Scored> ranked, Set<String> truth) {
    Calibration.Counts counts =
        Stream.of(ranked).collect(Calibration.Tally.collector(r -> r, r -> truth));
    return new Report.Run(
        set,
        List.of(
            new Report.EngineResult(
                "e",
                0.85,
                Map.of(),
                new long[Histogram.BINS],
                new long[Histogram.BINS],
                0,
                0,
                List.of(Outcome.of(ranked, truth, 0.85)),
                counts)));
  }
}
