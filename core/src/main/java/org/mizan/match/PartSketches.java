package org.mizan.match;

import java.util.List;
import org.mizan.names.Particle;

/**
 * What an upper bound on the similarity of two name parts needs ({@link #upper}), computed once per
 * part, for many parts (a list's, or a query's): for the Latin key and for each consonant skeleton,
 * the length, the letters present and those present twice or more as bit sets, and the first
 * characters, field by field in arrays (a scan over a list's parts reads memory in order). The
 * bound lets retrieval and scoring skip the exact similarity ({@link NameSimilarity#parts}) of the
 * many pairs that cannot reach a threshold, at the cost of a few bit operations.
 */
final class PartSketches {
  /** Characters of a head ({@link #head}): the most Jaro-Winkler's prefix bonus counts. */
  private static final int HEAD = JaroWinkler.MAX_PREFIX;

  /** Added to a computed bound, which may round below the value it bounds. */
  private static final double ROUNDING = 1e-9;

  private final Token[] tokens;
  private final byte[] kind;
  private final byte[] weightedKind;
  private final int[] textHash;
  private final int[] latinHash;
  private final boolean[] exactOnly;
  private final boolean[] latinScript;
  private final int[] latinLength;
  private final long[] latinLetters;
  private final long[] latinRepeated;
  private final long[] latinHead;
  private final byte[][] latinBytes;
  // The skeletons of part p are at [firstSkeleton[p], firstSkeleton[p + 1]).
  private final int[] firstSkeleton;
  private final int[] skeletonLength;
  private final long[] skeletonLetters;
  private final long[] skeletonRepeated;
  private final long[] skeletonHead;

  PartSketches(List<Token> parts) {
    int n = parts.size();
    tokens = parts.toArray(Token[]::new);
    kind = new byte[n];
    weightedKind = new byte[n];
    textHash = new int[n];
    latinHash = new int[n];
    exactOnly = new boolean[n];
    latinScript = new boolean[n];
    latinLength = new int[n];
    latinLetters = new long[n];
    latinRepeated = new long[n];
    latinHead = new long[n];
    latinBytes = new byte[n][];
    firstSkeleton = new int[n + 1];
    int skeletons = 0;
    for (Token t : parts) {
      skeletons += t.boundSkeletons().size();
    }
    skeletonLength = new int[skeletons];
    skeletonLetters = new long[skeletons];
    skeletonRepeated = new long[skeletons];
    skeletonHead = new long[skeletons];
    int s = 0;
    for (int p = 0; p < n; p++) {
      Token t = tokens[p];
      kind[p] = (byte) t.kind().ordinal();
      weightedKind[p] = (byte) t.weightedKind();
      textHash[p] = t.text().hashCode();
      latinHash[p] = t.latin().hashCode();
      // A single letter (an initial) and a part of joined syllables meet only themselves.
      exactOnly[p] = t.text().length() == 1 || t.syllablesJoined();
      latinScript[p] = t.latinScript();
      latinLength[p] = t.latin().length();
      latinLetters[p] = letters(t.latin());
      latinRepeated[p] = repeated(t.latin());
      latinHead[p] = head(t.latin());
      latinBytes[p] = JaroWinkler.ascii(t.latin());
      firstSkeleton[p] = s;
      for (String skeleton : t.boundSkeletons()) {
        skeletonLength[s] = skeleton.length();
        skeletonLetters[s] = letters(skeleton);
        skeletonRepeated[s] = repeated(skeleton);
        skeletonHead[s] = head(skeleton);
        s++;
      }
    }
    firstSkeleton[n] = s;
  }

  /** Part {@code p}'s Latin key as bytes ({@link JaroWinkler#ascii}); not to be modified. */
  byte[] latinBytes(int p) {
    return latinBytes[p];
  }

  /** Whether part {@code p} was written in Latin script. */
  boolean latinScript(int p) {
    return latinScript[p];
  }

