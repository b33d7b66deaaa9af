package org.mizan.match;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro-Winkler similarity of two strings, in [0, 1].
 *
 * <p>Jaro (1989) with Winkler's prefix bonus, given when the Jaro similarity reaches {@value
 * #BOOST_THRESHOLD}: common prefix up to {@value #MAX_PREFIX} characters, scaling factor {@value
 * #PREFIX_SCALE}. Source: W. E. Winkler, "String Comparator Metrics and Enhanced Decision Rules in
 * the Fellegi-Sunter Model of Record Linkage" (1990). Gives the same values as Apache Commons
 * Text's {@code JaroWinklerSimilarity} (a test says so), without allocating or boxing: matched
 * positions are bits of a {@code long}, which matters on the scoring hot path. Strings longer than
 * 64 characters (no real name part) go to Commons Text itself. Stateless and thread-safe.
 */
final class JaroWinkler {
  static final int MAX_PREFIX = 4;
  static final double PREFIX_SCALE = 0.1;
  static final double BOOST_THRESHOLD = 0.7;

  private static final JaroWinklerSimilarity LONG_STRINGS = new JaroWinklerSimilarity();

  private JaroWinkler() {}

  /**
   * The similarity of two strings of ASCII characters (Latin keys and skeletons, {@code [a-z0-9]}).
   */
  static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    return similarity(ascii(a), ascii(b));
  }

  /** The characters of {@code text}, ASCII, as bytes. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * The similarity of two strings of ASCII characters given as bytes ({@link #ascii}): the list's
   * Latin keys are kept so ({@link PartSketches#latinBytes}), next to each other, where reading
   * them through their parts and strings cost a third of the exact part similarities.
   */
  static double similarity(byte[] a, byte[] b) {
    if (Arrays.equals(a, b)) {
      return 1.0;
    }
    int la = a.length;
    int lb = b.length;
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    byte[] shorter = la <= lb ? a : b;
    byte[] longer = la <= lb ? b : a;
    if (longer.length > Long.SIZE) {
      return LONG_STRINGS.apply(
          new String(a, StandardCharsets.ISO_8859_1), new String(b, StandardCharsets.ISO_8859_1));
    }
    int window = Math.max(longer.length / 2 - 1, 0);
    long taken = 0;
    long matchedShort = 0;
    for (int i = 0; i < shorter.length; i++) {
      byte c = shorter[i];
      int from = Math.max(i - window, 0);
      int to = Math.min(i + window + 1, longer.length);
      // The positions of c in the window, as bits, without a branch on each comparison; the first
      // of them not yet taken is matched.
      long same = 0;
      for (int j = from; j < to; j++) {
        same |= (c == longer[j] ? 1L : 0L) << j;
      }
      long first = Long.lowestOneBit(same & ~taken);
      taken |= first;
      matchedShort |= first == 0 ? 0 : 1L << i;
    }
    int matches = Long.bitCount(taken);
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    while (taken != 0) {
      // The k-th matched character of each string, in order.
      int j = Long.numberOfTrailingZeros(taken);
      int i = Long.numberOfTrailingZeros(matchedShort);
      if (longer[j] != shorter[i]) {
        transpositions++;
      }
      taken &= taken - 1;
      matchedShort &= matchedShort - 1;
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    if (jaro < BOOST_THRESHOLD) {
      return jaro;
    }
    int prefix = 0;
    int max = Math.min(MAX_PREFIX, Math.min(la, lb));
    while (prefix < max && a[prefix] == b[prefix]) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }
}
