package org.mizan.match;

import java.util.Objects;

/**
 * One line of an explanation: which query value was compared with which list value, by which
 * feature, with what result.
 *
 * @param feature the feature's id ({@link Feature#id()})
 * @param weight the feature's weight in the weighted mean
 * @param score the feature's score in [0, 1]
 * @param query the query value compared, as given
 * @param list the list value compared, as the list writes it
 * @param detail a short human-readable account of the comparison
 */
public record FeatureScore(
    String feature, double weight, double score, String query, String list, String detail) {
  public FeatureScore {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(detail, "detail");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("feature score out of [0, 1]: " + score);
    }
  }
}
