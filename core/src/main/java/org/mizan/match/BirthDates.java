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
 * gap between the intervals (nearest possible days) and reaches 0 at {@value #ZERO_AT_YEARS} years.
 */
final class BirthDates {
  static final int APPROXIMATE_MARGIN_YEARS = 2;
  static final double ZERO_AT_YEARS = 5.0;

  /**
   * Days that always hold {@value #ZERO_AT_YEARS} calendar years or more (five years hold at most
   * 1,827 days), so that dates this far apart score 0.
   */
  private static final long FAR_DAYS = 1_830;

  /**
   * Days by which an approximate listed date is widened at most: two calendar years hold at most
   * 731 days.
   */
  private static final long APPROXIMATE_MARGIN_DAYS = 731;

  /**
   * Weight of the date-of-birth feature when both dates are known to the day and are the same day
   * (other than 1 January, {@link #isTellingDay}), as much as the name's: the chance that two
   * people share a full date of birth is about 1 in 20,000, against 1 in 60 for a year, so a name
   * reported (at the reporting floor 0.70 or more) with that date scores {@code (name + 1) / 2},
   * 0.85 or more, an alert for a human to decide. Set on the development split (docs/matching.md,
   * "Scoring").
   */
  static final double SAME_DAY_WEIGHT = 1.0;

  /**
   * @param sameDay whether both dates are known to the day (not approximate) and are that day
   */
  record Comparison(
      double score, BirthDate query, BirthDate list, String detail, boolean sameDay) {}

  private BirthDates() {}

  /**
   * The best comparison of any query date with any listed date: the highest score, the same day
   * preferred among equals, the first pair in order among those; its explanation is written for
   * that pair alone.
   *
   * @throws IllegalArgumentException when either list is empty
   */
  static Comparison best(List<BirthDate> query, List<BirthDate> listed) {
    Agreement best = agreement(query, listed);
    return compare(best.query(), best.list());
  }

  /**
   * {@link #best} without its explanation (cheaper): the pair chosen, its score and same-day flag.
   */
  record Agreement(BirthDate query, BirthDate list, double score, boolean sameDay) {}

  /** {@link #best}'s pair, score and same-day flag, without writing its explanation. */
  static Agreement agreement(List<BirthDate> query, List<BirthDate> listed) {
    Agreement best = null;
    for (BirthDate q : query) {
      for (BirthDate l : listed) {
        double score;
        boolean day;
        if (farApart(q, l)) {
          score = 0;
          day = false;
        } else {
          LocalDate[] gap = gap(q, l);
          score = gap == null ? 1.0 : score(yearsBetween(gap[0], gap[1]));
          day = gap == null && sameDay(q, l);
        }
        if (best == null
            || score > best.score()
            || (score == best.score() && day && !best.sameDay())) {
          best = new Agreement(q, l, score, day);
        }
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no dates to compare");
    }
    return best;
  }

  /**
   * Whether the two dates are certainly far enough apart to score 0, told from their epoch days
   * alone (no date is made): what most listed people's dates are to a traveller's.
   */
  private static boolean farApart(BirthDate query, BirthDate listed) {
    return farApart(
        query.earliest().toEpochDay(),
        query.latest().toEpochDay(),
        widenedEarliest(listed),
        widenedLatest(listed));
  }

  /**
   * Whether every day from {@code queryFrom} to {@code queryTo} is certainly far enough from every
   * day from {@code listedFrom} to {@code listedTo} (epoch days, {@link #span}s, the listed one
   * widened) to score 0.
   */
  static boolean farApart(long queryFrom, long queryTo, long listedFrom, long listedTo) {
    return listedFrom - queryTo >= FAR_DAYS || queryFrom - listedTo >= FAR_DAYS;
  }

  /**
   * The first and last epoch days that any of {@code dates} allows, {@code {from, to}}; with {@code
   * listed}, each approximate date widened by at least the days of {@value
   * #APPROXIMATE_MARGIN_YEARS} years on each side, as listed dates are compared. For no dates,
   * {@code {Long.MAX_VALUE, Long.MIN_VALUE}} (from after to).
   */
  static long[] span(List<BirthDate> dates, boolean listed) {
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    for (BirthDate d : dates) {
      from = Math.min(from, listed ? widenedEarliest(d) : d.earliest().toEpochDay());
      to = Math.max(to, listed ? widenedLatest(d) : d.latest().toEpochDay());
    }
    return new long[] {from, to};
  }

  private static long widenedEarliest(BirthDate listed) {
    return listed.earliest().toEpochDay() - (listed.approximate() ? APPROXIMATE_MARGIN_DAYS : 0);
  }

  private static long widenedLatest(BirthDate listed) {
    return listed.latest().toEpochDay() + (listed.approximate() ? APPROXIMATE_MARGIN_DAYS : 0);
  }

  /**
   * The nearest days of the two intervals, the earlier first, the listed one widened when
   * approximate; null when they overlap.
   */
  private static LocalDate[] gap(BirthDate query, BirthDate listed) {
    LocalDate from = listed.earliest();
    LocalDate to = listed.latest();
    if (listed.approximate()) {
      from = from.minusYears(APPROXIMATE_MARGIN_YEARS);
      to = to.plusYears(APPROXIMATE_MARGIN_YEARS);
    }
    if (query.latest().isBefore(from)) {
      return new LocalDate[] {query.latest(), from};
    }
    if (to.isBefore(query.earliest())) {
      return new LocalDate[] {to, query.earliest()};
    }
    return null;
  }

  private static double score(double years) {
    return Math.max(0, 1 - years / ZERO_AT_YEARS);
  }

  /**
   * Whether overlapping dates are both known to the day (and so the same day), and that day tells
   * one person from another ({@link #isTellingDay}).
   */
  private static boolean sameDay(BirthDate query, BirthDate listed) {
    return !listed.approximate() && isTellingDay(query) && isTellingDay(listed);
  }

  /**
   * Whether a date is one day ({@link #isDay}) other than 1 January, which stands for an unknown
   * day and month in many identity documents, refugee registrations and list entries (37 of the 454
   * full dates of the UN list of 2026-02-27, where 1.2 would be expected): two people share it far
   * more often than once in 20,000 pairs, so it weighs as a year does.
   */
  private static boolean isTellingDay(BirthDate date) {
    return isDay(date)
        && !(date.earliest().getMonthValue() == 1 && date.earliest().getDayOfMonth() == 1);
  }

  static Comparison compare(BirthDate query, BirthDate listed) {
    boolean byYear = spansYears(query) || spansYears(listed);
    LocalDate[] gap = gap(query, listed);
    if (gap == null) {
      boolean sameDay = sameDay(query, listed);
      return new Comparison(
          1.0,
          query,
          listed,
          listed.approximate()
              ? "within the listed approximate date (±" + APPROXIMATE_MARGIN_YEARS + " years)"
              : sameDay
                  ? "the listed date, to the day"
                  : isDay(query) && isDay(listed)
                      ? "the listed date, 1 January, which often stands for an unknown day"
                      : "within the listed date",
          sameDay);
    }
    LocalDate before = gap[0];
    LocalDate after = gap[1];
    double years = yearsBetween(before, after);
    double score = score(years);
    long days = ChronoUnit.DAYS.between(before, after);
    String detail;
    if (byYear) {
      // "1970" against "1971" are adjacent intervals a day apart; say what a reader sees.
      int yearGap = after.getYear() - before.getYear();
      detail =
          Decimals.fixed(years, 1)
              + " years between the nearest possible days ("
              + yearGap
              + " calendar year"
              + (yearGap == 1 ? "" : "s")
              + " apart)";
    } else if (days < 62) {
      detail = days + (days == 1 ? " day" : " days") + " from the listed date";
    } else {
      detail = Decimals.fixed(years, 1) + " years from the listed date";
    }
    return new Comparison(score, query, listed, detail, false);
  }

  /** Whether a date is one day, not a month, year or range. */
  private static boolean isDay(BirthDate date) {
    return !date.approximate() && date.earliest().equals(date.latest());
  }

  /** Whether a date is known only to the year or more coarsely. */
  private static boolean spansYears(BirthDate date) {
    return ChronoUnit.DAYS.between(date.earliest(), date.latest()) >= 364;
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
