package org.mizan.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mizan.model.EntryKind;
import org.mizan.model.Subject;

/**
 * Retrieval and scoring over the prepared entries of one or more lists.
 *
 * <p>Retrieval is by distinct name part. The index holds the list's distinct name parts (particles
 * aside) and, for each, the entries that have it in any name. Each query part is compared with
 * every distinct list part through an upper bound on their similarity ({@link PartScan}: {@link
 * PartSketches#upper} as integer tests over arrays), and exactly ({@link NameSimilarity#parts})
 * where the bound reaches the reach ({@link #reach}); the entries of the parts at least that alike
 * are scored. Scoring passes over the names with no such part ({@link PartMemo#mayReach}) and
 * aligns only the names whose bound ({@link NameSimilarity#upper}) reaches the floor. Similarities
 * computed once are kept for the query ({@link PartMemo}).
 *
 * <p>Nothing is lost: the reach is the least part similarity with which a name can reach the floor
 * at all. A name score is a weighted mean of part similarities ({@link NameSimilarity}), scaled by
 * {@value NameSimilarity#GIVEN_NAME_CONFLICT_FACTOR} when the given names find no counterpart of
 * {@value NameSimilarity#GOOD_PART}; if every pair of name parts is less alike than {@code s}
 * (below {@value NameSimilarity#GOOD_PART}), the factor applies and the score is below {@code 0.9 ×
 * (P + s) / (P + 1)}, where {@code P} is the weight of the query's particles (0.3 each, matched at
 * best in full by the list name's). So the reach for a floor {@code f} is {@code f × (P + 1) / 0.9
 * − P}, at most {@value NameSimilarity#GOOD_PART}: 0.78 for a query without particles at the
 * reporting floor 0.70, 0.71 with one particle, 0.64 with two. An entry with a name of particles
 * alone ({@code Abu}) is scored for every query; a query of particles alone only against such
 * entries, unless it has so many that it could reach the floor against others ({@link #reach}); a
 * query with no part at all against none.
 *
 * <p>A query's particles count only against names with particles of their kinds: a list part whose
 * similarity reaches only the lower reach of a query with particles retrieves only the entries with
 * a particle of the query's kinds ({@link Token#weightedKind}); without one, a name scores as if
 * the query had no particles.
 *
 * <p>A subject is screened against the entries of its kinds only ({@link Subject#kinds}; a subject
 * with a date of birth, such as a traveller, against individuals): the scan passes over the parts
 * that only the names of entries of other kinds have (organisations' names, a quarter of the UN
 * list's parts), and the parts of the names it does score are compared as for every kind.
 *
 * <p>A subject's other features can ask more of an entry's name ({@link Matcher#nameFloor}: a date
 * of birth five years or more from the entry's asks 0.86 or more): names are bounded against that
 * floor, and an entry whose floor is {@value #STRONG_FLOOR} or more is scored only when one of its
 * parts reaches the reach of that floor. When only the best matches are asked for ({@link
 * #screen(Query, double, int)}), once that many are found the score of the last of them is the
 * floor of the score for the rest.
 *
 * <p>Screening for the matches from a score above the reporting floor alone ({@link #screen(Query,
 * double, double, int)}: the hits, at the alert threshold) asks more of a name. Parts are compared
 * at the reach of the least name score with which the subject's evidence, agreeing in full, can
 * make a hit ({@link Matcher#leastNameFloor}): for a subject with no date of birth 0.751 to 0.849,
 * a reach of 0.835 to {@value NameSimilarity#GOOD_PART} (0.849 and {@value
 * NameSimilarity#GOOD_PART} for a name alone), against 0.78 at the reporting floor for a query
 * without particles; a date of birth the same day can bring a name of 0.70 to a hit. It asks more
 * of a name that has only one part alike with the query too. When retrieval finds many entries
 * ({@value #SECOND_SCAN_FROM} or more: a common part on a large list), each query part is compared
 * again with every list part at a lower reach ({@link #secondReach}: 0.698 for a query of two parts
 * at 0.85), and an entry with no second pair of parts that alike is passed over unread where one
 * pair alone cannot bring its names to its name floor ({@link #withOneSecondPart}). An entry scored
 * after it is scored name by name: a name of its own with at most one such pair, where that pair
 * cannot bring it to the floor, or with none, where its particles cannot, is passed over too
 * ({@link PartMemo#belowWithOnePair}). At the reporting floor one pair alone can (its other parts
 * count for what they are alike), and every retrieved entry is scored.
 *
 * <p>Queries meet the list's own name parts again and again ({@code muhammad}, {@code abdul}): what
 * retrieval finds for a query part that is one of them, at a reach, is kept ({@link #expansion}, at
 * most {@value #MAX_EXPANDED} similarities in all) and found again without the scan, and so are its
 * similarities and bounds with the list parts that scoring meets ({@link #ownValues}, at most
 * {@link #MAX_OWN_VALUES} in all). Thread-safe; what it keeps changes no result.
 */
public final class CandidateIndex {
  private final Matcher matcher;
  private final List<Candidate> candidates;
  private final PartTable table;
  private final PartSketches sketches;
  private final PartScan scan;
  private final int[][] candidatesByPart;
  private final EvidenceIndex evidence;
  private final int[] particleNames;
  private final byte[] particleKinds;
  // By ordinal: the entry's kind as the bit 1 << EntryKind#ordinal.
  private final byte[] entryKinds;
  // By ordinal: the entry's sole share ({@link #soleShare}).
  private final double[] soleShares;
  // The distinct name parts of the entries' names (PartMemo#mayReachNames), those of the entry of
  // ordinal c from partNamesFrom[c] to partNamesFrom[c + 1] - 1; by ordinal, the names looked at
  // whatever retrieval marked: those with a variant of particles alone, and names 31 and on.
  private final long[] partNames;
  private final int[] partNamesFrom;
  private final int[] alwaysNames;
  private final int secondScanFrom;
  private final ConcurrentHashMap<ExpansionKey, Expansion> expansions = new ConcurrentHashMap<>();
  private final AtomicLong expanded = new AtomicLong();
  private final ConcurrentHashMap<Integer, PartMemo.SharedRow> ownValues =
      new ConcurrentHashMap<>();
  private final AtomicLong ownValueCount = new AtomicLong();
  private final ArrayBlockingQueue<Workspace> workspaces =
      new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

