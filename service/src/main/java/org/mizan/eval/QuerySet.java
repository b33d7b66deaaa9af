package org.mizan.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mizan.model.Watchlist;

/**
 * One run of a suite: labelled queries against one list.
 *
 * @param suite the suite it belongs to
 * @param name unique in a report, {@code suite/variant} (e.g. {@code cross-script/name-only})
 * @param description what the queries are and how they were made, one or two sentences
 * @param positive whether the queries are listed people ({@link LabelledQuery#truth()} set) or
 *     people on no list
 * @param evidence what the queries give besides the name
 * @param list the list searched
 * @param queries the queries of the split asked for, in a stable order
 * @param counts how the queries were selected, in order (e.g. rows read, rows excluded and why)
 * @param partOf the name of the set whose queries these are a part of, shown on their own and not
 *     pooled again ({@link Calibration#pooled}); empty for a set of its own
 */
record QuerySet(
    Suite suite,
    String name,
    String description,
    boolean positive,
    Evidence evidence,
    Watchlist list,
    List<LabelledQuery> queries,
    Map<String, Long> counts,
    String partOf) {
  /** A set of its own ({@code partOf} empty). */
  QuerySet(
      Suite suite,
      String name,
      String description,
      boolean positive,
      Evidence evidence,
      Watchlist list,
      List<LabelledQuery> queries,
      Map<String, Long> counts) {
    this(suite, name, description, positive, evidence, list, queries, counts, "");
  }

  QuerySet {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(partOf, "partOf");
    queries = List.copyOf(queries);
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    for (LabelledQuery q : queries) {
      if (q.truth().isEmpty() == positive) {
        throw new IllegalArgumentException(
            name
                + ": a "
                + (positive ? "positive" : "negative")
                + " set holds a query that is not");
      }
    }
  }

  /**
   * Whether some query names entries its evidence rules out ({@link LabelledQuery#conflicting}).
   */
  boolean rulesOutEntries() {
    return queries.stream().anyMatch(q -> !q.conflicting().isEmpty());
  }
}
