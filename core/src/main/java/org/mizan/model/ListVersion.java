package org.mizan.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which version of which list: the source id, the publication timestamp the list states, and the
 * SHA-256 of the exact bytes read.
 *
 * @param source stable source id ({@code un-sc-consolidated}, ...)
 * @param published publication timestamp as the list states it (UN {@code dateGenerated}, ISO
 *     8601), empty when the format carries none
 * @param sha256 64 lower-case hex digits
 */
public record ListVersion(String source, String published, String sha256) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * A short name of this version for people: the publication timestamp, or {@code sha256:} and the
   * first 12 hex digits of the digest when the format states no date.
   */
  public String label() {
    return published.isEmpty() ? "sha256:" + sha256.substring(0, 12) : published;
  }

  public ListVersion {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    if (!HEX64.matcher(Objects.requireNonNull(sha256, "sha256")).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
    }
  }
}