  /** The most rows of part values a workspace keeps between screenings ({@link PartMemo.Rows}). */
  private static final int KEPT_ROWS = 16;

  /**
   * The arrays of the list's size that one screening at a time uses, lent by the index and given
   * back cleared ({@link #screen(Query, double, long, int)}): allocating and filling them for each
   * query took more memory traffic than reading them.
   */
  private final class Workspace {
    final PartMemo.Rows rows = new PartMemo.Rows(sketches.size());
    final byte[] reached = new byte[sketches.size()];
    final boolean[] passed = new boolean[scan.size()];
    final byte[] tiers = new byte[candidatesByPart.length];
    final SecondParts secondParts = new SecondParts(candidates.size(), candidatesByPart.length);

    void clear() {
      rows.clear(KEPT_ROWS);
      Arrays.fill(reached, (byte) 0);
      Arrays.fill(passed, false);
      Arrays.fill(tiers, (byte) 0);
      secondParts.clear();
    }
  }

  /**
   * Most values the rows of {@link #ownValues} hold, over all of them (8 bytes each, and a byte for
   * each one's bound: {@link #rowCost}), {@link #ownValuesBudget} of this JVM's largest heap: from
   * 8,000,000 (64 MB: 1,217 rows for the UN list's 5,840 parts, 77 at a million entries' 91,505) to
   * 32,000,000 (256 MB, from a heap of about 4 GB); past it, a part's values are computed afresh
   * for each query.
   */
  static final long MAX_OWN_VALUES = ownValuesBudget(Runtime.getRuntime().maxMemory());

  /**
   * A sixteenth of {@code maxHeap} bytes as values of 8 bytes, in [8,000,000, 32,000,000]: on a
   * list of a million entries, rows of values for four times as many query parts took a tenth off a
   * query for the hits alone (docs/performance.md, 2026-12-06, twenty-fourth session); on the UN
   * list the least holds a row for most parts met.
   */
  static long ownValuesBudget(long maxHeap) {
    return Math.max(8_000_000L, Math.min(32_000_000L, maxHeap / 16 / Double.BYTES));
  }

  /**
   * Most similarities the expansions of the list's own parts keep, over all of them (12 bytes each,
   * each expansion's key and arrays counted as {@value #EXPANSION_OVERHEAD} more: about 100 MB at
   * most); past it, parts are compared afresh each time.
   */
  static final long MAX_EXPANDED = 8_000_000;

  /**
   * What an expansion's key and arrays cost besides their similarities, counted as similarities.
   */
  private static final long EXPANSION_OVERHEAD = 10;

  /**
   * The list parts of entries of {@code kinds} (bits of {@link #kindBits}) at least as alike as
   * {@code reach} with the list part {@code part}, as a query part: what retrieval computes for it
   * ({@link #expansion}), kept since queries meet the list's own parts again and again.
   */
  private record ExpansionKey(int part, double reach, int kinds) {}

  /** List part ids and their similarities (each at least the reach) with one query part. */
  private record Expansion(int[] parts, double[] similarities) {}

  private CandidateIndex(
      Matcher matcher,
      List<Candidate> candidates,
      PartTable table,
      PartSketches sketches,
      PartScan scan,
      int[][] candidatesByPart,
      int[] particleNames,
      byte[] particleKinds,
      int secondScanFrom) {
    this.matcher = matcher;
    this.secondScanFrom = secondScanFrom;
    this.candidates = candidates;
    this.table = table;
    this.sketches = sketches;
    this.scan = scan;
    this.candidatesByPart = candidatesByPart;
    this.evidence = new EvidenceIndex(candidates);
    this.particleNames = particleNames;
    this.particleKinds = particleKinds;
    this.entryKinds = new byte[candidates.size()];
    this.soleShares = new double[candidates.size()];
    for (int i = 0; i < entryKinds.length; i++) {
      entryKinds[i] = (byte) kindBit(candidates.get(i));
      soleShares[i] = soleShare(candidates.get(i).names());
    }
    this.partNamesFrom = new int[candidates.size() + 1];
    this.alwaysNames = new int[candidates.size()];
    long[] parts = new long[64];
    int n = 0;
    for (int c = 0; c < candidates.size(); c++) {
      partNamesFrom[c] = n;
      // Each name part of each name once, as (id, name's bit); sorted, a part's bits are or'ed.
      int from = n;
      List<NameForm> forms = candidates.get(c).names();
      for (int i = 0; i < forms.size(); i++) {
        NameForm form = forms.get(i);
        int bit = Matcher.nameBit(i);
        if (form.hasVariantOfParticlesAlone() || i >= Integer.SIZE - 1) {
          alwaysNames[c] |= bit;
        }
        if (n + form.distinctIds().length > parts.length) {
          parts = Arrays.copyOf(parts, Math.max(n + form.distinctIds().length, 2 * parts.length));
        }
        for (int p : form.distinctIds()) {
          if (!sketches.token(p).particle()) {
            parts[n++] = (long) p << Integer.SIZE | (bit & 0xffffffffL);
          }
        }
      }
      Arrays.sort(parts, from, n);
      int kept = from;
      for (int k = from; k < n; k++) {
        if (kept > from && parts[kept - 1] >>> Integer.SIZE == parts[k] >>> Integer.SIZE) {
          parts[kept - 1] |= parts[k];
        } else {
          parts[kept++] = parts[k];
        }
      }
      n = kept;
    }
    partNamesFrom[candidates.size()] = n;
    this.partNames = Arrays.copyOf(parts, n);
  }

