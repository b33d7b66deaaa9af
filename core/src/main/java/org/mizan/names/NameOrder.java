package org.mizan.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name written family name first, and marked so, put in the order the rest of the
 * pipeline expects of a person's name: given names, then family name.
 *
 * <p>Two marks are read:
 *
 * <ul>
 *   <li>one comma, {@code KASSAB, Samir}: OFAC's SDN list writes every individual so ("last name,
 *       first name"), as do many customer and passenger files;
 *   <li>the double filler of a machine-readable zone, {@code KASSAB<<SAMIR<H}: the primary
 *       identifier, then the secondary identifier (ICAO Doc 9303 Part 3, 4.6).
 * </ul>
 *
 * <p>A name with no such mark, or with more than one, is left as it is. A comma before a
 * generational suffix or a degree alone at the end is no mark ({@code John Smith, Jr.} is left as
 * it is, {@code HADDAD, Laila, Jr.} is read {@code Laila Jr. HADDAD}). Arabic, fullwidth and small
 * commas count as commas; a run of two fillers or more (also fullwidth or small) is the mark of a
 * machine-readable zone. Name parts are compared in any order; what the order changes is which part
 * is the given name, which the matcher weighs apart ({@code match.NameSimilarity}: a first name
 * part that finds no counterpart is evidence of another person). Read in the order written, {@code
 * TAHERI, Jalal} against {@code OWHADI, Jalal} took two family names for given names.
 */
public final class NameOrder {
  private NameOrder() {}

  /**
   * Generational suffixes and degrees that may follow a comma without making the name family name
   * first ({@code John Smith, Jr.}, {@code Laila Hamdan, MD}). More than the matcher leaves out of
   * a name ({@code match.NameForm.SUFFIXES}): here they only tell a comma apart.
   */
  private static final Set<String> SUFFIXES =
      Set.of("jr", "jnr", "sr", "snr", "junior", "senior", "ii", "iii", "iv", "md", "phd", "esq");

  /** Commas: ASCII, Arabic, fullwidth and small (the last two NFKC-equal to the first). */
  private static final String COMMAS = ",\u060C\uFF0C\uFE50";

  /** The filler of machine-readable zones, and its fullwidth and small forms. */
  static final String FILLERS = "<\uFF1C\uFE64";

  private static final Pattern COMMA = Pattern.compile("[" + COMMAS + "]");
  private static final Pattern MARK = Pattern.compile("[" + FILLERS + "]{2,}");
  private static final Pattern TRAILING_FILLERS = Pattern.compile("[" + FILLERS + "\\s]+$");

  /**
   * {@code raw} with its family name moved after its given names when it is written family name
   * first and marked so (see the class comment), else {@code raw} itself.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public static String givenNamesFirst(String raw) {
    if (!hasMark(raw)) {
      // Most names, and every list name but OFAC's: no pattern is run for them.
      return raw;
    }
    String[] byComma = COMMA.split(raw, -1);
    if (byComma.length > 1) {
      // A suffix after the last comma is no mark: HADDAD, Laila, Jr. is HADDAD, Laila Jr.
      int marks = byComma.length - 1;
      String last = byComma[marks];
      List<String> parts = new ArrayList<>(List.of(byComma));
      if (isSuffix(last)) {
        parts.remove(marks);
        parts.set(marks - 1, parts.get(marks - 1) + " " + last.strip());
      }
      if (parts.size() != 2 || MARK.matcher(raw).find()) {
        return raw;
      }
      String family = parts.get(0).strip();
      String given = parts.get(1).strip();
      return hasLetter(family) && hasLetter(given) ? given + " " + family : raw;
    }
    String trimmed = TRAILING_FILLERS.matcher(raw).replaceFirst("");
    Matcher mark = MARK.matcher(trimmed);
    if (!mark.find()) {
      return raw;
    }
    String primary = trimmed.substring(0, mark.start());
    String secondary = trimmed.substring(mark.end());
    return hasLetter(primary) && hasLetter(secondary) && !MARK.matcher(secondary).find()
        ? secondary + "<" + primary
        : raw;
  }

  /** Whether {@code s} holds a comma or a filler at all ({@link #COMMAS}, {@link #FILLERS}). */
  private static boolean hasMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (COMMAS.indexOf(c) >= 0 || FILLERS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean isSuffix(String s) {
    StringBuilder letters = new StringBuilder();
    s.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
    return SUFFIXES.contains(letters.toString().toLowerCase(Locale.ROOT));
  }
}
