package org.mizan.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Instants as the store writes them: ISO-8601 UTC text to the microsecond, sorting as text. */
final class Times {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  static String text(Instant at) {
    return FORMAT.format(at.truncatedTo(ChronoUnit.MICROS));
  }

  static Instant parse(String text) {
    return Instant.parse(text);
  }
}