  /**
   * Indexes entries prepared by {@code preparer}.
   *
   * @param preparer the preparer of every candidate
   * @param candidates the entries, in the order of their ordinals
   * @throws IllegalArgumentException when a candidate was prepared by another preparer
   */
  public static CandidateIndex build(Matcher.Preparer preparer, List<Candidate> candidates) {
    return build(preparer, candidates, SECOND_SCAN_FROM);
  }

  /**
   * {@link #build(Matcher.Preparer, List)} with a second scan ({@link #secondReach}) from {@code
   * secondScanFrom} entries retrieved, at least 0 (0: for every query it applies to).
   */
  static CandidateIndex build(
      Matcher.Preparer preparer, List<Candidate> candidates, int secondScanFrom) {
    Objects.requireNonNull(preparer, "preparer");
    PartTable table = preparer.table();
    List<Token> all = table.parts();
    int size = all.size();
    PartSketches sketches = new PartSketches(all);
    for (Candidate c : candidates) {
      for (NameForm name : c.names()) {
        if (name.table() != table) {
          throw new IllegalArgumentException(
              "entry " + c.entry().id() + " was prepared by another preparer");
        }
      }
    }
    // Two passes over the entries: count each part's entries, then fill.
    int[] counts = new int[size];
    byte[] partKinds = new byte[size];
    int[][] candidatesByPart = new int[size][];
    for (int pass = 0; pass < 2; pass++) {
      int[] lastOrdinal = new int[size];
      java.util.Arrays.fill(lastOrdinal, -1);
      int[] filled = new int[size];
      for (int ordinal = 0; ordinal < candidates.size(); ordinal++) {
        for (NameForm name : candidates.get(ordinal).names()) {
          for (int v = 0; v < name.variants().size(); v++) {
            for (int p : name.ids(v)) {
              if (all.get(p).particle() || lastOrdinal[p] == ordinal) {
                continue;
              }
              lastOrdinal[p] = ordinal;
              if (pass == 0) {
                counts[p]++;
                partKinds[p] |= (byte) kindBit(candidates.get(ordinal));
              } else {
                candidatesByPart[p][filled[p]++] = ordinal;
              }
            }
          }
        }
      }
      if (pass == 0) {
        for (int p = 0; p < size; p++) {
          candidatesByPart[p] = new int[counts[p]];
        }
      }
    }
    int named = 0;
    for (int count : counts) {
      if (count > 0) {
        named++;
      }
    }
    int[] nameParts = new int[named];
    byte[] namePartKinds = new byte[named];
    int n = 0;
    for (int p = 0; p < size; p++) {
      if (counts[p] > 0) {
        namePartKinds[n] = partKinds[p];
        nameParts[n++] = p;
      }
    }
    List<Integer> particleNames = new ArrayList<>();
    byte[] particleKinds = new byte[candidates.size()];
    for (int ordinal = 0; ordinal < candidates.size(); ordinal++) {
      if (hasParticleName(candidates.get(ordinal))) {
        particleNames.add(ordinal);
      }
      particleKinds[ordinal] = (byte) weightedKinds(candidates.get(ordinal).names());
    }
    return new CandidateIndex(
        preparer.matcher(),
        List.copyOf(candidates),
        table,
        sketches,
        new PartScan(all, nameParts, namePartKinds),
        candidatesByPart,
        particleNames.stream().mapToInt(Integer::intValue).toArray(),
        particleKinds,
        secondScanFrom);
  }

  /** The kind of {@code candidate}'s entry, as the bit {@code 1 << }{@link EntryKind#ordinal}. */
  private static int kindBit(Candidate candidate) {
    return 1 << candidate.entry().kind().ordinal();
  }

  /** {@code kinds} as bits {@code 1 << }{@link EntryKind#ordinal}. */
  private static int kindBits(Set<EntryKind> kinds) {
    int bits = 0;
    for (EntryKind kind : kinds) {
      bits |= 1 << kind.ordinal();
    }
    return bits;
  }

  /**
   * The kinds of the weighted particles in any variant of {@code names} ({@link
   * Token#weightedKind}).
   */
  private static int weightedKinds(List<NameForm> names) {
    int kinds = 0;
    for (NameForm name : names) {
      for (List<Token> variant : name.variants()) {
        for (Token t : variant) {
          kinds |= t.weightedKind();
        }
      }
    }
    return kinds;
  }

