package org.mizan.paxlst;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dates as passenger messages send them: UN/EDIFACT DTM values with format qualifiers 101 ({@code
 * YYMMDD}), 102 ({@code CCYYMMDD}), 201 ({@code YYMMDDHHMM}), 203 ({@code CCYYMMDDHHMM}) (UNTDID
 * 2379), and the PNR forms {@code DDMMYY} (TVL) and {@code DDMMMYY} (SSR DOCS, e.g. {@code
 * 12JUL64}).
 */
final class EdifactDates {
  private EdifactDates() {}

  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  /** A date beyond any expiry: two-digit years are then 20YY. */
  static final LocalDate FAR = LocalDate.of(2099, 12, 31);

  /** The formats (UNTDID 2379) a date of birth is read in: a day, or a year alone. */
  private static final Set<String> BIRTH_DATE_FORMATS = Set.of("101", "102", "602");

  /**
   * The earliest year of birth read (as {@code mizan screen --dob} accepts): an earlier one is a
   * misread or a bad century.
   */
  static final int EARLIEST_YEAR = 1800;

  /** Whether {@code date} is before {@link #EARLIEST_YEAR}, so no date of birth. */
  static boolean beforeEarliestYear(LocalDate date) {
    return date.getYear() < EARLIEST_YEAR;
  }

  /**
   * The day of a two-digit year in the century that puts it on or before {@code latest} (a date of
   * birth is never after the message that reports it).
   *
   * @throws java.time.DateTimeException when that day does not exist (29 February 00 before 2000)
   */
  static LocalDate day(int yy, int month, int day, LocalDate latest) {
    LocalDate d = LocalDate.of(latest.getYear() / 100 * 100 + yy, month, day);
    // Built again, not minusYears: 29 February 2000 is no day of 1900 (minusYears gives the 28th).
    return d.isAfter(latest) ? LocalDate.of(d.getYear() - 100, month, day) : d;
  }

  /** A DTM date (101 or 102, or by length when the format is not sent). */
  static Optional<LocalDate> date(String value, String format, LocalDate latest) {
    String v = value.strip();
    if (!v.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      if (v.length() == 6 && (format.isEmpty() || format.equals("101"))) {
        return Optional.of(day(num(v, 0, 2), num(v, 2, 4), num(v, 4, 6), latest));
      }
      if (v.length() == 8 && (format.isEmpty() || format.equals("102"))) {
        return Optional.of(LocalDate.of(num(v, 0, 4), num(v, 4, 6), num(v, 6, 8)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * A date of birth as ISO 8601 text: a day (formats 101, 102) or a year alone (602, {@code CCYY}),
   * from 1800 and never after {@code latest}.
   */
  static Optional<String> birthDate(String value, String format, LocalDate latest) {
    String v = value.strip();
    if (v.length() == 4 && (format.isEmpty() || format.equals("602"))) {
      if (!v.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      int year = num(v, 0, 4);
      return year >= EARLIEST_YEAR && year <= latest.getYear() ? Optional.of(v) : Optional.empty();
    }
    return date(v, format, latest)
        .filter(d -> !beforeEarliestYear(d) && !d.isAfter(latest))
        .map(LocalDate::toString);
  }

  /**
   * The date of a date of birth sent as a date and time ({@code 201} {@code YYMMDDHHMM}, {@code
   * 203} {@code CCYYMMDDHHMM}) with a valid time, read as {@link #birthDate} reads the date alone;
   * empty for any other format or value.
   */
  static Optional<String> birthDateOfDateTime(String value, String format, LocalDate latest) {
    String v = value.strip();
    boolean short201 = format.equals("201") && v.length() == 10;
    boolean long203 = format.equals("203") && v.length() == 12;
    if (!(short201 || long203) || dateTime(v, format, latest).isEmpty()) {
      return Optional.empty();
    }
    return short201
        ? birthDate(v.substring(0, 6), "101", latest)
        : birthDate(v.substring(0, 8), "102", latest);
  }

  /**
   * Why {@link #birthDate} reads no date of birth from {@code value}, in words that follow "the
   * date of birth": it is no date, it is after {@code latest} (named as {@code latestText}), or it
   * is before 1800.
   */
  static String birthDateProblem(String value, String format, LocalDate latest, String latestText) {
    String v = value.strip();
    if (!format.isEmpty() && !BIRTH_DATE_FORMATS.contains(format)) {
      // A code is quoted only when it looks like one: the field may hold anything, a name too.
      return "is in "
          + (format.matches("[0-9A-Za-z]{1,3}")
              ? "format " + format
              : "a format that is no code (" + format.length() + " characters)")
          + ", not one a date of birth is read in (101 YYMMDD, 102 CCYYMMDD, 602 CCYY)";
    }
    Optional<LocalDate> date;
    if (v.length() == 4 && (format.isEmpty() || format.equals("602"))) {
      date =
          v.chars().allMatch(Character::isDigit)
              ? Optional.of(LocalDate.of(num(v, 0, 4), 1, 1))
              : Optional.empty();
    } else {
      date = date(v, format, latest);
    }
    if (date.isEmpty()) {
      return "is not a date (YYMMDD, CCYYMMDD or CCYY expected)";
    }
    return date.get().getYear() < EARLIEST_YEAR
        ? "is before " + EARLIEST_YEAR
        : "is after " + latestText;
  }

  /** A DTM date and time (201 or 203, or by length), or a date alone at midnight. */
  static Optional<LocalDateTime> dateTime(String value, String format, LocalDate latest) {
    String v = value.strip();
    if (!v.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      if (v.length() == 10 && (format.isEmpty() || format.equals("201"))) {
        return Optional.of(
            LocalDateTime.of(
                2000 + num(v, 0, 2), num(v, 2, 4), num(v, 4, 6), num(v, 6, 8), num(v, 8, 10)));
      }
      if (v.length() == 12 && (format.isEmpty() || format.equals("203"))) {
        return Optional.of(
            LocalDateTime.of(
                num(v, 0, 4), num(v, 4, 6), num(v, 6, 8), num(v, 8, 10), num(v, 10, 12)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return date(v, format, latest).map(LocalDate::atStartOfDay);
  }

  /** A PNR date {@code DDMMYY} with an optional time {@code HHMM} (TVL, DAT). */
  static Optional<LocalDateTime> ddmmyy(String date, String time) {
    String d = date.strip();
    String t = time.strip();
    if (d.length() != 6 || !d.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.of(2000 + num(d, 4, 6), num(d, 2, 4), num(d, 0, 2));
      if (t.length() == 4 && t.chars().allMatch(Character::isDigit)) {
        return Optional.of(day.atTime(LocalTime.of(num(t, 0, 2), num(t, 2, 4))));
      }
      return Optional.of(day.atStartOfDay());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** An SSR DOCS date {@code DDMMMYY} ({@code 12JUL64}), on or before {@code latest}. */
  static Optional<LocalDate> ddmmmyy(String value, LocalDate latest) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (v.length() != 7
        || !v.substring(0, 2).chars().allMatch(Character::isDigit)
        || !v.substring(5).chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int month = MONTHS.indexOf(v.substring(2, 5));
    if (month < 0 || month % 3 != 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(day(num(v, 5, 7), month / 3 + 1, num(v, 0, 2), latest));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** ISO 8601 text of a date-time, without seconds. */
  static String iso(LocalDateTime t) {
    return t.toLocalDate() + "T" + t.toLocalTime().toString().substring(0, 5);
  }

  private static int num(String s, int from, int to) {
    return Integer.parseInt(s.substring(from, to));
  }
}
