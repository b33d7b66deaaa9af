package org.mizan.match;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;

/**
 * A scored candidate: one list entry, its score for one subject, and why.
 *
 * @param source the list source id the entry comes from
 * @param entry the list entry
 * @param score the score in [0, 1]
 * @param queryName the subject's name as given
 * @param listName the entry name that matched best, as the list writes it
 * @param listNameType the role of that name
 * @param explanation the feature scores that made {@code score}, name first
 */
public record Match(
    String source,
    ListEntry entry,
    double score,
    String queryName,
    String listName,
    NameType listNameType,
    List<FeatureScore> explanation) {

  /** The contract's order: score (highest first), then source, then entry id (string order). */
  public static final Comparator<Match> RANKING =
      Comparator.comparingDouble(Match::score)
          .reversed()
          .thenComparing(Match::source)
          .thenComparing(m -> m.entry().id());

  public Match {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(queryName, "queryName");
    Objects.requireNonNull(listName, "listName");
    Objects.requireNonNull(listNameType, "listNameType");
    explanation = List.copyOf(explanation);
    if (explanation.isEmpty() || !explanation.get(0).feature().equals(Feature.NAME.id())) {
      throw new IllegalArgumentException("an explanation starts with the name feature");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }
}
