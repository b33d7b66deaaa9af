package org.mizan.lists.uk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.model.BirthDate;

/**
 * The date forms of the UK Sanctions List: {@code DD/MM/YYYY} for {@code DateGenerated}, {@code
 * DateDesignated} and {@code LastUpdated}; the same in {@code DOB}, where an unknown day or month
 * is written as the letters {@code dd} or {@code mm} ({@code dd/mm/1945}, {@code dd/07/1970}).
 * Pure.
 */
final class UkDates {
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern BIRTH =
      Pattern.compile("(\\d{1,2}|dd|DD|00|--)/(\\d{1,2}|mm|MM|00|--)/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private UkDates() {}

  /**
   * Reads {@code DD/MM/YYYY}.
   *
   * @return the date as ISO {@code YYYY-MM-DD}, or empty when the text is not that form or not a
   *     calendar date
   */
  static Optional<String> isoDate(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
                  Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(1)))
              .toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a {@code DOB}, keeping what is known: {@code 12/07/1970} is that day, {@code dd/07/1970}
   * that month, {@code dd/mm/1970} that year; a bare {@code 1970} is that year too. The letters
   * {@code dd}/{@code mm} (either case), {@code 00} and {@code --} mark an unknown day or month. A
   * day or month that makes no calendar date ({@code 31/02/1972}, {@code 12/13/1972}) leaves the
   * year alone, which still holds the true date if only the day and month were mistyped.
   *
   * @return the interval, or empty when the text is none of these forms or the year is before
   *     {@value BirthDate#EARLIEST_YEAR} (the list keeps such a value; nothing else is lost)
   */
  static Optional<BirthDate> birthDate(String text) {
    String s = text.strip();
    int year;
    String day = "dd";
    String month = "mm";
    Matcher m = BIRTH.matcher(s);
    if (m.matches()) {
      day = m.group(1);
      month = m.group(2);
      year = Integer.parseInt(m.group(3));
    } else if (YEAR.matcher(s).matches()) {
      year = Integer.parseInt(s);
    } else {
      return Optional.empty();
    }
    if (year < BirthDate.EARLIEST_YEAR) {
      return Optional.empty();
    }
    BirthDate wholeYear = BirthDate.year(year, false);
    if (!isNumber(month)) {
      return Optional.of(wholeYear);
    }
    try {
      YearMonth ym = YearMonth.of(year, Integer.parseInt(month));
      if (!isNumber(day)) {
        return Optional.of(new BirthDate(ym.atDay(1), ym.atEndOfMonth(), false));
      }
      return Optional.of(BirthDate.exact(ym.atDay(Integer.parseInt(day))));
    } catch (DateTimeException e) {
      return Optional.of(wholeYear);
    }
  }

  /** Digits other than the unknown-marker {@code 00}. */
  private static boolean isNumber(String part) {
    return part.chars().allMatch(Character::isDigit) && Integer.parseInt(part) != 0;
  }
}
