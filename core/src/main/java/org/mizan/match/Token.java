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
 * @param arabicScript whether the part holds Arabic-script letters
 * @param kind the particle the part is (article al, nasab bin, kunya abu, abd), or {@link
 *     Particle#NONE} for a name part
 * @param skeletons the part's consonant skeletons: {@code skeleton} first, then those of its other
 *     readings (the Persian reading of {@code ث ذ ض ظ}, {@code ق ج} as g, a joined article
 *     assimilated to a sun letter as in {@code abdurrahman}), distinct
 */
record Token(
    String text,
    String latin,
    String skeleton,
    boolean latinScript,
    boolean arabicScript,
    Particle kind,
    List<String> skeletons) {
  /** Weight of a particle relative to an ordinary name part. */
  static final double PARTICLE_WEIGHT = 0.3;

  /**
   * Weight of the article: none, since lists and documents write it joined, hyphenated or not at
   * all ({@code al-Taher}, {@code Altaher}, {@code Taher}), so it tells nothing about who is meant.
   */
  static final double ARTICLE_WEIGHT = 0;

  Token {
    skeletons = List.copyOf(skeletons);
    if (skeletons.isEmpty() || !skeletons.get(0).equals(skeleton)) {
      throw new IllegalArgumentException("the first skeleton must be the part's own");
    }
  }

  /**
   * Whether the part's script writes its vowels: Latin, and every script but the abjads, Arabic,
   * Hebrew and Syriac, whose short vowels go unwritten. A part in Hangul, Han, kana, Cyrillic or
   * Greek is transliterated with its vowels ({@code 상호} as {@code sangho}), so its consonants alone
   * tell no more than a Latin spelling's do ({@code sangho} is not {@code chunyong}, though the
   * consonant skeletons of both are {@code sng}).
   */
  boolean vowelsWritten() {
    if (latinScript) {
      return true;
    }
    if (arabicScript) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HEBREW || script == Character.UnicodeScript.SYRIAC) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Whether the part has other readings than {@code skeleton}. */
  boolean hasOtherReading() {
    return skeletons.size() > 1;
  }

  /** Whether the part is a particle (al, bin, abu, abd) rather than a name part. */
  boolean particle() {
    return kind != Particle.NONE;
  }

  /**
   * A bit for the particle's kind when the particle has a weight ({@code 1 << kind.ordinal()}), 0
   * for a name part or the article: a query's particle of a kind counts for a list name only when
   * the name has a particle of that kind ({@link CandidateIndex}).
   */
  int weightedKind() {
    return particle() && weight() > 0 ? 1 << kind.ordinal() : 0;
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
