package org.mizan.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * How Arabic script writes letters of European names that a Latin key's consonant skeleton reads
 * otherwise: Arabic-language lists, court records and camp registers write the names of Europeans
 * (Charles {@code تشارلز}, Christian {@code كريستيان}, Max {@code ماكس}, Jones {@code جونز}, John
 * {@code جون}) by their sound, where {@link ConsonantSkeleton} reads ch as sh, keeps x and the s of
 * -s, and keeps the h of John. Each writing is the skeleton the Latin key has when its letters are
 * read as the Arabic writes them, and the Arabic letters that writing needs: it counts only against
 * a part in Arabic script that holds them (Chase is not {@code تساي}, Tsai, whose {@code ت} and
 * {@code س} are no {@code تش}), never against another Latin spelling.
 *
 * <p>The writings, each alone or with the others:
 *
 * <ul>
 *   <li>ch as {@code تش} (tsh: Charles, Richard, Chung) and, in the Greek stems chris and chrys, as
 *       {@code ك} (Christian, Christopher, Chris);
 *   <li>x as {@code كس} (ks: Max, Felix, Alexander);
 *   <li>a last s voiced, as a last {@code ز}: after a consonant (Williams, Evans, Edwards), and as
 *       -es after a consonant, the e unspoken, where the Arabic writes no long vowel before the
 *       {@code ز} (Jones, Charles, Miles);
 *   <li>the h of ohn unspoken, written {@code ون} (John, Johnson, Johnny, Kohn).
 * </ul>
 *
 * <p>Each counts only against a part that holds none of the letters Arabic script keeps for words
 * of its own ({@code ع ح ص ض ط ظ ق}: Mats is not {@code معتز}, Moataz; Aws is not {@code عزيز}). A
 * writing of a key that begins with a vowel counts only against a part that begins with alef (Ermes
 * is not {@code رامز}, Ramez; Evers is not {@code فيروز}). A writing's skeleton has three
 * consonants or more, John's two aside (Epps is not {@code باز}, Nuyens not {@code نواز}, Nawaz).
 *
 * <p>Measured on Wikidata's aligned Arabic and Latin labels of person names (COLING 2018, {@code
 * names/wikidata-coling2018} in the shared data; the one-part pairs seen three times or more), the
 * share of pairs whose parts score at least 0.85, weighted by how often each pair occurs, went from
 * 0.806 to 0.887 (docs/matching.md gives the figures and what was tried and left out).
 */
public final class EuropeanLetters {
  /** The letters of Latin keys counted as vowels here; w too, which a skeleton drops. */
  private static final String VOWELS = "aeiouyw";

  private static final String TSH = "\u062a\u0634";
  private static final String KAF = "\u0643";
  private static final String KAF_SEEN = "\u0643\u0633";
  private static final String WAW_NOON = "\u0648\u0646";

  /** A need that the Arabic part begin with the letters after this mark. */
  private static final char FIRST = '^';

  /** A need that the Arabic part end with the letters after this mark. */
  private static final char LAST = '$';

  /**
   * A need that the Arabic part end with the letter after this mark, with no long vowel letter
   * ({@code ا و ي}) before it.
   */
  private static final char LAST_UNVOWELLED = '#';

  /** A need that the Arabic part hold none of the letters after this mark. */
  private static final char NONE_OF = '~';

  private static final String FIRST_ALEF = FIRST + "\u0627";
  private static final String LAST_ZAIN = LAST + "\u0632";
  private static final String LAST_ZAIN_UNVOWELLED = LAST_UNVOWELLED + "\u0632";

  /**
   * The letters Arabic script keeps for words of its own and does not write in European names:
   * {@code ع ح ص ض ط ظ ق}.
   */
  private static final String NOT_EUROPEAN = NONE_OF + "\u0639\u062d\u0635\u0636\u0637\u0638\u0642";

  /** The fewest consonants of a writing's skeleton. */
  private static final int MIN_CONSONANTS = 3;

  /** The fewest consonants of a skeleton with the h of ohn unspoken alone (John). */
  private static final int MIN_CONSONANTS_OHN = 2;

  /**
   * One writing of a Latin part.
   *
   * @param skeleton the consonant skeleton of the Latin key read so ({@link ConsonantSkeleton}),
   *     never the key's own
   * @param arabic what the writing needs of the Arabic-script part's normalised text: each entry a
   *     sequence of letters it must hold, or begin with after {@code ^}, or end with after {@code
   *     $} (after {@code #}, with no long vowel letter before it), or none of the letters after
   *     {@code ~}; never empty
   */
  public record Writing(String skeleton, List<String> arabic) {
    public Writing {
      Objects.requireNonNull(skeleton, "skeleton");
      arabic = List.copyOf(arabic);
      if (arabic.isEmpty()) {
        throw new IllegalArgumentException("a writing needs Arabic letters");
      }
    }

