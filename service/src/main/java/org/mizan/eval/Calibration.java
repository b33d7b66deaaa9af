package org.mizan.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collector;
import org.mizan.screening.Screening;

/**
 * What a score means in measured precision, per engine: reported matches pooled over every positive
 * query set of a report and the clean-names sets, counted per score band and at each candidate
 * alert threshold, with the threshold where precision and recall trade best (highest F1).
 *
 * <p>A <em>true match</em> is a reported match on a right entry of a positive query; a <em>false
 * match</em> is a reported match on any other entry, whether of a positive query (another listed
 * person) or of a clean name (someone on no list). Precision = true / (true + false) matches;
 * recall at a threshold = the share of positive queries whose right entry scores at or above it (as
 * {@link Metric#RECALL_AT_THRESHOLD}). Precision therefore depends on the mix of listed and clean
 * people in the data: more clean names per listed person lowers it.
 *
 * <p>Scores are counted in {@value #BINS} bins of 0.01 from the reporting floor; bands of {@value
 * #BAND_BINS} bins (0.05) and the thresholds 0.70..0.99 are sums of bins, so memory does not grow
 * with the number of queries. Bin edges are compared exactly as the alert threshold is ({@code
 * score >= edge}), and the last bin holds 1.00 too.
 */
final class Calibration {
  static final double FROM = Screening.REPORTING_FLOOR;
  static final int BINS = 30;
  static final int BAND_BINS = 5;
  static final int BANDS = BINS / BAND_BINS;

  private static final double[] EDGES = new double[BINS];

  static {
    Arrays.setAll(EDGES, i -> Math.round((FROM + i * (1 - FROM) / BINS) * 100) / 100.0);
  }

  private Calibration() {}

  /** The lower edge of bin {@code i}, a candidate threshold: 0.70, 0.71, ..., 0.99. */
  static double edge(int i) {
    return EDGES[i];
  }

  /** The bin of a score at or above the floor; -1 below it. */
  static int bin(double score) {
    int bin = -1;
    while (bin + 1 < BINS && score >= EDGES[bin + 1]) {
      bin++;
    }
    return bin;
  }

  /**
   * Whether a query set is pooled: every positive set, and the clean-names sets; not a set whose
   * queries are a part of another's ({@link QuerySet#partOf}), which would count them twice.
   */
  static boolean pooled(QuerySet set) {
    return (set.positive() || set.suite() == Suite.CLEAN_NAMES) && set.partOf().isEmpty();
  }

  /**
   * The counts of one engine on some queries.
   *
   * @param queries queries counted
   * @param positives of them, positive queries (the rest are negatives)
   * @param trueBins true matches per bin
   * @param falseBins false matches per bin
   * @param negativeBins of them, false matches of negative queries (clean names) per bin
   * @param rightBins positive queries per bin of their best right entry's score (not reported: not
   *     counted)
   */
  record Counts(
      long queries,
      long positives,
      long[] trueBins,
      long[] falseBins,
      long[] negativeBins,
      long[] rightBins) {
    static final Counts NONE =
        new Counts(0, 0, new long[BINS], new long[BINS], new long[BINS], new long[BINS]);

    Counts {
      trueBins = checked(trueBins);
      falseBins = checked(falseBins);
      negativeBins = checked(negativeBins);
      rightBins = checked(rightBins);
      if (positives < 0 || positives > queries) {
        throw new IllegalArgumentException("positives " + positives + " of " + queries);
      }
    }

    private static long[] checked(long[] bins) {
      if (bins.length != BINS) {
        throw new IllegalArgumentException("bins: " + bins.length + ", not " + BINS);
      }
      return bins.clone();
    }

    /** These counts and {@code other}'s, summed. */
    Counts plus(Counts other) {
      return new Counts(
          queries + other.queries,
          positives + other.positives,
          sum(trueBins, other.trueBins),
          sum(falseBins, other.falseBins),
          sum(negativeBins, other.negativeBins),
          sum(rightBins, other.rightBins));
    }

    private static long[] sum(long[] a, long[] b) {
      long[] s = new long[BINS];
      Arrays.setAll(s, i -> a[i] + b[i]);
      return s;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Counts c
          && queries == c.queries
          && positives == c.positives
          && Arrays.equals(trueBins, c.trueBins)
          && Arrays.equals(falseBins, c.falseBins)
          && Arrays.equals(negativeBins, c.negativeBins)
          && Arrays.equals(rightBins, c.rightBins);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(new long[] {queries, positives})
          + 31 * Arrays.hashCode(trueBins)
          + 961 * Arrays.hashCode(falseBins)
          + 29791 * Arrays.hashCode(negativeBins)
          + 923521 * Arrays.hashCode(rightBins);
    }

    @Override
    public String toString() {
      return "Counts[queries="
          + queries
          + ", positives="
          + positives
          + ", true="
          + Arrays.toString(trueBins)
          + ", false="
          + Arrays.toString(falseBins)
          + ", negative="
          + Arrays.toString(negativeBins)
          + ", right="
          + Arrays.toString(rightBins)
          + "]";
    }
  }

