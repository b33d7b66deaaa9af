package org.mizan.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

/**
 * Step 2b (before case folding, since capital letters have look-alikes that their lower-case forms
 * lack: Cyrillic {@code Н} looks like H, {@code н} like no Latin letter): a Latin word (a run of
 * letters) with Cyrillic or Greek look-alike letters inside ({@code Ѕaddam} with a Cyrillic {@code
 * Ѕ}, {@code Husseіn} with a Ukrainian {@code і}) is written in Latin letters only, each look-alike
 * replaced by the Latin letter it is confusable with (Unicode Technical Standard #39, "Unicode
 * Security Mechanisms", confusables data, through ICU4J's {@link SpoofChecker}).
 *
 * <p>Only words that mix Latin with Cyrillic or Greek letters are touched, letter by letter, and a
 * letter is replaced only when its confusable prototype is a single ASCII letter. A word wholly in
 * Cyrillic or Greek is a name in that script and is left to transliteration; Arabic text, digits
 * and document numbers are never folded (the TR39 skeleton of a whole string would turn {@code
 * P0123456} into {@code POl23456} and rewrite Arabic letters).
 */
final class MixedScriptConfusables implements TextStep {
  static final String ID = "mixed-script-confusables";

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    StringBuilder out = null;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start && mixed(text, start, i)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, start);
        }
        fold(text, start, i, out);
      } else if (out != null) {
        out.append(text, start, i);
      }
      if (i < text.length()) {
        int cp = text.codePointAt(i);
        if (out != null) {
          out.appendCodePoint(cp);
        }
        i += Character.charCount(cp);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether {@code text[start, end)} holds Latin letters and Cyrillic or Greek ones. */
  private static boolean mixed(String text, int start, int end) {
    boolean latin = false;
    boolean lookAlike = false;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      int script = UScript.getScript(cp);
      latin |= script == UScript.LATIN;
      lookAlike |= script == UScript.CYRILLIC || script == UScript.GREEK;
      i += Character.charCount(cp);
    }
    return latin && lookAlike;
  }

  private static void fold(String text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      int script = UScript.getScript(cp);
      String replacement = null;
      if (script == UScript.CYRILLIC || script == UScript.GREEK) {
        String prototype = SPOOF.getSkeleton(new String(Character.toChars(cp)));
        if (prototype.length() == 1 && isAsciiLetter(prototype.charAt(0))) {
          // The case of the look-alike: Н is H, the Ukrainian і is i; step 3 folds case after.
          replacement = prototype;
        }
      }
      if (replacement != null) {
        out.append(replacement);
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
