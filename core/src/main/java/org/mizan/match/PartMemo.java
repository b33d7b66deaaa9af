package org.mizan.match;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.mizan.names.Particle;

/**
 * The similarities of one query's name parts with the list name parts they meet, each computed once
 * ({@link NameSimilarity#parts}): a query meets the same list parts ({@code muhammad}, {@code
 * abdul}, ...) in entry after entry. Parts are known by their ids: the query's in its own {@link
 * PartTable}, the list's in the table of an indexed list ({@link CandidateIndex}); parts of another
 * table are compared afresh each time. With the parts' {@link PartSketches} it also gives upper
 * bounds ({@link #upper}), with which retrieval and scoring skip what cannot reach a threshold.
 * Holds one query's parts only, one per screening call, not thread-safe; but the values of a query
 * part that is one of the list's own parts may be a row shared with other queries on other threads
 * ({@link #share}), which is read and written safely.
 */
final class PartMemo {

  /** No memo and no bounds: every similarity computed afresh (one-off scores). */
  static final PartMemo NONE = new PartMemo(null, null, null, false, 0, null, null);

  /**
   * The most values one query remembers (8 bytes each): rows for its first parts only when it has
   * more than {@code MAX_REMEMBERED / list parts} (a name of hundreds of parts against a long
   * list); the others are compared afresh each time.
   */
  static final long MAX_REMEMBERED = 1L << 22;

  private final PartTable list;
  private final PartSketches listSketches;
  private final PartSketches querySketches;
  private final boolean bounded;
  private final double[][] byQueryPart;
  // By query part with a shared or lent row (#row): each value's bound in a byte (#boundCode).
  private final byte[][] boundsByQueryPart;
  private final int rememberedParts;
  private final double[][] scratch = {new double[8], new double[8], new double[8], new double[8]};
  private int[] flags = new int[8];
  private byte[] reached;
  private int queryKinds;
  // By query part id, when not null: whether every list part it is more than 0 alike with is known
  // (#foundEveryPartAlike).
  private boolean[] everyAlikeFound;

  /** A mark of {@link #secondScanRan}: a list part alike with two query parts or more. */
  static final int SEVERAL = -1;

  // When the second scan ran (secondScanRan): by list part, 0, the query part's id + 1, or SEVERAL.
  private int[] secondMarks;
  private double secondReach;
  private double soleQuery;
  private double particleQuery;
  // When not null, the rows are borrowed (Rows#lend), by query part: the row's number, -1 for none.
  private final Rows rows;
  private final int[] lent;
  private final byte[] clearReached;

  /** {@link #reached}: at the reach of a name with a particle of the query's kinds. */
  private static final byte WITH_PARTICLES = 1;

  /** {@link #reached}: at the reach of any name. */
  private static final byte PLAIN = 2;

  private static final int NAME_PART = Particle.NONE.ordinal();

  private PartMemo(
      PartTable list,
      PartSketches listSketches,
      PartSketches querySketches,
      boolean bounded,
      long maxRemembered,
      Rows rows,
      byte[] clearReached) {
    this.list = list;
    this.listSketches = listSketches;
    this.querySketches = querySketches;
    this.bounded = bounded;
    int queryParts = querySketches == null ? 0 : querySketches.size();
    int listParts = listSketches == null ? 0 : listSketches.size();
    this.byQueryPart = new double[queryParts][];
    this.boundsByQueryPart = new byte[queryParts][];
    this.rememberedParts = (int) Math.min(queryParts, maxRemembered / Math.max(1, listParts));
    this.rows = rows;
    this.lent = rows == null ? null : new int[queryParts];
    if (lent != null) {
      Arrays.fill(lent, -1);
    }
    this.clearReached = clearReached;
  }

