package org.mizan.names;

import com.ibm.icu.text.Normalizer2;

/**
 * Step 4: Arabic orthographic normalisation, so that spellings that differ only in how carefully
 * hamza, madda, dots and vowels were written compare equal.
 *
 * <p>The rules, each on single characters:
 *
 * <ul>
 *   <li>alef forms {@code أ إ آ ٱ ٲ ٳ} → bare alef {@code ا};
 *   <li>alef maqsura {@code ى} → yeh {@code ي};
 *   <li>ta marbuta {@code ة}, and the heh forms of Urdu, Persian and Kurdish ({@code ھ ہ ۀ}, and
 *       {@code ە} at the end of a word) → heh {@code ه};
 *   <li>{@code ە} within a word is removed: Kurdish (Sorani) and Uyghur write with it the vowel e
 *       or a, which Arabic leaves unwritten ({@code کەریم} Karim, {@code مۇھەممەد} Muhammad); read
 *       as heh, it put an h among the consonants; beginning a word, it is alef, as Arabic writes a
 *       vowel there;
 *   <li>hamza on a carrier {@code ؤ ئ} → the carrier {@code و ي}; {@code ئ} beginning a word, on
 *       which Uyghur and Kurdish write a vowel that begins it, → alef, or nothing before alef;
 *   <li>a hamza on its own ({@code ء}, high hamza {@code ٴ}) is removed;
 *   <li>harakat and Quranic marks (U+064B–U+065F, superscript alef U+0670, U+06D6–U+06ED) are
 *       removed;
 *   <li>Persian and Urdu yeh and keheh {@code ی ک} → Arabic {@code ي ك}; other Persian and Urdu
 *       letters ({@code پ چ ژ گ}) are kept;
 *   <li>letters of other languages that ICU's Arabic-Latin does not render, which were dropped, →
 *       the letter they mark: Kurdish (Sorani) heavy r and l {@code ڕ ڵ} → {@code ر ل}, its o and ê
 *       {@code ۆ ێ} → {@code و ي}; Uyghur and Kyrgyz u, ü, o and the like {@code ۇ ۈ ۆ ۅ ۉ} →
 *       {@code و}; the Maghrebi g and q {@code ڨ ڧ} → {@code ق} (read as g too, {@link
 *       ArabicReadings}), its f {@code ڢ} → {@code ف} and v {@code ڥ} → {@code ڤ}; Jawi ga and va
 *       {@code ڬ ۏ} → {@code گ و}; Urdu noon ghunna {@code ں} → {@code ن} (the values of the
 *       letters in these languages' alphabets; Unicode names them so);
 *   <li>Arabic-Indic and extended (Persian) Arabic-Indic digits → ASCII digits.
 * </ul>
 *
 * <p>When a removal brings together two characters that compose (Hangul jamo, Indic vowel parts),
 * the text is recomposed (NFKC) so that the result stays as step 1 would leave it.
 */
final class ArabicOrthography implements TextStep {
  static final String ID = "arabic-orthography";
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final int REMOVE = -1;

  /** {@code ئ}, yeh with hamza above ({@link #yehHamzaFirst}). */
  private static final int YEH_HAMZA = 0x0626;

  /** {@code ە}, Kurdish and Uyghur e or a ({@link #ae}). */
  private static final int AE = 0x06D5;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean removed = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int mapped =
          cp == AE
              ? ae(text, i - 1, i)
              : cp == YEH_HAMZA && startsWord(text, i - 1) ? yehHamzaFirst(text, i) : map(cp);
      if (mapped == REMOVE) {
        removed = true;
      } else {
        out.appendCodePoint(mapped);
      }
    }
    return removed && !NFKC.isNormalized(out) ? NFKC.normalize(out) : out.toString();
  }

  /**
   * What {@code ە} at {@code at} becomes, {@code next} the index after it: heh at the end of a
   * word, alef at its start (a vowel that begins a word, which Arabic writes with alef), else
   * {@link #REMOVE}.
   */
  private static int ae(String text, int at, int next) {
    if (next >= text.length() || !Character.isLetter(text.codePointAt(next))) {
      return 0x0647; // ه
    }
    return startsWord(text, at) ? 0x0627 : REMOVE;
  }

  /**
   * What {@code ئ} beginning a word becomes, {@code next} the index after it: Uyghur and Kurdish
   * write a vowel that begins a word on it ({@code ئەحمەد} Ahmad, {@code ئۆمەر} Omar), as Arabic
   * writes one on alef; so alef, or nothing before an alef ({@code ئابدۇللا} Abdulla). Arabic and
   * Persian words do not begin with it.
   */
  private static int yehHamzaFirst(String text, int next) {
    return next < text.length() && text.codePointAt(next) == 0x0627 ? REMOVE : 0x0627;
  }

  /** Whether the character at {@code at} begins a word (no letter before it). */
  private static boolean startsWord(String text, int at) {
    return at == 0 || !Character.isLetter(text.codePointBefore(at));
  }

  /** The code point that {@code cp} becomes, or {@link #REMOVE}. */
  private static int map(int cp) {
    if (cp >= 0x0660 && cp <= 0x0669) {
      return '0' + (cp - 0x0660);
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      return '0' + (cp - 0x06F0);
    }
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED)) {
      return REMOVE;
    }
    switch (cp) {
      case 0x0623: // أ
      case 0x0625: // إ
      case 0x0622: // آ
      case 0x0671: // ٱ
      case 0x0672: // ٲ
      case 0x0673: // ٳ
        return 0x0627; // ا
      case 0x0649: // ى
      case 0x0626: // ئ
      case 0x06CC: // ی
        return 0x064A; // ي
      case 0x0629: // ة
      case 0x06BE: // ھ heh doachashmee (Urdu; typed for ه on Persian and Urdu keyboards)
      case 0x06C1: // ہ heh goal (Urdu)
      case 0x06C0: // ۀ heh with yeh above (Persian ezafe)
        return 0x0647; // ه
      case 0x0624: // ؤ
      case 0x06C6: // ۆ Kurdish and Uyghur o
      case 0x06C7: // ۇ Uyghur u
      case 0x06C8: // ۈ Uyghur ü
      case 0x06C5: // ۅ Kyrgyz ö
      case 0x06C9: // ۉ Kyrgyz ü
      case 0x06CF: // ۏ Jawi va
        return 0x0648; // و
      case 0x0695: // ڕ Kurdish heavy r
        return 0x0631; // ر
      case 0x06B5: // ڵ Kurdish heavy l
        return 0x0644; // ل
      case 0x06CE: // ێ Kurdish ê
        return 0x064A; // ي
      case 0x06A8: // ڨ Maghrebi g
      case 0x06A7: // ڧ Maghrebi q
        return 0x0642; // ق
      case 0x06A2: // ڢ Maghrebi f
        return 0x0641; // ف
      case 0x06A5: // ڥ Maghrebi v
        return 0x06A4; // ڤ
      case 0x06AC: // ڬ Jawi ga
        return 0x06AF; // گ
      case 0x06BA: // ں Urdu noon ghunna
        return 0x0646; // ن
      case 0x06A9: // ک
        return 0x0643; // ك
      case 0x0621: // ء
      case 0x0674: // ٴ
        return REMOVE;
      default:
        return cp;
    }
  }
}
