package org.mizan.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.mizan.model.EntryKind;

/**
 * The list parts whose similarity with a query part may reach a threshold, found by one pass over
 * the list's name parts with integer tests only: {@link PartSketches#upper} turned around. For a
 * query part and a threshold, the least number of matched characters with which the Jaro-Winkler
 * bound of the Latin keys (or of two skeletons) reaches the threshold is worked out once for every
 * length and common prefix a list part can have ({@link Needs}); a list part is then tested with a
 * few population counts and a table look-up, each distinct skeleton likewise. What passes is what
 * {@link PartSketches#upper} bounds at or above the threshold, give or take a rounding margin in
 * favour of passing ({@link #MARGIN}), with two exceptions where that bound is 1 from equal hashes:
 * two different texts whose hash codes collide (the scan bounds them by their Latin keys and
 * skeletons, as it does any two different texts), and the same Latin key across scripts, which the
 * scan passes up to {@value NameSimilarity#CROSS_SCRIPT_FACTOR} only, above any reach retrieval
 * asks for (at most {@value NameSimilarity#GOOD_PART}). So the scan loses nothing retrieval needs.
 * It passes over the parts of entries of kinds a subject is not screened against (the parts of
 * organisations' names, for a traveller). Immutable and thread-safe.
 */
final class PartScan {
  /**
   * Taken off a threshold before the tables are worked out: a filter may pass too much, not less.
   */
  private static final double MARGIN = 1e-7;

  /** A need no part can meet. */
  private static final int NEVER = Integer.MAX_VALUE;

  private final int[] ids;
  private final byte[] kinds;
  // Positions 0 to personParts - 1 are the parts of persons' names, skeletons 0 to
  // personSkeletons - 1 those of some part of a person's name.
  private final int personParts;
  private final int personSkeletons;
  private final int[] latinLength;
  private final long[] latinLetters;
  private final long[] latinRepeated;
  private final int[] latinRest;
  private final long[] latinHead;
  // 0 for a part in Latin script, else the offset of the cross-script half of reaching's table.
  private final int[] crossOffset;
  private final int maxLatinLength;
  // Each distinct skeleton once; the positions of the parts that have skeleton y are
  // skeletonOwners[firstOwner[y]] to skeletonOwners[firstOwner[y + 1] - 1].
  private final int[] firstOwner;
  private final int[] skeletonOwners;
  private final int[] skeletonLength;
  private final long[] skeletonLetters;
  private final long[] skeletonRepeated;
  private final int[] skeletonRest;
  private final long[] skeletonHead;
  private final int maxSkeletonLength;
  private final Map<String, int[]> byText;
  private final Map<Token, Integer> idOf;

  /** Every kind of entry, as bits of {@link #PartScan}'s {@code kinds}. */
  static final int ALL_KINDS = (1 << EntryKind.values().length) - 1;

  /** {@link EntryKind#PERSON} as a bit of {@link #PartScan}'s {@code kinds}. */
  static final int PERSONS = 1 << EntryKind.PERSON.ordinal();

