package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.match.Names.MATCHER;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mizan.lists.un.Excerpt;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;

/**
 * Random names, seeded so that a failure repeats, against the real entries of the UN list excerpt:
 * scoring never throws, is well formed and deterministic, and a name matches itself.
 */
class MatcherPropertyTest {
  private static final long SEED = 20260227L;
  private static final int CASES = 2000;

  private static final String[] ALPHABETS = {
    "abcdefghijklmnopqrstuvwxyz",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى",
    "ًٌٍَُِّْـ", // harakat, shadda, sukun, tatweel
    "ڨپچگژکی", // Arabic-script letters of other languages
    "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯабвгдежзиклмнопрстуфхцчшщэюя",
    "áéíóúàèìòùâêîôûäëïöüçñýÿøåæœßðþ",
    "0123456789",
    " -'’.,/()<`‘",
    "<<<<",
    "\u200c\u200d\u200e\u200f\u202a\u202c\u00ad\ufeff",
  };

  private static final String[] WORDS = {
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "abu",
    "umm",
    "abd",
    "abdul",
    "abdel",
    "ال",
    "بن",
    "ابن",
    "ابو",
    "عبد",
    "saddam",
    "hussein",
    "صدام",
    "حسين",
    "التكريتي",
    "altikriti",
    "muhammad",
    "محمد",
    "---",
    "<<",
    "KONY",
    "Joseph",
    "عبدالله",
    "abdullah",
  };

  private static String randomName(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + random.nextInt(5);
    for (int p = 0; p < pieces; p++) {
      if (p > 0) {
        b.append(random.nextInt(4) == 0 ? "<" : " ");
      }
      if (random.nextInt(3) == 0) {
        b.append(WORDS[random.nextInt(WORDS.length)]);
      } else {
        String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
        int length = 1 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
          int at =
              alphabet.offsetByCodePoints(
                  0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
          b.appendCodePoint(alphabet.codePointAt(at));
        }
      }
    }
    String name = b.toString();
    return name.isBlank() ? "---" : name;
  }

  @Test
  void randomNamesAgainstExcerptEntriesScoreWellFormedAndDeterministically() {
    Random random = new Random(SEED);
    List<Candidate> candidates = new ArrayList<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      candidates.add(MATCHER.prepare("un-sc-consolidated", e));
    }
    for (int i = 0; i < CASES; i++) {
      String name = randomName(random);
      Candidate candidate = candidates.get(random.nextInt(candidates.size()));
      Query query = MATCHER.prepare(Subject.ofName("q", name));
      Match first = MATCHER.score(query, candidate);
      MatcherTest.assertWellFormed(first);
      assertThat(MATCHER.score(query, candidate)).as(name).isEqualTo(first);
      if (i % 10 == 0) {
        // preparing the same subject again changes nothing
        assertThat(MATCHER.score(MATCHER.prepare(Subject.ofName("q", name)), candidate))
            .as(name)
            .isEqualTo(first);
      }
    }
  }

  @Test
  void aNameMatchesAnEntryWhosePrimaryNameItIs() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < CASES; i++) {
      String name = randomName(random);
      if (MATCHER.normalizer().normalize(name).isEmpty()) {
        continue; // nothing left to compare: scores 0, see below
      }
      assertSelfMatch(name);
    }
    for (ListEntry e : Excerpt.LIST.entries()) {
      for (EntryName n : e.names()) {
        assertSelfMatch(n.value());
      }
    }
  }

  @Test
  void aNameWithNothingLeftAfterNormalisationScoresZero() {
    for (String name : List.of("---", "<<<", "()", "\u200f", ". . .")) {
      Match m =
          MATCHER.score(MATCHER.prepare(Subject.ofName("q", name)), Names.candidate("IQi.001"));
      assertThat(m.score()).as(name).isZero();
      MatcherTest.assertWellFormed(m);
    }
  }

  private static void assertSelfMatch(String name) {
    ListEntry entry = Names.person("SELF.1", name);
    Match m =
        MATCHER.score(MATCHER.prepare(Subject.ofName("q", name)), MATCHER.prepare("test", entry));
    assertThat(m.score())
        .as("'%s' against itself: %s", name, m.explanation())
        .isGreaterThanOrEqualTo(0.99);
    assertThat(m.listNameType()).isEqualTo(NameType.PRIMARY);
  }
}
