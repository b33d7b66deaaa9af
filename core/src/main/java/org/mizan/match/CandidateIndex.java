package org.mizan.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Retrieval and scoring over the prepared entries of one or more lists.
 *
 * <p>Retrieval is by distinct name part. The index holds the list's distinct name parts (particles
 * aside) and, for each, the entries that have it in any name. Each query part is compared with
 * every distinct list part through an upper bound on their similarity ({@link PartSketch#upper}, a
 * few bit operations), and exactly ({@link NameSimilarity#parts}) where the bound reaches {@value
 * #REACH}; the entries of the parts that do are scored. Scoring then aligns only the names whose
 * bound ({@link NameSimilarity#upper}) reaches the reporting floor. Similarities computed once are
 * kept for the query ({@link PartMemo}).
 *
 * <p>What retrieval can miss: an entry none of whose name parts is {@value #REACH} alike with a
 * query part (or as alike as a lower floor). The name score is a weighted mean of part
 * similarities, scaled by 0.9 when the given names find no counterpart of 0.85, so such a name
 * reaches a floor of 0.70 only through its particles (weight 0.3, similarity up to 1): a name of
 * one part and one particle needs the part {@code 0.70 / 0.9 × 1.3 − 0.3 = 0.71} alike, one part
 * and two particles only {@code 0.70 / 0.9 × 1.6 − 0.6 = 0.64}. Immutable and thread-safe once
 * built.
 */
public final class CandidateIndex {
  /**
   * Similarity a list part needs with a query part for its entries to be scored, in [0, 1]: the
   * lowest reporting floor of {@code mizan screen}.
   */
  static final double REACH = 0.70;

  private final Matcher matcher;
  private final List<Candidate> candidates;
  private final PartTable table;
  private final PartSketch.Sketches sketches;
  private final int[] nameParts;
  private final int[][] candidatesByPart;

  private CandidateIndex(
      Matcher matcher,
      List<Candidate> candidates,
      PartTable table,
      PartSketch.Sketches sketches,
      int[] nameParts,
      int[][] candidatesByPart) {
    this.matcher = matcher;
    this.candidates = candidates;
    this.table = table;
    this.sketches = sketches;
    this.nameParts = nameParts;
    this.candidatesByPart = candidatesByPart;
  }

  /**
   * Indexes entries prepared by {@code preparer}.
   *
   * @param preparer the preparer of every candidate
   * @param candidates the entries, in the order of their ordinals
   * @throws IllegalArgumentException when a candidate was prepared by another preparer
   */
  public static CandidateIndex build(Matcher.Preparer preparer, List<Candidate> candidates) {
    Objects.requireNonNull(preparer, "preparer");
    PartTable table = preparer.table();
    int size = table.size();
    List<Token> all = new ArrayList<>(size);
    for (int p = 0; p < size; p++) {
      all.add(table.part(p));
    }
    PartSketch.Sketches sketches = new PartSketch.Sketches(all);
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
    int n = 0;
    for (int p = 0; p < size; p++) {
      if (counts[p] > 0) {
        nameParts[n++] = p;
      }
    }
    return new CandidateIndex(
        preparer.matcher(), List.copyOf(candidates), table, sketches, nameParts, candidatesByPart);
  }

  /** The number of entries indexed. */
  public int size() {
    return candidates.size();
  }

  /**
   * Screens one subject through retrieval.
   *
   * @param query the prepared subject
   * @param allowed which entries may be scored (e.g. by kind)
   * @param floor the reporting floor in [0, 1]
   * @return the matches at or above {@code floor} among the retrieved entries, in ordinal order
   */
  public List<Match> screen(Query query, Predicate<Candidate> allowed, double floor) {
    return screen(query, allowed, floor, PartMemo.MAX_REMEMBERED);
  }

  /** {@link #screen(Query, Predicate, double)} remembering at most {@code maxRemembered} values. */
  List<Match> screen(Query query, Predicate<Candidate> allowed, double floor, long maxRemembered) {
    PartMemo memo = PartMemo.forQuery(query.name(), table, sketches, true, maxRemembered);
    return scored(query, retrieve(query, memo, reach(floor)), allowed, floor, memo);
  }

  /**
   * Screens one subject against every entry, retrieval and bounds left out: what {@link #screen}
   * returns when they miss nothing. Its cost grows with the list; it is there to measure retrieval.
   */
  public List<Match> screenEveryEntry(Query query, Predicate<Candidate> allowed, double floor) {
    BitSet all = new BitSet(candidates.size());
    all.set(0, candidates.size());
    return scored(
        query,
        all,
        allowed,
        floor,
        PartMemo.forQuery(query.name(), table, sketches, false, PartMemo.MAX_REMEMBERED));
  }

  /**
   * Whether {@link #screen} with {@code floor} would score {@code candidate} for {@code query} if
   * it were indexed: one of its name parts (not a particle) is at least {@value #REACH} alike with
   * a query part, or {@code floor} alike when the floor is lower.
   */
  public static boolean retrieves(Query query, Candidate candidate, double floor) {
    double reach = reach(floor);
    for (List<Token> qv : query.name().variants()) {
      for (Token q : qv) {
        if (q.particle()) {
          continue;
        }
        for (NameForm name : candidate.names()) {
          for (List<Token> lv : name.variants()) {
            for (Token l : lv) {
              if (!l.particle() && NameSimilarity.parts(q, l) >= reach) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * The similarity a part needs for its entries to be scored: {@link #REACH}, lower floors' own.
   */
  private static double reach(double floor) {
    return Math.min(REACH, floor);
  }

  private BitSet retrieve(Query query, PartMemo memo, double reach) {
    BitSet retrieved = new BitSet(candidates.size());
    NameForm name = query.name();
    boolean[] done = new boolean[name.table().size()];
    for (int v = 0; v < name.variants().size(); v++) {
      List<Token> tokens = name.variants().get(v);
      int[] ids = name.ids(v);
      for (int i = 0; i < tokens.size(); i++) {
        Token q = tokens.get(i);
        int qid = ids[i];
        if (q.particle() || done[qid]) {
          continue;
        }
        done[qid] = true;
        PartSketch qs = memo.query(qid);
        double[] known = memo.row(qid);
        for (int p : nameParts) {
          double bound = sketches.upper(qs, p, reach);
          if (bound < reach) {
            if (known != null) {
              known[p] = PartMemo.encodedBound(bound);
            }
          } else if (memo.atLeast(q, qid, p, reach) >= reach) {
            for (int c : candidatesByPart[p]) {
              retrieved.set(c);
            }
          }
        }
      }
    }
    return retrieved;
  }

  private List<Match> scored(
      Query query, BitSet chosen, Predicate<Candidate> allowed, double floor, PartMemo memo) {
    List<Match> matches = new ArrayList<>();
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
      Candidate c = candidates.get(i);
      if (allowed.test(c)) {
        matcher.score(query, c, floor, memo).ifPresent(matches::add);
      }
    }
    return matches;
  }
}
