package org.mizan.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * keeps only ASCII letters and digits of the result; a part wholly in Arabic script goes through
 * the rules that chain applies to it, ICU's {@code Arabic-Latin}, whose letters with diacritics are
 * then decomposed (NFD) and lower-cased before the same filter: the same keys (tested on every
 * Arabic-script character, every pair of Arabic letters and the general name data) in about a tenth
 * of the time, since {@code Any-Latin} first splits the text into runs of one script and {@code
 * Latin-ASCII} is a large rule set. For Arabic that gives a rendering of the written consonants and
 * long vowels ({@code محمد} → {@code mhmd}, {@code حسين} → {@code hsyn}); the ʿayn that ICU writes
 * as {@code ʿ} is dropped ({@code علي} → {@code ʿly} → {@code ly}). It is one rendering, not the
 * spellings people use: {@link ConsonantSkeleton} is what brings those together. Characters that
 * ICU cannot render (some Arabic-script letters of other languages, such as {@code ڨ}) are dropped,
 * so a key may be empty.
 *
 * <p>Thread-safe: ICU documents transliterators as stateless and shareable between threads without
 * synchronisation (class documentation of {@code com.ibm.icu.text.Transliterator}); one chain is
 * built per process and shared by every instance (ICU4J 74's rule-based transliterators lock their
 * rules during each call, yet two threads sharing one transliterate 1.7 times as much as one).
 *
 * <p>Building the chain and the rules of each script it meets costs start-up time: ICU parses them
 * on first use (about 0.3 s for Han-Latin alone, 0.5 to 0.7 s for the scripts of the UN list with
 * the quick compiler). {@link #prepare} starts that on a thread of its own, so that a command that
 * reads a list first builds them meanwhile.
 */
final class Transliteration {
  static final String ICU_CHAIN = "Any-Latin; Latin-ASCII; Lower";

  /**
   * A letter of each script other than Latin among the UN list's original-script names (Arabic,
   * Cyrillic, Chinese): transliterating them once makes ICU build their scripts' rules.
   */
  static final String PREPARED_SCRIPTS = "\u0645\u0418\u91d1";

  /** The chain of the process, with {@link #PREPARED_SCRIPTS} transliterated once. */
  private static final BuiltOnce CHAIN = new BuiltOnce(Transliteration::build);

  /** ICU's rules for Arabic script, those {@link #ICU_CHAIN} applies to a run of it. */
  static final String ICU_ARABIC = "Arabic-Latin";

  /**
   * {@link #ICU_ARABIC}, built once {@link #CHAIN} is (on the thread of its own of {@link
   * #prepare}), so that the two builds never fill ICU's registry at once.
   */
  private static final BuiltOnce ARABIC =
      new BuiltOnce(
          () -> {
            CHAIN.get();
            Transliterator arabic = Transliterator.getInstance(ICU_ARABIC);
            arabic.transliterate(PREPARED_SCRIPTS.substring(0, 1));
            return arabic;
          });

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static Transliterator build() {
    Transliterator chain = Transliterator.getInstance(ICU_CHAIN);
    chain.transliterate(PREPARED_SCRIPTS);
    return chain;
  }

  /**
   * Starts building the chain on a daemon thread of its own, unless it is built or being built;
   * returns at once.
   */
  static void prepare() {
    CHAIN.prepare();
    ARABIC.prepare();
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

    /** The transliterator, built here unless it is built or being built (then waited for). */
    Transliterator get() {
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
        return build.get();
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private final Transliterator toLatin = CHAIN.get();
  private final Transliterator arabicToLatin = ARABIC.get();

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
    if (isArabicScriptOnly(text)) {
      String latin = arabicToLatin.transliterate(text);
      return asciiLettersAndDigits(NFD.normalize(latin).toLowerCase(Locale.ROOT));
    }
    return asciiLettersAndDigits(toLatin.transliterate(text));
  }

  /** Whether every character of {@code text} (not empty) is of the Arabic script. */
  static boolean isArabicScriptOnly(String text) {
    return !text.isEmpty()
        && text.codePoints()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
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
