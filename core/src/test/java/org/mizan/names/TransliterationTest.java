package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.lists.un.Excerpt;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;

class TransliterationTest {
  private static final Transliteration TRANSLITERATION = new Transliteration();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          saddam    | saddam  | folded Latin is its own key
          vessel7   | vessel7 | digits kept
          محمد      | mhmd    | Arabic
          حسين      | hsyn    | Arabic with long vowel
          صدام      | sdam    | Arabic with alef
          خالد      | khald   | kha as kh
          علي       | ly      | ʿayn dropped
          عبد       | bd      | ʿayn dropped
          اسامه     | asamh   | ta marbuta folded to heh
          ال        | al      | Arabic article
          پرويز     | prwyz   | Persian pe
          путин     | putin   | Cyrillic
          раҳимов   | rahimov | Tajik ҳ as h (BGN/PCGN)
          ҷамшед    | jamsed  | Tajik ҷ as j (BGN/PCGN)
          әлібек    | alibek  | Kazakh ә as a
          ҹәфәр     | jafar   | Azerbaijani ҹ as j
          джамол    | dzhamol | Russian дж as dzh (BGN/PCGN), not ISO 9's dž
          əliyev    | aliyev  | Azerbaijani Latin ə as a (BGN/PCGN)
          kɔnɔ      | kono    | West African open o as o
          ɣana      | ghana   | West African gamma as gh
          αλεξης    | alexes  | Greek
          ג׳מאל     | jml     | Hebrew gimel with a geresh as j
          ח׳אלד     | khld    | Hebrew het with a geresh as kh
          ע׳סאן     | ghsn    | Hebrew ayin with a geresh as gh
          חאלד      | hld     | Hebrew het alone
          יוסף      | ywsf    | Hebrew final pe as f
          ŋ         | n       | Latin letter without decomposition
          ڠ         | ""      | no ASCII rendering
          """)
  void rendersAsciiKey(String text, String expected, String what) {
    assertThat(TRANSLITERATION.latin(text)).isEqualTo(expected).matches("[a-z0-9]*");
  }

  /**
   * A part wholly in one script other than Latin, which goes through ICU's rules of that script
   * alone, gets the key that the whole chain gives: each character of every such script alone (of
   * Han, one in 16), each pair of the first 60 letters of each (contextual rules), and each part of
   * the names of the UN excerpt.
   */
  @Test
  void theRulesOfOneScriptGiveTheChainsKeys() {
    List<String> texts = new ArrayList<>();
    Map<Integer, List<String>> letters = new HashMap<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String text = Character.toString(c);
      int script = Transliteration.singleScript(text);
      // Han, with 99,000 characters, one in 16.
      if (Character.isDefined(c)
          && script != UScript.INVALID_CODE
          && (script != UScript.HAN || c % 16 == 0)) {
        texts.add(text);
        List<String> own = letters.computeIfAbsent(script, s -> new ArrayList<>());
        if (Character.isLetter(c) && own.size() < 60) {
          own.add(text);
        }
      }
    }
    for (List<String> own : letters.values()) {
      for (String a : own) {
        for (String b : own) {
          texts.add(a + b);
        }
      }
    }
    for (ListEntry entry : Excerpt.LIST.entries()) {
      for (EntryName name : entry.names()) {
        texts.addAll(List.of(name.value().split("\\s+")));
      }
    }
    assertThat(sameKeys(texts)).isGreaterThan(100_000);
  }

  /**
   * A word wholly in Arabic script is keyed letter by letter (the letters' keys kept): the chain's
   * key of every Arabic-script character before and after each of the first 60 Arabic letters.
   */
  @Test
  void anArabicWordIsKeyedLetterByLetterAsTheChainKeysIt() {
    List<String> arabic = new ArrayList<>();
    List<String> letters = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.isDefined(c) && UScript.getScript(c) == UScript.ARABIC) {
        arabic.add(Character.toString(c));
        if (Character.isLetter(c) && letters.size() < 60) {
          letters.add(Character.toString(c));
        }
      }
    }
    List<String> texts = new ArrayList<>();
    for (String a : arabic) {
      for (String l : letters) {
        texts.add(a + l);
        texts.add(l + a);
      }
    }
    assertThat(sameKeys(texts)).isGreaterThan(150_000);
  }

  /** The same on the words of the general name data, where it is at hand. */
  @Test
  void theRulesOfOneScriptGiveTheChainsKeysOnGeneralNameData() {
    List<String> texts = new ArrayList<>();
    for (GeneralNameData.Pair p : GeneralNameData.googleAr2en()) {
      texts.addAll(List.of(p.arabic().split("\\s+")));
    }
    for (GeneralNameData.Pair p : GeneralNameData.arabicNames()) {
      texts.addAll(List.of(p.arabic().split("\\s+")));
    }
    assertThat(sameKeys(texts)).isGreaterThan(15_000);
  }

  /**
   * Asserts that each of {@code texts} wholly in one script other than Latin has the chain's key;
   * returns how many were.
   */
  private static int sameKeys(List<String> texts) {
    Transliterator chain = Transliteration.fromRules("chain", Transliteration.CHAIN_RULES);
    int compared = 0;
    List<String> differ = new ArrayList<>();
    for (String text : texts) {
      if (Transliteration.singleScript(text) == UScript.INVALID_CODE) {
        continue;
      }
      compared++;
      String expected = chain.transliterate(text).replaceAll("[^a-z0-9]", "");
      String got = TRANSLITERATION.latin(text);
      if (!got.equals(expected)) {
        differ.add(text + ": " + got + " instead of " + expected);
      }
    }
    assertThat(differ).isEmpty();
    return compared;
  }

  @Test
  void preparingTransliterationLeavesTheKeysAsTheyAre() {
    NameNormalizer.prepareTransliteration();
    Transliteration after = new Transliteration();
    assertThat(List.of("北京", "محمد", "путин").stream().map(after::latin).toList())
        .containsExactly("beijing", "mhmd", "putin");
  }

  /**
   * Prepared, the chain is built once, on the preparing thread, and every caller gets that one,
   * whether it asks before the build ends or after.
   */
  @Test
  void builtOnceOnThePreparingThread() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Build build =
        new Build(
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Transliteration.BuiltOnce once = new Transliteration.BuiltOnce(build);
    once.prepare();
    once.prepare();
    // The callers ask while the build is under way.
    assertThat(build.started.await(10, TimeUnit.SECONDS)).isTrue();
    ExecutorService callers = Executors.newFixedThreadPool(3);
    try {
      List<Future<Transliterator>> got = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        got.add(callers.submit(once::get));
      }
      release.countDown();
      for (Future<Transliterator> f : got) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(build.chain);
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(once.get()).isSameAs(build.chain);
    assertThat(build.builtOn).containsExactly(Transliteration.BuiltOnce.THREAD);
  }

  /**
   * A build that failed on the preparing thread is built again by the thread that needs it, once:
   * later calls take that one (each name part that needs the chain asks for it).
   */
  @Test
  void aBuildThatFailedIsBuiltAgainByItsCaller() throws Exception {
    List<Integer> calls = new CopyOnWriteArrayList<>();
    Build build =
        new Build(
            () -> {
              calls.add(calls.size());
              if (calls.size() == 1) {
                throw new OutOfMemoryError("Java heap space");
              }
            });
    Transliteration.BuiltOnce once = new Transliteration.BuiltOnce(build);
    once.prepare();
    assertThat(build.started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(once.get()).isSameAs(build.chain);
    assertThat(once.get()).isSameAs(build.chain);
    assertThat(once.get()).isSameAs(build.chain);
    assertThat(build.builtOn)
        .containsExactly(Transliteration.BuiltOnce.THREAD, Thread.currentThread().getName());
  }

  /** A build that notes the threads it runs on, runs {@code then}, and gives one chain. */
  private static final class Build implements Supplier<Transliterator> {
    final List<String> builtOn = new CopyOnWriteArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    final Transliterator chain = Transliterator.getInstance("Null");
    private final Runnable then;

    Build(Runnable then) {
      this.then = then;
    }

    @Override
    public Transliterator get() {
      builtOn.add(Thread.currentThread().getName());
      started.countDown();
      then.run();
      return chain;
    }
  }
}
