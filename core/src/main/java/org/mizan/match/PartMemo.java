package org.mizan.match;

import java.util.Arrays;

/**
 * The similarities of one query's name parts with the list name parts they meet, each computed once
 * ({@link NameSimilarity#parts}): a query meets the same list parts ({@code muhammad}, {@code
 * abdul}, ...) in entry after entry. Parts are known by their ids: the query's in its own {@link
 * PartTable}, the list's in the table of an indexed list ({@link CandidateIndex}); parts of another
 * table are compared afresh each time. With the list's {@link PartSketch}es it also gives upper
 * bounds ({@link #upper}), with which scoring skips names that cannot reach a floor. Holds one
 * query's parts only; not thread-safe, one per screening call.
 */
final class PartMemo {

  /** No memo and no bounds: every similarity computed afresh (one-off scores). */
  static final PartMemo NONE = new PartMemo(null, null, new PartSketch[0], false, 0);

  private final PartTable list;
  private final boolean bounded;
  private final PartSketch.Sketches listSketches;
  private final PartSketch[] querySketches;
  private final double[][] byQueryPart;
  private final int rememberedParts;
  private final double[][] scratch = {new double[8], new double[8]};

  private PartMemo(
      PartTable list,
      PartSketch.Sketches listSketches,
      PartSketch[] querySketches,
      boolean bounded,
      long maxRemembered) {
    this.list = list;
    this.bounded = bounded;
    this.listSketches = listSketches;
    this.querySketches = querySketches;
    this.byQueryPart = new double[querySketches.length][];
    int listParts = listSketches == null ? 0 : listSketches.size();
    this.rememberedParts =
        (int) Math.min(querySketches.length, maxRemembered / Math.max(1, listParts));
  }

  /**
   * The most values one query remembers (8 bytes each): rows for its first parts only when it has
   * more than {@code MAX_REMEMBERED / list parts} (a name of hundreds of parts against a long
   * list); the others are compared afresh each time.
   */
  static final long MAX_REMEMBERED = 1L << 22;

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
      PartSketch.Sketches listSketches,
      boolean bounded,
      long maxRemembered) {
    PartTable table = query.table();
    PartSketch[] sketches = new PartSketch[table.size()];
    for (int i = 0; i < sketches.length; i++) {
      sketches[i] = PartSketch.of(table.part(i));
    }
    return new PartMemo(list, listSketches, sketches, bounded, maxRemembered);
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
    if (list == null || table != list || listId >= listSketches.size()) {
      return NameSimilarity.parts(query, listPart);
    }
    double[] known = row(queryId);
    if (known == null) {
      return NameSimilarity.parts(query, listPart);
    }
    double s = known[listId];
    if (!(s >= 0)) {
      s = NameSimilarity.parts(query, listPart);
      known[listId] = s;
    }
    return s;
  }

  /**
   * The similarity of two parts when already computed, else its upper bound ({@link
   * PartSketch#upper}), itself remembered; only when {@link #bounds} holds for the list part's
   * table.
   */
  double upper(int queryId, int listId) {
    double[] known = row(queryId);
    if (known == null) {
      return listSketches.upper(querySketches[queryId], listId);
    }
    double s = known[listId];
    if (s >= 0) {
      return s;
    }
    if (s < 0) {
      return boundOf(s);
    }
    double bound = listSketches.upper(querySketches[queryId], listId);
    known[listId] = encodedBound(bound);
    return bound;
  }

  /**
   * The similarity of two parts when it may reach {@code reach}, else a bound below {@code reach},
   * at the least cost: Jaro-Winkler of the Latin keys with the skeletons' bound first ({@link
   * NameSimilarity#latinMeasure}, {@link PartSketch.Sketches#skeletonUpper}), then all of {@link
   * NameSimilarity#measures}, then the rules that lower it. Either is remembered for {@link
   * #upper}.
   */
  double atLeast(Token query, int queryId, int listId, double reach) {
    double[] row = row(queryId);
    // Not remembered: a slot of its own.
    double[] known = row == null ? new double[] {Double.NaN} : row;
    int slot = row == null ? 0 : listId;
    double s = known[slot];
    if (s >= 0) {
      return s;
    }
    Token listPart = listSketches.token(listId);
    double latin = NameSimilarity.latinMeasure(query, listPart);
    if (latin < reach) {
      double bound = Math.max(latin, listSketches.skeletonUpper(querySketches[queryId], listId));
      if (bound < reach) {
        known[slot] = encodedBound(bound);
        return bound;
      }
    }
    double measures = NameSimilarity.measures(query, listPart);
    if (measures < reach) {
      known[slot] = encodedBound(measures);
      return measures;
    }
    s = NameSimilarity.lowered(query, listPart, measures);
    known[slot] = s;
    return s;
  }

  // A bound b in [0, 1] is kept as -1 - b, apart from exact similarities (>= 0) and NaN (unknown).
  static double encodedBound(double bound) {
    return -1 - bound;
  }

  private static double boundOf(double encoded) {
    return -1 - encoded;
  }

  /**
   * A zeroed array of {@code size} values, one of two ({@code which} 0 or 1) kept by this memo for
   * the bounds of one alignment at a time.
   */
  double[] scratch(int which, int size) {
    double[] a = scratch[which];
    if (a.length < size) {
      a = new double[Math.max(size, 2 * a.length)];
      scratch[which] = a;
    } else {
      Arrays.fill(a, 0, size, 0);
    }
    return a;
  }

  /** The sketch of the query part with id {@code queryId}. */
  PartSketch query(int queryId) {
    return querySketches[queryId];
  }

  /**
   * The remembered values of one query part, by list part id (see {@link #upper}), or null when
   * this part's are not remembered ({@link #MAX_REMEMBERED}).
   */
  double[] row(int queryId) {
    if (queryId >= rememberedParts) {
      return null;
    }
    double[] known = byQueryPart[queryId];
    if (known == null) {
      known = new double[listSketches.size()];
      Arrays.fill(known, Double.NaN);
      byQueryPart[queryId] = known;
    }
    return known;
  }
}
