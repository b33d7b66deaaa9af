package org.mizan.names;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 6: the split of a normalised name into parts, with the particles recognised.
 *
 * <p>Parts are the space-separated tokens of the normalised text. A token is a particle when it is
 * one of the words below on its own (the text is already lower-case and folded, so {@code Al},
 * {@code AL} and {@code أبو} arrive as {@code al} and {@code ابو}):
 *
 * <ul>
 *   <li>{@link Particle#ARTICLE}: al, el, ال;
 *   <li>{@link Particle#NASAB}: bin, ibn, ben, bint, ould, weld, wuld, walad and mint (Mauritanian,
 *       son and daughter of), بن, ابن, بنت, ولد, منت, and bn, abn, bnt;
 *   <li>{@link Particle#KUNYA}: abu, abou, abo, abul, aboul, abol (abu with the article, as in Abul
 *       Hassan, Abol Fazl), umm, um, ابو, ام, and abw;
 *   <li>{@link Particle#ABD}: abd, abdul, abdel, abdal, abdol and abdoul (abd with the article as
 *       Persian and French spellings write it, as in Abdol Reza, Abdoul Karim, as abol and aboul
 *       write abu's), عبد, and ebd; and abd with the article assimilated to a sun letter, written
 *       as a word (abdur, abdus, abdush, abduz, abdun, abdut, abduth, abdud, abdudh, abder, abdes:
 *       Abdur Rahman, Abdus Salam).
 * </ul>
 *
 * <p>Each also in Cyrillic, as Russian practical transcription writes Arabic names: аль, ал, эль,
 * эл and the article assimilated to a sun letter (ар, ас, аш, ат, аз, ад; not ан, also the Korean
 * family name An); ибн, бин, бен, бинт; абу, умм; абд, абдул, абдуль, абдель, абдаль, абдур, абдус.
 *
 * <p>And in Hebrew, as it writes Arabic names: אל, א (the article before a sun letter); בן, בין;
 * אבו; עבד, עבדול.
 *
 * <p>The last of each list are the ICAO Doc 9303 X-scheme spellings (Part 3, Table C) of the Arabic
 * particles in passports' machine-readable zones: letters only, ع as E ({@code ABW<BKR}).
 *
 * <p>Arabic writes the article joined to its word: a token that starts with {@code ال} followed by
 * at least two more letters is split into the article and the rest ({@code التكريتي} → {@code ال}
 * {@code تكريتي}), except {@code الله}, which is one word. It also writes the second element of a
 * compound name joined to the first, where others write it apart: a token that ends in {@code الله}
 * or {@code الدين} after at least two letters that are not a particle is split before that element
 * ({@code نورالدين} → {@code نور} {@code ال} {@code دين}, as {@code نور الدين}; {@code عزتالله},
 * from {@code عزت‌الله} once the zero-width non-joiner is removed, → {@code عزت} {@code الله}).
 * Latin tokens are never split ({@code alexander}, joined {@code altikriti}); a hyphenated {@code
 * al-tikriti} was already split by {@link Separators}.
 */
final class Particles {
  /** The Arabic article as normalised. */
  static final String ARABIC_ARTICLE = "ال";

  /** الله, the name of God: its first letters are not the article before a part {@code له}. */
  static final String ALLAH = "\u0627\u0644\u0644\u0647";

  private static final int MIN_LETTERS_AFTER_ARTICLE = 2;

  /** الدين, "of the religion", the second element of compounds such as نور الدين. */
  private static final String AL_DIN = "\u0627\u0644\u062F\u064A\u0646";

  static final String ABD = "\u0639\u0628\u062F"; // عبد

  /** The fewest letters before a compound's second element for a token to be split there. */
  private static final int MIN_LETTERS_BEFORE_ELEMENT = 2;

  private static final Map<String, Particle> WORDS = words();

  /** A token of a name and the particle it is. */
  record Token(String text, Particle particle) {}

  private Particles() {}

  /** The tokens of {@code normalized} (the output of steps 1-5), Arabic articles split off. */
  static List<Token> split(String normalized) {
    List<Token> tokens = new ArrayList<>();
    for (String word : normalized.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (startsWithJoinedArticle(word)) {
        tokens.add(new Token(ARABIC_ARTICLE, Particle.ARTICLE));
        word = word.substring(ARABIC_ARTICLE.length());
      }
      String element = compoundElement(word);
      if (element.isEmpty()) {
        tokens.add(new Token(word, classify(word)));
        continue;
      }
      tokens.add(new Token(word.substring(0, word.length() - element.length()), Particle.NONE));
      if (element.equals(ALLAH)) {
        tokens.add(new Token(ALLAH, Particle.NONE));
      } else {
        tokens.add(new Token(ARABIC_ARTICLE, Particle.ARTICLE));
        tokens.add(new Token(element.substring(ARABIC_ARTICLE.length()), Particle.NONE));
      }
    }
    return tokens;
  }

  /**
   * The compound element ({@code الله}, {@code الدين}) that {@code word} ends in after at least
   * {@value #MIN_LETTERS_BEFORE_ELEMENT} letters that are not a particle and do not end in {@code
   * عبد} ({@code عبدالله} and {@code ابوعبدالله} stay as they are), or empty.
   */
  private static String compoundElement(String word) {
    for (String element : List.of(ALLAH, AL_DIN)) {
      if (word.length() > element.length() && word.endsWith(element)) {
        String head = word.substring(0, word.length() - element.length());
        boolean letters =
            head.codePoints().filter(UCharacter::isLetter).count() >= MIN_LETTERS_BEFORE_ELEMENT;
        // عبدالله is one name, also after a kunya (ابوعبدالله).
        boolean abd = head.endsWith(ABD);
        return letters && !abd && classify(head) == Particle.NONE ? element : "";
      }
    }
    return "";
  }

  /**
   * {@code word} as it is read when it is {@code عبد} and the article joined to a name that begins
   * with a sun letter, the article assimilated: {@code عبدالرحمن} read {@code عبدرحمن}
   * (Abdurrahman, as {@code عبد الرحمن} written apart is, {@code match.NameForm}), {@code
   * عبدالسلام} read {@code عبدسلام} (Abdessalam); empty for any other word, {@code عبدالله} among
   * them ({@code الله} is one word, not the article and a name: {@link #startsWithJoinedArticle}).
   */
  static String withAssimilatedArticle(String word) {
    if (!word.startsWith(ABD)) {
      return "";
    }
    String rest = word.substring(ABD.length());
    return startsWithJoinedArticle(rest)
            && NameNormalizer.startsWithArabicSunLetter(rest.substring(ARABIC_ARTICLE.length()))
        ? ABD + rest.substring(ARABIC_ARTICLE.length())
        : "";
  }

  /** The Latin spellings (ASCII) of the kunya and of abd. */
  static List<String> latinKunyaAndAbd() {
    return LATIN_KUNYA_AND_ABD;
  }

  private static final List<String> LATIN_KUNYA_AND_ABD =
      WORDS.entrySet().stream()
          .filter(e -> e.getValue() == Particle.KUNYA || e.getValue() == Particle.ABD)
          .map(Map.Entry::getKey)
          .filter(w -> w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
          .toList();

  /** The particle that the single token {@code word} is, {@link Particle#NONE} for a name part. */
  static Particle classify(String word) {
    return WORDS.getOrDefault(word, Particle.NONE);
  }

  private static boolean startsWithJoinedArticle(String word) {
    if (!word.startsWith(ARABIC_ARTICLE) || word.equals(ALLAH)) {
      return false;
    }
    String rest = word.substring(ARABIC_ARTICLE.length());
    return rest.codePoints().filter(UCharacter::isLetter).limit(MIN_LETTERS_AFTER_ARTICLE).count()
        == MIN_LETTERS_AFTER_ARTICLE;
  }

  private static Map<String, Particle> words() {
    Map<String, Particle> words = new HashMap<>();
    for (String w : List.of("al", "el", "ال")) {
      words.put(w, Particle.ARTICLE);
    }
    for (String w :
        List.of(
            "bin", "ibn", "ben", "bint", "ould", "weld", "wuld", "walad", "mint", "بن", "ابن",
            "بنت", "ولد", "منت", "bn", "abn", "bnt")) {
      words.put(w, Particle.NASAB);
    }
    for (String w :
        List.of("abu", "abou", "abo", "abul", "aboul", "abol", "umm", "um", "ابو", "ام", "abw")) {
      words.put(w, Particle.KUNYA);
    }
    for (String w : List.of("abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "عبد", "ebd")) {
      words.put(w, Particle.ABD);
    }
    // The same particles in Cyrillic, as Russian practical transcription writes Arabic names
    // (Абу Бакр аль-Багдади, Айман аз-Завахири, Саддам Хусейн ат-Тикрити): the article before a
    // sun letter is written assimilated, as it is said. Not ан (an-), which is also the Korean
    // family name An as Russian writes it.
    for (String w : List.of("аль", "ал", "эль", "эл", "ар", "ас", "аш", "ат", "аз", "ад")) {
      words.put(w, Particle.ARTICLE);
    }
    for (String w : List.of("ибн", "бин", "бен", "бинт")) {
      words.put(w, Particle.NASAB);
    }
    for (String w : List.of("абу", "умм")) {
      words.put(w, Particle.KUNYA);
    }
    for (String w : List.of("абд", "абдул", "абдуль", "абдель", "абдаль", "абдур", "абдус")) {
      words.put(w, Particle.ABD);
    }
    // The same particles in Hebrew, as Hebrew writes Arabic names (אבו בכר אל-בע'דאדי, חסן בן
    // עלי, עבד אל-רחמן, מוקתדא א-סדר): the article, also as the alef Hebrew writes for it before a
    // sun letter (א-); bin (בן, also Hebrew's own "son of", as Latin ben is; בין); abu; abd. Not
    // אבן (ibn, also the family name Even) nor אום (umm, written Oum in French spellings, which
    // are not particles).
    for (String w : List.of("\u05D0\u05DC", "\u05D0")) { // אל א
      words.put(w, Particle.ARTICLE);
    }
    for (String w : List.of("\u05D1\u05DF", "\u05D1\u05D9\u05DF")) { // בן בין
      words.put(w, Particle.NASAB);
    }
    for (String w : List.of("\u05D0\u05D1\u05D5")) { // אבו
      words.put(w, Particle.KUNYA);
    }
    for (String w : List.of("\u05E2\u05D1\u05D3", "\u05E2\u05D1\u05D3\u05D5\u05DC")) {
      words.put(w, Particle.ABD); // עבד עבדול
    }
    // abd with the article assimilated to the sun letter the next name begins with, written as a
    // word of its own (South Asian Abdur Rahman, Abdus Salam, Abdush Shakur, Abdun Nur; Maghrebi
    // Abder Rahmane, Abdes Salam).
    for (String w :
        List.of(
            "abdur", "abdus", "abdush", "abduz", "abdun", "abdut", "abduth", "abdud", "abdudh",
            "abder", "abdes")) {
      words.put(w, Particle.ABD);
    }
    return Map.copyOf(words);
  }
}
