package org.mizan.match;

import java.util.List;

/**
 * What an upper bound on the similarity of two name parts needs ({@link Sketches#upper}), computed
 * once per part: for its Latin key and for each of its consonant skeletons, the length, the letters
 * present as a bit set and the first characters. The bound lets retrieval and scoring skip the
 * exact similarity ({@link NameSimilarity#parts}) of the many pairs that cannot reach a threshold,
 * at the cost of a few bit operations.
 */
final class PartSketch {
  /** Characters of a head ({@link #head}): the most Jaro-Winkler's prefix bonus counts. */
  private static final int HEAD = JaroWinkler.MAX_PREFIX;

  /**
   * Added to a computed bound: the bound multiplies by inverses where Jaro-Winkler divides, and may
   * round below it.
   */
  private static final double ROUNDING = 1e-9;

  /** 1 / n for the lengths of names, so that a bound multiplies instead of dividing. */
  private static final double[] INVERSE = new double[256];

  static {
    for (int n = 1; n < INVERSE.length; n++) {
      INVERSE[n] = 1.0 / n;
    }
  }

  final Token token;
  private final byte kind;
  private final boolean particle;
  private final boolean latinScript;
  private final int textHash;
  private final int latinHash;
  private final int latinLength;
  private final long latinLetters;
  private final long latinHead;
  private final int[] skeletonLength;
  private final long[] skeletonLetters;
  private final long[] skeletonHead;

  private PartSketch(Token token) {
    this.token = token;
    this.kind = (byte) token.kind().ordinal();
    this.particle = token.particle();
    this.latinScript = token.latinScript();
    this.textHash = token.text().hashCode();
    this.latinHash = token.latin().hashCode();
    this.latinLength = token.latin().length();
    this.latinLetters = letters(token.latin());
    this.latinHead = head(token.latin());
    List<String> readings = token.skeletons();
    int n = readings.size();
    this.skeletonLength = new int[n];
    this.skeletonLetters = new long[n];
    this.skeletonHead = new long[n];
    for (int i = 0; i < n; i++) {
      skeletonLength[i] = readings.get(i).length();
      skeletonLetters[i] = letters(readings.get(i));
      skeletonHead[i] = head(readings.get(i));
    }
  }

  static PartSketch of(Token token) {
    return new PartSketch(token);
  }

  /**
   * The sketches of many parts, field by field in arrays (so that a scan over them reads memory in
   * order), with {@link #upper}.
   */
  static final class Sketches {
    private final Token[] tokens;
    private final byte[] kind;
    private final int[] textHash;
    private final int[] latinHash;
    private final boolean[] latinScript;
    private final int[] latinLength;
    private final long[] latinLetters;
    private final long[] latinHead;
    // The skeletons of part p are at [firstSkeleton[p], firstSkeleton[p + 1]).
    private final int[] firstSkeleton;
    private final int[] skeletonLength;
    private final long[] skeletonLetters;
    private final long[] skeletonHead;

    Sketches(List<Token> parts) {
      int n = parts.size();
      tokens = parts.toArray(Token[]::new);
      kind = new byte[n];
      textHash = new int[n];
      latinHash = new int[n];
      latinScript = new boolean[n];
      latinLength = new int[n];
      latinLetters = new long[n];
      latinHead = new long[n];
      firstSkeleton = new int[n + 1];
      int skeletons = 0;
      for (Token t : parts) {
        skeletons += t.skeletons().size();
      }
      skeletonLength = new int[skeletons];
      skeletonLetters = new long[skeletons];
      skeletonHead = new long[skeletons];
      int s = 0;
      for (int p = 0; p < n; p++) {
        PartSketch sketch = PartSketch.of(tokens[p]);
        kind[p] = (byte) tokens[p].kind().ordinal();
        textHash[p] = sketch.textHash;
        latinHash[p] = sketch.latinHash;
        latinScript[p] = tokens[p].latinScript();
        latinLength[p] = sketch.latinLength;
        latinLetters[p] = sketch.latinLetters;
        latinHead[p] = sketch.latinHead;
        firstSkeleton[p] = s;
        for (int i = 0; i < sketch.skeletonLength.length; i++, s++) {
          skeletonLength[s] = sketch.skeletonLength[i];
          skeletonLetters[s] = sketch.skeletonLetters[i];
          skeletonHead[s] = sketch.skeletonHead[i];
        }
      }
      firstSkeleton[n] = s;
    }

    /** The number of parts. */
    int size() {
      return tokens.length;
    }

    /** The part {@code p}. */
    Token token(int p) {
      return tokens[p];
    }

