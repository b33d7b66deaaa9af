package org.mizan.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.Map;

/**
 * Step 3: case and diacritic folding, so that {@code MÜLLER} is {@code muller} and {@code Ḥusayn}
 * is {@code husayn}.
 *
 * <p>In order: lower-case with the root locale (no Turkish or Lithuanian special cases); remove the
 * apostrophe-like letters that transliterations write for ʿayn and hamza (ʿ ʾ ʻ ʼ ʹ ‘ ’ ‛ ′ ' `)
 * without splitting the word ({@code Sa'id} is {@code said}), but after a Hebrew letter read one as
 * the geresh ({@link #GERESH}) that Hebrew writes there; decompose (NFKD), drop every nonspacing
 * and enclosing mark (Mn, Me); fold the Latin letters that carry no decomposable diacritic (ß → ss,
 * æ → ae, œ → oe, ø → o, đ ð → d, ħ → h, ł → l, ı → i, þ → th); recompose (NFKC), so that text
 * whose parts only had a mark between them (Hangul jamo, Indic vowel parts) ends up composed as
 * step 1 would leave it.
 *
 * <p>The marks are dropped in every script, not only Latin: Arabic harakat and the hamza and madda
 * of {@code أ إ آ ؤ ئ} go here already, Cyrillic {@code й} becomes {@code и}, Devanagari loses its
 * nukta and virama. For matching names across scripts that is the intent or an accepted loss.
 */
final class LatinFolding implements TextStep {
  static final String ID = "latin-folding";
  private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private static final String APOSTROPHES =
      "\u02BF\u02BE\u02BB\u02BC\u02B9\u2018\u2019\u201B\u2032'`";

  private static final Map<Integer, String> LETTERS =
      Map.of(
          (int) 'ß', "ss",
          (int) 'æ', "ae",
          (int) 'œ', "oe",
          (int) 'ø', "o",
          (int) 'đ', "d",
          (int) 'ð', "d",
          (int) 'ħ', "h",
          (int) 'ł', "l",
          (int) 'ı', "i",
          (int) 'þ', "th");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    return isAscii(text) ? asciiFolded(text) : folded(text);
  }

  /** The steps of the class comment, for any text. */
  static String folded(String text) {
    String lower = UCharacter.toLowerCase(ULocale.ROOT, text);
    StringBuilder withoutApostrophes = new StringBuilder(lower.length());
    // The last character that is not a Hebrew point: a geresh follows its letter's points (גַ׳).
    int previous = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      boolean apostrophe = cp == GERESH || APOSTROPHES.indexOf(cp) >= 0;
      if (apostrophe && isHebrewLetter(previous)) {
        withoutApostrophes.append(GERESH);
      } else if (!apostrophe || (cp == GERESH && previous != GERESH)) {
        // A geresh after no Hebrew letter stays (a separator, step 5); a second one after its
        // letter's, like any apostrophe elsewhere, goes.
        withoutApostrophes.appendCodePoint(cp);
      }
      if (!isHebrewPoint(cp)) {
        previous = apostrophe && isHebrewLetter(previous) ? GERESH : cp;
      }
    }
    String decomposed = NFKD.normalize(withoutApostrophes);
    StringBuilder folded = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(cp -> !isMark(cp))
        .forEach(
            cp -> {
              String letter = LETTERS.get(cp);
              if (letter == null) {
                folded.appendCodePoint(cp);
              } else {
                folded.append(letter);
              }
            });
    return NFKC.normalize(folded);
  }

  /**
   * The Hebrew geresh ({@code ׳}), which after {@code ג ח ע ת ד ט ז צ} writes a sound Hebrew
   * letters lack ({@code ג׳} j, {@code ח׳} kh: Arabic names in Hebrew, {@code ג׳מאל} Jamal, {@code
   * ח׳אלד} Khaled); an apostrophe after a Hebrew letter is read as one.
   */
  static final char GERESH = '\u05F3';

  /**
   * Whether {@code cp} is a Hebrew point or cantillation mark (U+0591 to U+05C7, the nonspacing
   * marks among them), written after its letter: a range test before the general category's.
   */
  private static boolean isHebrewPoint(int cp) {
    return cp >= '\u0591' && cp <= '\u05C7' && isMark(cp);
  }

  /** Whether {@code cp} is a letter of the Hebrew alphabet ({@code א} to {@code ת}). */
  static boolean isHebrewLetter(int cp) {
    return cp >= '\u05D0' && cp <= '\u05EA';
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the steps give for text in ASCII (a passport's or an airline's name): lower-cased, without
   * its apostrophes; decomposing and recomposing leave ASCII as it is.
   */
  private static String asciiFolded(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '`') {
        b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
    }
    return b.toString();
  }

  private static boolean isMark(int codePoint) {
    int type = UCharacter.getType(codePoint);
    return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK;
  }
}
