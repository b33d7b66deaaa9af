package org.mizan.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 7a: the ASCII key of a name part, {@code [a-z0-9]*}.
 *
 * <p>A part that is already lower-case ASCII letters and digits (folded Latin) is its own key. Any
 * other part goes through the ICU4J transliterator chain {@code Any-Latin; Latin-ASCII; Lower} and
 * keeps only ASCII letters and digits of the result. For Arabic that gives a rendering of the
 * written consonants and long vowels ({@code محمد} → {@code mhmd}, {@code حسين} → {@code hsyn});
 * the ʿayn that ICU writes as {@code ʿ} is dropped ({@code علي} → {@code ʿly} → {@code ly}). It is
 * one rendering, not the spellings people use: {@link ConsonantSkeleton} is what brings those
 * together. Characters that ICU cannot render (some Arabic-script letters of other languages, such
 * as {@code ڨ}) are dropped, so a key may be empty.
 *
 * <p>Thread-safe: ICU documents transliterators as stateless and shareable between threads without
 * synchronisation (class documentation of {@code com.ibm.icu.text.Transliterator}); one instance is
 * built per {@link NameNormalizer} and shared (ICU4J 74's rule-based transliterators lock their
 * rules during each call, yet two threads sharing one transliterate 1.7 times as much as one).
 */
final class Transliteration {
  static final String ICU_CHAIN = "Any-Latin; Latin-ASCII; Lower";

  private final Transliterator toLatin = Transliterator.getInstance(ICU_CHAIN);

  /**
   * The key of each letter met on its own ({@link #latinLetters}), at most {@value #MAX_LETTERS}:
   * an Arabic part is read letter by letter for each of its readings, and a call to ICU costs about
   * 11 µs. Letters are not names: nothing screened is kept.
   */
  private final ConcurrentHashMap<Integer, String> letterKeys = new ConcurrentHashMap<>();

  static final int MAX_LETTERS = 10_000;

  /** The ASCII key of {@code text}, a part after steps 1-6. */
  String latin(String text) {
    if (isAsciiKey(text)) {
      return text;
    }
    return asciiLettersAndDigits(toLatin.transliterate(text));
  }

  /**
   * The ASCII key of each letter of {@code text} on its own, in order ({@code سحر} → {@code s},
   * {@code h}, {@code r}); letters with an empty key are left out.
   */
  List<String> latinLetters(String text) {
    List<String> letters = new ArrayList<>(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String key = letterKey(cp);
              if (!key.isEmpty()) {
                letters.add(key);
              }
            });
    return letters;
  }

  private String letterKey(int cp) {
    String known = letterKeys.get(cp);
    if (known != null) {
      return known;
    }
    String key = latin(Character.toString(cp));
    if (letterKeys.size() < MAX_LETTERS) {
      letterKeys.put(cp, key);
    }
    return key;
  }

  static boolean isAsciiKey(String text) {
    return text.chars().allMatch(Transliteration::isAsciiKeyChar);
  }

  private static String asciiLettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().filter(Transliteration::isAsciiKeyChar).forEach(c -> out.append((char) c));
    return out.toString();
  }

  private static boolean isAsciiKeyChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
