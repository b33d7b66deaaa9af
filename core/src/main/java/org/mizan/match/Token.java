package org.mizan.match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mizan.names.EuropeanLetters;
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
 * @param vowelsWritten whether the part's script writes its vowels as letters ({@link
 *     #writesVowels})
 * @param shAcrossLetters whether {@code skeleton} reads an Arabic s before heh as sh ({@link
 *     org.mizan.names.NamePart#shAcrossLetters})
 * @param syllablesJoined whether the part is two short parts of a name written as one ({@code jong}
 *     and {@code un} as {@code jongun}; {@link NameForm}), which meets only a part of the same key
 * @param arabicWritings the skeletons of a part in Latin script with its European letters read as
 *     Arabic script writes them ({@link EuropeanLetters}), each counted only against a part in
 *     Arabic script that holds the letters it needs; not in {@code skeletons}
 * @param ending for a part that {@link NameForm} joined to a Persian or Pashto family-name ending
 *     written apart ({@code Ahmadi Nejad} as {@code ahmadinejad}, {@code احمد زی} as {@code
 *     احمدزي}): the ending as written, then every spelling of it ({@link
 *     org.mizan.names.NameNormalizer#endingSpellings}); such a part is alike only to a part that
 *     ends in one of them ({@link NameSimilarity#lowered}); empty for every other part
 * @param pieces for a part that a query's reading wrote as one of two name parts side by side
 *     ({@link org.mizan.names.NameNormalizer#partsJoined}, the particles before it perhaps joined
 *     to it, as any part's are): the two parts, as written apart; such a part is alike only to a
 *     part that splits into two pieces alike to them ({@link NameSimilarity#lowered}); empty for
 *     every other part
 */
record Token(
    String text,
    String latin,
    String skeleton,
    boolean latinScript,
    boolean arabicScript,
    Particle kind,
    List<String> skeletons,
    boolean vowelsWritten,
    boolean shAcrossLetters,
    boolean syllablesJoined,
    List<EuropeanLetters.Writing> arabicWritings,
    List<String> ending,
    List<Token> pieces) {
  /** Weight of a particle relative to an ordinary name part. */
  static final double PARTICLE_WEIGHT = 0.3;

  /**
   * Weight of the article: none, since lists and documents write it joined, hyphenated or not at
   * all ({@code al-Taher}, {@code Altaher}, {@code Taher}), so it tells nothing about who is meant.
   */
  static final double ARTICLE_WEIGHT = 0;

  Token {
    skeletons = List.copyOf(skeletons);
    arabicWritings = List.copyOf(arabicWritings);
    ending = List.copyOf(ending);
    pieces = List.copyOf(pieces);
    if (skeletons.isEmpty() || !skeletons.get(0).equals(skeleton)) {
      throw new IllegalArgumentException("the first skeleton must be the part's own");
    }
  }

  /**
   * Whether a part's script ({@code text}, written in Latin or Arabic script as the flags say)
   * writes its vowels as letters, which name normalisation keeps: Latin, Cyrillic, Greek, Armenian,
   * Georgian, Hangul, and Han and kana (ICU transliterates them with their vowels: {@code 상호} as
   * {@code sangho}). Their consonants alone then tell no more than a Latin spelling's do ({@code
   * sangho} is not {@code chunyong}, though the consonant skeletons of both are {@code sng}). Not
   * the abjads (Arabic, Hebrew, Syriac), whose short vowels go unwritten, nor the scripts that
   * write vowels as marks (Devanagari, Bengali, Thai, Thaana, …), which normalisation removes
   * ({@code हुसैन} is read {@code हसन}): their consonants carry the name.
   */
  static boolean writesVowels(String text, boolean latinScript, boolean arabicScript) {
    if (latinScript) {
      return true;
    }
    if (arabicScript) {
      return false;
    }
    boolean any = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      if (!VOWELS_AS_LETTERS.contains(Character.UnicodeScript.of(cp))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static final Set<Character.UnicodeScript> VOWELS_AS_LETTERS =
      EnumSet.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.CYRILLIC,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.ARMENIAN,
          Character.UnicodeScript.GEORGIAN,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA);

  /**
   * Whether a query's reading wrote the part as two name parts written as one ({@link #pieces}).
   */
  boolean partsJoined() {
    return !pieces.isEmpty();
  }

  /** Whether the part has other readings than {@code skeleton}, or writings in Arabic script. */
  boolean hasOtherReading() {
    return skeletons.size() > 1 || !arabicWritings.isEmpty();
  }

  /**
   * Every skeleton the part may be compared through: {@code skeletons}, then those of {@code
   * arabicWritings} (for bounds, which hold whatever the counterpart).
   */
  List<String> boundSkeletons() {
    if (arabicWritings.isEmpty()) {
      return skeletons;
    }
    List<String> all = new ArrayList<>(skeletons);
    arabicWritings.forEach(w -> all.add(w.skeleton()));
    return all;
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
   * The part's weight in name coverage: 1 for a name part (2 for two parts joined, {@link
   * #syllablesJoined}, so that joining them weighs the name's other parts no more), {@value
   * #ARTICLE_WEIGHT} for the article, {@value #PARTICLE_WEIGHT} for another particle.
   */
  double weight() {
    return switch (kind) {
      case NONE -> syllablesJoined ? 2.0 : 1.0;
      case ARTICLE -> ARTICLE_WEIGHT;
      default -> PARTICLE_WEIGHT;
    };
  }
}