    /** Whether the Arabic-script {@code text} holds what this writing needs. */
    public boolean spelt(String text) {
      for (String need : arabic) {
        String letters = need.substring(1);
        boolean held =
            switch (need.charAt(0)) {
              case FIRST -> text.startsWith(letters);
              case LAST -> text.endsWith(letters);
              case LAST_UNVOWELLED -> endsUnvowelled(text, letters);
              case NONE_OF -> holdsNone(text, letters);
              default -> text.contains(need);
            };
        if (!held) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * One way of reading some letters of a key: the key read so, what the Arabic must hold, and the
   * fewest consonants its skeleton must have.
   */
  private record Reading(String key, Set<String> arabic, int minConsonants) {}

  private EuropeanLetters() {}

  /**
   * The writings of {@code latin}, the ASCII key of a part written in Latin script, distinct by
   * skeleton and none with the key's own skeleton; empty for most keys of Arabic names.
   */
  public static List<Writing> of(String latin) {
    List<Reading> readings = List.of(new Reading(latin, Set.of(), 0));
    if (latin.contains("ch")) {
      readings = also(readings, r -> european(r, r.key().replace("ch", "tsh"), TSH));
      if (latin.startsWith("chris") || latin.startsWith("chrys")) {
        readings = also(readings, r -> european(r, "k" + r.key().substring(2), KAF));
      }
    }
    if (latin.indexOf('x') >= 0) {
      readings = also(readings, r -> european(r, r.key().replace("x", "ks"), KAF_SEEN));
    }
    if (latin.endsWith("s")) {
      readings = also(readings, EuropeanLetters::voicedS);
    }
    if (latin.contains("ohn")) {
      readings = also(readings, EuropeanLetters::ohn);
    }
    String own = ConsonantSkeleton.of(latin);
    boolean vowelFirst = !latin.isEmpty() && "aeiou".indexOf(latin.charAt(0)) >= 0;
    Map<String, Writing> out = new LinkedHashMap<>();
    for (Reading r : readings.subList(1, readings.size())) {
      String skeleton = ConsonantSkeleton.of(r.key());
      if (skeleton.length() < r.minConsonants() || skeleton.equals(own)) {
        continue;
      }
      Set<String> arabic = vowelFirst ? with(r.arabic(), FIRST_ALEF) : r.arabic();
      out.putIfAbsent(skeleton, new Writing(skeleton, List.copyOf(arabic)));
    }
    return List.copyOf(out.values());
  }

  /** Each reading, and each read again by {@code step} where that changes its key. */
  private static List<Reading> also(List<Reading> readings, UnaryOperator<Reading> step) {
    List<Reading> out = new ArrayList<>(readings);
    for (Reading r : readings) {
      Reading next = step.apply(r);
      if (!next.key().equals(r.key())) {
        out.add(next);
      }
    }
    return out;
  }

  private static Set<String> with(Set<String> arabic, String need) {
    Set<String> out = new TreeSet<>(arabic);
    out.add(need);
    return out;
  }

  /** {@code r} read as {@code key}, a European name's writing that needs {@code letters}. */
  private static Reading european(Reading r, String key, String letters) {
    return new Reading(
        key,
        with(with(r.arabic(), letters), NOT_EUROPEAN),
        Math.max(r.minConsonants(), MIN_CONSONANTS));
  }

  /** The h of ohn unspoken, written {@code ون}: John {@code جون}. */
  private static Reading ohn(Reading r) {
    Reading read = european(r, r.key().replace("ohn", "on"), WAW_NOON);
    // John alone may have two consonants; with another writing, three (Johns).
    int min = r.minConsonants() == 0 ? MIN_CONSONANTS_OHN : read.minConsonants();
    return new Reading(read.key(), read.arabic(), min);
  }

  /** Whether {@code text} holds none of {@code letters}. */
  private static boolean holdsNone(String text, String letters) {
    for (int i = 0; i < letters.length(); i++) {
      if (text.indexOf(letters.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} ends with {@code last} and no long vowel letter before it. */
  private static boolean endsUnvowelled(String text, String last) {
    if (!text.endsWith(last) || text.length() == last.length()) {
      return false;
    }
    return "\u0627\u0648\u064a".indexOf(text.charAt(text.length() - last.length() - 1)) < 0;
  }

  /**
   * A last s voiced, as a last z, against a part that ends in {@code ز}: after a consonant other
   * than s and h (Evans, Williams, Edwards), and as -es after a consonant where the Arabic writes
   * no long vowel before the {@code ز}, the e unspoken (Jones {@code جونز}, Charles {@code تشارلز};
   * not the spoken e of Younes against {@code يانيز}, Yanez, nor Abbes against {@code باز}). Not
   * after another vowel or w, where Arabic names end in s (Abbas, Anas, Idris, Yunus, Aws), nor
   * between vowels (Naser, Nizar's {@code نزار}); nor where the Arabic {@code ز} is not last (Ines
   * against {@code عنزي}, Anazi; Torres against {@code ترزي}).
   */
  private static Reading voicedS(Reading r) {
    String key = r.key();
    int last = key.length() - 1;
    if (last < 2 || key.charAt(last) != 's') {
      return r;
    }
    char before = key.charAt(last - 1);
    boolean consonant = VOWELS.indexOf(before) < 0 && before != 's' && before != 'h';
    boolean silentE = before == 'e' && VOWELS.indexOf(key.charAt(last - 2)) < 0;
    if (!consonant && !silentE) {
      return r;
    }
    return european(r, key.substring(0, last) + "z", consonant ? LAST_ZAIN : LAST_ZAIN_UNVOWELLED);
  }
}
