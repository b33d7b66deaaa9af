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
 * few population counts and a table look-up, each distinct skeleton likewise. Only the parts whose
 * length may reach, and whose key has enough of the query key's letters (counted 64 parts at a time
 * in bit planes), are tested; skeletons are passed over by runs of one first letter and length.
 * What passes is what {@link PartSketches#upper} bounds at or above the threshold, give or take a
 * rounding margin in favour of passing ({@link #MARGIN}), with two exceptions where that bound is 1
 * from equal hashes: two different texts whose hash codes collide (the scan bounds them by their
 * Latin keys and skeletons, as it does any two different texts), and the same Latin key across
 * scripts, which the scan passes up to {@value NameSimilarity#CROSS_SCRIPT_FACTOR} only, above any
 * reach retrieval asks for (at most {@value NameSimilarity#GOOD_PART}). So the scan loses nothing
 * retrieval needs. It passes over the parts of entries of kinds a subject is not screened against
 * (the parts of organisations' names, for a traveller). Thread-safe: what it keeps once built are
 * the tables of needs it has worked out.
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
  // By letter bit (PartSketches#letters), the positions of the parts whose Latin key has it, as
  // bits of words of 64 positions; by the bit of their first letter (firstBit), likewise.
  private final long[][] byLetter;
  private final long[][] byFirst;
  // Of the parts of persons' names (0) and the others (1): the first position whose Latin key has
  // lb characters or more, by lb up to maxLatinLength + 1.
  private final int[][] lengthStart;
  // The skeletons in runs (Runs): of persons' names alone, and of all.
  private final Runs personSkeletonRuns;
  private final Runs skeletonRuns;

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
    // Parts of persons' names first, each group by the length of its Latin key, then in the order
    // given: a scan for persons alone (a traveller) stops where they end, and so does its pass over
    // the skeletons, which are numbered in the order their parts come; a scan passes over the
    // lengths its key cannot reach (lengthStart).
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      long others = (kinds[i] & PERSONS) != 0 ? 0 : 1;
      order[i] = others << 62 | (long) parts.get(ids[i]).latin().length() << 32 | i;
    }
    Arrays.sort(order);
    this.ids = new int[n];
    this.kinds = new byte[n];
    int ofPersons = 0;
    for (int k = 0; k < n; k++) {
      int i = (int) order[k];
      this.ids[k] = ids[i];
      this.kinds[k] = kinds[i];
      if ((this.kinds[k] & PERSONS) != 0) {
        ofPersons = k + 1;
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
      for (String skeleton : parts.get(this.ids[i]).boundSkeletons()) {
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
    int words = (n + Long.SIZE - 1) / Long.SIZE;
    byLetter = new long[Long.SIZE][words];
    byFirst = new long[Long.SIZE][words];
    for (int i = 0; i < n; i++) {
      for (long bits = latinLetters[i]; bits != 0; bits &= bits - 1) {
        byLetter[Long.numberOfTrailingZeros(bits)][i >>> 6] |= 1L << i;
      }
      byFirst[firstBit(latinHead[i])][i >>> 6] |= 1L << i;
    }
    lengthStart = new int[2][maxLatin + 2];
    for (int group = 0; group < 2; group++) {
      int from = group == 0 ? 0 : personParts;
      int to = group == 0 ? personParts : n;
      int i = from;
      for (int lb = 0; lb <= maxLatin + 1; lb++) {
        while (i < to && latinLength[i] < lb) {
          i++;
        }
        lengthStart[group][lb] = i;
      }
    }
    personSkeletonRuns = new Runs(personSkeletons, skeletonHead, skeletonLength);
    skeletonRuns = new Runs(skeletons, skeletonHead, skeletonLength);
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
    Found found = new Found(passed);
    int[] same = byText.get(query.text());
    if (same != null) {
      for (int position : same) {
        if ((kinds[position] & wanted) != 0) {
          found.add(position);
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
      int half = Needs.size(maxLatinLength);
      int extra = la - Long.bitCount(letters);
      int first = firstBit(head);
      for (int group = 0; group < (personsAlone ? 1 : 2); group++) {
        for (int lb = 1; lb <= maxLatinLength; lb++) {
          int from = lengthStart[group][lb];
          int to = lengthStart[group][lb + 1];
          // The least needs of a part of this length, of either script: with a first letter other
          // than the query's (no common prefix), and with the same one (the longest prefix).
          int needOther = Math.min(needs[lb], needs[half + lb]);
          int needSame =
              Math.min(
                  needs[JaroWinkler.MAX_PREFIX * width + lb],
                  needs[half + JaroWinkler.MAX_PREFIX * width + lb]);
          if (from == to || needSame == NEVER) {
            continue;
          }
          for (int w = from >>> 6; w <= (to - 1) >>> 6; w++) {
            long range = -1L;
            if (w == from >>> 6) {
              range &= -1L << from;
            }
            if (w == (to - 1) >>> 6) {
              range &= -1L >>> (Long.SIZE - 1 - ((to - 1) & 63));
            }
            long candidates = range & sharing(letters, needOther, needSame, extra, first, w);
            for (long bits = candidates; bits != 0; bits &= bits - 1) {
              int i = (w << 6) + Long.numberOfTrailingZeros(bits);
              int m =
                  PartSketches.matchable(
                      letters, repeated, rest, latinLetters[i], latinRepeated[i], latinRest[i]);
              int prefix = Long.numberOfLeadingZeros(head ^ latinHead[i]) >>> 4;
              int at = crossOffset[i] + prefix * width + lb;
              if (m >= needs[at]
                  && !found.has(i)
                  && (kinds[i] & wanted) != 0
                  && (m >= strict[at] || lenient.test(i))) {
                found.add(i);
              }
            }
          }
        }
      }
    }
    double skeletonReach = reach / NameSimilarity.SKELETON_FACTOR;
    boolean sameSkeletonReaches = NameSimilarity.SAME_SKELETON_CROSS_SCRIPT + MARGIN >= reach;
    boolean sameSkeletonStrict = NameSimilarity.SAME_SKELETON_CROSS_SCRIPT + MARGIN >= strictReach;
    int width = maxSkeletonLength + 1;
    for (String skeleton : query.boundSkeletons()) {
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
        needs = skeletonNeeds(la, skeletonReach);
        strict =
            lenient == null
                ? needs
                : skeletonNeeds(la, strictReach / NameSimilarity.SKELETON_FACTOR);
      }
      Runs runs = personsAlone ? personSkeletonRuns : skeletonRuns;
      for (int r = 0; r < runs.count(); r++) {
        int lb = runs.length(r);
        // The same letters as often (la == lb) pass without a need (sameSkeletonReaches).
        if (lb != la
            && (needs == null || lb < 2 || needs[runs.mostPrefix(r, head) * width + lb] == NEVER)) {
          continue;
        }
        for (int k = runs.start(r); k < runs.start(r + 1); k++) {
          int y = runs.item(k);
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
            for (int o = firstOwner[y]; o < firstOwner[y + 1]; o++) {
              int owner = skeletonOwners[o];
              if (!found.has(owner)
                  && (kinds[owner] & wanted) != 0
                  && (strictPass || lenient.test(owner))) {
                found.add(owner);
              }
            }
          }
        }
      }
    }
    return found.sortedAndCleared();
  }

  /**
   * The positions a scan found, each once: flagged in the caller's buffer as they are found, and
   * listed in the order found.
   */
  private static final class Found {
    private final boolean[] passed;
    private int[] positions = new int[64];
    private int count;

    /** With {@code passed}: all false, one flag per position. */
    Found(boolean[] passed) {
      this.passed = passed;
    }

    boolean has(int position) {
      return passed[position];
    }

    /** Adds a position not yet found. */
    void add(int position) {
      passed[position] = true;
      if (count == positions.length) {
        positions = Arrays.copyOf(positions, 2 * count);
      }
      positions[count++] = position;
    }

    /** The positions, in ascending order (a new array), the buffer left all false. */
    int[] sortedAndCleared() {
      int[] sorted = Arrays.copyOf(positions, count);
      for (int position : sorted) {
        passed[position] = false;
      }
      Arrays.sort(sorted);
      return sorted;
    }
  }

  /** The bit of {@link #byFirst} of a key of head {@code head} ({@link PartSketches#head}). */
  private static int firstBit(long head) {
    return PartSketches.first(head) & 63;
  }

  /**
   * Word {@code w} of the positions whose Latin key may meet a need: {@code other} with a first
   * letter other than the query's, {@code same} with the same first letter (its bit, {@code
   * first}). {@link PartSketches#matchable} counts the letters of the query ({@code letters}) a
   * part's key has, and at most {@code extra} more (the query's letters beyond their first
   * occurrence): a part needs {@code need − extra} of them. They are counted position by position
   * in {@value #PLANES} bit planes of {@link #byLetter} (up to 31; every position passes when the
   * query has more distinct letter bits). Parts whose first letters share a bit pass as the same.
   */
  private long sharing(long letters, int other, int same, int extra, int first, int w) {
    int distinct = Long.bitCount(letters);
    if (distinct >= 1 << PLANES) {
      return -1L;
    }
    long c0 = 0;
    long c1 = 0;
    long c2 = 0;
    long c3 = 0;
    long c4 = 0;
    for (long bits = letters; bits != 0; bits &= bits - 1) {
      long x = byLetter[Long.numberOfTrailingZeros(bits)][w];
      long carry = c0 & x;
      c0 ^= x;
      x = carry;
      carry = c1 & x;
      c1 ^= x;
      x = carry;
      carry = c2 & x;
      c2 ^= x;
      x = carry;
      carry = c3 & x;
      c3 ^= x;
      c4 ^= carry;
    }
    long sameFirst = byFirst[first][w];
    // A need of NEVER less extra (at most a key's length) is still beyond any count.
    return atLeast(c0, c1, c2, c3, c4, other - extra)
        | sameFirst & atLeast(c0, c1, c2, c3, c4, same - extra);
  }

  private static final int PLANES = 5;

  /**
   * The positions whose count in bit planes {@code c0} (lowest) to {@code c4} is {@code least}+.
   */
  private static long atLeast(long c0, long c1, long c2, long c3, long c4, int least) {
    if (least <= 0) {
      return -1L;
    }
    if (least >= 1 << PLANES) {
      return 0;
    }
    long greater = 0;
    long equal = -1L;
    for (int b = PLANES - 1; b >= 0; b--) {
      long plane = b == 4 ? c4 : b == 3 ? c3 : b == 2 ? c2 : b == 1 ? c1 : c0;
      if ((least >>> b & 1) == 0) {
        greater |= equal & plane;
        equal &= ~plane;
      } else {
        equal &= plane;
      }
    }
    return greater | equal;
  }

  /**
   * The table of needs of a query part's Latin key of length {@code la} at {@code reach}: the first
   * half for list parts in Latin script, the second (at {@link #crossOffset}) for the others, whose
   * bound is scaled by {@link NameSimilarity#CROSS_SCRIPT_FACTOR} ({@link PartSketches#upper}); two
   * parts are in the same script only when both are in Latin script.
   */
  private int[] latinNeeds(int la, boolean latinQuery, double reach) {
    NeedsKey key = new NeedsKey(la, latinQuery ? LATIN : CROSS_SCRIPT, reach);
    int[] known = needsTables.get(key);
    if (known != null) {
      return known;
    }
    double crossReach = reach / NameSimilarity.CROSS_SCRIPT_FACTOR;
    int half = Needs.size(maxLatinLength);
    int[] needs = new int[2 * half];
    Needs.fill(needs, 0, la, maxLatinLength, latinQuery ? reach : crossReach);
    Needs.fill(needs, half, la, maxLatinLength, crossReach);
    keep(key, needs);
    return needs;
  }

  /** The table of needs of a skeleton of length {@code la} at {@code reach} ({@link Needs}). */
  private int[] skeletonNeeds(int la, double reach) {
    NeedsKey key = new NeedsKey(la, SKELETON, reach);
    int[] known = needsTables.get(key);
    if (known != null) {
      return known;
    }
    int[] needs = new int[Needs.size(maxSkeletonLength)];
    Needs.fill(needs, 0, la, maxSkeletonLength, reach);
    keep(key, needs);
    return needs;
  }

  /** Keeps a table of needs, unless {@link #MAX_NEEDS_TABLES} are kept. Never modified after. */
  private void keep(NeedsKey key, int[] needs) {
    if (needsTables.size() < MAX_NEEDS_TABLES) {
      needsTables.putIfAbsent(key, needs);
    }
  }

  /**
   * The tables of needs kept: they depend only on a key's length, its kind and the reach, of which
   * screening at a floor asks few ({@link CandidateIndex#reach}), and working one out costs more
   * than a scan of a short list.
   */
  private final Map<NeedsKey, int[]> needsTables = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_NEEDS_TABLES = 4096;

  private static final int LATIN = 0;
  private static final int CROSS_SCRIPT = 1;
  private static final int SKELETON = 2;

  /**
   * A table of needs: key length, kind ({@link #LATIN}, {@link #CROSS_SCRIPT}, {@link #SKELETON}).
   */
  private record NeedsKey(int length, int kind, double reach) {}

  /**
   * The skeletons {@code 0} to {@code end - 1} in runs of the same first character and length. A
   * run whose need with the longest common prefix its first character allows ({@link #mostPrefix})
   * is {@link #NEVER} is passed over whole: no skeleton of it could pass.
   */
  private static final class Runs {
    private final int[] items;
    // Run r is items[start[r]] to items[start[r + 1] - 1].
    private final int[] start;
    private final char[] first;
    private final int[] length;

    /** The runs of skeletons {@code 0} to {@code end - 1}, by {@link PartSketches#head}, length. */
    Runs(int end, long[] heads, int[] lengths) {
      long[] order = new long[end];
      for (int i = 0; i < end; i++) {
        order[i] = (long) PartSketches.first(heads[i]) << 48 | (long) lengths[i] << 32 | i;
      }
      Arrays.sort(order);
      items = new int[end];
      for (int k = 0; k < end; k++) {
        items[k] = (int) order[k];
      }
      int[] starts = new int[end + 1];
      int runs = 0;
      for (int k = 0; k < end; k++) {
        int i = items[k];
        if (k == 0
            || PartSketches.first(heads[i]) != PartSketches.first(heads[items[k - 1]])
            || lengths[i] != lengths[items[k - 1]]) {
          starts[runs++] = k;
        }
      }
      starts[runs] = end;
      start = Arrays.copyOf(starts, runs + 1);
      first = new char[runs];
      length = new int[runs];
      for (int r = 0; r < runs; r++) {
        first[r] = PartSketches.first(heads[items[start[r]]]);
        length[r] = lengths[items[start[r]]];
      }
    }

    int count() {
      return length.length;
    }

    /**
     * The position in {@link #item} of run {@code r}'s first item; of the end for {@link #count}.
     */
    int start(int r) {
      return start[r];
    }

    int item(int k) {
      return items[k];
    }

    int length(int r) {
      return length[r];
    }

    /**
     * The longest common prefix run {@code r}'s items may have with a string of head {@code head}:
     * none when their first characters differ, else {@value JaroWinkler#MAX_PREFIX}.
     */
    int mostPrefix(int r, long head) {
      return first[r] == PartSketches.first(head) ? JaroWinkler.MAX_PREFIX : 0;
    }
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