  /**
   * Whether a name of the entry is, as written or joined, of particles alone ({@code Abu}, {@code
   * al}): no name part to retrieve it by, and a coverage of its own (all of it matched by a query's
   * particle), so it is always scored.
   */
  private static boolean hasParticleName(Candidate candidate) {
    for (NameForm name : candidate.names()) {
      for (List<Token> variant : name.variants()) {
        if (variant.stream().allMatch(Token::particle)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The number of entries indexed. */
  public int size() {
    return candidates.size();
  }

  /**
   * Screens one subject through retrieval, against the entries of the kinds it is screened against
   * ({@link Subject#kinds}) only.
   *
   * @param query the prepared subject
   * @param floor the reporting floor in [0, 1]
   * @return the matches at or above {@code floor} among the retrieved entries, in ordinal order
   */
  public List<Match> screen(Query query, double floor) {
    return screen(query, floor, PartMemo.MAX_REMEMBERED, Integer.MAX_VALUE);
  }

  /**
   * Screens one subject for its best matches only: once {@code limit} matches are found, an entry
   * whose score cannot reach the last of the best of them is passed over ({@link
   * Matcher#nameFloor}).
   *
   * @param floor the reporting floor in [0, 1]
   * @param limit how many of the best matches are wanted, at least 1
   * @return matches at or above {@code floor} (both score and name score) among the retrieved
   *     entries, in ordinal order, among them the {@code limit} best in {@link Match#RANKING}
   *     order; others may be left out
   */
  public List<Match> screen(Query query, double floor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    return screen(query, floor, PartMemo.MAX_REMEMBERED, limit);
  }

  /**
   * {@link #screen(Query, double)} remembering at most {@code maxRemembered} values; with a {@code
   * limit}, some matches below the {@code limit} best are left out.
   */
  List<Match> screen(Query query, double floor, long maxRemembered, int limit) {
    return screen(query, floor, floor, maxRemembered, limit);
  }

  /**
   * Screens one subject for the matches that score {@code scoreFloor} or more, their name score at
   * least {@code floor}: the hits alone, at the alert threshold, with the name score a hit needs at
   * the reporting floor (evidence may bring a name below the threshold to a hit). An entry that
   * cannot reach its name floor ({@link Matcher#nameFloor} at {@code scoreFloor}) with one part
   * alone alike is passed over unread ({@link #secondReach}).
   *
   * @param floor the least name score, in [0, 1]: the reporting floor
   * @param scoreFloor the least score, at least {@code floor}
   * @param limit how many of the best matches are wanted, at least 1 ({@link #screen(Query, double,
   *     int)})
   * @return the matches scoring at least {@code scoreFloor}, as {@link #screen(Query, double, int)}
   */
  public List<Match> screen(Query query, double floor, double scoreFloor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    if (!(scoreFloor >= floor && scoreFloor <= 1)) {
      throw new IllegalArgumentException("score floor out of [" + floor + ", 1]: " + scoreFloor);
    }
    return screen(query, floor, scoreFloor, PartMemo.MAX_REMEMBERED, limit);
  }

  private List<Match> screen(
      Query query, double floor, double scoreFloor, long maxRemembered, int limit) {
    Workspace workspace = workspaces.poll();
    if (workspace == null) {
      workspace = new Workspace();
    }
    try {
      PartMemo memo =
          PartMemo.forQuery(
              query.name(),
              table,
              sketches,
              true,
              maxRemembered,
              workspace.rows,
              workspace.reached);
      BitSet strong = new BitSet(candidates.size());
      double strongFloor =
          query.hasBirthDates()
              ? Math.max(STRONG_FLOOR, Matcher.leastFloorWithFarDates(floor))
              : STRONG_FLOOR;
      BitSet mayAskLess = evidence.mayAskLess(query, floor, strongFloor);
      BitSet retrieved =
          retrieve(query, memo, floor, scoreFloor, strongFloor, strong, mayAskLess, workspace);
      return scored(
          query, retrieved, strong, strongFloor, mayAskLess, floor, scoreFloor, limit, memo);
    } finally {
      workspace.clear();
      workspaces.offer(workspace);
    }
  }

  /**
   * A name floor ({@link Matcher#nameFloor}) from which an entry is scored only when a part of its
   * names reaches the reach of that floor ({@link #reach}): the floor of an entry whose listed date
   * of birth is five years or more from the subject's is 0.84 to 0.91 at the reporting floor 0.70,
   * so such an entry is not scored through a part as little alike as the reporting floor allows.
   */
  static final double STRONG_FLOOR = 0.84;

  /**
   * Screens one subject against every entry, retrieval and bounds left out: what {@link #screen}
   * returns when they miss nothing. Its cost grows with the list; it is there to measure retrieval.
   */
  public List<Match> screenEveryEntry(Query query, double floor) {
    return scored(
        query,
        every(),
        null,
        STRONG_FLOOR,
        null,
        floor,
        floor,
        Integer.MAX_VALUE,
        PartMemo.forQuery(query.name(), table, sketches, false, PartMemo.MAX_REMEMBERED));
  }

  /** The ordinals of the entries {@link #screen} with {@code floor} scores for {@code query}. */
  BitSet retrieved(Query query, double floor) {
    return retrieved(query, floor, floor);
  }

  /**
   * The ordinals of the entries {@link #screen} with {@code floor} and {@code scoreFloor} scores.
   */
  BitSet retrieved(Query query, double floor, double scoreFloor) {
    return retrieve(
        query,
        PartMemo.forQuery(query.name(), table, sketches, true, PartMemo.MAX_REMEMBERED),
        floor,
        scoreFloor,
        STRONG_FLOOR,
        null,
        null,
        null);
  }

  private BitSet every() {
    BitSet all = new BitSet(candidates.size());
    all.set(0, candidates.size());
    return all;
  }

  /**
   * The similarity with a query part that a list part needs for its entries to be scored, in [0,
   * {@value NameSimilarity#GOOD_PART}]: {@code floor × (P + 1) / 0.9 − P} (see the class comment),
   * {@code P} the largest weight of particles in a variant of {@code query} with a name part. A
   * variant of particles alone asks for no name part ({@link #NO_PART}) when it cannot reach the
   * floor against a name with a name part, else for every entry (0). The least of the variants':
   * {@code Al Abu} is particles alone as written but joined ({@code alabu}) a name part.
   */
  static double reach(NameForm query, double floor) {
    double reach = NO_PART;
    for (int v = 0; v < query.variants().size(); v++) {
      double weight = 0;
      boolean namePart = false;
      for (Token t : query.variants().get(v)) {
        if (t.particle()) {
          weight += t.weight();
        } else {
          namePart = true;
        }
      }
      if (!namePart) {
        // Particles alone: all of the query matched at best, a share P / (P + 1) of a name with a
        // name part, and the given-name factor: below the floor unless the query has many.
        double best = NameSimilarity.GIVEN_NAME_CONFLICT_FACTOR * (1 + weight / (weight + 1)) / 2;
        if (best + REACH_ROUNDING >= floor) {
          return 0;
        }
      } else {
        reach = Math.min(reach, reach(floor, weight));
      }
    }
    return reach;
  }

  /**
   * {@code floor × (P + 1) / 0.9 − P} in [0, {@value NameSimilarity#GOOD_PART}], P {@code
   * particles}.
   */
  private static double reach(double floor, double particles) {
    double reach =
        floor * (particles + 1) / NameSimilarity.GIVEN_NAME_CONFLICT_FACTOR
            - particles
            - REACH_ROUNDING;
    return Math.max(0, Math.min(NameSimilarity.GOOD_PART, reach));
  }

  /** {@link #reach} when no name part needs to be compared (only names of particles alone). */
  static final double NO_PART = Double.POSITIVE_INFINITY;

  /** Taken off the reach: the scores it is derived from are computed in another order. */
  private static final double REACH_ROUNDING = 1e-9;

  /**
   * The entries to score for {@code query} at {@code floor} and {@code scoreFloor}, parts compared
   * at the reach of {@link Matcher#leastNameFloor}; in {@code strong}, when not null, those of them
   * that could reach {@link #STRONG_FLOOR} (a part at least its reach alike, or a name of particles
   * alone), and every one when each could (every retrieved one, when the strong reach is no higher
   * than the reach: no other is scored).
   */
  private BitSet retrieve(
      Query query,
      PartMemo memo,
      double floor,
      double scoreFloor,
      double strongFloor,
      BitSet strong,
      BitSet mayAskLess,
      Workspace workspace) {
    NameForm name = query.name();
    if (name.isEmpty()) {
      // Nothing to compare (a name of punctuation alone).
      return new BitSet();
    }
    double least = Matcher.leastNameFloor(query, floor, scoreFloor);
    double reach = reach(name, least);
    if (reach <= 0) {
      if (strong != null) {
        strong.set(0, candidates.size());
      }
      return every();
    }
    BitSet retrieved = new BitSet(candidates.size());
    for (int c : particleNames) {
      retrieved.set(c);
    }
    double strongReach = Double.POSITIVE_INFINITY;
    if (strong != null) {
      strong.or(retrieved);
      strongReach = reach(name, Math.max(least, strongFloor));
    }
    int queryKinds = 0;
    for (int qid : name.distinctIds()) {
      queryKinds |= memo.queryPart(qid).weightedKind();
    }
    memo.retrievalRan(queryKinds);
    if (reach == NO_PART) {
      return retrieved;
    }
    // The reach of a name with no particle of the query's kinds: its particles cannot help.
    double plainReach = Math.max(reach, reach(least, 0));
    boolean[] passed = workspace == null ? new boolean[scan.size()] : workspace.passed;
    int wanted = kindBits(query.subject().kinds());
    Tiers tiers =
        mayAskLess == null
            ? null
            : new Tiers(
                strongReach,
                mayAskLess,
                workspace == null ? new byte[candidatesByPart.length] : workspace.tiers);
    // When the strong reach is no higher than the reach, every part found reaches it, and the
    // entries retrieved are strong: set at once after the scan (scoring reads no other).
    boolean everyStrong = strong != null && strongReach <= reach;
    // Each distinct name part of every variant once; what it finds is a union, in any order.
    for (int qid : name.distinctIds()) {
      Token q = memo.queryPart(qid);
      if (q.particle()) {
        continue;
      }
      Expansion expansion = expansion(q, qid, reach, tiers, wanted, memo, passed, null);
      for (int k = 0; k < expansion.parts().length; k++) {
        int p = expansion.parts()[k];
        double s = expansion.similarities()[k];
        if (s >= strongReach && !everyStrong) {
          for (int c : candidatesByPart[p]) {
            strong.set(c);
          }
        }
        if (s >= plainReach) {
          memo.reached(p, true);
          for (int c : candidatesByPart[p]) {
            retrieved.set(c);
          }
        } else if (s >= reach) {
          memo.reached(p, false);
          for (int c : candidatesByPart[p]) {
            if ((particleKinds[c] & queryKinds) != 0) {
              retrieved.set(c);
            }
          }
        }
      }
    }
    if (everyStrong) {
      strong.or(retrieved);
    }
    if (scoreFloor <= floor) {
      // One pair of parts alike can bring a name to the reporting floor (secondReach).
      return retrieved;
    }
    if (retrieved.cardinality() < secondScanFrom) {
      // Too few entries for the second scan to pay for itself (SECOND_SCAN_FROM).
      return retrieved;
    }
    double soleQuery = name.soleShare();
    double secondReach = secondReach(soleQuery, scoreFloor);
    if (secondReach != NO_SECOND_PART) {
      passOverEntriesWithOnePart(
          query,
          floor,
          scoreFloor,
          secondReach,
          soleQuery,
          retrieved,
          wanted,
          memo,
          passed,
          workspace == null
              ? new SecondParts(candidates.size(), candidatesByPart.length)
              : workspace.secondParts);
    }
    return retrieved;
  }

  /**
   * The number of entries retrieved from which a second scan, at the {@link #secondReach}, is worth
   * its cost: on the UN list a query at the threshold retrieves about 50 entries, whose names cost
   * less to bound than the scan; on 200,000 entries about 2,700.
   */
  static final int SECOND_SCAN_FROM = 1000;

  /**
   * Takes out of {@code retrieved} the entries that cannot reach their name floor ({@link
   * Matcher#nameFloor} at {@code scoreFloor}) with at most one name part {@code secondReach} alike
   * with a part of the query ({@link #withOneSecondPart}) and have no second such part: each query
   * part is compared again with every list part at {@code secondReach} (no part at a strict reach:
   * every part that alike must be found; a similarity computed only for the parts of entries in
   * {@code retrieved}, unless it is kept for other queries), and each entry's distinct parts found
   * are counted.
   */
  private void passOverEntriesWithOnePart(
      Query query,
      double floor,
      double scoreFloor,
      double secondReach,
      double soleQuery,
      BitSet retrieved,
      int wanted,
      PartMemo memo,
      boolean[] passed,
      SecondParts seconds) {
    NameForm name = query.name();
    for (int qid : name.distinctIds()) {
      Token q = memo.queryPart(qid);
      if (q.particle()) {
        continue;
      }
      Expansion expansion = expansion(q, qid, secondReach, null, wanted, memo, passed, retrieved);
      for (int p : expansion.parts()) {
        seconds.count(qid, p, candidatesByPart[p], retrieved);
      }
    }
    // The same for every entry when the subject gives its name alone: no entry is read.
    double nameAlone = Matcher.nameFloorOfNameAlone(query, floor, scoreFloor);
    for (int c = retrieved.nextSetBit(0); c >= 0; c = retrieved.nextSetBit(c + 1)) {
      if (seconds.take(c)) {
        continue;
      }
      double bound = withOneSecondPart(secondReach, soleQuery, soleShares[c]);
      double nameFloor =
          Double.isNaN(nameAlone)
              ? matcher.nameFloor(query, candidates.get(c), floor, scoreFloor)
              : nameAlone;
      if (bound < nameFloor) {
        retrieved.clear(c);
      }
    }
    seconds.allTaken();
    memo.secondScanRan(seconds.partQueries, secondReach, name);
  }

  /**
   * The least {@link #secondReach} worth a scan: below it, parts alike by chance would leave few
   * entries with one part alone at it.
   */
  static final double MIN_SECOND_REACH = 0.6;

  /** Taken off {@link #secondReach}: more than the bound's rounding, {@link #REACH_ROUNDING}. */
  private static final double SECOND_REACH_MARGIN = 1e-6;

  /** {@link #secondReach} when the floor is too low for it: every retrieved entry is scored. */
  static final double NO_SECOND_PART = Double.POSITIVE_INFINITY;

  /**
   * The largest share of a name's weight that one of its name parts and all its particles hold
   * ({@link NameForm#weights}), over the variants of {@code names} ({@link NameForm#soleShare}): in
   * [0, 1], or infinite when a name part comes twice in one of them (two of its parts may then pair
   * with the query through one distinct part, and nothing is bounded).
   */
  static double soleShare(List<NameForm> names) {
    double most = 0;
    for (NameForm name : names) {
      most = Math.max(most, name.soleShare());
    }
    return most;
  }

  /**
   * An upper bound on the name score of a query and a list name with at most one pair of name parts
   * {@code second} alike or more, {@code soleQuery} and {@code soleList} their {@link #soleShare}:
   * {@code s + (1 − s) × (q + l) / 2}. The alignment ({@link NameSimilarity}) pairs each part once;
   * the one pair and every pair of particles count at most 1, every other pair of name parts less
   * than {@code s}, a particle and a name part 0; neither name is wholly matched within the other
   * (that needs two pairs of {@value NameSimilarity#GOOD_PART}, at least {@code s}), so the two
   * coverages weigh the same; the factors are at most 1. Infinite when a share is ({@link
   * NameForm#soleShare}: a name part twice, which may pair twice through one distinct part).
   */
  static double withOneSecondPart(double second, double soleQuery, double soleList) {
    return second + (1 - second) * (soleQuery + soleList) / 2 + REACH_ROUNDING;
  }

  /**
   * The similarity a second name part of an entry needs for the entry to be scored, in [{@value
   * #MIN_SECOND_REACH}, {@value NameSimilarity#GOOD_PART}], or {@link #NO_SECOND_PART}: the {@code
   * s} with which a name whose name parts weigh the same, two or more of them ({@link #soleShare}
   * 1/2 or less), can reach the floor with one part alone at {@code s} or more ({@link
   * #withOneSecondPart}). An entry whose names have at most one part that alike with a part of the
   * query is then passed over unless its own share lets it reach its name floor. The floor is the
   * least name score with which a match reaches the score floor {@code floor} when nothing else is
   * known of it ({@link Matcher#nameFloor}: {@link Matcher#NAME_FLOOR_MARGIN} below). At the
   * reporting floor 0.70 none (0.40 for two query parts); at 0.85, 0.698 for a query of two name
   * parts, 0.742 for three.
   */
  static double secondReach(NameForm query, double floor) {
    return secondReach(query.soleShare(), floor);
  }

  /** {@link #secondReach(NameForm, double)} of a query whose {@link #soleShare} is known. */
  private static double secondReach(double soleQuery, double floor) {
    double half = (soleQuery + 0.5) / 2;
    if (half >= 1) {
      return NO_SECOND_PART;
    }
    // A little below the solution, so that a name of two parts alike is passed over.
    double nameFloor = floor - Matcher.NAME_FLOOR_MARGIN;
    double second = (nameFloor - half) / (1 - half) - SECOND_REACH_MARGIN;
    return second < MIN_SECOND_REACH ? NO_SECOND_PART : Math.min(NameSimilarity.GOOD_PART, second);
  }

  /**
   * For one query, the pairs of a query part and a list part at least the {@link #secondReach}
   * alike, by retrieved entry: how many distinct list parts of the entry are in them (counted to
   * two), and whether more than one query part is. An entry with one of either has at most one such
   * pair in any alignment of a query and a list name (each part is paired once, and a query whose
   * name part comes twice has no second reach): one query part alike with two spellings in two of
   * its names ({@code muhammad} with {@code mohammed} and {@code muhamad}) is still one pair. Only
   * the retrieved entries are counted, and each is cleared as it is read ({@link #take}), so that a
   * screening writes no more of the list's size than the entries it retrieved.
   */
  private static final class SecondParts {
    // By entry: the query parts' mark (0 none, the query part's id + 1, or SEVERAL_QUERIES) shifted
    // left by 2, or'ed with the number of distinct list parts counted (0 to 2).
    private final int[] byEntry;
    // By list part: 0, the id + 1 of the query part it is alike with, or SEVERAL
    // (PartMemo#belowWithOnePair).
    private final int[] partQueries;
    private boolean used;
    // Whether every entry counted since the last clear was taken (#take) and so is 0 again.
    private boolean taken;
    private static final int SEVERAL = PartMemo.SEVERAL;
    private static final int SEVERAL_QUERIES = Integer.MAX_VALUE >>> 2;
    private static final int COUNT = 3;

    SecondParts(int entries, int parts) {
      byEntry = new int[entries];
      partQueries = new int[parts];
    }

    /**
     * Counts the pair of query part {@code qid} and list part {@code p}, of {@code entries}, for
     * those of them in {@code retrieved}.
     */
    void count(int qid, int p, int[] entries, BitSet retrieved) {
      int known = partQueries[p];
      boolean newPart = known == 0;
      partQueries[p] = newPart || known == qid + 1 ? qid + 1 : SEVERAL;
      used = true;
      taken = false;
      int added = newPart ? 1 : 0;
      for (int c : entries) {
        if (!retrieved.get(c)) {
          continue;
        }
        int before = byEntry[c];
        int mark = before >>> 2;
        int count = Math.min(2, (before & COUNT) + added);
        byEntry[c] = (mark == 0 || mark == qid + 1 ? qid + 1 : SEVERAL_QUERIES) << 2 | count;
      }
    }

    /**
     * Whether entry {@code c} may have two pairs (two list parts and two query parts in them), its
     * count cleared.
     */
    boolean take(int c) {
      int s = byEntry[c];
      byEntry[c] = 0;
      return (s & COUNT) >= 2 && s >>> 2 == SEVERAL_QUERIES;
    }

    /** Marks that every retrieved entry was taken ({@link #take}). */
    void allTaken() {
      taken = true;
    }

    void clear() {
      if (used) {
        if (!taken) {
          Arrays.fill(byEntry, 0);
        }
        Arrays.fill(partQueries, 0);
        used = false;
      }
    }
  }

  /**
   * The list parts at least {@code asked} alike with the query part {@code q} (id {@code qid} in
   * the query's table; {@link NameSimilarity#GOOD_PART} at the least for two parts read as one,
   * {@link Token#partsJoined}), their similarities remembered in {@code memo}: found by the scan
   * and computed exactly where the scan's bound reaches, or, when {@code q} is one of the list's
   * own name parts and was met before at this reach, as found then ({@link #MAX_EXPANDED}). When
   * {@code q} is one of the list's own parts, {@code memo} first takes its kept values ({@link
   * #ownValues}), so that everything this query learns of it is kept too. With {@code among} (the
   * entries retrieved, for the second scan), a list part none of whose entries is in it is left
   * out, its similarity not computed, unless what is found is kept for other queries: scoring meets
   * no such part (on 200,000 entries, 120 similarities computed a query instead of 588).
   */
  private Expansion expansion(
      Token q,
      int qid,
      double asked,
      Tiers tiers,
      int wanted,
      PartMemo memo,
      boolean[] passed,
      BitSet among) {
    // Two parts read as one count only at GOOD_PART or more (NameSimilarity#lowered): the scan
    // looks no lower for them.
    double reach = q.partsJoined() ? Math.max(asked, NameSimilarity.GOOD_PART) : asked;
    if (q.partsJoined()
        && reach == NameSimilarity.GOOD_PART
        && (tiers == null || tiers.strictReach() <= reach)) {
      // Every list part it is more than 0 alike with is found below, its similarity remembered:
      // scoring takes the others as 0 (PartMemo#zeroUnlessKnown).
      memo.foundEveryPartAlike(qid);
    }
    int own = scan.idOf(q);
    PartMemo.SharedRow row = own < 0 || !memo.remembers(qid) ? null : ownValues(own);
    if (row != null) {
      memo.share(qid, row);
    }
    ExpansionKey key = own < 0 ? null : new ExpansionKey(own, reach, wanted);
    Expansion known = key == null ? null : expansions.get(key);
    if (known != null) {
      memo.remember(qid, known.parts(), known.similarities());
      return known;
    }
    // The list's own parts are kept at the reach for every entry; the others need only the parts
    // at the reach of their entries.
    Tiers tiered = key == null ? tiers : null;
    int[] reaching =
        tiered == null
            ? scan.reaching(q, reach, wanted, passed)
            : scan.reaching(
                q,
                reach,
                tiered.strictReach(),
                position -> tiered.lenient(scan.id(position)),
                wanted,
                passed);
    // What is kept must hold for any query; what is not may leave out the parts of no entry in
    // among, which scoring never meets.
    boolean mayKeep = key != null && expanded.get() < MAX_EXPANDED;
    BitSet only = mayKeep ? null : among;
    int[] parts = new int[reaching.length];
    double[] similarities = new double[reaching.length];
    int n = 0;
    for (int position : reaching) {
      int p = scan.id(position);
      if (only != null && !anyIn(candidatesByPart[p], only)) {
        continue;
      }
      double partReach = tiered == null || tiered.lenient(p) ? reach : tiered.strictReach();
      double s = memo.atLeast(q, qid, p, partReach);
      if (s >= partReach) {
        parts[n] = p;
        similarities[n++] = s;
      }
    }
    Expansion found = new Expansion(Arrays.copyOf(parts, n), Arrays.copyOf(similarities, n));
    if (mayKeep && expanded.addAndGet(n + EXPANSION_OVERHEAD) <= MAX_EXPANDED) {
      expansions.putIfAbsent(key, found);
    }
    return found;
  }

  /** Whether any of {@code entries} is in {@code set}. */
  private static boolean anyIn(int[] entries, BitSet set) {
    for (int c : entries) {
      if (set.get(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Retrieval in two tiers for one query: a list part is compared at {@code strictReach} (the reach
   * of the query's strong floor) unless an entry that has it may ask less of its name ({@code
   * mayAskLess}, {@link EvidenceIndex}), then at the reach of the floor. What each part is, is
   * found once.
   */
  private final class Tiers {
    private final double strictReach;
    private final BitSet mayAskLess;
    // By list part id: 0 not yet known, LENIENT or STRICT.
    private final byte[] known;
    private static final byte LENIENT = 1;
    private static final byte STRICT = 2;

    /** With {@code known}: all 0, of the list's number of parts. */
    Tiers(double strictReach, BitSet mayAskLess, byte[] known) {
      this.strictReach = strictReach;
      this.mayAskLess = mayAskLess;
      this.known = known;
    }

    double strictReach() {
      return strictReach;
    }

    /** Whether an entry with list part {@code p} may ask less of its name. */
    boolean lenient(int p) {
      byte k = known[p];
      if (k == 0) {
        k = STRICT;
        for (int c : candidatesByPart[p]) {
          if (mayAskLess.get(c)) {
            k = LENIENT;
            break;
          }
        }
        known[p] = k;
      }
      return k == LENIENT;
    }
  }

  /**
   * What queries learn of list part {@code own}, met as a query part, against every list part: its
   * similarities and bounds ({@link PartMemo#share}), filled as queries need them; null past {@link
   * #MAX_OWN_VALUES}. Common parts ({@code muhammad}, {@code ali}) meet many of the same list parts
   * query after query. Rows go to the parts first met: on a list so large that the budget holds few
   * rows, a common part met late has none.
   */
  private PartMemo.SharedRow ownValues(int own) {
    PartMemo.SharedRow row = ownValues.get(own);
    long cost = rowCost(sketches.size());
    if (row != null || ownValueCount.get() + cost > MAX_OWN_VALUES) {
      return row;
    }
    return ownValues.computeIfAbsent(
        own,
        p -> {
          // Reserved before the row exists, so that threads adding rows at once stay within it.
          if (ownValueCount.addAndGet(cost) > MAX_OWN_VALUES) {
            ownValueCount.addAndGet(-cost);
            return null;
          }
          return PartMemo.SharedRow.unknown(sketches.size());
        });
  }

  /**
   * What a row of {@link #ownValues} for a list of {@code parts} parts counts against {@link
   * #MAX_OWN_VALUES}: its values, and its bounds' bytes ({@link PartMemo.SharedRow}) as values of 8
   * bytes, rounded up.
   */
  static long rowCost(int parts) {
    return parts + (parts + Double.BYTES - 1) / Double.BYTES;
  }

  /**
   * The matches among the {@code chosen} entries; those not in {@code strong} (when not null) are
   * passed over when their evidence asks for a name score of {@code strongFloor} or more, as are
   * those not in {@code mayAskLess} (when not null, {@link EvidenceIndex}). With a {@code limit}
   * below {@link Integer#MAX_VALUE}, once that many matches are found an entry must reach the score
   * of the last of the best of them: the matches then hold the {@code limit} best, and some others.
   */
  private List<Match> scored(
      Query query,
      BitSet chosen,
      BitSet strong,
      double strongFloor,
      BitSet mayAskLess,
      double floor,
      double scoreFloor,
      int limit,
      PartMemo memo) {
    List<Match> matches = new ArrayList<>();
    PriorityQueue<Double> best = limit == Integer.MAX_VALUE ? null : new PriorityQueue<>();
    double least = scoreFloor;
    int wanted = kindBits(query.subject().kinds());
    BitSet toScore = chosen;
    if (mayAskLess != null) {
      // The others' evidence asks for a name score of the strong floor or more (EvidenceIndex),
      // which none of their parts is alike enough to give.
      toScore = (BitSet) mayAskLess.clone();
      toScore.or(strong);
      toScore.and(chosen);
    }
    for (int i = toScore.nextSetBit(0); i >= 0; i = toScore.nextSetBit(i + 1)) {
      if ((entryKinds[i] & wanted) == 0) {
        continue;
      }
      Candidate c = candidates.get(i);
      double nameFloor = matcher.nameFloor(query, c, floor, least);
      if (strong != null && nameFloor >= strongFloor && !strong.get(i)) {
        // Its evidence, or the best matches found, ask for a name score that none of its parts
        // is alike enough to give.
        continue;
      }
      Optional<Match> match =
          matcher.score(
              query,
              c,
              floor,
              nameFloor,
              memo,
              memo.mayReachNames(
                  partNames, partNamesFrom[i], partNamesFrom[i + 1], alwaysNames[i]));
      if (match.isEmpty() || match.get().score() < scoreFloor) {
        continue;
      }
      matches.add(match.get());
      if (best != null) {
        best.add(match.get().score());
        if (best.size() > limit) {
          best.poll();
        }
        if (best.size() == limit) {
          least = Math.max(scoreFloor, best.peek());
        }
      }
    }
    return matches;
  }
}