  /**
   * A memo for the parts of {@code query} against the parts of an indexed list.
   *
   * @param query the query's name
   * @param list the table of the indexed list
   * @param listSketches the sketches of the parts of {@code list}, by id
   * @param bounded whether scoring may skip names by their bounds ({@link #bounds})
   * @param maxRemembered the most values remembered ({@link #MAX_REMEMBERED})
   */
  static PartMemo forQuery(
      NameForm query,
      PartTable list,
      PartSketches listSketches,
      boolean bounded,
      long maxRemembered) {
    return forQuery(query, list, listSketches, bounded, maxRemembered, null, null);
  }

  /**
   * {@link #forQuery(NameForm, PartTable, PartSketches, boolean, long)} with the rows of its query
   * parts borrowed from {@code rows} (returned cleared by the caller: {@link Rows#clear}) and the
   * marks of {@link #reached} kept in {@code clearReached} (all 0, of the list's size, cleared by
   * the caller too), instead of new arrays of the list's size for each query.
   */
  static PartMemo forQuery(
      NameForm query,
      PartTable list,
      PartSketches listSketches,
      boolean bounded,
      long maxRemembered,
      Rows rows,
      byte[] clearReached) {
    return new PartMemo(
        list,
        listSketches,
        PartSketches.of(query.table()),
        bounded,
        maxRemembered,
        rows,
        clearReached);
  }

  /**
   * Records that retrieval compared every name part of the query with every name part of the list's
   * entries of the subject's kinds at its reach ({@link CandidateIndex}): from then on {@link
   * #mayReach} holds only for names with a list part marked {@link #reached}, and is asked only of
   * the names of entries of those kinds.
   *
   * @param queryKinds the kinds of the query's weighted particles, bits of {@link
   *     Token#weightedKind}
   */
  void retrievalRan(int queryKinds) {
    reached = clearReached != null ? clearReached : new byte[listSketches.size()];
    this.queryKinds = queryKinds;
  }

  /**
   * Records that the second scan compared every name part of the query with every list part at
   * {@code secondReach} ({@link CandidateIndex#secondReach}), and which query parts each list part
   * found is alike with: {@code marks} by list part id, 0 for none, the query part's id + 1 for
   * one, {@link #SEVERAL} for two or more (not copied: valid until the screening ends).
   *
   * @param query the query's name, whose {@link NameForm#soleShare} and {@link
   *     NameForm#particleShare} the bounds take
   */
  void secondScanRan(int[] marks, double secondReach, NameForm query) {
    this.secondMarks = marks;
    this.secondReach = secondReach;
    this.soleQuery = query.soleShare();
    this.particleQuery = query.particleShare();
  }

  /**
   * Whether the second scan ran ({@link #secondScanRan}) and list name {@code name} cannot reach
   * {@code floor} by it: it has at most one pair of parts at the scan's reach, all its other pairs
   * of name parts less alike (every such pair was found by the scan), so that it scores at most
   * {@link CandidateIndex#withOneSecondPart} of its {@link NameForm#soleShare} and the query's, or,
   * with no such pair, of their {@link NameForm#particleShare}; and that is below {@code floor}.
   */
  boolean belowWithOnePair(NameForm name, double floor) {
    if (secondMarks == null || name.table() != list) {
      return false;
    }
    int parts = 0;
    int seen = 0;
    boolean several = false;
    for (int id : name.distinctIds()) {
      int mark = secondMarks[id];
      if (mark == 0) {
        continue;
      }
      parts++;
      several |= mark == SEVERAL || (seen != 0 && seen != mark);
      seen = mark;
    }
    if (parts >= 2 && several) {
      // Two pairs, perhaps.
      return false;
    }
    double bound =
        parts == 0
            ? CandidateIndex.withOneSecondPart(secondReach, particleQuery, name.particleShare())
            : CandidateIndex.withOneSecondPart(secondReach, soleQuery, name.soleShare());
    return bound < floor;
  }

