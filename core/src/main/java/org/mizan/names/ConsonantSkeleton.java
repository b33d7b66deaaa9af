package org.mizan.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 7b: the consonant skeleton of an ASCII key, one rule set for every script, so that Latin
 * spellings and the transliteration of the Arabic meet ({@code hussein}, {@code husayn}, {@code
 * husain} and {@code حسين} → {@code hsyn} all give {@code hsn}).
 *
 * <p>In order:
 *
 * <ol>
 *   <li>digraphs, left to right without overlap: kh → k, gh → g, sh → s, ch → s, th → t, dh → d, ph
 *       → f, ck → k, dj → j (ICU writes خ غ ش ث ذ as kh gh sh th dh, English and French spellings
 *       write them the same way or drop the h; French spellings write ج as dj: Djamel, Hadj,
 *       Belhadj), and the trigraph dzh → j (Russian дж as BGN/PCGN writes it: Dzhamal, Dzhokhar,
 *       which is how Russian writes ج and the j of other languages);
 *   <li>letter classes: c before e, i or y → s (the soft c of Romance-language names and of French
 *       spellings of Arabic ones: {@code feliciano}, {@code cherif} aside as a digraph); q, other c
 *       → k; p → b; v → f (Arabic has no p or v);
 *   <li>the vowels and semivowels a e i o u y w are dropped: Latin spellings differ most in them,
 *       and Arabic writes short vowels not at all;
 *   <li>a final h is dropped (ta marbuta written as heh, and the -ah/-eh endings of Latin
 *       spellings), unless it is the only consonant: {@code yahia}, {@code yahya} and {@code يحيى}
 *       keep {@code h};
 *   <li>runs of the same letter become one (shadda is not written in Arabic, often doubled in
 *       Latin).
 * </ol>
 *
 * <p>Digits are kept. The skeleton of a part made only of vowels is empty.
 */
final class ConsonantSkeleton {
  private static final String DROPPED = "aeiouyw";

  private ConsonantSkeleton() {}

  /** The skeleton of {@code latin}, a key of ASCII lower-case letters and digits. */
  static String of(String latin) {
    StringBuilder consonants = new StringBuilder(latin.length());
    appendConsonants(consonants, latin);
    return finish(consonants);
  }

  /**
   * The skeleton of a key written letter by letter ({@code letters}: the ASCII key of each letter
   * of an Arabic-script part, in order), where a digraph never spans two letters: {@code سحر} is
   * {@code s} {@code h} {@code r}, skeleton {@code shr} as in the Latin {@code sahar}, where {@link
   * #of} on the joined key {@code shr} reads the {@code sh} of ش and gives {@code sr}.
   */
  static String ofLetters(List<String> letters) {
    StringBuilder consonants = new StringBuilder(letters.size() * 2);
    for (String letter : letters) {
      appendConsonants(consonants, letter);
    }
    return finish(consonants);
  }

  /**
   * The letters this skeleton drops ({@code a e i o u y w} and others that are no ASCII letter)
   * between each two consonants of {@code latin} that follow each other, in order: {@code muhammad}
   * gives {@code u, a, a}, {@code omar} gives {@code a}. A consonant written twice with nothing
   * between is one ({@code mm}), digraphs are one ({@code kh}, {@code sh}), and a final {@code h}
   * after another consonant is left out, as in {@link #of}; unlike {@link #of}, a consonant
   * repeated after a vowel is two ({@code mama}: {@code a}).
   */
  static List<String> medialGaps(String latin) {
    return medialGaps(latin, false);
  }

  /**
   * {@link #medialGaps(String)}, with the gap before a final {@code h} kept when {@code finalH}
   * (the h of a name that ends in {@code ح}, which a Latin spelling writes: Mamdouh).
   */
  static List<String> medialGaps(String latin, boolean finalH) {
    List<String> gaps = new ArrayList<>();
    StringBuilder gap = new StringBuilder();
    char last = 0;
    for (int i = 0; i < latin.length(); ) {
      int length = letterLength(latin, i);
      char c = letterClass(latin, i, length);
      i += length;
      if (DROPPED.indexOf(c) >= 0 || c < 'a' || c > 'z') {
        gap.append(c);
        continue;
      }
      if (last == c && gap.length() == 0) {
        continue;
      }
      if (last != 0) {
        gaps.add(gap.toString());
      }
      gap.setLength(0);
      last = c;
    }
    if (!finalH && last == 'h' && gap.length() == 0 && !gaps.isEmpty()) {
      gaps.remove(gaps.size() - 1);
    }
    return gaps;
  }

