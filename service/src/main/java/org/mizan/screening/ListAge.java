package org.mizan.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mizan.model.ListVersion;

/**
 * How old a list in force is: days since its publication timestamp, or since it was stored when its
 * format states none (the OFAC SDN legacy CSV, the Mizan list CSV).
 */
public final class ListAge {
  /** Lists older than this many days draw a warning by default. */
  public static final int DEFAULT_MAX_DAYS = 30;

  private ListAge() {}

  /**
   * The list's age in whole days on {@code today}, or empty when it has neither a publication
   * timestamp ({@link #publishedAt}) nor a time it was stored.
   */
  public static Optional<Long> days(
      ListVersion version, Optional<Instant> storedAt, LocalDate today) {
    Optional<Instant> since = publishedAt(version).or(() -> storedAt);
    return since.map(i -> ChronoUnit.DAYS.between(i.atOffset(ZoneOffset.UTC).toLocalDate(), today));
  }

  /**
   * The version's publication timestamp as an instant: an ISO 8601 instant, date-time with offset,
   * date-time with a zone id ({@code …Z[UTC]}), local date-time (taken as UTC) or date (its start,
   * UTC); empty when it is none of these.
   */
  public static Optional<Instant> publishedAt(ListVersion version) {
    String text = version.published().strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      // An offset, and a zone id after it if any (2026-01-15T00:00:00Z[UTC], as ISO date-times
      // may be written and the list readers accept: a breaker's find, every date check skipped).
      return Optional.of(ZonedDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      // not with an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
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
    String label = version.label();
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