  /**
   * A scan over {@code ids}, parts of {@code parts}.
   *
   * @param parts the list's parts, by id
   * @param ids the ids of the parts to scan, scanned in this order but the parts of persons' names
   *     first
   * @param kinds for each part of {@code ids}, the kinds of the entries that have it in a name, as
   *     bits {@code 1 << }{@link EntryKind#ordinal}
   * @throws IllegalArgumentException when {@code kinds} and {@code ids} differ in length
   */
  PartScan(List<Token> parts, int[] ids, byte[] kinds) {
    int n = ids.length;
    if (kinds.length != n) {
      throw new IllegalArgumentException(n + " parts, " + kinds.length + " kinds");
    }
    // Parts of persons' names first, each group in the order given: a scan for persons alone (a
    // traveller) stops where they end, and so does its pass over the skeletons, which are numbered
    // in the order their parts come.
    this.ids = new int[n];
    this.kinds = new byte[n];
    int k = 0;
    int ofPersons = 0;
    for (boolean persons : new boolean[] {true, false}) {
      for (int i = 0; i < n; i++) {
        if (((kinds[i] & PERSONS) != 0) == persons) {
          this.ids[k] = ids[i];
          this.kinds[k++] = kinds[i];
        }
      }
      if (persons) {
        ofPersons = k;
      }
    }
    personParts = ofPersons;
    latinLength = new int[n];
    latinLetters = new long[n];
    latinRepeated = new long[n];
    latinRest = new int[n];
    latinHead = new long[n];
    crossOffset = new int[n];
    // Many parts share a skeleton (mohamed, muhammad, محمد: mhmd): each is tested once.
    Map<String, List<Integer>> owners = new LinkedHashMap<>();
    int skeletonsOfPersons = 0;
    for (int i = 0; i < n; i++) {
      for (String skeleton : parts.get(this.ids[i]).skeletons()) {
        owners.computeIfAbsent(skeleton, key -> new ArrayList<>()).add(i);
      }
      if (i == personParts - 1) {
        skeletonsOfPersons = owners.size();
      }
    }
    personSkeletons = skeletonsOfPersons;
    int skeletons = owners.size();
    firstOwner = new int[skeletons + 1];
    skeletonOwners = new int[owners.values().stream().mapToInt(List::size).sum()];
    skeletonLength = new int[skeletons];
    skeletonLetters = new long[skeletons];
    skeletonRepeated = new long[skeletons];
    skeletonRest = new int[skeletons];
    skeletonHead = new long[skeletons];
    Map<String, int[]> texts = new HashMap<>();
    Map<Token, Integer> tokens = new HashMap<>();
    int maxLatin = 0;
    int maxSkeleton = 0;
    int y = 0;
    int o = 0;
    for (Map.Entry<String, List<Integer>> e : owners.entrySet()) {
      String skeleton = e.getKey();
      firstOwner[y] = o;
      for (int position : e.getValue()) {
        skeletonOwners[o++] = position;
      }
      skeletonLength[y] = skeleton.length();
      skeletonLetters[y] = PartSketches.letters(skeleton);
      skeletonRepeated[y] = PartSketches.repeated(skeleton);
      skeletonRest[y] =
          PartSketches.rest(skeleton.length(), skeletonLetters[y], skeletonRepeated[y]);
      skeletonHead[y] = PartSketches.head(skeleton);
      maxSkeleton = Math.max(maxSkeleton, skeleton.length());
      y++;
    }
    firstOwner[skeletons] = o;
    for (int i = 0; i < n; i++) {
      Token t = parts.get(this.ids[i]);
      tokens.put(t, this.ids[i]);
      latinLength[i] = t.latin().length();
      latinLetters[i] = PartSketches.letters(t.latin());
      latinRepeated[i] = PartSketches.repeated(t.latin());
      latinRest[i] = PartSketches.rest(latinLength[i], latinLetters[i], latinRepeated[i]);
      latinHead[i] = PartSketches.head(t.latin());
      maxLatin = Math.max(maxLatin, latinLength[i]);
      int position = i;
      texts.merge(
          t.text(),
          new int[] {position},
          (a, b) -> {
            int[] c = Arrays.copyOf(a, a.length + 1);
            c[a.length] = position;
            return c;
          });
    }
    maxLatinLength = maxLatin;
    for (int i = 0; i < n; i++) {
      crossOffset[i] = parts.get(this.ids[i]).latinScript() ? 0 : Needs.size(maxLatin);
    }
    maxSkeletonLength = maxSkeleton;
    byText = texts;
    idOf = tokens;
  }

  /** The id of {@code part} when it is one of the parts scanned, else -1. */
  int idOf(Token part) {
    Integer id = idOf.get(part);
    return id == null ? -1 : id;
  }

  /** The number of parts scanned. */
  int size() {
    return ids.length;
  }

  /** The list part id at scan position {@code position}. */
  int id(int position) {
    return ids[position];
  }

  /**
   * The positions of the list parts of entries of the kinds {@code wanted} whose bound ({@link
   * PartSketches#upper}) with {@code query} may reach {@code reach}, but for the two exceptions of
   * the class comment, in ascending order.
   *
   * @param query a name part (not a particle)
   * @param reach the threshold, in (0, 1]
   * @param wanted kinds of entries, as bits {@code 1 << }{@link EntryKind#ordinal} ({@link
   *     #ALL_KINDS}: every part)
   * @param passed a buffer of at least {@link #size} booleans, all false; left all false
   * @return the positions, a new array
   */
  int[] reaching(Token query, double reach, int wanted, boolean[] passed) {
    return reaching(query, reach, reach, null, wanted, passed);
  }