    /**
     * An upper bound on {@link NameSimilarity#parts}{@code (a.token, part p)}, in [0, 1], never
     * below it: 1 when the two may be written alike (equal hashes of the texts or the Latin keys),
     * else the best of the bounds of its measures (Jaro-Winkler of the Latin keys, × {@value
     * NameSimilarity#CROSS_SCRIPT_FACTOR} across scripts; equal skeletons, possible when lengths
     * and letters agree: {@value NameSimilarity#SAME_SKELETON_CROSS_SCRIPT}; Jaro-Winkler of two
     * skeletons × {@value NameSimilarity#SKELETON_FACTOR}); the rules that only lower a similarity
     * are left out. Particles of one kind are bounded by 1, of two kinds by 0.
     */
    double upper(PartSketch a, int p) {
      return upper(a, p, Double.POSITIVE_INFINITY);
    }

    /**
     * {@link #upper(PartSketch, int)}, or any value from {@code enough} up to it: the skeletons are
     * not compared when the Latin keys already give {@code enough}.
     */
    double upper(PartSketch a, int p, double enough) {
      if (a.kind != kind[p]) {
        return 0;
      }
      if (a.particle
          || a.textHash == textHash[p]
          || (a.latinHash == latinHash[p] && a.latinLength > 0)) {
        return 1;
      }
      double best =
          jaroWinklerUpper(
              a.latinLength,
              a.latinLetters,
              a.latinHead,
              latinLength[p],
              latinLetters[p],
              latinHead[p]);
      if (!(a.latinScript && latinScript[p])) {
        best *= NameSimilarity.CROSS_SCRIPT_FACTOR;
      }
      if (best < enough) {
        best = Math.max(best, skeletonUpper(a, p));
      }
      return best == 0 ? 0 : best + ROUNDING;
    }

    /**
     * The part of {@link #upper} that the skeletons give: {@value
     * NameSimilarity#SAME_SKELETON_CROSS_SCRIPT} when two may be equal, else the best Jaro-Winkler
     * bound of two skeletons × {@value NameSimilarity#SKELETON_FACTOR}; to which a rounding margin
     * is added.
     */
    double skeletonUpper(PartSketch a, int p) {
      double best = 0;
      int end = firstSkeleton[p + 1];
      for (int i = 0; i < a.skeletonLength.length; i++) {
        int la = a.skeletonLength[i];
        long lettersA = a.skeletonLetters[i];
        for (int j = firstSkeleton[p]; j < end; j++) {
          int lb = skeletonLength[j];
          if (la == lb && lettersA == skeletonLetters[j]) {
            if (la > 0) {
              best = Math.max(best, NameSimilarity.SAME_SKELETON_CROSS_SCRIPT);
            }
          } else if (la > 1 && lb > 1) {
            best =
                Math.max(
                    best,
                    NameSimilarity.SKELETON_FACTOR
                        * jaroWinklerUpper(
                            la,
                            lettersA,
                            a.skeletonHead[i],
                            lb,
                            skeletonLetters[j],
                            skeletonHead[j]));
          }
        }
      }
      return best == 0 ? 0 : best + ROUNDING;
    }
  }

  /**
   * An upper bound on {@link JaroWinkler#similarity} of two strings from their lengths, letters and
   * heads: Jaro with every character that the other string can match counted as matched and none
   * transposed (a character whose letter the other string lacks cannot match), and the prefix bonus
   * of their common head.
   */
  private static double jaroWinklerUpper(
      int la, long lettersA, long headA, int lb, long lettersB, long headB) {
    if (la == 0 || lb == 0) {
      return 0;
    }
    int m =
        Math.min(
            la - Long.bitCount(lettersA & ~lettersB), lb - Long.bitCount(lettersB & ~lettersA));
    if (m <= 0) {
      return 0;
    }
    double jaro =
        (m * INVERSE[Math.min(la, INVERSE.length - 1)]
                + m * INVERSE[Math.min(lb, INVERSE.length - 1)]
                + 1)
            * (1.0 / 3);
    if (jaro < JaroWinkler.BOOST_THRESHOLD) {
      return jaro;
    }
    int prefix = Math.min(Long.numberOfLeadingZeros(headA ^ headB) / 16, Math.min(la, lb));
    return Math.min(1, jaro + prefix * JaroWinkler.PREFIX_SCALE * (1 - jaro));
  }

  /** The letters of {@code s} as bits (character code modulo 64). */
  private static long letters(String s) {
    long bits = 0;
    for (int i = 0; i < s.length(); i++) {
      bits |= 1L << (s.charAt(i) & 63);
    }
    return bits;
  }

  /** The first {@value #HEAD} characters of {@code s}, 16 bits each, the first highest; 0 after. */
  private static long head(String s) {
    long h = 0;
    for (int i = 0; i < HEAD; i++) {
      h = (h << 16) | (i < s.length() ? s.charAt(i) : 0);
    }
    return h;
  }
}
