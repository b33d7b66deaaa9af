package org.mizan.lists.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.model.BirthDate;

/**
 * The dates of birth OFAC writes in remarks after {@code DOB}: {@code 12 Mar 1973}, {@code Mar
 * 1973}, {@code 1973}, each optionally after {@code circa} (approximate), and ranges {@code A to B}
 * or {@code circa 1960-1962}. Pure.
 */
final class BirthDates {
  private static final Pattern DAY = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3}) )?(\\d{4})");
  private static final Pattern YEARS = Pattern.compile("(\\d{4}) ?- ?(\\d{4})");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private BirthDates() {}

  /**
   * Reads the text after {@code DOB}; empty when it is no form above or no calendar date (the
   * remarks keep it as written).
   */
  static Optional<BirthDate> parse(String text) {
    String s = text.strip();
    boolean approximate = false;
    if (s.toLowerCase(Locale.ROOT).startsWith("circa ")) {
      approximate = true;
      s = s.substring("circa ".length()).strip();
    }
    Matcher years = YEARS.matcher(s);
    String from = s;
    String to = s;
    if (years.matches()) {
      from = years.group(1);
      to = years.group(2);
    } else {
      int sep = s.indexOf(" to ");
      if (sep > 0) {
        from = s.substring(0, sep);
        to = s.substring(sep + " to ".length());
      }
    }
    Optional<BirthDate> first = one(from);
    Optional<BirthDate> last = one(to);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    LocalDate earliest = first.get().earliest();
    LocalDate latest = last.get().latest();
    if (latest.isBefore(earliest)) {
      return Optional.empty();
    }
    return Optional.of(new BirthDate(earliest, latest, approximate));
  }

  private static Optional<BirthDate> one(String text) {
    Matcher m = DAY.matcher(text.strip());
    if (!m.matches() || (m.group(1) != null && m.group(2) == null)) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(3));
      if (year < BirthDate.EARLIEST_YEAR) {
        return Optional.empty();
      }
      if (m.group(2) == null) {
        return Optional.of(BirthDate.year(year, false));
      }
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month == null) {
        return Optional.empty();
      }
      YearMonth ym = YearMonth.of(year, month);
      if (m.group(1) == null) {
        return Optional.of(new BirthDate(ym.atDay(1), ym.atEndOfMonth(), false));
      }
      return Optional.of(BirthDate.exact(ym.atDay(Integer.parseInt(m.group(1)))));
    } catch (DateTimeException e) {
      // Not a calendar day (31 Feb): the remark stays in the comments only.
      return Optional.empty();
    }
  }
}
