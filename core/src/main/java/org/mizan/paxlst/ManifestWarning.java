package org.mizan.paxlst;

import java.util.Objects;

/**
 * Something in a passenger message that was repaired or could not be read, while the rest was.
 *
 * @param segmentIndex 1-based segment position counted from the interchange header UNB, 0 when the
 *     warning concerns the file as a whole (an envelope stripped, a character set)
 * @param tag the segment tag, empty when none applies
 * @param message what was found and what was done, in one line; never a traveller's name
 */
public record ManifestWarning(int segmentIndex, String tag, String message) {
  public ManifestWarning {
    if (segmentIndex < 0) {
      throw new IllegalArgumentException("segmentIndex must be 0 or more: " + segmentIndex);
    }
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(message, "message");
  }

  /** A warning about the file as a whole. */
  static ManifestWarning ofFile(String message) {
    return new ManifestWarning(0, "", message);
  }

  /** {@code n} and the word for that many: {@code 1 passenger}, {@code 2 passengers}. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** One line for a user: {@code segment 14 (NAD): message}, or the message alone. */
  public String text() {
    if (segmentIndex == 0) {
      return message;
    }
    return "segment " + segmentIndex + (tag.isEmpty() ? "" : " (" + tag + ")") + ": " + message;
  }
}
