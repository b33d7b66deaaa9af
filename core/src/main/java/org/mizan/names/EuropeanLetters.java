package org.mizan.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How Arabic script writes the letters of European names that a Latin key's consonant skeleton
 * reads otherwise: Arabic-language lists, court records and camp registers write the names of
 * Europeans (Charles {@code تشارلز}, Christian {@code كريستيان}, Max {@code ماكس}, Jones {@code
 * جونز}, John {@code جون}) by their sound, where {@link ConsonantSkeleton} reads ch as sh, keeps x
 * and the s of -s, and keeps the h of John. Each writing is the skeleton the Latin key has when its
 * letters are read as the Arabic writes them, and the Arabic letters that writing needs: it counts
 * only against a part in Arabic script that holds them (Chase is not {@code تساي}, Tsai, whose
 * {@code ت} and {@code س} are no {@code تش}), never against another Latin spelling.
 *
 * <p>The writings, each alone or with the others:
 *
 * <ul>
 *   <li>ch as {@code تش} (tsh: Charles, Richard, Chung) and, first before r or l, as {@code ك}
 *       (Christian, Chris, Christopher, Chloe, as Greek-born names write it);
 *   <li>x as {@code كس} (ks: Max, Felix, Alexander);
 *   <li>a last s voiced, as a last {@code ز}: after a consonant (Williams, Evans, Edwards), and as
 *       -es after a consonant, the e unspoken, where the Arabic writes no long vowel before the
 *       {@code ز} (Jones, Charles, Miles);
 *   <li>the h of ohn unspoken, written {@code ون} (John, Johnson, Johnny, Kohn).
 * </ul>
 *
 * <p>Measured on Wikidata's aligned Arabic and Latin labels of person names (COLING 2018, {@code
 * names/wikidata-coling2018} in the shared data; the one-part pairs seen three times or more), the
 * share of pairs whose parts score at least 0.85 went from 0.806 to 0.889, weighted by how often
 * each pair occurs. Left out, because they made other names alike: j as y (Jasser and {@code ياسر},
 * Yasser; Jund and {@code نادية}: a skeleton drops y), which Bosnian spellings of Arabic names
 * would have wanted (Jusuf {@code يوسف}); j as the Spanish {@code خ} (Jon and {@code خان}, Khan); w
 * as the German v (Wali and {@code فيلي}, Marwan and {@code مارفن}); ch as k elsewhere (the
 * Maghrebi ch of Bouchra {@code بشرى} against {@code بكري}, Bakri; Japanese Takeuchi, German
 * Brecht); an s after a vowel or between vowels as z (Naser and {@code نزار}, Nizar), a last s as a
 * {@code ز} not last (Ines and {@code عنزي}, Anazi), and -es as z before a long vowel letter
 * (Younes and {@code يانيز}, Yanez; Yves and {@code فايز}, Fayez).
 */
public final class EuropeanLetters {
  /** The letters of Latin keys counted as vowels here. */
  private static final String VOWELS = "aeiouy";

  private static final String TSH = "\u062a\u0634";
  private static final String KAF = "\u0643";
  private static final String KAF_SEEN = "\u0643\u0633";
  private static final String WAW_NOON = "\u0648\u0646";

  /** A need that the Arabic part end with the letters after this mark. */
  private static final char LAST = '$';

  /**
   * A need that the Arabic part end with the letter after this mark, with no long vowel letter
   * ({@code ا و ي}) before it.
   */
  private static final char LAST_UNVOWELLED = '#';

  private static final String LAST_ZAIN = LAST + "\u0632";
  private static final String LAST_ZAIN_UNVOWELLED = LAST_UNVOWELLED + "\u0632";

  /**
   * One writing of a Latin part.
   *
   * @param skeleton the consonant skeleton of the Latin key read so ({@link ConsonantSkeleton}),
   *     never the key's own
   * @param arabic the Arabic letters the writing needs, each a sequence that must occur in the
   *     Arabic-script part's normalised text, or begin it where written after {@code ^}, or not
   *     begin it where written after {@code !}; never empty
   */
  public record Writing(String skeleton, List<String> arabic) {
    public Writing {
      Objects.requireNonNull(skeleton, "skeleton");
      arabic = List.copyOf(arabic);
      if (arabic.isEmpty()) {
        throw new IllegalArgumentException("a writing needs Arabic letters");
      }
    }

