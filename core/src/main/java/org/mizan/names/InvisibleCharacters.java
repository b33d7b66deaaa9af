package org.mizan.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;

/**
 * Step 2: removal of characters that are not written: format characters, controls, unpaired
 * surrogates and the Arabic tatweel.
 *
 * <p>Removed: every format character (general category Cf: zero-width joiner and non-joiner,
 * left-to-right and right-to-left marks, bidi embeddings, overrides and isolates, the Arabic letter
 * mark, soft hyphen, byte order mark), every control (Cc) that is not whitespace, every unpaired
 * surrogate (Cs), and the tatweel {@code U+0640}, which only stretches a word ({@code مـحـمـد} is
 * {@code محمد}). Removal joins what was on either side, so a zero-width space inside a word does
 * not split it. Whitespace controls (tab, line breaks, U+001C–U+001F) are kept for {@link
 * Separators}.
 */
final class InvisibleCharacters implements TextStep {
  static final String ID = "invisible-characters";
  private static final int TATWEEL = 0x0640;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  static boolean isInvisible(int codePoint) {
    int type = UCharacter.getType(codePoint);
    return codePoint == TATWEEL
        || type == UCharacterCategory.FORMAT
        || type == UCharacterCategory.SURROGATE
        || (type == UCharacterCategory.CONTROL && !isWhitespace(codePoint));
  }

  private static boolean isWhitespace(int codePoint) {
    return UCharacter.isUWhiteSpace(codePoint) || UCharacter.isWhitespace(codePoint);
  }
}
