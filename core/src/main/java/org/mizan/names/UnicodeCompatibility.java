package org.mizan.names;

import com.ibm.icu.text.Normalizer2;

/**
 * Step 1: Unicode compatibility composition (NFKC, Unicode Standard Annex #15).
 *
 * <p>Folds presentation and width variants into their plain letters: fullwidth {@code Ｓ} becomes
 * {@code S}, the Arabic ligature {@code ﻻ} becomes {@code لا}, Arabic presentation forms become the
 * base letters, superscript digits become digits. The acute accent written alone ({@code ´}), which
 * stands for an apostrophe in names, is first read as one ({@code ’}). ICU4J's normaliser is used
 * (not {@code java.text.Normalizer}) so that every step reads the same Unicode version.
 */
final class UnicodeCompatibility implements TextStep {
  static final String ID = "nfkc";
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    // The acute accent written alone stands for an apostrophe (SA´D, AL-KA´BI); NFKC would make it
    // a space and a combining mark, splitting the word. Kept as the apostrophe step 3 removes.
    String acute = text.indexOf('\u00B4') < 0 ? text : text.replace('\u00B4', '\u2019');
    return NFKC.normalize(enclosedLettersRead(acute));
  }

  /**
   * {@code text} with each Latin letter enclosed in a symbol written as the letter: the
   * parenthesized letters (U+249C–U+24B5 {@code ⒜}, U+1F110–U+1F129 {@code 🄐}), which NFKC writes
   * with their parentheses ({@code (a)}, splitting a word into letters), and the negative circled
   * and negative squared capitals (U+1F150–U+1F169 {@code 🅐}, U+1F170–U+1F189 {@code 🅰}), which
   * it leaves as symbols, so that a word of them was dropped; the circled and squared letters NFKC
   * reads itself ({@code Ⓐ}, {@code 🄰}). Not the four negative squared letters that are emoji
   * (blood types and parking, {@code 🅰 🅱 🅾 🅿}: a breaker's find, {@code 🅰️🅱️} before a name
   * made it a part and lost the hit), which stay symbols, dropped as other emoji are. The text
   * itself when it holds none.
   */
  static String enclosedLettersRead(String text) {
    return TextStep.mapCodePoints(text, UnicodeCompatibility::enclosedLetter);
  }

  /** The Latin letter {@code cp} encloses (see {@link #enclosedLettersRead}), else {@code cp}. */
  private static int enclosedLetter(int cp) {
    if (cp >= 0x249C && cp <= 0x24B5) {
      return 'a' + (cp - 0x249C);
    }
    if (cp == 0x1F170 || cp == 0x1F171 || cp == 0x1F17E || cp == 0x1F17F) {
      return cp;
    }
    for (int first : new int[] {0x1F110, 0x1F150, 0x1F170}) {
      if (cp >= first && cp < first + 26) {
        return 'A' + (cp - first);
      }
    }
    return cp;
  }
}
