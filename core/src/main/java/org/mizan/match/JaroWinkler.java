package org.mizan.match;

/**
 * Jaro-Winkler similarity of two strings, in [0, 1].
 *
 * <p>Jaro (1989) with Winkler's prefix bonus, given when the Jaro similarity reaches {@value
 * #BOOST_THRESHOLD}: common prefix up to {@value #MAX_PREFIX} characters, scaling factor {@value
 * #PREFIX_SCALE}. Source: W. E. Winkler, "String Comparator Metrics and Enhanced Decision Rules in
 * the Fellegi-Sunter Model of Record Linkage" (1990). Gives the same values as Apache Commons
 * Text's {@code JaroWinklerSimilarity} (a test says so) without boxing every character, which
 * matters on the scoring hot path. Stateless and thread-safe.
 */
final class JaroWinkler {
  static final int MAX_PREFIX = 4;
  static final double PREFIX_SCALE = 0.1;
  static final double BOOST_THRESHOLD = 0.7;

  private JaroWinkler() {}

  static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    String shorter = la <= lb ? a : b;
    String longer = la <= lb ? b : a;
    int window = Math.max(longer.length() / 2 - 1, 0);
    int matches;
    int transpositions;
    if (longer.length() <= Long.SIZE) {
      // Matched positions as bits: no allocation on the scoring path.
      long taken = 0;
      long matchedShort = 0;
      matches = 0;
      for (int i = 0; i < shorter.length(); i++) {
        char c = shorter.charAt(i);
        int from = Math.max(i - window, 0);
        int to = Math.min(i + window + 1, longer.length());
        for (int j = from; j < to; j++) {
          if ((taken & (1L << j)) == 0 && c == longer.charAt(j)) {
            taken |= 1L << j;
            matchedShort |= 1L << i;
            matches++;
            break;
          }
        }
      }
      if (matches == 0) {
        return 0.0;
      }
      transpositions = 0;
      while (taken != 0) {
        int j = Long.numberOfTrailingZeros(taken);
        int i = Long.numberOfTrailingZeros(matchedShort);
        if (longer.charAt(j) != shorter.charAt(i)) {
          transpositions++;
        }
        taken &= taken - 1;
        matchedShort &= matchedShort - 1;
      }
    } else {
      boolean[] taken = new boolean[longer.length()];
      char[] matchedShort = new char[shorter.length()];
      matches = 0;
      for (int i = 0; i < shorter.length(); i++) {
        char c = shorter.charAt(i);
        int from = Math.max(i - window, 0);
        int to = Math.min(i + window + 1, longer.length());
        for (int j = from; j < to; j++) {
          if (!taken[j] && c == longer.charAt(j)) {
            taken[j] = true;
            matchedShort[matches++] = c;
            break;
          }
        }
      }
      if (matches == 0) {
        return 0.0;
      }
      transpositions = 0;
      int k = 0;
      for (int j = 0; j < longer.length(); j++) {
        if (taken[j]) {
          if (longer.charAt(j) != matchedShort[k]) {
            transpositions++;
          }
          k++;
        }
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    if (jaro < BOOST_THRESHOLD) {
      return jaro;
    }
    int prefix = 0;
    int max = Math.min(MAX_PREFIX, Math.min(la, lb));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }
}