  /** The sketches of the parts of {@code table}, by id. */
  static PartSketches of(PartTable table) {
    return new PartSketches(table.parts());
  }

  /** The number of parts. */
  int size() {
    return tokens.length;
  }

  /** The part {@code p}. */
  Token token(int p) {
    return tokens[p];
  }

  /** The ordinal of part {@code p}'s {@link Token#kind}. */
  int kind(int p) {
    return kind[p];
  }

  /** {@link Token#weightedKind} of part {@code p}. */
  int weightedKind(int p) {
    return weightedKind[p];
  }

  /**
   * An upper bound on {@link NameSimilarity#parts}{@code (a's part i, part p)}, in [0, 1], never
   * below it: 1 when the two may be written alike (equal hashes of the texts or the Latin keys),
   * else the best of the bounds of its measures (Jaro-Winkler of the Latin keys, × {@value
   * NameSimilarity#CROSS_SCRIPT_FACTOR} across scripts; equal skeletons, possible when lengths and
   * letters agree: {@value NameSimilarity#SAME_SKELETON_CROSS_SCRIPT}; Jaro-Winkler of two
   * skeletons × {@value NameSimilarity#SKELETON_FACTOR}); the rules that only lower a similarity
   * are left out. Particles of one kind are bounded by 1, of two kinds by 0.
   */
  double upper(PartSketches a, int i, int p) {
    if (a.kind[i] != kind[p]) {
      return 0;
    }
    if (kind[p] != Particle.NONE.ordinal()
        || a.textHash[i] == textHash[p]
        || (a.latinHash[i] == latinHash[p] && latinLength[p] > 0)) {
      return 1;
    }
    double best =
        jaroWinklerUpper(
            a.latinLength[i],
            a.latinLetters[i],
            a.latinRepeated[i],
            a.latinHead[i],
            latinLength[p],
            latinLetters[p],
            latinRepeated[p],
            latinHead[p]);
    if (!(a.latinScript[i] && latinScript[p])) {
      best *= NameSimilarity.CROSS_SCRIPT_FACTOR;
    }
    best = Math.max(best, skeletonUpper(a, i, p));
    return best == 0 ? 0 : best + ROUNDING;
  }

  /**
   * Whether the similarity of {@code a}'s part {@code i} and part {@code p} may be settled whatever
   * their spellings ({@link NameSimilarity#latinMeasure}: particles of two kinds, the same text or
   * Latin key, a single letter, joined syllables), told from the sketches: false only when it is
   * not, so that Jaro-Winkler of the Latin keys is their Latin measure and the texts need not be
   * read.
   */
  boolean maySettle(PartSketches a, int i, int p) {
    return a.kind[i] != kind[p]
        || a.textHash[i] == textHash[p]
        || (a.latinHash[i] == latinHash[p] && latinLength[p] > 0)
        || a.exactOnly[i]
        || exactOnly[p];
  }