    /** Whether the Arabic-script {@code text} holds every letter this writing needs. */
    public boolean spelt(String text) {
      for (String letters : arabic) {
        boolean held =
            switch (letters.charAt(0)) {
              case LAST -> text.endsWith(letters.substring(1));
              case LAST_UNVOWELLED -> endsUnvowelled(text, letters.substring(1));
              default -> text.contains(letters);
            };
        if (!held) {
          return false;
        }
      }
      return true;
    }
  }

  /** Whether {@code text} ends with {@code last} and no long vowel letter before it. */
  private static boolean endsUnvowelled(String text, String last) {
    if (!text.endsWith(last) || text.length() == last.length()) {
      return false;
    }
    return "\u0627\u0648\u064a".indexOf(text.charAt(text.length() - last.length() - 1)) < 0;
  }

  /** One way of reading some letters of a key: the key read so, and the Arabic it needs. */
  private record Reading(String key, Set<String> arabic) {}

  private EuropeanLetters() {}

  /**
   * The writings of {@code latin}, the ASCII key of a part written in Latin script, distinct by
   * skeleton and none with the key's own skeleton; empty for most keys of Arabic names.
   */
  public static List<Writing> of(String latin) {
    List<Reading> readings = List.of(new Reading(latin, Set.of()));
    if (latin.contains("ch")) {
      readings = also(readings, EuropeanLetters::chAsTsh);
      readings = also(readings, EuropeanLetters::chAsK);
    }
    if (latin.indexOf('x') >= 0) {
      readings = also(readings, k -> new Reading(k.key().replace("x", "ks"), with(k, KAF_SEEN)));
    }
    if (latin.indexOf('s') >= 0) {
      readings = also(readings, EuropeanLetters::voicedS);
    }
    if (latin.contains("ohn")) {
      readings = also(readings, k -> new Reading(k.key().replace("ohn", "on"), with(k, WAW_NOON)));
    }
    String own = ConsonantSkeleton.of(latin);
    Map<String, Writing> out = new LinkedHashMap<>();
    for (Reading r : readings.subList(1, readings.size())) {
      String skeleton = ConsonantSkeleton.of(r.key());
      if (!skeleton.equals(own)) {
        out.putIfAbsent(skeleton, new Writing(skeleton, List.copyOf(r.arabic())));
      }
    }
    return List.copyOf(out.values());
  }

  /** Each reading, and each read again by {@code step} where that changes its key. */
  private static List<Reading> also(
      List<Reading> readings, java.util.function.UnaryOperator<Reading> step) {
    List<Reading> out = new ArrayList<>(readings);
    for (Reading r : readings) {
      Reading next = step.apply(r);
      if (!next.key().equals(r.key())) {
        out.add(next);
      }
    }
    return out;
  }

  private static Set<String> with(Reading r, String letters) {
    Set<String> arabic = new TreeSet<>(r.arabic());
    arabic.add(letters);
    return arabic;
  }

  private static Reading chAsTsh(Reading r) {
    return new Reading(r.key().replace("ch", "tsh"), with(r, TSH));
  }

  /** A first ch before r or l as k (Christian, Christopher, Chloe). */
  private static Reading chAsK(Reading r) {
    String key = r.key();
    return key.startsWith("chr") || key.startsWith("chl")
        ? new Reading("k" + key.substring(2), with(r, KAF))
        : r;
  }

  /**
   * A last s voiced, as a last z, against a part that ends in {@code ز}: after a consonant other
   * than s and h (Evans, Williams, Edwards), and as -es after a consonant where the Arabic writes
   * no long vowel before the {@code ز}, the e unspoken (Jones {@code جونز}, Charles {@code تشارلز};
   * not the spoken e of Younes against {@code يانيز}, Yanez, nor Abbes against {@code باز}). Not
   * after another vowel, where Arabic names end in s (Abbas, Anas, Idris, Yunus), nor between
   * vowels (Naser, Nizar's {@code نزار}); nor where the Arabic {@code ز} is not last (Ines against
   * {@code عنزي}, Anazi; Torres against {@code ترزي}).
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
    return new Reading(
        key.substring(0, last) + "z", with(r, consonant ? LAST_ZAIN : LAST_ZAIN_UNVOWELLED));
  }
}
