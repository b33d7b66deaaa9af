package org.mizan.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 7c: the other ways Latin spellings read some Arabic letters, as Arabic text whose
 * transliteration gives that reading.
 *
 * <p>ICU4J renders each Arabic letter one way (step 7a); Latin spellings of the same names render
 * some letters in other ways, often enough that a matcher which knows only the first misses those
 * people. The letters and readings below are those that the general Arabic–Latin name data of the
 * shared data folder ({@code names/google-ar2en}, Google's Arabic–English transliteration pairs;
 * {@code names/wikidata-coling2018}, Wikidata's Arabic and Latin name labels) spells with another
 * consonant in at least one name in ten in one source or both. Shares below are of the names that
 * hold the letter once, Google / Wikidata; {@code ArabicReadingsDataTest} recomputes them where
 * that data is present:
 *
 * <ul>
 *   <li>{@code ق} as g (Gulf, Maghrebi and Libyan speech: Gasmi, Gaddafi, Belgacem; 20 % / 24 %
 *       with gh) besides q/k;
 *   <li>{@code ج} as g (Egyptian speech: Gamal, Ragab; 56 % / 54 %) besides j;
 *   <li>{@code ث} as s (Persian, Urdu and Pashto, BGN/PCGN 1958; 23 % / 28 %) besides th;
 *   <li>{@code ذ} as z (Persian; 17 % / 21 %) and as th (41 % / 31 %) besides dh;
 *   <li>{@code ض} as z (Persian; 9 % / 20 %) besides d/dh;
 *   <li>{@code ظ} as d/dh (Gulf spellings such as Dhafer; 30 % / 29 %) besides z.
 * </ul>
 *
 * <p>And four letters of Pashto, which that data does not hold (Pashto is not among its languages),
 * read as the two romanizations of Afghan names do: the letters' values in BGN/PCGN's Pashto system
 * (1968), which ICU's transliteration gives ({@code ځ} dz, {@code څ} ts, {@code ښ} s, {@code ږ}
 * zh), and the Latin spellings of the names in Afghan documents and the UN list, which write the
 * sounds of the spoken letters:
 *
 * <ul>
 *   <li>{@code ځ} as z (Zadran {@code ځدران}, Zalmay {@code ځلمی}) and {@code څ} as s;
 *   <li>{@code ښ} as kh (the northern speech: Pakhtun {@code پښتون}) besides sh (the southern
 *       speech of Kandahar: Pashtun; ICU's s, the skeleton of sh);
 *   <li>{@code ږ} as g (the northern speech) besides zh.
 * </ul>
 *
 * <p>And Persian {@code ژ} as j besides zh (ICU's reading): the names' common Latin spellings write
 * it as French writes the sound, j (Bijan {@code بیژن}, Manijeh {@code منیژه}, Jaleh {@code ژاله},
 * the ending -nejad {@code نژاد}), as ICAO Doc 9303's machine-readable zone does (Part 3, Table C:
 * {@code XJ}); BGN/PCGN's Persian system (1958) writes zh. The general name data holds no {@code ژ}
 * (Arabic has no such letter).
 *
 * <p>Not {@code و} as v (Persian Vahid, Javad): of the names with one {@code و} and no {@code ف},
 * 0.5 % / 0.7 % spell a v, and the reading made unrelated names alike. The Latin v is read as
 * {@code و} instead ({@link NameNormalizer#vAsWaw}), and only against a part that writes it.
 *
 * <p>A part gets every combination of its letters' readings, at most {@value #MAX_READINGS}.
 */
final class ArabicReadings {
  /** Most readings made for one part (a part with many such letters is rare). */
  static final int MAX_READINGS = 8;

  private static final char GAF = '\u06AF'; // گ, transliterated g

  /** Each letter with the letters whose transliteration gives its other readings. */
  static final Map<Character, String> READINGS =
      Map.ofEntries(
          Map.entry('\u0642', "" + GAF), // ق → g
          Map.entry('\u062C', "" + GAF), // ج → g
          Map.entry('\u062B', "\u0633"), // ث → s (س)
          Map.entry('\u0630', "\u0632\u062A"), // ذ → z (ز), t (ت, the skeleton of th)
          Map.entry('\u0636', "\u0632"), // ض → z (ز)
          Map.entry('\u0638', "\u062F"), // ظ → d (د, the skeleton of dh)
          Map.entry('\u0681', "\u0632"), // Pashto ځ → z (ز)
          Map.entry('\u0685', "\u0633"), // Pashto څ → s (س)
          Map.entry('\u069A', "\u062E"), // Pashto ښ → kh (خ); its s is the skeleton of sh
          Map.entry('\u0696', "" + GAF), // Pashto ږ → g (گ)
          Map.entry('\u0698', "\u062C")); // Persian ژ → j (ج)

  private ArabicReadings() {}

  /**
   * The other writings of {@code text}: every combination of its letters' readings, without {@code
   * text} itself, in a stable order; empty for a part with none of these letters (every Latin
   * part).
   */
  static List<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    out.add(text);
    for (int i = 0; i < text.length(); i++) {
      String others = READINGS.get(text.charAt(i));
      if (others == null) {
        continue;
      }
      List<String> grown = new ArrayList<>();
      for (String s : out) {
        for (int k = 0; k < others.length(); k++) {
          grown.add(s.substring(0, i) + others.charAt(k) + s.substring(i + 1));
        }
      }
      for (String g : grown) {
        if (out.size() > MAX_READINGS) {
          break;
        }
        out.add(g);
      }
    }
    out.remove(text);
    return List.copyOf(out);
  }
}
