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
    return NFKC.normalize(text.indexOf('\u00B4') < 0 ? text : text.replace('\u00B4', '\u2019'));
  }
}