  /**
   * {@link #reaching(Token, double, int, boolean[])} in two tiers: the positions whose bound may
   * reach {@code strictReach}, and those whose bound may reach only {@code reach} where {@code
   * lenient} holds (a part of an entry that may ask less, {@link EvidenceIndex}).
   *
   * @param strictReach the threshold for the parts {@code lenient} does not hold for, at least
   *     {@code reach}
   * @param lenient tells, by position, whether {@code reach} is enough; null: everywhere
   */
  int[] reaching(
      Token query,
      double reach,
      double strictReach,
      IntPredicate lenient,
      int wanted,
      boolean[] passed) {
    int n = ids.length;
    boolean personsAlone = wanted == PERSONS;
    int end = personsAlone ? personParts : n;
    int count = 0;
    int[] same = byText.get(query.text());
    if (same != null) {
      for (int position : same) {
        if ((kinds[position] & wanted) != 0) {
          passed[position] = true;
          count++;
        }
      }
    }
    String latin = query.latin();
    if (!latin.isEmpty()) {
      int la = latin.length();
      long letters = PartSketches.letters(latin);
      long repeated = PartSketches.repeated(latin);
      int rest = PartSketches.rest(la, letters, repeated);
      long head = PartSketches.head(latin);
      int width = maxLatinLength + 1;
      int[] needs = latinNeeds(la, query.latinScript(), reach);
      int[] strict = lenient == null ? needs : latinNeeds(la, query.latinScript(), strictReach);
      for (int i = 0; i < end; i++) {
        int lb = latinLength[i];
        int m =
            PartSketches.matchable(
                letters, repeated, rest, latinLetters[i], latinRepeated[i], latinRest[i]);
        int prefix = Long.numberOfLeadingZeros(head ^ latinHead[i]) >>> 4;
        int at = crossOffset[i] + prefix * width + lb;
        if (m >= needs[at]
            && !passed[i]
            && (kinds[i] & wanted) != 0
            && (m >= strict[at] || lenient.test(i))) {
          passed[i] = true;
          count++;
        }
      }
    }
    double skeletonReach = reach / NameSimilarity.SKELETON_FACTOR;
    boolean sameSkeletonReaches = NameSimilarity.SAME_SKELETON_CROSS_SCRIPT + MARGIN >= reach;
    boolean sameSkeletonStrict = NameSimilarity.SAME_SKELETON_CROSS_SCRIPT + MARGIN >= strictReach;
    int width = maxSkeletonLength + 1;
    for (String skeleton : query.skeletons()) {
      int la = skeleton.length();
      if (la == 0) {
        continue;
      }
      long letters = PartSketches.letters(skeleton);
      long repeated = PartSketches.repeated(skeleton);
      int rest = PartSketches.rest(la, letters, repeated);
      long head = PartSketches.head(skeleton);
      int[] needs = null;
      int[] strict = null;
      if (la > 1) {
        needs = new int[Needs.size(maxSkeletonLength)];
        Needs.fill(needs, 0, la, maxSkeletonLength, skeletonReach);
        strict = needs;
        if (lenient != null) {
          strict = new int[needs.length];
          Needs.fill(
              strict, 0, la, maxSkeletonLength, strictReach / NameSimilarity.SKELETON_FACTOR);
        }
      }
      int skeletons = personsAlone ? personSkeletons : skeletonLength.length;
      for (int y = 0; y < skeletons; y++) {
        int lb = skeletonLength[y];
        long other = skeletonLetters[y];
        boolean pass;
        boolean strictPass;
        if (la == lb && letters == other) {
          pass = sameSkeletonReaches;
          strictPass = sameSkeletonStrict;
        } else if (needs == null || lb < 2) {
          pass = false;
          strictPass = false;
        } else {
          int m =
              PartSketches.matchable(
                  letters, repeated, rest, other, skeletonRepeated[y], skeletonRest[y]);
          int at = (Long.numberOfLeadingZeros(head ^ skeletonHead[y]) >>> 4) * width + lb;
          pass = m >= needs[at];
          strictPass = m >= strict[at];
        }
        if (pass) {
          for (int k = firstOwner[y]; k < firstOwner[y + 1]; k++) {
            int owner = skeletonOwners[k];
            if (!passed[owner]
                && (kinds[owner] & wanted) != 0
                && (strictPass || lenient.test(owner))) {
              passed[owner] = true;
              count++;
            }
          }
        }
      }
    }
    int[] positions = new int[count];
    int k = 0;
    for (int i = 0; k < count; i++) {
      if (passed[i]) {
        passed[i] = false;
        positions[k++] = i;
      }
    }
    return positions;
  }

