package org.mizan.store;

import java.time.Instant;
import java.util.Objects;
import org.mizan.model.ListVersion;

/**
 * One version of a list kept in the data directory.
 *
 * @param version source, publication timestamp as the list states it, and SHA-256
 * @param entries the number of entries
 * @param installed when this version was stored (UTC)
 */
public record StoredVersion(ListVersion version, int entries, Instant installed) {
  public StoredVersion {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(installed, "installed");
    if (entries < 0) {
      throw new IllegalArgumentException("entries must not be negative: " + entries);
    }
  }
}
