package org.mizan.match;

import java.util.List;
import org.mizan.names.Particle;

/**
 * One comparable name part.
 *
 * @param text the part as normalised (for explanations)
 * @param latin ASCII transliteration
 * @param skeleton consonant skeleton, may be empty
 * @param latinScript whether the part was written in Latin script
 * @param kind the particle the part is (article al, nasab bin, kunya abu, abd), or {@link
 *     Particle#NONE} for a name part
 * @param reading a second skeleton the same writing gives: the Persian reading of {@code ث ذ ض ظ},
 *     or a joined article assimilated to a sun letter ({@code abdurrahman}); {@code skeleton} when
 *     there is none
 */
record Token(
    String text,
    String latin,
    String skeleton,
    boolean latinScript,
    Particle kind,
    String reading) {
  /** Weight of a particle relative to an ordinary name part. */
  static final double PARTICLE_WEIGHT = 0.3;

  /**
   * Weight of the article: none, since lists and documents write it joined, hyphenated or not at
   * all ({@code al-Taher}, {@code Altaher}, {@code Taher}), so it tells nothing about who is meant.
   */
  static final double ARTICLE_WEIGHT = 0;

  Token {
    // One instance when there is no second reading, so that the checks on the scoring path
    // (hasOtherReading) end at the identity test of String.equals.
    if (reading.equals(skeleton)) {
      reading = skeleton;
    }
  }

  /** Whether the part has a second skeleton ({@code reading} differs from {@code skeleton}). */
  boolean hasOtherReading() {
    return !reading.equals(skeleton);
  }

  /** The part's skeletons: {@code skeleton}, then {@code reading} when it differs. */
  List<String> skeletons() {
    return hasOtherReading() ? List.of(skeleton, reading) : List.of(skeleton);
  }

  /** Whether the part is a particle (al, bin, abu, abd) rather than a name part. */
  boolean particle() {
    return kind != Particle.NONE;
  }

  /**
   * The part's weight in name coverage: 1 for a name part, {@value #ARTICLE_WEIGHT} for the
   * article, {@value #PARTICLE_WEIGHT} for another particle.
   */
  double weight() {
    return switch (kind) {
      case NONE -> 1.0;
      case ARTICLE -> ARTICLE_WEIGHT;
      default -> PARTICLE_WEIGHT;
    };
  }
}
