package org.mizan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.lists.ListReader;
import org.mizan.model.EntryKind;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;

/** The synthetic lists and the query set of {@code mizan bench}: reproducible, readable, shaped. */
class SyntheticListTest {
  private static Watchlist un;
  private static Vocabulary vocabulary;

  @BeforeAll
  static void load() {
    un = Mizan.bundledList();
    vocabulary = Vocabulary.of(un);
  }

  private static Watchlist read(byte[] csv, int entries, long seed) {
    return ListReader.read(new ByteArrayInputStream(csv), SyntheticList.fileName(entries, seed));
  }

  @Test
  void theVocabularyHoldsTheWordsOfTheListAndTheCleanNames() {
    assertThat(vocabulary.clean()).hasSize(1000).startsWith("حسین موسوی");
    assertThat(vocabulary.given()).contains("SADDAM", "Patricia");
    assertThat(vocabulary.family()).contains("Wheeler");
    assertThat(vocabulary.arabic()).contains("موسوی");
    assertThat(vocabulary.nationalities()).contains("Iraq");
  }

  @Test
  void theSameSizeAndSeedGiveTheSameBytesAndAnotherSeedOthers() {
    byte[] a = SyntheticList.csv(500, 7, vocabulary);
    assertThat(SyntheticList.csv(500, 7, vocabulary)).isEqualTo(a);
    assertThat(SyntheticList.csv(500, 8, vocabulary)).isNotEqualTo(a);
  }

  @Test
  void mizanReadsTheListWithTheShapesDocumented() {
    Watchlist list = read(SyntheticList.csv(5000, 1, vocabulary), 5000, 1);
    assertThat(list.version().source()).isEqualTo("csv:synthetic-5000-1.csv");
    List<ListEntry> entries = list.entries();
    assertThat(entries).hasSize(5000);
    assertThat(entries.get(0).id()).isEqualTo("S0000001");
    long people = entries.stream().filter(e -> e.kind() == EntryKind.PERSON).count();
    assertThat(people).isBetween(4300L, 4500L);
    long original =
        entries.stream()
            .filter(e -> e.names().stream().anyMatch(n -> n.type() == NameType.ORIGINAL_SCRIPT))
            .count();
    assertThat(original).isBetween((long) (people * 0.2), (long) (people * 0.3));
    long withDob = entries.stream().filter(e -> !e.birthDates().isEmpty()).count();
    assertThat(withDob).isBetween((long) (people * 0.7), (long) (people * 0.8));
    double aliases =
        entries.stream()
            .filter(e -> e.kind() == EntryKind.PERSON)
            .mapToLong(e -> e.names().stream().filter(n -> n.type() == NameType.ALIAS_GOOD).count())
            .average()
            .orElseThrow();
    assertThat(aliases).isBetween(0.9, 1.1);
  }

  @Test
  void aListHasAtLeastOneEntry() {
    assertThatThrownBy(() -> SyntheticList.csv(0, 1, vocabulary))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theQuerySetIsSeededAndMixed() {
    List<Subject> queries = BenchQueries.of(un, vocabulary, 1000, 3);
    assertThat(queries).hasSize(1000).isEqualTo(BenchQueries.of(un, vocabulary, 1000, 3));
    assertThat(queries.get(0).id()).isEqualTo("q1");
    long arabic = queries.stream().filter(q -> NameNormalizer.isArabicScript(q.name())).count();
    long clean = queries.stream().filter(q -> vocabulary.clean().contains(q.name())).count();
    assertThat(clean).isBetween(350L, 450L);
    // Arabic-script queries: a fifth of listed names, and some of the clean names.
    assertThat(arabic).isBetween(200L, 300L);
  }

  @Test
  void spellingChangesChangeOneLetter() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    String changed = Spellings.changeVowel("Mohammed", random);
    assertThat(changed).hasSize(8).isNotEqualTo("Mohammed").startsWith("M");
    assertThat(Spellings.changeVowel("Brt", random)).isEqualTo("Brt");
    assertThat(Spellings.doubleLetter("hasan", random)).hasSize(6);
  }
}
