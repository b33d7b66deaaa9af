package org.mizan.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the report, each a ratio of sums over queries (see {@link Bootstrap}), with the
 * query sets it applies to.
 */
enum Metric {
  RECALL_AT_1(
      "recall_at_1", "share of queries whose right entry ranks first", Applies.POSITIVE, 1) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.rank() == 1 ? 1 : 0;
    }
  },
  RECALL_AT_10(
      "recall_at_10",
      "share of queries whose right entry is among the first ten",
      Applies.POSITIVE,
      1) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.rank() >= 1 && o.rank() <= 10 ? 1 : 0;
    }
  },
  RECALL_AT_THRESHOLD(
      "recall_at_threshold",
      "share of queries whose right entry is a hit (scores at or above the alert threshold)",
      Applies.POSITIVE,
      1) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.truthScore() >= threshold ? 1 : 0;
    }
  },
  MRR(
      "mrr",
      "mean reciprocal rank of the right entry (0 when it is not reported)",
      Applies.POSITIVE,
      1) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.rank() > 0 ? 1.0 / o.rank() : 0;
    }
  },
  OTHER_HITS_PER_1000(
      "other_hits_per_1000",
      "queries, per 1,000, with a hit on an entry that is not the right one",
      Applies.POSITIVE,
      1000) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.otherHit() ? 1 : 0;
    }
  },
  ALERTS_PER_1000(
      "alerts_per_1000",
      "queries, per 1,000, with at least one hit (false alerts: the people are on no list, or,"
          + " for the date rule's names, are not the listed person of that name)",
      Applies.NEGATIVE,
      1000) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.hit(threshold) ? 1 : 0;
    }
  },
  CONFLICTING_HITS_PER_1000(
      "conflicting_hits_per_1000",
      "queries, per 1,000, with a hit on an entry that the query's date of birth rules out (every"
          + " date it lists at least 10 years away; only for query sets that say which entries"
          + " those are)",
      Applies.CONFLICTS,
      1000) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.conflictingHit() ? 1 : 0;
    }
  },
  TIED_AT_TOP(
      "tied_at_top",
      "share of the queries with a hit whose best score is shared by two or more entries (the"
          + " order among them is then the tie-break, not evidence)",
      Applies.BOTH,
      1) {
    @Override
    double numerator(Outcome o, double threshold) {
      return o.hit(threshold) && o.topTied() ? 1 : 0;
    }

    @Override
    double denominator(Outcome o, double threshold) {
      return o.hit(threshold) ? 1 : 0;
    }
  };

  private enum Applies {
    POSITIVE,
    NEGATIVE,
    BOTH,
    // Negatives whose queries say which entries their evidence rules out.
    CONFLICTS
  }

  private final String id;
  private final String description;
  private final Applies applies;
  private final double scale;

  Metric(String id, String description, Applies applies, double scale) {
    this.id = id;
    this.description = description;
    this.applies = applies;
    this.scale = scale;
  }

  /** The figure's key in {@code report.json}. */
  String id() {
    return id;
  }

  /** What the figure counts, one sentence. */
  String description() {
    return description;
  }

  /**
   * Whether the figure is reported for a positive (or a negative) query set, {@code conflicts}
   * telling whether its queries say which entries their evidence rules out ({@link
   * LabelledQuery#conflicting}).
   */
  boolean appliesTo(boolean positive, boolean conflicts) {
    if (applies == Applies.CONFLICTS) {
      return !positive && conflicts;
    }
    return applies == Applies.BOTH || (applies == Applies.POSITIVE) == positive;
  }

  abstract double numerator(Outcome o, double threshold);

  double denominator(Outcome o, double threshold) {
    return 1;
  }

  /** The figure and its bootstrap interval over these outcomes. */
  Estimate estimate(List<Outcome> outcomes, double threshold, EvalSettings settings) {
    double[] num = new double[outcomes.size()];
    double[] den = new double[outcomes.size()];
    for (int i = 0; i < num.length; i++) {
      num[i] = numerator(outcomes.get(i), threshold);
      den[i] = denominator(outcomes.get(i), threshold);
    }
    return Bootstrap.estimate(
        num, den, scale, settings.resamples(), settings.seed(), settings.confidence());
  }

  /** Every figure that applies to the query set, in declaration order. */
  static Map<Metric, Estimate> all(
      List<Outcome> outcomes, boolean positive, double threshold, EvalSettings settings) {
    return all(outcomes, positive, false, threshold, settings);
  }

  /**
   * Every figure that applies to the query set, in declaration order; {@code conflicts} as for
   * {@link #appliesTo(boolean, boolean)}.
   */
  static Map<Metric, Estimate> all(
      List<Outcome> outcomes,
      boolean positive,
      boolean conflicts,
      double threshold,
      EvalSettings settings) {
    Map<Metric, Estimate> figures = new LinkedHashMap<>();
    for (Metric m : values()) {
      if (m.appliesTo(positive, conflicts)) {
        figures.put(m, m.estimate(outcomes, threshold, settings));
      }
    }
    return figures;
  }
}
