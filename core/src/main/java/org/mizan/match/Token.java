package org.mizan.match;

import java.util.List;

/**
 * One comparable name part.
 *
 * @param text the part as normalised (for explanations)
 * @param latin ASCII transliteration
 * @param skeleton consonant skeleton, may be empty
 * @param latinScript whether the part was written in Latin script
 * @param particle whether the part is a particle (al, bin, abu, abd)
 * @param reading a second skeleton the same writing gives: the Persian reading of {@code ث ذ ض ظ},
 *     or a joined article assimilated to a sun letter ({@code abdurrahman}); {@code skeleton} when
 *     there is none
 */
record Token(
    String text,
    String latin,
    String skeleton,
    boolean latinScript,
    boolean particle,
    String reading) {
  /** Weight of a particle relative to an ordinary name part. */
  static final double PARTICLE_WEIGHT = 0.3;

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

  /** The part's weight in name coverage: 1, or {@value #PARTICLE_WEIGHT} for a particle. */
  double weight() {
    return particle ? PARTICLE_WEIGHT : 1.0;
  }
}