  /** Adds up answers to queries; not thread-safe (one per part of a parallel stream). */
  static final class Tally {
    private long queries;
    private long positives;
    private final long[] trueBins = new long[BINS];
    private final long[] falseBins = new long[BINS];
    private final long[] negativeBins = new long[BINS];
    private final long[] rightBins = new long[BINS];

    /**
     * Counts one answer.
     *
     * @param ranked the reported matches, best first
     * @param truth the right entries (empty for a negative)
     */
    void add(List<Engine.Scored> ranked, Set<String> truth) {
      queries++;
      int right = -1;
      for (Engine.Scored s : ranked) {
        int bin = bin(s.score());
        if (bin < 0) {
          continue;
        }
        if (truth.contains(s.id())) {
          trueBins[bin]++;
          right = Math.max(right, bin);
        } else {
          falseBins[bin]++;
          if (truth.isEmpty()) {
            negativeBins[bin]++;
          }
        }
      }
      if (!truth.isEmpty()) {
        positives++;
        if (right >= 0) {
          rightBins[right]++;
        }
      }
    }

    Tally merge(Tally other) {
      queries += other.queries;
      positives += other.positives;
      for (int i = 0; i < BINS; i++) {
        trueBins[i] += other.trueBins[i];
        falseBins[i] += other.falseBins[i];
        negativeBins[i] += other.negativeBins[i];
        rightBins[i] += other.rightBins[i];
      }
      return this;
    }

    Counts counts() {
      return new Counts(queries, positives, trueBins, falseBins, negativeBins, rightBins);
    }

    /** A collector of answers, each given as its ranked matches and its truth. */
    static <T> Collector<T, Tally, Counts> collector(
        Function<T, List<Engine.Scored>> ranked, Function<T, Set<String>> truth) {
      return Collector.of(
          Tally::new,
          (t, a) -> t.add(ranked.apply(a), truth.apply(a)),
          Tally::merge,
          Tally::counts);
    }
  }

  /**
   * One score band.
   *
   * @param from its lower edge (included)
   * @param to its upper edge (excluded, but for the last band, which holds 1.00)
   * @param trueMatches true matches scoring in the band
   * @param falseMatches false matches scoring in the band
   * @param ofNegatives of them, false matches of negative queries (clean names)
   */
  record Band(double from, double to, long trueMatches, long falseMatches, long ofNegatives) {
    /** true / (true + false); NaN when the band holds no match. */
    double precision() {
      return ratio(trueMatches, trueMatches + falseMatches);
    }
  }

