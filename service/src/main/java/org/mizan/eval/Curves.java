package org.mizan.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recall against alerts per 1,000 clean names as the alert threshold moves, for one positive query
 * set: the curve an operator chooses a threshold on.
 *
 * <p>A positive set is paired with the clean-names run that gives the same evidence: name-only with
 * {@code clean-names/name-only}, any other with {@code clean-names/name+dob}. Thresholds run from
 * the reporting floor to 1 in steps of 0.01, and each engine's own threshold is marked.
 */
final class Curves {
  static final String CLEAN_NAME_ONLY = "clean-names/name-only";
  static final String CLEAN_WITH_DOB = "clean-names/name+dob";
  static final int STEPS = 30;

  private Curves() {}

  /**
   * One point.
   *
   * @param threshold the alert threshold
   * @param recall share of positive queries whose right entry scores at or above it
   * @param alertsPer1000 clean queries, per 1,000, whose best match scores at or above it
   */
  record Point(double threshold, double recall, double alertsPer1000) {}

  /** The clean-names run a positive run is drawn against, when that run is in the report. */
  static Optional<Report.Run> cleanRunFor(Report report, Report.Run positive) {
    if (!positive.set().positive()) {
      return Optional.empty();
    }
    return report.run(
        positive.set().evidence() == Evidence.NAME_ONLY ? CLEAN_NAME_ONLY : CLEAN_WITH_DOB);
  }

  /** The thresholds of the curve: the floor to 1 in steps of 0.01. */
  static List<Double> thresholds() {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i <= STEPS; i++) {
      out.add(Math.round((Histogram.FROM + i * (1 - Histogram.FROM) / STEPS) * 100) / 100.0);
    }
    return out;
  }

  /** The curve of one engine. */
  static List<Point> curve(Report.EngineResult positive, Report.EngineResult clean) {
    List<Point> points = new ArrayList<>();
    for (double t : thresholds()) {
      points.add(point(positive, clean, t));
    }
    return points;
  }

  /** The point at one threshold. */
  static Point point(Report.EngineResult positive, Report.EngineResult clean, double t) {
    long found = positive.outcomes().stream().filter(o -> o.truthScore() >= t).count();
    long alerts = clean.outcomes().stream().filter(o -> o.topScore() >= t).count();
    return new Point(
        t,
        positive.outcomes().isEmpty() ? Double.NaN : (double) found / positive.outcomes().size(),
        clean.outcomes().isEmpty() ? Double.NaN : 1000.0 * alerts / clean.outcomes().size());
  }
}
