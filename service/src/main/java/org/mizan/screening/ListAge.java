package org.mizan.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.model.ListVersion;

/**
 * How old a list in force is: days since its publication date, or since it was stored when its
 * format states no date (the OFAC SDN legacy CSV).
 */
public final class ListAge {
  /** Lists older than this many days draw a warning by default. */
  public static final int DEFAULT_MAX_DAYS = 30;

  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private ListAge() {}

  /**
   * The list's age in whole days on {@code today}, or empty when it has neither a publication date
   * (a leading ISO {@code YYYY-MM-DD} in {@link ListVersion#published()}) nor an install time.
   */
  public static Optional<Long> days(
      ListVersion version, Optional<Instant> storedAt, LocalDate today) {
    Optional<LocalDate> date = publicationDate(version);
    if (date.isEmpty()) {
      date = storedAt.map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate());
    }
    return date.map(d -> ChronoUnit.DAYS.between(d, today));
  }

  /** The leading ISO date of the version's publication timestamp, if it has one. */
  static Optional<LocalDate> publicationDate(ListVersion version) {
    Matcher m = LEADING_DATE.matcher(version.published());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The warning for a list older than {@code maxDays}, or empty. It names the source and version
   * only, never an entry.
   *
   * @param remedy what to do about it, e.g. the command that updates the list
   */
  public static Optional<String> warning(
      ListVersion version,
      Optional<Instant> storedAt,
      LocalDate today,
      int maxDays,
      String remedy) {
    Optional<Long> days = days(version, storedAt, today);
    if (days.isEmpty() || days.get() <= maxDays) {
      return Optional.empty();
    }
    String label =
        version.published().isEmpty()
            ? "sha256:" + version.sha256().substring(0, 12)
            : version.published();
    return Optional.of(
        "warning: the list "
            + version.source()
            + " in force ("
            + label
            + ") is "
            + days.get()
            + " days old (more than "
            + maxDays
            + "); "
            + remedy);
  }
}