  /**
   * The part of {@link #upper} that the skeletons give: {@value
   * NameSimilarity#SAME_SKELETON_CROSS_SCRIPT} when two may be equal, else the best Jaro-Winkler
   * bound of two skeletons × {@value NameSimilarity#SKELETON_FACTOR}, with a rounding margin.
   */
  double skeletonUpper(PartSketches a, int i, int p) {
    double best = 0;
    int xEnd = a.firstSkeleton[i + 1];
    int yStart = firstSkeleton[p];
    int yEnd = firstSkeleton[p + 1];
    for (int x = a.firstSkeleton[i]; x < xEnd; x++) {
      int la = a.skeletonLength[x];
      for (int y = yStart; y < yEnd; y++) {
        int lb = skeletonLength[y];
        if (la == lb && a.skeletonLetters[x] == skeletonLetters[y]) {
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
                          a.skeletonLetters[x],
                          a.skeletonRepeated[x],
                          a.skeletonHead[x],
                          lb,
                          skeletonLetters[y],
                          skeletonRepeated[y],
                          skeletonHead[y]));
        }
      }
    }
    return best == 0 ? 0 : best + ROUNDING;
  }

  /**
   * An upper bound on {@link JaroWinkler#similarity} of two strings from their lengths, letters,
   * repeated letters and heads: Jaro with as many characters matched as the two strings' letters
   * allow ({@link #matchable}) and none transposed, and the prefix bonus of their common head.
   */
  private static double jaroWinklerUpper(
      int la,
      long lettersA,
      long repeatedA,
      long headA,
      int lb,
      long lettersB,
      long repeatedB,
      long headB) {
    if (la == 0 || lb == 0) {
      return 0;
    }
    int m = matchable(la, lettersA, repeatedA, lb, lettersB, repeatedB);
    if (m <= 0) {
      return 0;
    }
    double jaro = ((double) m / la + (double) m / lb + 1) / 3;
    if (jaro < JaroWinkler.BOOST_THRESHOLD) {
      return jaro;
    }
    int prefix = Math.min(Long.numberOfLeadingZeros(headA ^ headB) / 16, Math.min(la, lb));
    return Math.min(1, jaro + prefix * JaroWinkler.PREFIX_SCALE * (1 - jaro));
  }

  /**
   * The most characters two strings can match (Jaro's matched characters, whatever their
   * positions): the sum over letters of the lesser count in either string, bounded from the letters
   * present ({@link #letters}), the letters present twice or more ({@link #repeated}) and the
   * occurrences beyond the second ({@code length} less the two bit counts), which the lesser of the
   * two bounds. At most {@code min(la, lb)}. Letters are bits modulo 64: two letters sharing a bit
   * count as one letter, which only raises the bound.
   */
  static int matchable(
      int la, long lettersA, long repeatedA, int lb, long lettersB, long repeatedB) {
    return matchable(
        lettersA,
        repeatedA,
        rest(la, lettersA, repeatedA),
        lettersB,
        repeatedB,
        rest(lb, lettersB, repeatedB));
  }

  /**
   * {@link #matchable} of two strings whose occurrences beyond the second ({@link #rest}) are
   * known.
   */
  static int matchable(
      long lettersA, long repeatedA, int restA, long lettersB, long repeatedB, int restB) {
    return Long.bitCount(lettersA & lettersB)
        + Long.bitCount(repeatedA & repeatedB)
        + Math.min(restA, restB);
  }

  /**
   * The occurrences of letters beyond the second in a string of {@code length} characters with
   * {@code letters} ({@link #letters}) and {@code repeated} ({@link #repeated}), counted as {@link
   * #matchable} counts them.
   */
  static int rest(int length, long letters, long repeated) {
    return length - Long.bitCount(letters) - Long.bitCount(repeated);
  }

  /** The letters present twice or more in {@code s} as bits, as {@link #letters}. */
  static long repeated(String s) {
    long once = 0;
    long twice = 0;
    for (int i = 0; i < s.length(); i++) {
      long bit = 1L << (s.charAt(i) & 63);
      twice |= once & bit;
      once |= bit;
    }
    return twice;
  }

  /** The letters of {@code s} as bits (character code modulo 64). */
  static long letters(String s) {
    long bits = 0;
    for (int i = 0; i < s.length(); i++) {
      bits |= 1L << (s.charAt(i) & 63);
    }
    return bits;
  }

  /** The first {@value #HEAD} characters of {@code s}, 16 bits each, the first highest; 0 after. */
  static long head(String s) {
    long h = 0;
    for (int i = 0; i < HEAD; i++) {
      h = (h << 16) | (i < s.length() ? s.charAt(i) : 0);
    }
    return h;
  }

  /** The first character of a {@link #head}: 0 for an empty string. */
  static char first(long head) {
    return (char) (head >>> (Character.SIZE * (HEAD - 1)));
  }
}
