package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.model.BirthDate;

/**
 * Dates of birth compared as intervals of days: 1 when they overlap, falling linearly with the
 * years between the intervals, 0 from five years apart.
 */
class BirthDatesTest {

  private static double score(BirthDate query, BirthDate listed) {
    return BirthDates.compare(query, listed).score();
  }

  private static double score(String query, String listed) {
    return score(BirthDate.parse(query), BirthDate.parse(listed));
  }

  @ParameterizedTest(name = "{0} vs {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # overlap: 1
          1937-04-28 | 1937-04-28 | 1.0
          1937       | 1937-04-28 | 1.0
          1937-04-28 | 1937       | 1.0
          1937-04    | 1937-04-28 | 1.0
          1937       | 1937-12    | 1.0
          1937-12-31 | 1937       | 1.0
          # exact dates: 1 year apart 0.8, 2.5 years 0.5, 5 years and more 0
          1970-06-01 | 1971-06-01 | 0.8
          1971-06-01 | 1970-06-01 | 0.8
          1970-01-01 | 1972-07-02 | 0.5
          1970-06-01 | 1975-06-01 | 0.0
          1970-01-01 | 1975-01-01 | 0.0
          1965-06-01 | 1960-06-01 | 0.0
          1950-01-01 | 1990-01-01 | 0.0
          # a day apart: all but equal
          1970-12-31 | 1971-01-01 | 1.0
          # year-only dates: the gap is between the intervals (1970 and 1972 have 1971 between them)
          1970       | 1972       | 0.8
          1970       | 1976       | 0.0
          1970-12    | 1972-01-01 | 0.8
          """)
  void gapBetweenIntervals(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(0.002));
  }

  /** Regression: a fixed 365.25-day year left dates five calendar years apart at 0.0001. */
  @Test
  void fiveCalendarYearsApartScoreExactlyZero() {
    assertThat(score("1970-01-01", "1975-01-01")).isZero();
    assertThat(score("1960-06-01", "1965-06-01")).isZero();
    assertThat(score("2000-02-29", "2005-03-01")).isZero();
    assertThat(score("1970-01-02", "1975-01-01")).isGreaterThan(0);
  }

  @Test
  void yearsBetweenCountsCalendarYears() {
    assertThat(BirthDates.yearsBetween(LocalDate.of(1970, 6, 1), LocalDate.of(1971, 6, 1)))
        .isEqualTo(1.0);
    assertThat(BirthDates.yearsBetween(LocalDate.of(1970, 1, 1), LocalDate.of(1970, 7, 2)))
        .isCloseTo(0.5, within(0.003));
    assertThat(BirthDates.yearsBetween(LocalDate.of(1970, 1, 1), LocalDate.of(1970, 1, 1)))
        .isZero();
  }

  @Test
  void scoreFallsWithTheGap() {
    BirthDate listed = BirthDate.exact(LocalDate.of(1970, 6, 1));
    double previous = 1.0;
    for (int days = 0; days <= 6 * 366; days += 30) {
      double s = score(BirthDate.exact(LocalDate.of(1970, 6, 1).plusDays(days)), listed);
      assertThat(s).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = s;
    }
    assertThat(previous).isZero();
  }

  @ParameterizedTest(name = "{0} vs ~{1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # UN APPROXIMATELY 1970: 1968..1972 overlaps
          1968-01-01 | 1970 | 1.0
          1972-12-31 | 1970 | 1.0
          1972       | 1970 | 1.0
          1968       | 1970 | 1.0
          1967-12-31 | 1970 | 1.0
          # beyond the margin, the gap counts from the widened interval
          1974-01-01 | 1970 | 0.8
          1966-12-31 | 1970 | 0.8
          1978-01-01 | 1970 | 0.0
          """)
  void approximateListDatesAreWidenedByTwoYears(String query, int listedYear, double expected) {
    BirthDate approximate = BirthDate.year(listedYear, true);
    assertThat(score(BirthDate.parse(query), approximate)).isCloseTo(expected, within(0.002));
  }

