package org.mizan.eval;

import java.util.List;
import org.mizan.model.Watchlist;

/** A screening system under evaluation: Mizan, or the Jaro-Winkler baseline. */
interface Engine {
  /** The engine's name in the report ({@code mizan}, {@code jaro-winkler}). */
  String id();

  /** One sentence on how it scores, with its settings. */
  String description();

  /** Its alert threshold: a match scoring at least this is a hit. */
  double threshold();

  /** Prepares a searcher over one list (builds the index once; the searcher is thread-safe). */
  Searcher over(Watchlist list);

  /** Searches one prepared list. */
  interface Searcher {
    /**
     * The entries matching the query at or above the reporting floor, best first (score, then entry
     * id); all of them, not only the first ten.
     */
    List<Scored> search(LabelledQuery query);
  }

  /**
   * One entry's score for one query.
   *
   * @param id the entry id
   * @param score in [0, 1]
   */
  record Scored(String id, double score) {}
}
