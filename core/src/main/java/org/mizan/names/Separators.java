package org.mizan.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;

/**
 * Step 5: separators, so that name parts end up separated by single spaces.
 *
 * <p>Every run of characters that are neither letters (L), numbers (N) nor marks (M) becomes one
 * space: whitespace of any kind, punctuation (hyphen, dashes, comma, Arabic comma {@code ،}, full
 * stop, slash, brackets, quotation marks), symbols, and the filler {@code <} of machine-readable
 * zones (ICAO Doc 9303, where {@code <<} separates the primary from the secondary identifier and
 * {@code <} the parts within them). Leading and trailing separators are dropped. Digits are kept,
 * and so is a Hebrew geresh after a Hebrew letter ({@code ג׳מאל}), which is part of the word.
 */
final class Separators implements TextStep {
  static final String ID = "separators";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean geresh = cp == LatinFolding.GERESH && LatinFolding.isHebrewLetter(previous);
      previous = cp;
      if (isNamePart(cp) || geresh) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

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
