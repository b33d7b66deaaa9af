package org.mizan.eval;

import java.util.List;
import java.util.Set;

/**
 * What one engine answered to one query, reduced to what the metrics need.
 *
 * @param rank 1-based rank of the first right entry among the reported matches; 0 when no right
 *     entry was reported (or the query is a negative)
 * @param truthScore the score of that entry; NaN when {@code rank} is 0
 * @param topScore the best score reported; NaN when nothing was reported
 * @param topTied whether two or more entries share the best score
 * @param otherHit whether an entry that is not a right answer scored at or above the threshold
 * @param conflictingHit whether an entry the query's evidence rules out ({@link
 *     LabelledQuery#conflicting}) scored at or above the threshold
 * @param falseBins reported scores of entries that are not a right answer, counted per {@link
 *     Histogram} bin
 */
record Outcome(
    int rank,
    double truthScore,
    double topScore,
    boolean topTied,
    boolean otherHit,
    boolean conflictingHit,
    int[] falseBins) {

  /** Whether the best reported match is a hit. */
  boolean hit(double threshold) {
    return topScore >= threshold;
  }

  /**
   * Reduces a ranked answer.
   *
   * @param ranked the reported matches, best first
   * @param truth the right entries (empty for a negative)
   * @param threshold the engine's alert threshold
   */
  static Outcome of(List<Engine.Scored> ranked, Set<String> truth, double threshold) {
    return of(ranked, truth, Set.of(), threshold);
  }

  /**
   * Reduces a ranked answer to a query whose evidence rules out the entries {@code conflicting}
   * ({@link LabelledQuery#conflicting}).
   */
  static Outcome of(
      List<Engine.Scored> ranked, Set<String> truth, Set<String> conflicting, double threshold) {
    int rank = 0;
    boolean conflictingHit = false;
    double truthScore = Double.NaN;
    boolean otherHit = false;
    int[] falseBins = new int[Histogram.BINS];
    for (int i = 0; i < ranked.size(); i++) {
      Engine.Scored s = ranked.get(i);
      if (truth.contains(s.id())) {
        if (rank == 0) {
          rank = i + 1;
          truthScore = s.score();
        }
      } else {
        falseBins[Histogram.bin(s.score())]++;
        otherHit |= s.score() >= threshold;
        conflictingHit |= s.score() >= threshold && conflicting.contains(s.id());
      }
    }
    double top = ranked.isEmpty() ? Double.NaN : ranked.get(0).score();
    boolean tied = ranked.size() > 1 && ranked.get(1).score() == top;
    return new Outcome(rank, truthScore, top, tied, otherHit, conflictingHit, falseBins);
  }
}
