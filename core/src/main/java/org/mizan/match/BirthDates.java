package org.mizan.match;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mizan.model.BirthDate;

/**
 * Compares dates of birth as intervals of days.
 *
 * <p>Overlapping intervals agree (score 1). An approximate list date is widened by {@value
 * #APPROXIMATE_MARGIN_YEARS} years on each side first. Otherwise the score falls linearly with the
 * gap between the intervals and reaches 0 at {@value #ZERO_AT_YEARS} years.
 */
final class BirthDates {
  static final int APPROXIMATE_MARGIN_YEARS = 2;
  static final double ZERO_AT_YEARS = 5.0;

  /** The best comparison of a query date with the listed dates. */
  record Comparison(double score, BirthDate query, BirthDate list, String detail) {}

  private BirthDates() {}

  static Comparison best(List<BirthDate> query, List<BirthDate> listed) {
    Comparison best = null;
    for (BirthDate q : query) {
      for (BirthDate l : listed) {
        Comparison c = compare(q, l);
        if (best == null || c.score() > best.score()) {
          best = c;
        }
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no dates to compare");
    }
    return best;
  }

  static Comparison compare(BirthDate query, BirthDate listed) {
    LocalDate from = listed.earliest();
    LocalDate to = listed.latest();
    if (listed.approximate()) {
      from = from.minusYears(APPROXIMATE_MARGIN_YEARS);
      to = to.plusYears(APPROXIMATE_MARGIN_YEARS);
    }
    double years;
    if (query.latest().isBefore(from)) {
      years = yearsBetween(query.latest(), from);
    } else if (to.isBefore(query.earliest())) {
      years = yearsBetween(to, query.earliest());
    } else {
      return new Comparison(
          1.0,
          query,
          listed,
          listed.approximate()
              ? "within the listed approximate date (±" + APPROXIMATE_MARGIN_YEARS + " years)"
              : "within the listed date");
    }
    double score = Math.max(0, 1 - years / ZERO_AT_YEARS);
    String detail =
        gapDays < 62
            ? gapDays + (gapDays == 1 ? " day" : " days") + " from the listed date"
            : String.format(java.util.Locale.ROOT, "%.1f years from the listed date", years);
    return new Comparison(score, query, listed, detail);
  }

  /**
   * Calendar years from {@code from} to the later {@code to}: whole years, plus the days left over
   * as a share of the year they fall in, so that the same day five years on is exactly 5 and scores
   * 0 (a fixed 365.25-day year puts it at 4.997 to 4.999 years, a score just above 0).
   */
  static double yearsBetween(LocalDate from, LocalDate to) {
    long whole = ChronoUnit.YEARS.between(from, to);
    LocalDate anniversary = from.plusYears(whole);
    long rest = ChronoUnit.DAYS.between(anniversary, to);
    long yearLength = ChronoUnit.DAYS.between(anniversary, from.plusYears(whole + 1));
    return whole + (double) rest / yearLength;
  }
}
