package org.mizan.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plain text handling the evaluation needs to select and make queries, kept apart from Mizan's
 * own name pipeline on purpose: the evaluation must not share the matcher's view of names.
 */
final class NameText {
  /**
   * Words that are name particles or articles rather than name parts, for "sharing a name part":
   * Arabic (al, el, bin, ibn, ben, bint, abu, abou, umm, abd, abdul, abdel), and the Romance,
   * Germanic and Dutch ones (de, da, di, del, la, le, van, von, der).
   */
  static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "bin", "ibn", "ben", "bint", "abu", "abou", "umm", "abd", "abdul", "abdel",
          "de", "da", "di", "del", "la", "le", "van", "von", "der");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameText() {}

  /**
   * The simple folding: Unicode NFD, combining marks removed, lower case, every run of characters
   * that are not letters or digits made one space, trimmed.
   */
  static String fold(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The folded words of a name that are neither particles nor single letters. */
  static Set<String> parts(String name) {
    Set<String> parts = new LinkedHashSet<>();
    for (String word : fold(name).split(" ")) {
      if (word.length() > 1 && !PARTICLES.contains(word)) {
        parts.add(word);
      }
    }
    return parts;
  }

  /** Whether the text holds a letter of the script. */
  static boolean hasScript(String text, Character.UnicodeScript script) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == script);
  }

  /** Whether the text holds Arabic script. */
  static boolean hasArabic(String text) {
    return hasScript(text, Character.UnicodeScript.ARABIC);
  }
}
