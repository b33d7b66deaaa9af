package org.mizan.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step 5: separators, so that name parts end up separated by single spaces.
 *
 * <p>Every run of characters that are neither letters (L), numbers (N) nor marks (M) becomes one
 * space: whitespace of any kind, punctuation (hyphen, dashes, comma, Arabic comma {@code ،}, full
 * stop, slash, brackets, quotation marks), symbols, and the filler {@code <} of machine-readable
 * zones (ICAO Doc 9303, where {@code <<} separates the primary from the secondary identifier and
 * {@code <} the parts within them). Leading and trailing separators are dropped. Digits are kept.
 *
 * <p>The Arabic article assimilated to a sun letter, written in Latin letters and joined to its
 * name by a hyphen ({@code ash-Shami}, {@code ar-Rashid}, {@code az-Zawahiri}, {@code ad-Din},
 * Maghrebi {@code es-Sayed}; {@link Particles#assimilatedArticle}), becomes {@code al}, the article
 * as lists write it ({@code al Shami}): as a word of its own it would also be initials ({@code AR
 * Rahman}) or a given name ({@code Ad Dekker}, {@code Ash Sharma}), which the hyphen rules out.
 */
final class Separators implements TextStep {
  static final String ID = "separators";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    List<String> words = new ArrayList<>();
    // Whether the separators after each word were one hyphen alone.
    List<Boolean> hyphenAfter = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int run = 0;
    boolean hyphen = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isNamePart(cp)) {
        if (run > 0 && word.length() > 0) {
          words.add(word.toString());
          hyphenAfter.add(run == 1 && hyphen);
          word.setLength(0);
        }
        run = 0;
        word.appendCodePoint(cp);
      } else {
        run++;
        hyphen = HYPHENS.indexOf(cp) >= 0;
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
      hyphenAfter.add(false);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (hyphenAfter.get(k)
          && Particles.assimilatedArticle(
              w.toLowerCase(Locale.ROOT), words.get(k + 1).toLowerCase(Locale.ROOT))) {
        w = w.equals(w.toUpperCase(Locale.ROOT)) ? "AL" : "al";
      }
      if (k > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  /** The hyphens that join the article to its name: hyphen-minus, hyphen, non-breaking hyphen. */
  private static final String HYPHENS = "-\u2010\u2011";

  private static boolean isNamePart(int codePoint) {
    switch (UCharacter.getType(codePoint)) {
      case UCharacterCategory.UPPERCASE_LETTER:
      case UCharacterCategory.LOWERCASE_LETTER:
      case UCharacterCategory.TITLECASE_LETTER:
      case UCharacterCategory.MODIFIER_LETTER:
      case UCharacterCategory.OTHER_LETTER:
      case UCharacterCategory.DECIMAL_DIGIT_NUMBER:
      case UCharacterCategory.LETTER_NUMBER:
      case UCharacterCategory.OTHER_NUMBER:
      case UCharacterCategory.NON_SPACING_MARK:
      case UCharacterCategory.ENCLOSING_MARK:
      case UCharacterCategory.COMBINING_SPACING_MARK:
        return true;
      default:
        return false;
    }
  }
}
