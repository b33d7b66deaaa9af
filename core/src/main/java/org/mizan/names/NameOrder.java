package org.mizan.names;

import java.util.Locale;
import java.util.Set;

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
 * <p>A name with no such mark, or with more than one, is left as it is, and so is a name whose part
 * after the comma is a generational suffix alone ({@code John Smith, Jr.}). Name parts are compared
 * in any order; what the order changes is which part is the given name, which the matcher weighs
 * apart ({@code match.NameSimilarity}: a first name part that finds no counterpart is evidence of
 * another person). Read in the order written, {@code TAHERI, Jalal} against {@code OWHADI, Jalal}
 * took two family names for given names.
 */
public final class NameOrder {
  private NameOrder() {}

  /** Suffixes that may follow a comma without making the name family name first. */
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "junior", "senior", "ii", "iii");

  /**
   * {@code raw} with its family name moved after its given names when it is written family name
   * first and marked so (see the class comment), else {@code raw} itself.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public static String givenNamesFirst(String raw) {
    int comma = raw.indexOf(',');
    if (comma >= 0) {
      if (raw.indexOf(',', comma + 1) >= 0 || raw.contains("<<")) {
        return raw;
      }
      String family = raw.substring(0, comma).strip();
      String given = raw.substring(comma + 1).strip();
      return hasLetter(family) && hasLetter(given) && !isSuffix(given) ? given + " " + family : raw;
    }
    String trimmed = stripTrailingFillers(raw.strip());
    int mark = trimmed.indexOf("<<");
    if (mark < 0 || trimmed.indexOf("<<", mark + 2) >= 0) {
      return raw;
    }
    String primary = trimmed.substring(0, mark);
    String secondary = trimmed.substring(mark + 2);
    return hasLetter(primary) && hasLetter(secondary) ? secondary + "<" + primary : raw;
  }

  private static String stripTrailingFillers(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '<') {
      end--;
    }
    return s.substring(0, end);
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
