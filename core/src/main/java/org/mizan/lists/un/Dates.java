package org.mizan.lists.un;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.lists.xml.Field;
import org.mizan.lists.xml.Group;
import org.mizan.lists.xml.XsdDates;
import org.mizan.model.BirthDate;

/**
 * The date forms of the UN list: {@code INDIVIDUAL_DATE_OF_BIRTH} blocks, alias dates of birth and
 * {@code LISTED_ON} (an {@code xs:date}, read by {@link XsdDates}). Pure functions; a malformed
 * value throws {@link BadValue} naming the field.
 *
 * <p>Date-of-birth forms found in the 2026-02-27 list (919 blocks): {@code EXACT} with {@code DATE}
 * (453) or {@code YEAR} (261); {@code APPROXIMATELY} with {@code YEAR} (116); {@code BETWEEN} with
 * {@code FROM_YEAR}/{@code TO_YEAR} (31, of which 8 carry {@code NOTE} "Approximately"); an empty
 * {@code TYPE_OF_DATE} with nothing else (49); and {@code EXACT} or {@code APPROXIMATELY} with only
 * a {@code NOTE} (7): "Nov. 1973", "August 1961", "Between Aug. and Sep. 1977" are read as month
 * intervals, the rest ("24/06/1402 (Hijri Calendar)", "30-35 years old") give no date.
 */
final class Dates {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern MONTH_YEAR =
      Pattern.compile(MONTH + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN_MONTHS =
      Pattern.compile(
          "between\\s+" + MONTH + "\\s+and\\s+" + MONTH + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private Dates() {}

  /**
   * Reads one {@code INDIVIDUAL_DATE_OF_BIRTH} block.
   *
   * @return the date, or empty when the block states none (empty {@code TYPE_OF_DATE}, or a note
   *     that is no Gregorian month or day)
   * @throws BadValue on an unknown {@code TYPE_OF_DATE}, a missing {@code FROM_YEAR}/{@code
   *     TO_YEAR}, or a value that is not a date or four-digit year
   */
  static Optional<BirthDate> birthDate(Group block) {
    String type = block.text("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
    switch (type) {
      case "":
      case "EXACT":
      case "APPROXIMATELY":
        return pointDate(block, type.equals("APPROXIMATELY"));
      case "BETWEEN":
        return Optional.of(between(block));
      default:
        throw new BadValue(
            block.field("TYPE_OF_DATE").orElseThrow(),
            "unknown TYPE_OF_DATE '" + type + "' (expected EXACT, APPROXIMATELY or BETWEEN)");
    }
  }

  private static Optional<BirthDate> pointDate(Group block, boolean approximate) {
    Optional<Field> date = nonEmpty(block, "DATE");
    if (date.isPresent()) {
      BirthDate day = day(date.get());
      return Optional.of(new BirthDate(day.earliest(), day.latest(), approximate));
    }
    Optional<Field> year = nonEmpty(block, "YEAR");
    if (year.isPresent()) {
      return Optional.of(BirthDate.year(year(year.get()), approximate));
    }
    return monthsInNote(block.text("NOTE"), approximate);
  }

  private static BirthDate between(Group block) {
    Field from = required(block, "FROM_YEAR");
    Field to = required(block, "TO_YEAR");
    int first = year(from);
    int last = year(to);
    if (last < first) {
      throw new BadValue(to, "TO_YEAR " + last + " is before FROM_YEAR " + first);
    }
    boolean approximate = block.text("NOTE").equalsIgnoreCase("approximately");
    BirthDate years = BirthDate.betweenYears(first, last);
    return new BirthDate(years.earliest(), years.latest(), approximate);
  }

  /**
   * Reads an alias's {@code DATE_OF_BIRTH}: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   */
  static BirthDate day(Field field) {
    try {
      return BirthDate.parse(field.text());
    } catch (IllegalArgumentException e) {
      throw new BadValue(field, "'" + field.text() + "' is " + e.getMessage());
    }
  }

  private static int year(Field field) {
    String text = field.text();
    if (!YEAR.matcher(text).matches()) {
      throw new BadValue(field, "year '" + text + "' is not four digits");
    }
    return Integer.parseInt(text);
  }

  /** "Nov. 1973", "August 1961", "Between Aug. and Sep. 1977"; anything else gives no date. */
  static Optional<BirthDate> monthsInNote(String note, boolean approximate) {
    Matcher one = MONTH_YEAR.matcher(note);
    if (one.matches()) {
      YearMonth month = YearMonth.of(Integer.parseInt(one.group(2)), month(one.group(1)));
      return Optional.of(new BirthDate(month.atDay(1), month.atEndOfMonth(), approximate));
    }
    Matcher two = BETWEEN_MONTHS.matcher(note);
    if (two.matches()) {
      int year = Integer.parseInt(two.group(3));
      YearMonth first = YearMonth.of(year, month(two.group(1)));
      YearMonth last = YearMonth.of(year, month(two.group(2)));
      if (!last.isBefore(first)) {
        return Optional.of(new BirthDate(first.atDay(1), last.atEndOfMonth(), approximate));
      }
    }
    return Optional.empty();
  }

  private static int month(String abbreviation) {
    return MONTHS.indexOf(abbreviation.toLowerCase(Locale.ROOT)) + 1;
  }

  /**
   * Reads {@code LISTED_ON}: an XML Schema date, {@code YYYY-MM-DD} with an optional time-zone
   * suffix (ten entries carry {@code -04:00}), given back as {@code YYYY-MM-DD}; empty stays empty.
   */
  static String listedOn(Field field) {
    String text = field.text();
    if (text.isEmpty()) {
      return "";
    }
    return XsdDates.date(text)
        .map(LocalDate::toString)
        .orElseThrow(
            () -> new BadValue(field, "date '" + text + "' is not a calendar date YYYY-MM-DD"));
  }

  private static Optional<Field> nonEmpty(Group block, String name) {
    return block.field(name).filter(f -> !f.text().isEmpty());
  }

  private static Field required(Group block, String name) {
    return nonEmpty(block, name)
        .orElseThrow(
            () ->
                new BadValue(
                    new Field(block.path() + "/" + name, "", block.line(), block.column()),
                    "BETWEEN needs " + name));
  }
}
