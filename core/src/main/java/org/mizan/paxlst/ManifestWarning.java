package org.mizan.paxlst;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something in a passenger message that was repaired or could not be read, while the rest was.
 *
 * @param segmentIndex 1-based segment position counted from the interchange header UNB, 0 when the
 *     warning concerns the file as a whole (an envelope stripped, a character set)
 * @param tag the segment tag, empty when none applies
 * @param message what was found and what was done, in one line; never a traveller's name
 * @param unlisted for the one warning that counts those not listed one by one ({@link #capped}),
 *     how many it counts; 0 for any other warning
 */
public record ManifestWarning(int segmentIndex, String tag, String message, long unlisted) {
  public ManifestWarning {
    if (segmentIndex < 0) {
      throw new IllegalArgumentException("segmentIndex must be 0 or more: " + segmentIndex);
    }
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(message, "message");
    if (unlisted < 0) {
      throw new IllegalArgumentException("unlisted must be 0 or more: " + unlisted);
    }
  }

  /** A warning of its own. */
  public ManifestWarning(int segmentIndex, String tag, String message) {
    this(segmentIndex, tag, message, 0);
  }

  /** A warning about the file as a whole. */
  static ManifestWarning ofFile(String message) {
    return new ManifestWarning(0, "", message);
  }

  /** The one warning that stands for {@code n} more, not listed one by one. */
  static ManifestWarning notListed(long n) {
    return new ManifestWarning(0, "", count(n, "more warning", "more warnings") + " not listed", n);
  }

  /** How many warnings {@code warnings} are, those counted as {@link #unlisted} among them. */
  public static long total(List<ManifestWarning> warnings) {
    long n = 0;
    for (ManifestWarning w : warnings) {
      n += w.unlisted() > 0 ? w.unlisted() : 1;
    }
    return n;
  }

  /** The most warnings listed one by one for a file; the rest are counted in one more. */
  public static final int MAX_LISTED = 1000;

  /**
   * {@code warnings} with at most {@link #MAX_LISTED} listed, in their order; those after, and
   * those a warning of {@code warnings} already counted ({@link #unlisted}), counted in one more at
   * the end.
   */
  public static List<ManifestWarning> capped(List<ManifestWarning> warnings) {
    List<ManifestWarning> out = new ArrayList<>();
    long more = 0;
    for (ManifestWarning w : warnings) {
      if (w.unlisted() > 0) {
        more += w.unlisted();
      } else if (out.size() >= MAX_LISTED) {
        more++;
      } else {
        out.add(w);
      }
    }
    if (more > 0) {
      out.add(notListed(more));
    }
    return out;
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