  /**
   * Records that retrieval finds every list part of the entries of the subject's kinds at least
   * {@value NameSimilarity#GOOD_PART} alike with query part {@code queryId}, two parts read as one
   * ({@link Token#partsJoined}), and remembers its similarity with each ({@link #atLeast}, {@link
   * #remember}) before scoring: below {@value NameSimilarity#GOOD_PART} such a part's similarity is
   * 0 ({@link NameSimilarity#lowered}), so every list part whose value is not known is 0 alike with
   * it ({@link #zeroUnlessKnown}).
   */
  void foundEveryPartAlike(int queryId) {
    if (everyAlikeFound == null) {
      everyAlikeFound = new boolean[querySketches.size()];
    }
    everyAlikeFound[queryId] = true;
  }

  /**
   * Whether the similarity of query part {@code queryId} with a list part of an entry of the
   * subject's kinds whose value in {@link #known} is NaN is 0 ({@link #foundEveryPartAlike}), not
   * to be bounded ({@link #upper}).
   */
  boolean zeroUnlessKnown(int queryId) {
    return everyAlikeFound != null && everyAlikeFound[queryId] && remembers(queryId);
  }

  /**
   * Marks list part {@code listId} as at least as alike as the reach with some query part: as alike
   * as the reach of a name with no particle of the query's kinds ({@code plain}), or only as the
   * reach of a name with one.
   */
  void reached(int listId, boolean plain) {
    reached[listId] = (byte) Math.max(reached[listId], plain ? PLAIN : WITH_PARTICLES);
  }