  /**
   * The figures at one candidate alert threshold.
   *
   * @param threshold the threshold
   * @param trueMatches true matches scoring at or above it
   * @param falseMatches false matches scoring at or above it
   * @param ofNegatives of them, false matches of negative queries (clean names)
   * @param found positive queries whose right entry scores at or above it
   * @param positives positive queries
   */
  record Point(
      double threshold,
      long trueMatches,
      long falseMatches,
      long ofNegatives,
      long found,
      long positives) {
    /** true / (true + false) matches at or above the threshold; NaN when there is none. */
    double precision() {
      return ratio(trueMatches, trueMatches + falseMatches);
    }

    /** found / positives; NaN without positive queries. */
    double recall() {
      return ratio(found, positives);
    }

    /** The harmonic mean of precision and recall; 0 when both are 0, NaN when one is undefined. */
    double f1() {
      double p = precision();
      double r = recall();
      if (Double.isNaN(p) || Double.isNaN(r)) {
        return Double.NaN;
      }
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The calibration of one engine.
   *
   * @param engine the engine's id
   * @param alertThreshold its alert threshold
   * @param runs the query sets pooled, in run order
   * @param counts the pooled counts
   */
  record Table(String engine, double alertThreshold, List<String> runs, Counts counts) {
    Table {
      runs = List.copyOf(runs);
    }

    long positiveQueries() {
      return counts.positives();
    }

    long negativeQueries() {
      return counts.queries() - counts.positives();
    }

    /** The {@value Calibration#BANDS} bands of 0.05 from the floor, lowest first. */
    List<Band> bands() {
      List<Band> bands = new ArrayList<>(BANDS);
      for (int b = 0; b < BANDS; b++) {
        long t = 0;
        long f = 0;
        long n = 0;
        for (int i = b * BAND_BINS; i < (b + 1) * BAND_BINS; i++) {
          t += counts.trueBins()[i];
          f += counts.falseBins()[i];
          n += counts.negativeBins()[i];
        }
        double to = b == BANDS - 1 ? 1.0 : edge((b + 1) * BAND_BINS);
        bands.add(new Band(edge(b * BAND_BINS), to, t, f, n));
      }
      return bands;
    }

    /** The figures at each candidate threshold, 0.70 to 0.99 in steps of 0.01. */
    List<Point> points() {
      List<Point> points = new ArrayList<>(BINS);
      long t = 0;
      long f = 0;
      long n = 0;
      long found = 0;
      for (int i = BINS - 1; i >= 0; i--) {
        t += counts.trueBins()[i];
        f += counts.falseBins()[i];
        n += counts.negativeBins()[i];
        found += counts.rightBins()[i];
        points.add(new Point(edge(i), t, f, n, found, counts.positives()));
      }
      Collections.reverse(points);
      return points;
    }

    /** The candidate threshold of highest F1 (the lowest of equals); empty when F1 is undefined. */
    Optional<Point> bestF1() {
      Point best = null;
      for (Point p : points()) {
        if (!Double.isNaN(p.f1()) && (best == null || p.f1() > best.f1())) {
          best = p;
        }
      }
      return Optional.ofNullable(best);
    }

    /** The figures at the engine's alert threshold, when it is a candidate threshold. */
    Optional<Point> atAlertThreshold() {
      return points().stream().filter(p -> p.threshold() == alertThreshold).findFirst();
    }

    /** One paragraph on what was pooled and what precision depends on, for both report files. */
    String description() {
      return String.format(
          Locale.ROOT,
          "Reported matches (at or above the reporting floor) pooled over %d query sets: every"
              + " positive set of this run, whatever its evidence (name only, with date of birth,"
              + " with nationality: a listed person queried both ways counts twice), and the"
              + " clean-names sets%s. %d positive queries (listed people) and %d negative queries"
              + " (clean names). A true match is a right entry of a positive query; a false match"
              + " is any other entry, of a positive or a negative query. Precision = true / (true +"
              + " false) depends on this mix of listed and clean people: more clean names per"
              + " listed person lower it. Recall at a threshold is the share of positive queries"
              + " whose right entry scores at or above it.",
          runs.size(),
          negativeQueries() == 0 ? " (none in this run)" : "",
          positiveQueries(),
          negativeQueries());
    }
  }

  /** The calibration of each engine of the report, in engine order; empty without positive sets. */
  static List<Table> of(Report report) {
    List<Report.Run> runs = report.runs().stream().filter(r -> pooled(r.set())).toList();
    if (runs.stream().noneMatch(r -> r.set().positive())) {
      return List.of();
    }
    List<String> names = runs.stream().map(r -> r.set().name()).toList();
    List<Table> tables = new ArrayList<>();
    for (Report.EngineInfo e : report.engines()) {
      Counts pooled = Counts.NONE;
      for (Report.Run run : runs) {
        pooled = pooled.plus(run.result(e.id()).calibration());
      }
      tables.add(new Table(e.id(), e.threshold(), names, pooled));
    }
    return tables;
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
