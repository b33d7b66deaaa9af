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
 * surrogate (Cs), the tatweel {@code U+0640}, which only stretches a word ({@code مـحـمـد} is
 * {@code محمد}), and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), blank letters, which
 * {@link #mayStandForSpaceAsSpaces} reads as spaces. Removal joins what was on either side, so a
 * zero-width space inside a word does not split it. Whitespace controls (tab, line breaks,
 * U+001C–U+001F) are kept for {@link Separators}.
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
    int n = text.length();
    int i = 0;
    for (int cp; i < n && !isInvisible(cp = text.codePointAt(i)); ) {
      i += Character.charCount(cp);
    }
    if (i == n) {
      // Nothing to remove, as in most names: the text itself, nothing allocated.
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isInvisible(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  static boolean isInvisible(int codePoint) {
    int type = UCharacter.getType(codePoint);
    return codePoint == TATWEEL
        || isHangulFiller(codePoint)
        || type == UCharacterCategory.FORMAT
        || type == UCharacterCategory.SURROGATE
        || isHiddenControl(codePoint, type);
  }

  /**
   * Whether {@code codePoint} is a Hangul filler (U+115F, U+1160, U+3164, U+FFA0): letters by their
   * category that show as blanks, typed or pasted where a space was (a breaker's find: {@code
   * Saddam\u3164Hussein} was one word).
   */
  private static boolean isHangulFiller(int codePoint) {
    return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
  }

  /** Whether {@code codePoint}, of general category {@code type}, is a control but whitespace. */
  private static boolean isHiddenControl(int codePoint, int type) {
    return type == UCharacterCategory.CONTROL && !isWhitespace(codePoint);
  }

  /**
   * {@code text} with each invisible character that may stand where a space was written as a space:
   * a Hangul filler (blank), a zero-width space (U+200B, a word boundary by its definition), a
   * direction mark (left-to-right, right-to-left, Arabic letter mark) or a bidi embedding, override
   * or isolate control, which a copy from right-to-left text leaves between words, and any other
   * format character but those that join or belong inside a word: the zero-width non-joiner and
   * joiner (Persian writes a compound's parts with a non-joiner between them, {@code امین‌نیا}),
   * the word joiner, the zero-width no-break space and the soft hyphen; and a control character
   * that is not whitespace (U+0000–U+0008, U+000E–U+001B, U+007F–U+009F but U+0085), which records
   * exported from other systems leave where their fields or words were separated ({@code
   * Saddam\u0001Hussein}). The text itself when it has none.
   */
  static String mayStandForSpaceAsSpaces(String text) {
    return TextStep.mapCodePoints(text, cp -> mayStandForSpace(cp) ? ' ' : cp);
  }

  private static boolean mayStandForSpace(int codePoint) {
    int type = UCharacter.getType(codePoint);
    return isHangulFiller(codePoint)
        || isHiddenControl(codePoint, type)
        || (type == UCharacterCategory.FORMAT
            && codePoint != 0x200C
            && codePoint != 0x200D
            && codePoint != 0x2060
            && codePoint != 0xFEFF
            && codePoint != 0x00AD);
  }

  private static boolean isWhitespace(int codePoint) {
    return UCharacter.isUWhiteSpace(codePoint) || UCharacter.isWhitespace(codePoint);
  }
}