  /**
   * Whether a list name may reach the floor retrieval was run for ({@link #retrievalRan}): true
   * unless retrieval ran and no variant of the name is of particles alone, has a name part that
   * reached the reach of a name without the query's particles, or has a particle of the query's
   * kinds ({@code queryKinds}, bits of {@link Token#weightedKind}) and a name part that reached the
   * lower reach. A name whose every part is less alike than its reach with every query part stays
   * below the floor ({@link CandidateIndex}), so scoring need not bound or align it.
   */
  boolean mayReach(NameForm name) {
    if (reached == null || name.table() != list) {
      return true;
    }
    // Each distinct part once first: most names have a part that reached, or none at all.
    boolean anyReached = false;
    for (int id : name.distinctIds()) {
      byte r = reached[id];
      if (r == PLAIN) {
        return true;
      }
      anyReached |= r == WITH_PARTICLES;
    }
    if (!anyReached) {
      return name.hasVariantOfParticlesAlone();
    }
    // No part reached the reach of a name without particles: by variant, particles alone or a
    // particle of the query's kinds with a part that reached the lower reach.
    for (int v = 0; v < name.variants().size(); v++) {
      boolean particlesAlone = true;
      boolean withParticles = false;
      int kinds = 0;
      for (int id : name.ids(v)) {
        withParticles |= reached[id] == WITH_PARTICLES;
        particlesAlone &= listSketches.kind(id) != NAME_PART;
        kinds |= listSketches.weightedKind(id);
      }
      if (particlesAlone || (withParticles && (kinds & queryKinds) != 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names of an entry that {@link #mayReach} may hold for, as bits of {@link Matcher#score}'s
   * {@code names}: {@code always}, and each name with a part that retrieval marked {@link #reached}
   * ({@code parts[from]} to {@code parts[to - 1]}: each of the entry's distinct name parts as its
   * id shifted left by 32, or'ed with the bits of the names that have it); every name when
   * retrieval did not run. A name left out has no part marked, and no variant of particles alone
   * (in {@code always}): {@link #mayReach} would not hold, and it is passed over unread. Returned
   * with {@link Matcher#names}: beside those names, those of names 0 to 30 with a part marked at
   * the reach of a name with no particle of the query's kinds, for which {@link #mayReach} holds
   * without reading the name.
   */
  long mayReachNames(long[] parts, int from, int to, int always) {
    if (reached == null) {
      return Matcher.ALL_NAMES;
    }
    int names = always;
    int plain = 0;
    for (int k = from; k < to; k++) {
      long part = parts[k];
      byte r = reached[(int) (part >>> Integer.SIZE)];
      if (r != 0) {
        names |= (int) part;
        if (r == PLAIN) {
          plain |= (int) part;
        }
      }
    }
    return Matcher.names(names, plain);
  }

  /** The query's part {@code queryId}. */
  Token queryPart(int queryId) {
    return querySketches.token(queryId);
  }

  /** Whether scoring skips names by {@link #upper} for parts of {@code table}. */
  boolean bounds(PartTable table) {
    return bounded && table == list;
  }

  /**
   * {@link NameSimilarity#parts}{@code (query, listPart)}, remembered by ids.
   *
   * @param query a part of the query, with id {@code queryId} in the query's table
   * @param listPart a list part, with id {@code listId} in {@code table}
   */
  double parts(Token query, int queryId, Token listPart, int listId, PartTable table) {
    double[] known = table == list && list != null ? row(queryId) : null;
    if (known == null || listId >= known.length) {
      return NameSimilarity.parts(query, listPart);
    }
    double s = get(known, listId);
    if (!(s >= 0)) {
      s = NameSimilarity.parts(query, listPart);
      write(queryId, known, listId, s);
    }
    return s;
  }

  /**
   * Remembers the exact similarities of query part {@code queryId} with the list parts {@code
   * listIds}, as {@link #atLeast} found them before; those already known are not written again (a
   * shared row, {@link #share}, knows them from earlier queries, and writing would only make other
   * processors read them afresh).
   */
  void remember(int queryId, int[] listIds, double[] similarities) {
    double[] known = row(queryId);
    if (known != null) {
      for (int k = 0; k < listIds.length; k++) {
        if (!(get(known, listIds[k]) >= 0)) {
          write(queryId, known, listIds[k], similarities[k]);
        }
      }
    }
  }

  /**
   * What {@link #upper} reads for query part {@code queryId}, by list part id: an exact similarity
   * (at least 0), a bound {@code b} kept as {@code -b}, or NaN (not yet known: ask {@link #upper});
   * null when this part's values are not remembered. Not to be modified; read with {@link #get} (it
   * may be shared, {@link #share}).
   */
  double[] known(int queryId) {
    return row(queryId);
  }

  /** The similarity or bound a value of {@link #known} stands for, when it is not NaN. */
  static double value(double known) {
    return known >= 0 ? known : boundOf(known);
  }

  /**
   * The similarity of two parts when already computed, else its upper bound ({@link
   * PartSketches#upper}), itself remembered; only when {@link #bounds} holds for the list part's
   * table.
   */
  double upper(int queryId, int listId) {
    double[] known = row(queryId);
    double s = known == null ? Double.NaN : get(known, listId);
    if (Double.isNaN(s)) {
      s = encodedBound(listSketches.upper(querySketches, queryId, listId));
      if (known != null) {
        write(queryId, known, listId, s);
      }
    }
    return s >= 0 ? s : boundOf(s);
  }

  /**
   * {@link #upper} of two parts, but 0 where query part {@code queryId}'s unknown values are 0
   * ({@link #zeroUnlessKnown}) and the value is not known: what a pair's byte of {@link #bounds}
   * stands for when it is not yet written (the value may be, in a shared row: another thread writes
   * it first; a row lent to this memo, {@link Rows}, has its byte written with the value, and the
   * byte is read alone, not the value a line of memory away).
   */
  double pairBound(int queryId, int listId) {
    if (!zeroUnlessKnown(queryId)) {
      return upper(queryId, listId);
    }
    if (lent != null && lent[queryId] >= 0) {
      // A lent row is this screening's alone: its byte is written with its value, and tells.
      int code = code(boundsByQueryPart[queryId], listId);
      return code == 0 ? 0 : boundOf(code);
    }
    double[] known = known(queryId);
    double k = known == null ? Double.NaN : get(known, listId);
    return Double.isNaN(k) ? 0 : value(k);
  }

  /** Whether query part {@code queryId}'s values are remembered ({@link #MAX_REMEMBERED}). */
  boolean remembers(int queryId) {
    return queryId < rememberedParts;
  }

  /**
   * Lets query part {@code queryId} remember its values in {@code row} (new: every value unknown),
   * shared with every other query that has the same part ({@link CandidateIndex}: a list part met
   * as a query part), unless it already remembers some. What one query part knows of a list part
   * (its similarity, or a bound on it) holds for any query with that part, so queries fill it for
   * one another, from any thread: each value is read and written whole ({@link #get}, {@link
   * #set}), and one is only ever replaced by another that holds (a bound by the similarity, or the
   * other way round when two threads race, which loses a little knowledge and nothing else).
   */
  void share(int queryId, SharedRow row) {
    if (remembers(queryId) && byQueryPart[queryId] == null) {
      byQueryPart[queryId] = row.values();
      boundsByQueryPart[queryId] = row.bounds();
    }
  }

  /**
   * The values one list part met as a query part keeps for every query ({@link #share}), by list
   * part id: each as {@link #known} gives it, and beside it its bound in one byte ({@link
   * #boundCode}, 0 while unknown), which the names' bounds read ({@link NameSimilarity#upper}). A
   * query reads such rows at the parts of the names it bounds, here and there: the bytes of a row
   * are an eighth of its doubles, and more of them stay in the processor's caches from one query to
   * the next (on the UN list 5,840 bytes against 46,720). The rows lent to one query ({@link Rows})
   * have such bytes too; the row a memo without lent rows makes for itself has none.
   *
   * @param values the values, of {@link #known}'s form
   * @param bounds the bounds' bytes, of the same length
   */
  record SharedRow(double[] values, byte[] bounds) {
    /** A row of {@code size} values, each unknown. */
    static SharedRow unknown(int size) {
      double[] values = new double[size];
      Arrays.fill(values, Double.NaN);
      return new SharedRow(values, new byte[size]);
    }
  }

  /**
   * The bytes of the bounds of query part {@code queryId}'s row ({@link SharedRow}), shared or lent
   * ({@link Rows}; lent here when it has none yet), or null when it has none: read them with {@link
   * #code} and {@link #boundOf(int)}, else {@link #pairBound}.
   */
  byte[] bounds(int queryId) {
    return row(queryId) == null ? null : boundsByQueryPart[queryId];
  }

  /** Byte {@code i} of {@code bounds} as a code from 0 to 255, read whole. */
  static int code(byte[] bounds, int i) {
    return (byte) BYTES.getOpaque(bounds, i) & 0xff;
  }

  /**
   * The bound a code of {@link #bounds} stands for: {@code (code − 1) / 254}, at least the value it
   * was made from ({@link #boundCode}) and at most 1/254 above it; code 0 (unknown) is not one.
   */
  static double boundOf(int code) {
    return BOUND_OF_CODE[code];
  }

  /**
   * The code of {@link #bounds} for a value of {@link #known} (not NaN): the similarity or bound
   * {@code b} rounded up to a multiple of 1/254, plus 1; from 1 (for 0) to 255 (for 1).
   */
  static byte boundCode(double known) {
    double b = value(known);
    int code = 1 + (int) Math.ceil(b * (BOUND_CODES - 1));
    if (BOUND_OF_CODE[Math.min(code, BOUND_CODES)] < b) {
      // The product rounded down to a whole number.
      code++;
    }
    return (byte) Math.min(code, BOUND_CODES);
  }

  private static final int BOUND_CODES = 255;

  private static final double[] BOUND_OF_CODE = new double[BOUND_CODES + 1];

  static {
    for (int c = 1; c <= BOUND_CODES; c++) {
      BOUND_OF_CODE[c] = (c - 1) / (double) (BOUND_CODES - 1);
    }
  }

  private static final VarHandle BYTES = MethodHandles.arrayElementVarHandle(byte[].class);

  private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(double[].class);

  /** Value {@code i} of a row of {@link #known}, read whole even while another thread writes it. */
  static double get(double[] values, int i) {
    return (double) VALUES.getOpaque(values, i);
  }

  private static void set(double[] values, int i, double value) {
    VALUES.setOpaque(values, i, value);
  }

  /**
   * Writes value {@code i} of query part {@code queryId}'s row {@code values}, noting it when the
   * row is borrowed ({@link Rows}), to be cleared.
   */
  private void write(int queryId, double[] values, int i, double value) {
    set(values, i, value);
    byte[] bounds = boundsByQueryPart[queryId];
    if (bounds != null) {
      BYTES.setOpaque(bounds, i, boundCode(value));
    }
    if (lent != null && lent[queryId] >= 0) {
      rows.wrote(lent[queryId], i);
    }
  }

  /**
   * The similarity of two parts whose sketches' bound ({@link PartSketches#upper}) reaches {@code
   * reach} ({@link PartScan}) when it reaches it too, else a bound below {@code reach}, at the
   * least cost: Jaro-Winkler of the Latin keys with the skeletons' bound ({@link
   * NameSimilarity#latinMeasure}, {@link PartSketches#skeletonUpper}), then all of {@link
   * NameSimilarity#measures}, and only then the rules that lower it. Either is remembered for
   * {@link #upper}.
   */
  double atLeast(Token query, int queryId, int listId, double reach) {
    double[] known = row(queryId);
    double s = known == null ? Double.NaN : get(known, listId);
    if (!(s >= 0)) {
      s = computed(query, queryId, listId, reach);
      if (known != null) {
        write(queryId, known, listId, s);
      }
    }
    return s >= 0 ? s : boundOf(s);
  }

  /** {@link #atLeast} computed. */
  private double computed(Token query, int queryId, int listId, double reach) {
    Token listPart = listSketches.token(listId);
    double latin =
        listSketches.maySettle(querySketches, queryId, listId)
            ? NameSimilarity.latinMeasure(query, listPart)
            : NameSimilarity.latinJaroWinkler(
                querySketches.latinBytes(queryId),
                querySketches.latinScript(queryId),
                listSketches.latinBytes(listId),
                listSketches.latinScript(listId));
    if (latin < reach) {
      double bound = Math.max(latin, listSketches.skeletonUpper(querySketches, queryId, listId));
      if (bound < reach) {
        return encodedBound(bound);
      }
    }
    double measures = NameSimilarity.measures(query, listPart, latin);
    return measures < reach
        ? encodedBound(measures)
        : NameSimilarity.lowered(query, listPart, measures);
  }

  // A bound b in (0, 1] is kept as -b (exactly), apart from exact similarities (>= 0) and NaN
  // (unknown); a bound of 0 is the similarity itself.
  private static double encodedBound(double bound) {
    return bound == 0 ? 0 : -bound;
  }

  private static double boundOf(double encoded) {
    return -encoded;
  }

  /**
   * An array of at least {@code size} values, one of four ({@code which} 0 to 3) kept by this memo
   * for the bounds of one alignment at a time; it holds what the last user left in it.
   */
  double[] scratch(int which, int size) {
    double[] a = scratch[which];
    if (a.length < size) {
      a = new double[Math.max(size, 2 * a.length)];
      scratch[which] = a;
    }
    return a;
  }

  /**
   * An array of at least {@code size} ints kept by this memo for one bound at a time, as {@link
   * #scratch}.
   */
  int[] flags(int size) {
    if (flags.length < size) {
      flags = new int[Math.max(size, 2 * flags.length)];
    }
    return flags;
  }

  /**
   * The remembered values of one query part, by list part id, or null when this part's are not
   * remembered ({@link #MAX_REMEMBERED}).
   */
  private double[] row(int queryId) {
    if (queryId >= rememberedParts) {
      return null;
    }
    double[] known = byQueryPart[queryId];
    if (known == null) {
      if (rows != null) {
        lent[queryId] = rows.lend();
        known = rows.row(lent[queryId]);
        boundsByQueryPart[queryId] = rows.bounds(lent[queryId]);
      } else {
        known = new double[listSketches.size()];
        Arrays.fill(known, Double.NaN);
      }
      byQueryPart[queryId] = known;
    }
    return known;
  }

  /**
   * Rows of {@link #known}'s form for the query parts of one screening at a time, lent instead of a
   * new row of the list's size for each query part (most of what screening a short name allocated):
   * the values written in them are noted, and set back to NaN (their bounds' bytes, as in a {@link
   * SharedRow}, to 0) by {@link #clear}. Not thread-safe.
   */
  static final class Rows {
    private final int size;
    private double[][] rows = new double[0][];
    // By row: the bytes of its values' bounds (SharedRow), 0 where the value is NaN.
    private byte[][] bounds = new byte[0][];
    // By row: the ids written (repeats allowed), how many; CLEAR_ALL when the row is cleared whole.
    private int[][] written = new int[0][];
    private int[] writes = new int[0];
    private int lent;

    private static final int CLEAR_ALL = -1;

    /** Rows of {@code size} values: the list's number of parts. */
    Rows(int size) {
      this.size = size;
    }

    /** The number of a row of NaN lent until {@link #clear}. */
    int lend() {
      if (lent == rows.length) {
        int grown = Math.max(4, 2 * rows.length);
        rows = Arrays.copyOf(rows, grown);
        bounds = Arrays.copyOf(bounds, grown);
        written = Arrays.copyOf(written, grown);
        writes = Arrays.copyOf(writes, grown);
      }
      if (rows[lent] == null) {
        rows[lent] = new double[size];
        Arrays.fill(rows[lent], Double.NaN);
        bounds[lent] = new byte[size];
        written[lent] = new int[16];
      }
      return lent++;
    }

    /** Row {@code number}'s values. */
    double[] row(int number) {
      return rows[number];
    }

    /** The bytes of row {@code number}'s bounds ({@link SharedRow}), 0 where it is NaN. */
    byte[] bounds(int number) {
      return bounds[number];
    }

    /** Notes that value {@code id} of row {@code number} was written. */
    void wrote(int number, int id) {
      int n = writes[number];
      if (n == CLEAR_ALL) {
        return;
      }
      int[] ids = written[number];
      if (n == ids.length) {
        if (2 * n > size / 4) {
          // Clearing the row whole is as cheap by then, and keeps the notes short.
          writes[number] = CLEAR_ALL;
          return;
        }
        ids = Arrays.copyOf(ids, 2 * n);
        written[number] = ids;
      }
      ids[n] = id;
      writes[number] = n + 1;
    }

    /**
     * Sets every value written since the rows were lent back to NaN, and keeps at most {@code keep}
     * rows for the next screening.
     */
    void clear(int keep) {
      for (int r = 0; r < lent; r++) {
        double[] row = rows[r];
        byte[] codes = bounds[r];
        if (writes[r] == CLEAR_ALL) {
          Arrays.fill(row, Double.NaN);
          Arrays.fill(codes, (byte) 0);
        } else {
          int[] ids = written[r];
          for (int k = 0; k < writes[r]; k++) {
            row[ids[k]] = Double.NaN;
            codes[ids[k]] = 0;
          }
        }
        writes[r] = 0;
      }
      lent = 0;
      if (rows.length > keep) {
        rows = Arrays.copyOf(rows, keep);
        bounds = Arrays.copyOf(bounds, keep);
        written = Arrays.copyOf(written, keep);
        writes = Arrays.copyOf(writes, keep);
      }
    }
  }
}
