package org.mizan.names;

import java.util.List;
import java.util.Objects;

/**
 * One part of a normalised name.
 *
 * @param text the part in its own script after normalisation (Latin lower-case without diacritics;
 *     Arabic letters normalised), never blank
 * @param latin ASCII lower-case transliteration of {@code text} ({@code [a-z0-9]*}); for Latin text
 *     the text itself; for Arabic script the ICU4J consonant-and-long-vowel rendering ({@code حسين}
 *     becomes {@code hsyn}); may be empty when nothing of the part has an ASCII rendering
 * @param skeleton the consonant skeleton of {@code latin}, comparable across scripts ({@code
 *     hussein}, {@code husayn} and {@code حسين} all give {@code hsn}); may be empty for a part made
 *     only of vowels
 * @param particle the particle this part is, {@link Particle#NONE} for an ordinary name part
 * @param readingSkeletons the skeletons of the part's other readings ({@link ArabicReadings}: the
 *     Persian reading of {@code ث ذ ض ظ}, so {@code فضل} is also {@code fzl}, "Fazl"; {@code ق} and
 *     {@code ج} as g, so {@code قاسمي} is also {@code gsm}, "Gasmi"; Cyrillic {@code х} as k, so
 *     {@code Халид} is also {@code kld}, {@link NameNormalizer#khaAsK}), distinct and none equal to
 *     {@code skeleton}; empty for most other parts
 * @param shAcrossLetters whether {@code skeleton} reads {@code س} or {@code ص} before {@code ه} as
 *     the one letter {@code ش}, as the joined {@code latin} spells them ({@code سهيل}, Suhail,
 *     {@code shyl}: skeleton {@code sl}, letter by letter {@code shl}); a Latin spelling meets that
 *     skeleton only when it writes sh (the matcher); false for most parts and every part not in
 *     Arabic script
 * @param arabicWritings the skeletons of a part in Latin script with its European letters read as
 *     Arabic script writes them ({@link EuropeanLetters}: Charles as {@code تشارلز}), each counted
 *     only against a part in Arabic script that holds the letters it needs; empty for most parts
 *     and every part not in Latin script
 */
public record NamePart(
    String text,
    String latin,
    String skeleton,
    Particle particle,
    List<String> readingSkeletons,
    boolean shAcrossLetters,
    List<EuropeanLetters.Writing> arabicWritings) {
  public NamePart {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(latin, "latin");
    Objects.requireNonNull(skeleton, "skeleton");
    Objects.requireNonNull(particle, "particle");
    readingSkeletons = List.copyOf(readingSkeletons);
    arabicWritings = List.copyOf(arabicWritings);
    if (text.isBlank()) {
      throw new IllegalArgumentException("a name part must not be blank");
    }
  }

  /** A part whose letters have one reading. */
  public NamePart(String text, String latin, String skeleton, Particle particle) {
    this(text, latin, skeleton, particle, List.of(), false, List.of());
  }

  /** Whether this part is a particle rather than an ordinary name part. */
  public boolean isParticle() {
    return particle != Particle.NONE;
  }
}
