package org.mizan.store;

import java.time.Instant;
import java.util.Objects;
import org.mizan.model.ListVersion;

/**
 * One version of a list kept in the data directory.
 *
 * @param version source, publication timestamp as the list states it, and SHA-256
 * @param entries the number of entries
 * @param storedAt when this version was stored in the data directory (UTC)
 * @param origin where it came from: the file or folder given, or the address downloaded
 */
public record StoredVersion(ListVersion version, int entries, Instant storedAt, String origin) {
  public StoredVersion {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(storedAt, "storedAt");
    Objects.requireNonNull(origin, "origin");
    if (entries < 0) {
      throw new IllegalArgumentException("entries must not be negative: " + entries);
    }
  }
}
