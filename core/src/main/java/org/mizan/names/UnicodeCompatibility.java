package org.mizan.names;

import com.ibm.icu.text.Normalizer2;

/**
 * Step 1: Unicode compatibility composition (NFKC, Unicode Standard Annex #15).
 *
 * <p>Folds presentation and width variants into their plain letters: fullwidth {@code Ｓ} becomes
 * {@code S}, the Arabic ligature {@code ﻻ} becomes {@code لا}, Arabic presentation forms become the
 * base letters, superscript digits become digits. ICU4J's normaliser is used (not {@code
 * java.text.Normalizer}) so that every step reads the same Unicode version.
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
    return NFKC.normalize(text);
  }
}
