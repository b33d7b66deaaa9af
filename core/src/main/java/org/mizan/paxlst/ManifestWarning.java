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

  /** The warning that counts the warnings not listed ({@link #unlisted}). */
  private static final java.util.regex.Pattern UNLISTED =
      java.util.regex.Pattern.compile("([0-9]{1,18}) more warnings? not listed");

  /** The one warning that stands for {@code n} more, not listed one by one. */
  static ManifestWarning unlisted(long n) {
    return ofFile(count(n, "more warning", "more warnings") + " not listed");
  }

  /**
   * How many warnings {@code warnings} stand for: each one, and the one that counts those not
   * listed ({@code 200 more warnings not listed}) for that many.
   */
  public static long total(java.util.List<ManifestWarning> warnings) {
    long n = 0;
    for (ManifestWarning w : warnings) {
      long unlisted = unlistedCount(w);
      n += unlisted >= 0 ? unlisted : 1;
    }
    return n;
  }

  /** The most warnings listed one by one for a file; the rest are counted in one more. */
  public static final int MAX_LISTED = 1000;

  /**
   * {@code warnings} with at most {@link #MAX_LISTED} listed, in their order; those after, and
   * those a warning of {@code warnings} already counted, counted in one more at the end.
   */
  public static java.util.List<ManifestWarning> capped(java.util.List<ManifestWarning> warnings) {
    java.util.List<ManifestWarning> out = new java.util.ArrayList<>();
    long more = 0;
    for (ManifestWarning w : warnings) {
      long unlisted = unlistedCount(w);
      if (unlisted >= 0) {
        more += unlisted;
      } else if (out.size() < MAX_LISTED) {
        out.add(w);
      } else {
        more++;
      }
    }
    if (more > 0) {
      out.add(unlisted(more));
    }
    return out;
  }

  /** How many warnings {@code w} counts when it is the one of {@link #unlisted}, else -1. */
  private static long unlistedCount(ManifestWarning w) {
    java.util.regex.Matcher m = UNLISTED.matcher(w.message());
    return w.segmentIndex() == 0 && w.tag().isEmpty() && m.matches()
        ? Long.parseLong(m.group(1))
        : -1;
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
