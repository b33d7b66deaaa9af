package org.mizan.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Step 7a: the ASCII key of a name part, {@code [a-z0-9]*}.
 *
 * <p>A part that is already lower-case ASCII letters and digits (folded Latin) is its own key. Any
 * other part goes through the ICU4J transliterator chain {@code Any-Latin; Latin-ASCII; Lower} and
 * keeps only ASCII letters and digits of the result. A part wholly in one script other than Latin
 * goes through the rules that chain applies to a run of that script, ICU's {@code Script-Latin}
 * ({@code Arabic-Latin}, {@code Cyrillic-Latin}, {@code Han-Latin}), and what they write is
 * decomposed (NFD) and lower-cased before the same filter, unless it holds a character other than
 * ASCII and combining marks ({@code đ}, {@code æ}, {@code ŋ}), which only {@code Latin-ASCII}
 * folds: then the whole chain. The same keys (tested on every character of every script ICU
 * transliterates, every pair of letters of the smaller ones, and the general name data), in a third
 * to a tenth of the time: {@code Any-Latin} first splits the text into runs of one script, and
 * {@code Latin-ASCII} is a large rule set. A part in Arabic script is keyed letter by letter, each
 * letter's key kept, since ICU's rules for it map each letter on its own ({@link #letterByLetter}):
 * no call to ICU once its letters are known. For Arabic that gives a rendering of the written
 * consonants and long vowels ({@code محمد} → {@code mhmd}, {@code حسين} → {@code hsyn}); the ʿayn
 * that ICU writes as {@code ʿ} is dropped ({@code علي} → {@code ʿly} → {@code ly}). It is one
 * rendering, not the spellings people use: {@link ConsonantSkeleton} is what brings those together.
 * Characters that ICU cannot render (some Arabic-script letters of other languages, such as Jawi
 * {@code ڠ}, those that {@link ArabicOrthography} does not fold) are dropped, so a key may be
 * empty.
 *
 * <p>Thread-safe: ICU documents transliterators as stateless and shareable between threads without
 * synchronisation (class documentation of {@code com.ibm.icu.text.Transliterator}); one chain is
 * built per process and shared by every instance (ICU4J 74's rule-based transliterators lock their
 * rules during each call, yet two threads sharing one transliterate 1.7 times as much as one).
 *
 * <p>Building the chain and the rules of each script it meets costs start-up time: ICU parses them
 * on first use (about 0.3 s for Han-Latin alone, 0.5 to 0.7 s for the scripts of the UN list with
 * the quick compiler). {@link #prepare} starts that on a thread of its own, so that a command that
 * reads a list first builds them meanwhile: the rules of the UN list's scripts first, each taken as
 * soon as it is built, then the chain, which only a part mixing scripts, of another script, or
 * rendered with letters beyond ASCII needs (a list's Latin names need no ICU rules, its Arabic
 * names only Arabic-Latin).
 */
final class Transliteration {
  /**
   * ICU transliteration rules for what ICU's {@code Cyrillic-Latin} (ISO 9) leaves out of the names
   * of Central Asia and the Caucasus, applied before it: the letters of the Cyrillic alphabets of
   * Tajik, Uzbek, Kazakh and Azerbaijani that it does not render, which were dropped ({@code
   * Раҳмонов} keyed {@code ramonov}, {@code Ҷалолиддин} {@code aloliddin}), with their values in
   * the BGN/PCGN romanization systems of those languages (Tajik 1994: ҳ h, ҷ j; Uzbek 1979: ҳ h;
   * Kazakh 1979 and Azerbaijani: ә ä; Azerbaijani: ҹ j, ҝ g), and Russian дж as BGN/PCGN's {@code
   * dzh} (ISO 9's {@code dž}, keyed {@code dz}, is no spelling a list uses: Джамал, Jamal or
   * Dzhamal). The same rules in the chain ({@link #CHAIN_RULES}) and before a Cyrillic word's own
   * rules, so that both give one key.
   */
  static final String CYRILLIC_LETTERS =
      "дж > dzh ; Дж > Dzh ; ДЖ > DZH ; дЖ > dZH ;"
          + " ҳ > h ; Ҳ > H ; ҷ > j ; Ҷ > J ; ә > ä ; Ә > Ä ; ҹ > j ; Ҹ > J ; ҝ > g ; Ҝ > G ;";

  /**
   * ICU transliteration rules for Latin letters of names that ICU's {@code Latin-ASCII} leaves out,
   * which were dropped: the schwa {@code ə} of Azerbaijani's Latin alphabet, written a in the Latin
   * spellings of its names (BGN/PCGN; {@code Əliyev}, Aliyev, was keyed {@code liyev}); the open o
   * {@code ɔ} of West African alphabets (Bambara, Akan, Ewe; the African reference alphabet), o in
   * ASCII spellings; and {@code ɣ} (Ewe, Dinka), written gh.
   */
  static final String LATIN_LETTERS = "ə > a ; Ə > A ; ɔ > o ; Ɔ > O ; ɣ > gh ; Ɣ > Gh ;";

  /**
   * ICU transliteration rules for the Hebrew letters written with a geresh ({@code ׳}), which ICU's
   * {@code Hebrew-Latin} renders as the letters alone ({@code ג׳מאל}, Jamal, keyed {@code gml}),
   * applied before it: the sounds they write in Arabic names and loanwords as Hebrew transcribes
   * them (the Academy of the Hebrew Language's rules for Arabic): {@code ג׳} j ({@code ج}), {@code
   * ח׳} kh ({@code خ}), {@code ע׳} gh ({@code غ}), {@code ת׳} th ({@code ث}), {@code ד׳} dh ({@code
   * ذ}), {@code ט׳} z ({@code ظ}), {@code ז׳} zh; {@code צ׳} ch, its value in loanwords (for Arabic
   * {@code ض} it is d). A geresh after another letter is dropped. And the final pe {@code ף}, which
   * ICU renders p, as f: Hebrew spells a word's last f so ({@code יוסף} Yosef, Yusuf).
   */
  static final String HEBREW_LETTERS =
      "\u05D2\u05F3 > j ; \u05D7\u05F3 > kh ; \u05E2\u05F3 > gh ; \u05EA\u05F3 > th ;"
          + " \u05D3\u05F3 > dh ; \u05D8\u05F3 > z ; \u05D6\u05F3 > zh ; \u05E6\u05F3 > ch ;"
          + " \u05E5\u05F3 > ch ; \u05F3 > ; \u05E3 > f ;";

  /**
   * {@link #LATIN_LETTERS}, {@link #CYRILLIC_LETTERS} and {@link #HEBREW_LETTERS}, then ICU's
   * {@code Any-Latin; Latin-ASCII; Lower}: the chain of any text.
   */
  static final String CHAIN_RULES =
      LATIN_LETTERS
          + " "
          + CYRILLIC_LETTERS
          + " "
          + HEBREW_LETTERS
          + " :: Any-Latin ; :: Latin-ASCII ; :: Lower ;";

  /** {@link #CYRILLIC_LETTERS}, then ICU's {@code Cyrillic-Latin}: a Cyrillic word's rules. */
  private static final String CYRILLIC_RULES = CYRILLIC_LETTERS + " :: Cyrillic-Latin ;";

  /** {@link #HEBREW_LETTERS}, then ICU's {@code Hebrew-Latin}: a Hebrew word's rules. */
  private static final String HEBREW_RULES = HEBREW_LETTERS + " :: Hebrew-Latin ;";

  /** A transliterator of {@code rules} (ICU's rule syntax), forward. */
  static Transliterator fromRules(String id, String rules) {
    return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
  }

  /**
   * A letter of each script other than Latin among the UN list's original-script names (Arabic,
   * Cyrillic, Chinese): transliterating them once makes ICU build their scripts' rules.
   */
  static final String PREPARED_SCRIPTS = "\u0645\u0418\u91d1";

  /** The chain of the process, with {@link #PREPARED_SCRIPTS} transliterated once. */
  private static final BuiltOnce CHAIN = new BuiltOnce(Transliteration::build);

  /**
   * By ICU script code ({@link UScript}), ICU's rules for that script, those {@link #CHAIN_RULES}
   * applies to a run of it ({@code Script-Latin}), or empty where ICU has none; filled as scripts
   * are met (about 30 have rules).
   */
  private static final ConcurrentHashMap<Integer, Optional<Transliterator>> SCRIPTS =
      new ConcurrentHashMap<>();

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

  /**
   * The rules of {@link #PREPARED_SCRIPTS}' scripts, each published as soon as it is built (a
   * list's names in Arabic script need only Arabic-Latin, and its Latin names no ICU rules at all),
   * then the chain, with those scripts transliterated once through it.
   */
  private static Transliterator build() {
    PREPARED_SCRIPTS.codePoints().forEach(c -> scriptRules(UScript.getScript(c)));
    Transliterator chain = fromRules("Mizan-Latin", CHAIN_RULES);
    chain.transliterate(PREPARED_SCRIPTS);
    return chain;
  }

  /**
   * ICU's {@code Script-Latin} rules of {@code script} (an ICU script code), or empty. Those of a
   * script whose rules are built already are taken at once, while the chain may still be built; any
   * other waits for the chain first, so that no thread reads ICU's registry while another fills it.
   */
  private static Optional<Transliterator> scriptToLatin(int script) {
    Optional<Transliterator> built = SCRIPTS.get(script);
    if (built != null) {
      return built;
    }
    CHAIN.get();
    return scriptRules(script);
  }

  /** {@link #scriptToLatin}, built here when not yet built: by the chain's builder, or after it. */
  private static Optional<Transliterator> scriptRules(int script) {
    return SCRIPTS.computeIfAbsent(
        script,
        s -> {
          try {
            return Optional.of(
                s == UScript.CYRILLIC
                    ? fromRules("Mizan-Cyrillic-Latin", CYRILLIC_RULES)
                    : s == UScript.HEBREW
                        ? fromRules("Mizan-Hebrew-Latin", HEBREW_RULES)
                        : Transliterator.getInstance(UScript.getName(s) + "-Latin"));
          } catch (IllegalArgumentException noRules) {
            return Optional.empty();
          }
        });
  }

  /**
   * Starts building the chain on a daemon thread of its own, unless it is built or being built;
   * returns at once.
   */
  static void prepare() {
    CHAIN.prepare();
  }

  /**
   * A transliterator built once: by {@link #prepare}'s thread, or by the first that needs it
   * ({@link #get}); the others wait for it ({@link FutureTask#run} runs a task once), so that no
   * thread reads ICU's registry while another fills it. When building failed on another thread (out
   * of memory there), the one that needs it builds it again, so that the failure, if it recurs, is
   * its own.
   */
  static final class BuiltOnce {
    static final String THREAD = "mizan-transliteration";

    private final Supplier<Transliterator> build;
    private final FutureTask<Transliterator> task;
    private final AtomicBoolean started = new AtomicBoolean();
    // Built again here after the task failed: kept, so that it is built once more, not per call.
    private volatile Transliterator rebuilt;

    BuiltOnce(Supplier<Transliterator> build) {
      this.build = build;
      this.task = new FutureTask<>(build::get);
    }

    /** Starts the build on a daemon thread ({@link #THREAD}) unless started or done. */
    void prepare() {
      if (!task.isDone() && started.compareAndSet(false, true)) {
        Thread thread = new Thread(task, THREAD);
        thread.setDaemon(true);
        thread.start();
      }
    }

    /**
     * Builds the transliterator again after the task failed, once for all threads; a failure here
     * is thrown, and the next call tries again.
     */
    private synchronized Transliterator rebuild() {
      if (rebuilt == null) {
        rebuilt = build.get();
      }
      return rebuilt;
    }

    /** The transliterator, built here unless it is built or being built (then waited for). */
    Transliterator get() {
      Transliterator again = rebuilt;
      if (again != null) {
        return again;
      }
      task.run();
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return task.get();
          } catch (InterruptedException e) {
            // Waited for again: the build takes a fraction of a second.
            interrupted = true;
          }
        }
      } catch (ExecutionException e) {
        return rebuild();
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * The key of each letter met on its own ({@link #latinLetters}), at most {@value #MAX_LETTERS}:
   * an Arabic part is read letter by letter for each of its readings and keyed so ({@link
   * #letterByLetter}), and a call to ICU costs about 11 µs. Letters are not names: nothing screened
   * is kept.
   */
  private final ConcurrentHashMap<Integer, String> letterKeys = new ConcurrentHashMap<>();

  static final int MAX_LETTERS = 10_000;

  /** The ASCII key of {@code text}, a part after steps 1-6. */
  String latin(String text) {
    if (isAsciiKey(text)) {
      return text;
    }
    int script = singleScript(text);
    if (script == UScript.ARABIC && letterByLetter(text)) {
      StringBuilder key = new StringBuilder(text.length() + 4);
      text.codePoints().forEach(c -> key.append(letterKey(c)));
      return key.toString();
    }
    return keyOf(text, script);
  }

  /**
   * Whether the key of {@code text}, wholly in Arabic script, is its letters' keys in order. ICU's
   * Arabic-Latin rules map each letter on its own; their only contexts are a vowel sign after a
   * letter and the decimal separators between digits (whose keys are empty either way). So it is,
   * unless a character decomposes (NFKD) into a nonspacing mark, as the presentation forms of the
   * vowel signs do. Tested on every Arabic-script character before and after each of the first 60
   * Arabic letters, and on the general name data.
   */
  private static boolean letterByLetter(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String decomposition = NFKD.getDecomposition(c);
      if (decomposition != null
          && decomposition
              .chars()
              .anyMatch(d -> Character.getType(d) == Character.NON_SPACING_MARK)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** The key of {@code text} (not an ASCII key), of {@code script} ({@link #singleScript}). */
  private String keyOf(String text, int script) {
    if (script != UScript.INVALID_CODE) {
      Optional<Transliterator> rules = scriptToLatin(script);
      if (rules.isPresent()) {
        String latin = NFD.normalize(rules.get().transliterate(text));
        if (isAsciiOrMarks(latin)) {
          return asciiLettersAndDigits(latin.toLowerCase(Locale.ROOT));
        }
      }
    }
    return asciiLettersAndDigits(CHAIN.get().transliterate(text));
  }

  /**
   * The ICU script code of every character of {@code text}, or {@link UScript#INVALID_CODE} when it
   * is empty, mixes scripts or is of the Latin script, the common or inherited ones (digits,
   * punctuation, combining marks).
   */
  static int singleScript(String text) {
    int script = UScript.INVALID_CODE;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int s = UScript.getScript(c);
      if (s == UScript.COMMON
          || s == UScript.INHERITED
          || s == UScript.LATIN
          || s == UScript.UNKNOWN
          || (script != UScript.INVALID_CODE && s != script)) {
        return UScript.INVALID_CODE;
      }
      script = s;
      i += Character.charCount(c);
    }
    return script;
  }

  /** Whether {@code text} is of ASCII characters and combining marks (Mn) alone. */
  private static boolean isAsciiOrMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
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
    String letter = Character.toString(cp);
    String key = isAsciiKey(letter) ? letter : keyOf(letter, singleScript(letter));
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
