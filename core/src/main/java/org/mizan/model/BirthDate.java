package org.mizan.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as an inclusive interval of calendar days, which covers every form lists use.
 *
 * <p>A full date is a one-day interval; a year alone ({@code 1942}) spans that year; UN {@code
 * BETWEEN} 1964 and 1966 spans 1964-01-01..1966-12-31; UN {@code APPROXIMATELY} sets {@link
 * #approximate()}, and scoring then allows a margin of a few years around the interval.
 *
 * @param earliest first possible day, inclusive
 * @param latest last possible day, inclusive, never before {@code earliest}
 * @param approximate whether the list marks the date as approximate
 */
public record BirthDate(LocalDate earliest, LocalDate latest, boolean approximate) {
  /** The earliest year {@link #parse(String)} accepts. */
  public static final int EARLIEST_YEAR = 1800;

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public BirthDate {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "date of birth interval ends (" + latest + ") before it starts (" + earliest + ")");
    }
  }

  /** A known calendar day. */
  public static BirthDate exact(LocalDate day) {
    return new BirthDate(day, day, false);
  }

  /** A year alone. */
  public static BirthDate year(int year, boolean approximate) {
    return new BirthDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), approximate);
  }

  /** Every day from the first of {@code fromYear} to the last of {@code toYear}. */
  public static BirthDate betweenYears(int fromYear, int toYear) {
    return new BirthDate(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), false);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, from the year {@value
   * #EARLIEST_YEAR}.
   *
   * @throws IllegalArgumentException saying what is wrong when the text is not one of these forms
   *     or not a real calendar date; the message never repeats the text (it may be personal data
   *     from a misaligned column)
   */
  public static BirthDate parse(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (year < EARLIEST_YEAR) {
        throw new IllegalArgumentException(
            "not a plausible year of birth (before " + EARLIEST_YEAR + ")");
      }
      if (m.group(2) == null) {
        return year(year, false);
      }
      int monthOfYear = Integer.parseInt(m.group(2));
      if (monthOfYear < 1 || monthOfYear > 12) {
        throw new IllegalArgumentException("not a calendar date: the month must be 01 to 12");
      }
      YearMonth month = YearMonth.of(year, monthOfYear);
      if (m.group(3) == null) {
        return new BirthDate(month.atDay(1), month.atEndOfMonth(), false);
      }
      return exact(month.atDay(Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "not a calendar date: the day must be one of its month's (01 to 28, 29, 30 or 31)", e);
    }
  }

  /** The interval as text: {@code 1937-04-28}, {@code 1942}, {@code 1964..1966}, {@code ~1970}. */
  public String text() {
    String body;
    if (earliest.equals(latest)) {
      body = earliest.toString();
    } else if (earliest.getDayOfYear() == 1
        && latest.getMonthValue() == 12
        && latest.getDayOfMonth() == 31) {
      body =
          earliest.getYear() == latest.getYear()
              ? Integer.toString(earliest.getYear())
              : earliest.getYear() + ".." + latest.getYear();
    } else if (earliest.getDayOfMonth() == 1
        && YearMonth.from(earliest).equals(YearMonth.from(latest))
        && latest.equals(YearMonth.from(latest).atEndOfMonth())) {
      body = YearMonth.from(earliest).toString();
    } else {
      body = earliest + ".." + latest;
    }
    return approximate ? "~" + body : body;
  }
}
