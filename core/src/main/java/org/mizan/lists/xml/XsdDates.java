package org.mizan.lists.xml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and date-time values of the lists in XML, as XML Schema types them ({@code xs:date},
 * {@code xs:dateTime}: W3C XML Schema Definition Language 1.1 Part 2, {@code
 * https://www.w3.org/TR/xmlschema11-2/#date}): the UN list's {@code LISTED_ON} and {@code
 * dateGenerated}, the EU FSF's {@code designationDate}, {@code birthdate} and {@code
 * generationDate}. Pure.
 */
public final class XsdDates {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");

  private XsdDates() {}

  /**
   * Reads a date {@code YYYY-MM-DD} with an optional time zone ({@code Z}, {@code +hh:mm}, {@code
   * -hh:mm}; the UN list writes {@code 2015-04-07-04:00}), which is dropped.
   *
   * @return the calendar day; empty when the text is not of that form or names no calendar day
   *     ({@code 1937-04-31})
   */
  public static Optional<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      // No such day: the caller reports the text.
      return Optional.empty();
    }
  }

  /**
   * Whether {@code text} is an ISO 8601 date-time with or without an offset, such as {@code
   * 2026-02-27T00:00:09.554Z} or {@code 2026-03-02T20:31:05.146+01:00} ({@link
   * DateTimeFormatter#ISO_DATE_TIME}).
   */
  public static boolean isDateTime(String text) {
    try {
      DateTimeFormatter.ISO_DATE_TIME.parse(text);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