  @Test
  void approximationWidensOnlyTheListedDate() {
    // the same year, not marked approximate, is not widened
    assertThat(score("1972-01-01", "1970")).isCloseTo(0.8, within(0.002));
    assertThat(score(BirthDate.parse("1972-01-01"), BirthDate.year(1970, true))).isEqualTo(1.0);
    // nor is an approximate query date
    assertThat(score(BirthDate.year(1973, true), BirthDate.parse("1970-12-31")))
        .isCloseTo(0.6, within(0.002));
    assertThat(BirthDates.APPROXIMATE_MARGIN_YEARS).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} vs BETWEEN 1964 AND 1966 = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1964-01-01 | 1.0
          1965       | 1.0
          1966-12-31 | 1.0
          1968-01-01 | 0.8
          1963-01-01 | 0.8
          1972-01-01 | 0.0
          1958       | 0.0
          """)
  void betweenRanges(String query, double expected) {
    assertThat(score(BirthDate.parse(query), BirthDate.betweenYears(1964, 1966)))
        .isCloseTo(expected, within(0.002));
  }

  @Test
  void bestOfSeveralDatesCounts() {
    List<BirthDate> listed =
        List.of(BirthDate.parse("1959"), BirthDate.parse("1964-09-18"), BirthDate.parse("1961-08"));
    BirthDates.Comparison c = BirthDates.best(List.of(BirthDate.parse("1964-09-18")), listed);
    assertThat(c.score()).isEqualTo(1.0);
    assertThat(c.list().text()).isEqualTo("1964-09-18");

    BirthDates.Comparison near =
        BirthDates.best(List.of(BirthDate.parse("1950"), BirthDate.parse("1962-08-31")), listed);
    assertThat(near.query().text()).isEqualTo("1962-08-31");
    assertThat(near.list().text()).isEqualTo("1961-08");
    assertThat(near.score()).isCloseTo(0.8, within(0.002));
  }

  /**
   * The agreement without explanation gives the best comparison's score and same-day flag, on the
   * listed dates of every UN excerpt individual against query dates a day, years and decades away.
   */
  @Test
  void theAgreementIsTheBestComparisonsScoreAndDay() {
    int compared = 0;
    int sameDay = 0;
    for (org.mizan.model.ListEntry e : org.mizan.lists.un.Excerpt.LIST.entries()) {
      List<BirthDate> listed = e.birthDates();
      if (listed.isEmpty()) {
        continue;
      }
      for (BirthDate d : listed) {
        for (int days : new int[] {0, 1, -40, 400, -900, 1800, 7300}) {
          for (BirthDate q :
              List.of(
                  new BirthDate(d.earliest().plusDays(days), d.earliest().plusDays(days), false),
                  new BirthDate(d.earliest().plusDays(days), d.latest().plusDays(days), false),
                  BirthDate.parse(String.valueOf(d.earliest().plusDays(days).getYear())))) {
            BirthDates.Comparison best = BirthDates.best(List.of(q), listed);
            BirthDates.Agreement a = BirthDates.agreement(List.of(q), listed);
            assertThat(a.score()).isEqualTo(best.score());
            assertThat(a.sameDay()).isEqualTo(best.sameDay());
            compared++;
            sameDay += a.sameDay() ? 1 : 0;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(300);
    assertThat(sameDay).isGreaterThan(5);
    assertThatThrownBy(() -> BirthDates.agreement(List.of(), List.of(BirthDate.parse("1970"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Dates about five years apart, where the score reaches 0, on either side of listed dates known
   * to the day and approximate ones (widened by two years), across leap years: the agreement's
   * quick test of dates far apart never gives 0 where the comparison gives more.
   */
  @Test
  void theAgreementScoresDatesAboutFiveYearsApartAsTheComparisonDoes() {
    int positive = 0;
    int zero = 0;
    for (String listedText : List.of("1972-02-29", "1970-03-01", "1968", "1975-12-31")) {
      for (boolean approximate : new boolean[] {false, true}) {
        BirthDate parsed = BirthDate.parse(listedText);
        BirthDate listed = new BirthDate(parsed.earliest(), parsed.latest(), approximate);
        for (int years : new int[] {5, 7}) {
          for (int sign : new int[] {-1, 1}) {
            for (int days = -400; days <= 400; days++) {
              LocalDate base =
                  sign < 0 ? listed.earliest().minusYears(years) : listed.latest().plusYears(years);
              LocalDate day = base.plusDays(days);
              BirthDate q = new BirthDate(day, day, false);
              double expected = BirthDates.compare(q, listed).score();
              assertThat(BirthDates.agreement(List.of(q), List.of(listed)).score())
                  .as("%s against %s%s", day, listedText, approximate ? " (approximate)" : "")
                  .isEqualTo(expected);
              if (expected > 0) {
                positive++;
              } else {
                zero++;
              }
            }
          }
        }
      }
    }
    assertThat(positive).isGreaterThan(1_000);
    assertThat(zero).isGreaterThan(1_000);
  }

  @Test
  void theExplanationSaysHowFarApart() {
    assertThat(BirthDates.compare(BirthDate.parse("1965"), BirthDate.parse("1965-03-02")).detail())
        .isEqualTo("within the listed date");
    assertThat(
            BirthDates.compare(BirthDate.parse("1970-06-01"), BirthDate.parse("1972-06-01"))
                .detail())
        .isEqualTo("2.0 years from the listed date");
  }

  @Test
  void noDatesToCompareIsAnError() {
    assertThatThrownBy(() -> BirthDates.best(List.of(), List.of(BirthDate.parse("1970"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