  /**
   * The table of needs of a query part's Latin key of length {@code la} at {@code reach}: the first
   * half for list parts in Latin script, the second (at {@link #crossOffset}) for the others, whose
   * bound is scaled by {@link NameSimilarity#CROSS_SCRIPT_FACTOR} ({@link PartSketches#upper}); two
   * parts are in the same script only when both are in Latin script.
   */
  private int[] latinNeeds(int la, boolean latinQuery, double reach) {
    double crossReach = reach / NameSimilarity.CROSS_SCRIPT_FACTOR;
    int half = Needs.size(maxLatinLength);
    int[] needs = new int[2 * half];
    Needs.fill(needs, 0, la, maxLatinLength, latinQuery ? reach : crossReach);
    Needs.fill(needs, half, la, maxLatinLength, crossReach);
    return needs;
  }

  /**
   * The least numbers of matched characters with which the Jaro-Winkler bound of {@link
   * PartSketches} reaches a threshold.
   */
  static final class Needs {
    private Needs() {}

    /**
     * Writes into {@code needs}, for a string of length {@code la}: at {@code offset + prefix *
     * (maxLength + 1) + lb}, the least {@code m} (matched characters) with which {@code ((m / la +
     * m / lb + 1) / 3)}, plus Winkler's bonus for a common prefix of {@code min(prefix, la, lb)}
     * characters when that reaches {@value JaroWinkler#BOOST_THRESHOLD}, reaches {@code threshold}
     * less {@link #MARGIN}; {@link #NEVER} when no {@code m} up to {@code min(la, lb)} does. {@code
     * prefix} runs from 0 to {@value JaroWinkler#MAX_PREFIX}, {@code lb} from 0 to {@code
     * maxLength}.
     */
    static void fill(int[] needs, int offset, int la, int maxLength, double threshold) {
      int width = maxLength + 1;
      double t = threshold - MARGIN;
      for (int prefix = 0; prefix <= JaroWinkler.MAX_PREFIX; prefix++) {
        for (int lb = 0; lb <= maxLength; lb++) {
          needs[offset + prefix * width + lb] = need(la, lb, Math.min(prefix, Math.min(la, lb)), t);
        }
      }
    }

    /** The values {@link #fill} writes for strings of up to {@code maxLength} characters. */
    static int size(int maxLength) {
      return (JaroWinkler.MAX_PREFIX + 1) * (maxLength + 1);
    }

    private static int need(int la, int lb, int prefix, double t) {
      if (la == 0 || lb == 0 || t > 1) {
        return NEVER;
      }
      if (t <= 0) {
        return 1;
      }
      // Jaro without transpositions is (m S + 1) / 3 with S = 1/la + 1/lb; Winkler's bonus c (1 −
      // jaro) applies from BOOST_THRESHOLD on. Least jaro that reaches t, with or without it:
      double c = prefix * JaroWinkler.PREFIX_SCALE;
      double withBonus = Math.max(JaroWinkler.BOOST_THRESHOLD, (t - c) / (1 - c));
      double jaro = Math.min(t, withBonus);
      double sum = 1.0 / la + 1.0 / lb;
      int m = (int) Math.ceil((3 * jaro - 1) / sum - 1e-9);
      m = Math.max(1, m);
      return m > Math.min(la, lb) ? NEVER : m;
    }
  }
}
