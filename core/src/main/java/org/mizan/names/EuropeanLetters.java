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
 *   <li>ch as {@code تش} (tsh: Charles, Richard, Chung) and, before a consonant, as {@code ك}
 *       (Christian, Chris, Christoph, as Greek-born names write it);
 *   <li>x as {@code كس} (ks: Max, Felix, Alexander);
 *   <li>a last s voiced, as {@code ز}, after a consonant (Williams, Evans, Edwards) or as -es
 *       (Jones, Charles, Davies);
 *   <li>the h of ohn unspoken, written {@code ون} (John, Johnson, Johnny, Kohn);
 *   <li>a first j as y, against a part that begins with {@code ي}: the j of German, Dutch,
 *       Scandinavian and Slavic spellings, as Bosnian and Albanian spellings write Arabic names
 *       (Jusuf {@code يوسف}, Jasmin {@code ياسمين}, Junus {@code يونس}, Jakub {@code يعقوب}) and as
 *       Johann is {@code يوهان}.
 * </ul>
 *
 * <p>Measured on Wikidata's aligned Arabic and Latin labels of person names (COLING 2018, {@code
 * names/wikidata-coling2018} in the shared data; the one-part pairs seen three times or more), the
 * share of pairs whose parts score at least 0.85 went from 0.806 to 0.896, weighted by how often
 * each pair occurs. Left out, because they made other names alike: j as y elsewhere than first
 * against {@code ي} (Jund and {@code نادية}, Nadia: a skeleton drops y), j as the Spanish {@code خ}
 * (Jon and {@code خان}, Khan), w read as the German v (Wali and {@code فيلي}, Marwan and {@code
 * مارفن}), ch before a vowel as k (Japanese Takeuchi, French Achille), and an s after a vowel or
 * between vowels as z (Naser and {@code نزار}, Nizar).
 */
public final class EuropeanLetters {
  /** The letters of Latin keys counted as vowels here. */
  private static final String VOWELS = "aeiouy";

  private static final String TSH = "\u062a\u0634";
  private static final String KAF = "\u0643";
  private static final String KAF_SEEN = "\u0643\u0633";
  private static final String ZAIN = "\u0632";
  private static final String WAW_NOON = "\u0648\u0646";

  /** A need that the Arabic part begin with the letters after this mark. */
  private static final char FIRST = '^';

  private static final String FIRST_YEH = FIRST + "\u064a";

  /**
   * One writing of a Latin part.
   *
   * @param skeleton the consonant skeleton of the Latin key read so ({@link ConsonantSkeleton}),
   *     never the key's own
   * @param arabic the Arabic letters the writing needs, each a sequence that must occur in the
   *     Arabic-script part's normalised text, or begin it where written after {@code ^}; never
   *     empty
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
            letters.charAt(0) == FIRST
                ? text.startsWith(letters.substring(1))
                : text.contains(letters);
        if (!held) {
          return false;
        }
      }
      return true;
    }
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
    if (latin.startsWith("j")) {
      readings = also(readings, k -> new Reading("y" + k.key().substring(1), with(k, FIRST_YEH)));
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

  /** ch before a consonant as k. */
  private static Reading chAsK(Reading r) {
    String key = r.key();
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      if (key.startsWith("ch", i)
          && i + 2 < key.length()
          && VOWELS.indexOf(key.charAt(i + 2)) < 0
          && key.charAt(i + 2) != 'w') {
        b.append('k');
        i++;
      } else {
        b.append(key.charAt(i));
      }
    }
    return new Reading(b.toString(), with(r, KAF));
  }

  /**
   * A last s voiced, as z: after a consonant other than s and h (Evans, Williams, Edwards) or as
   * -es (Jones, Charles, Hughes). Not after another vowel, where Arabic names end in s (Abbas,
   * Anas, Idris, Yunus), nor between vowels (Naser, Nizar's {@code نزار}).
   */
  private static Reading voicedS(Reading r) {
    String key = r.key();
    int last = key.length() - 1;
    if (last < 2 || key.charAt(last) != 's') {
      return r;
    }
    char before = key.charAt(last - 1);
    boolean consonant = VOWELS.indexOf(before) < 0 && before != 's' && before != 'h';
    if (!consonant && !(before == 'e' && VOWELS.indexOf(key.charAt(last - 2)) < 0)) {
      return r;
    }
    return new Reading(key.substring(0, last) + "z", with(r, ZAIN));
  }
}
