package org.mizan.bench;

import java.util.SplittableRandom;

/**
 * The spelling changes of the benchmark's variant names: one vowel for another, a letter doubled.
 */
final class Spellings {
  private static final String VOWELS = "aeiou";

  private Spellings() {}

  /**
   * {@code word} with one of its Latin vowels replaced by another ({@code mohammed} → {@code
   * muhammed}); unchanged when it has none.
   */
  static String changeVowel(String word, SplittableRandom random) {
    int[] vowels =
        word.chars().filter(c -> VOWELS.indexOf(Character.toLowerCase(c)) >= 0).toArray();
    if (vowels.length == 0) {
      return word;
    }
    int count = 0;
    int target = random.nextInt(vowels.length);
    StringBuilder b = new StringBuilder(word);
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      int v = VOWELS.indexOf(Character.toLowerCase(c));
      if (v < 0) {
        continue;
      }
      if (count++ == target) {
        char other = VOWELS.charAt((v + 1 + random.nextInt(VOWELS.length() - 1)) % VOWELS.length());
        b.setCharAt(i, Character.isUpperCase(c) ? Character.toUpperCase(other) : other);
        break;
      }
    }
    return b.toString();
  }

  /** {@code word} with one letter written twice ({@code hasan} → {@code hassan}). */
  static String doubleLetter(String word, SplittableRandom random) {
    if (word.isEmpty()) {
      return word;
    }
    int i = random.nextInt(word.length());
    return word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1);
  }
}
