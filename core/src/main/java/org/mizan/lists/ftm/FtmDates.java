package org.mizan.lists.ftm;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.model.BirthDate;

/**
 * FollowTheMoney dates: ISO 8601 prefixes of any precision, {@code YYYY}, {@code YYYY-MM}, {@code
 * YYYY-MM-DD}, optionally followed by a time ({@code 2015-03-27T04:00}). Pure.
 *
 * <p>A value that is none of these, or no calendar date, or a year of birth before {@value
 * BirthDate#EARLIEST_YEAR}, gives no date: the entry is kept without it (as the UN parser keeps an
 * entry whose date-of-birth note is no Gregorian date), never failing the list.
 */
final class FtmDates {
  private static final Pattern PREFIX = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T.*)?");

  private FtmDates() {}

  /** A {@code birthDate} value as an interval: a year, a month or a day. */
  static Optional<BirthDate> birthDate(String value) {
    Matcher m = PREFIX.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(BirthDate.parse(m.group(1)));
    } catch (IllegalArgumentException e) {
      // Not a calendar date or an implausible year: documented as giving no date.
      return Optional.empty();
    }
  }

  /** The calendar day ({@code YYYY-MM-DD}) a value names, empty when it names a year or month. */
  static Optional<String> day(String value) {
    Matcher m = PREFIX.matcher(value.strip());
    if (!m.matches() || m.group(1).length() != "YYYY-MM-DD".length()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)).toString());
    } catch (DateTimeException e) {
      // 2020-02-30 and the like: no day.
      return Optional.empty();
    }
  }

  /**
   * A metadata timestamp ({@code last_seen}): an ISO 8601 date-time, with or without an offset
   * (OpenSanctions writes {@code 2026-02-27T06:12:44}, in UTC).
   *
   * @return the instant, reading a time without offset as UTC; empty when the text is no ISO
   *     date-time
   */
  static Optional<Instant> timestamp(String value) {
    try {
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(value.strip());
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Optional.of(Instant.from(t));
      }
      return Optional.of(LocalDateTime.from(t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      // Reported by the caller, which knows where the value is.
      return Optional.empty();
    }
  }
}