  /**
   * The length of the letter at {@code i} of {@code latin}: 3 for the trigraph {@code dzh}, 2 for a
   * digraph ({@code kh}), else 1.
   */
  private static int letterLength(String latin, int i) {
    if (latin.startsWith("dzh", i)) {
      return 3;
    }
    return i + 1 < latin.length() && digraph(latin.charAt(i), latin.charAt(i + 1)) != 0 ? 2 : 1;
  }

  /**
   * The letter the digraph {@code ab} stands for: kh k, gh g, sh s, ch s, th t, dh d, ph f, ck k,
   * dj j; 0 when {@code ab} is none of them.
   */
  private static char digraph(char a, char b) {
    if (b == 'h') {
      switch (a) {
        case 'k':
          return 'k';
        case 'g':
          return 'g';
        case 's':
        case 'c':
          return 's';
        case 't':
          return 't';
        case 'd':
          return 'd';
        case 'p':
          return 'f';
        default:
          return 0;
      }
    }
    if (a == 'd' && b == 'j') {
      return 'j';
    }
    return a == 'c' && b == 'k' ? 'k' : 0;
  }

  /**
   * The class of the letter of {@code length} at {@code i}: j for dzh, a digraph's letter, a soft c
   * as s, q and c as k, p as b, v as f, any other character itself.
   */
  private static char letterClass(String latin, int i, int length) {
    char c =
        length == 3
            ? 'j'
            : length == 2 ? digraph(latin.charAt(i), latin.charAt(i + 1)) : latin.charAt(i);
    return isSoftC(c, latin, i + length) ? 's' : letterClass(c);
  }

  /** Steps 1 to 3 on {@code latin}: its consonants, by class, appended to {@code consonants}. */
  private static void appendConsonants(StringBuilder consonants, String latin) {
    for (int i = 0; i < latin.length(); ) {
      int length = letterLength(latin, i);
      char c = letterClass(latin, i, length);
      i += length;
      if (DROPPED.indexOf(c) < 0) {
        consonants.append(c);
      }
    }
  }

  /**
   * Whether {@link #of} leaves out a final h of {@code latin} (step 4): its consonants, more than
   * one, end with an h that is no digraph's ({@code dhbyh}, not {@code sh}).
   */
  static boolean dropsFinalH(String latin) {
    StringBuilder consonants = new StringBuilder(latin.length());
    appendConsonants(consonants, latin);
    return endsWithDroppedH(consonants);
  }

  /** Step 4's condition: the consonants, more than one, end with an h. */
  private static boolean endsWithDroppedH(CharSequence consonants) {
    int length = consonants.length();
    return length > 1 && consonants.charAt(length - 1) == 'h';
  }

  /** Steps 4 and 5: a final h dropped (unless alone), runs made one. */
  private static String finish(StringBuilder consonants) {
    if (endsWithDroppedH(consonants)) {
      consonants.setLength(consonants.length() - 1);
    }
    StringBuilder skeleton = new StringBuilder(consonants.length());
    for (int i = 0; i < consonants.length(); i++) {
      char c = consonants.charAt(i);
      if (i == 0 || consonants.charAt(i - 1) != c) {
        skeleton.append(c);
      }
    }
    return skeleton.toString();
  }

  /** Whether {@code c} is a c followed, at {@code next}, by e, i or y. */
  private static boolean isSoftC(char c, String latin, int next) {
    return c == 'c' && next < latin.length() && "eiy".indexOf(latin.charAt(next)) >= 0;
  }

  private static char letterClass(char c) {
    switch (c) {
      case 'q':
      case 'c':
        return 'k';
      case 'p':
        return 'b';
      case 'v':
        return 'f';
      default:
        return c;
    }
  }
}
