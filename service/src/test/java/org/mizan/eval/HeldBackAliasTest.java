package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * A query that replaces an entry gets the same answer as a search of a list built with that entry
 * replaced: the shortcut that lets the Latin-variants suite index a list once.
 */
class HeldBackAliasTest {
  private static Watchlist list;
  private static List<LabelledQuery> queries;

  @BeforeAll
  static void heldBackAliasesOfTheBundledList() {
    Watchlist un = Mizan.bundledList();
    // The first 250 entries keep each index small; the suite's rule picks the aliases.
    list = new Watchlist(un.version(), un.entries().subList(0, 250));
    queries = LatinVariantsSuite.of(list, Split.ALL).get(0).queries();
  }

  private static void sameAnswers(Engine engine) {
    Engine.Searcher once = engine.over(list);
    int found = 0;
    for (LabelledQuery q : queries.subList(0, 25)) {
      ListEntry reduced = q.replaced().get(0);
      List<ListEntry> entries = new ArrayList<>(list.entries());
      entries.replaceAll(e -> e.id().equals(reduced.id()) ? reduced : e);
      Engine.Searcher rebuilt = engine.over(new Watchlist(list.version(), entries));
      LabelledQuery plain = LabelledQuery.positive(q.subject(), q.truth());
      List<Engine.Scored> answers = once.search(q);
      assertThat(answers).as(q.subject().id()).isEqualTo(rebuilt.search(plain));
      if (answers.stream().anyMatch(s -> q.truth().contains(s.id()))) {
        found++;
      }
    }
    // Two empty answers would agree trivially: most queries must reach their own entry (17 of 25
    // for both engines when measured).
    assertThat(found).isGreaterThanOrEqualTo(15);
  }

  @Test
  void mizanAnswersAsIfTheListLackedTheAlias() {
    assertThat(queries).hasSizeGreaterThan(25);
    sameAnswers(new MizanEngine(Mizan.matcher()));
  }

  @Test
  void theBaselineAnswersAsIfTheListLackedTheAlias() {
    sameAnswers(new JaroWinklerBaseline());
  }

  /**
   * The aliases with a single name part alike with the rest of their entry are counted, and the
   * others are a set of their own that is a part of the first (first 250 entries of the bundled UN
   * list).
   */
  @Test
  void aliasesWithOneNamePartAlikeAreCountedAndTheRestShownApart() {
    Watchlist un = Mizan.bundledList();
    List<QuerySet> sets =
        LatinVariantsSuite.of(new Watchlist(un.version(), un.entries().subList(0, 250)), Split.ALL);
    assertThat(sets.get(0).counts())
        .containsEntry("eligible aliases (queries)", 212L)
        .containsEntry(LatinVariantsSuite.ONE_PART, 14L)
        .containsEntry(LatinVariantsSuite.ONE_ALIKE, 27L);
    QuerySet twoAlike = sets.get(2);
    assertThat(twoAlike.queries()).hasSize(212 - 14 - 27);
    assertThat(twoAlike.counts())
        .containsEntry("queries of latin-variants/name+dob", 212L)
        .containsEntry("less " + LatinVariantsSuite.ONE_PART, 14L)
        .containsEntry("less " + LatinVariantsSuite.ONE_ALIKE, 27L)
        .containsEntry("queries with two name parts or more alike", 171L);
    assertThat(sets.get(0).queries()).containsAll(twoAlike.queries());
    assertThat(twoAlike.partOf()).isEqualTo("latin-variants/name+dob");
    // Kim Hyok Chol keeps the family name of KIM TONG MY'ONG and nothing else; General Nkunda
    // holds one name part; Bashar Sab'awi Ibrahim Hasan Al-Tikriti's variants have every part.
    List<String> shown = twoAlike.queries().stream().map(q -> q.subject().name()).toList();
    assertThat(shown)
        .doesNotContain("Kim Hyok Chol", "General Nkunda")
        .contains("Bashar Sab’awi Ibrahim Hasan Al-Tikriti");
  }

  @Test
  void theHeldBackAliasIsGoneFromTheReplacingEntry() {
    for (LabelledQuery q : queries) {
      ListEntry reduced = q.replaced().get(0);
      assertThat(reduced.names())
          .noneMatch(n -> NameText.fold(n.value()).equals(NameText.fold(q.subject().name())));
      assertThat(q.truth()).containsExactly(reduced.id());
    }
  }
}
