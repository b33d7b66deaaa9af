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
    int compared = 0;
    for (LabelledQuery q : queries.subList(0, 25)) {
      ListEntry reduced = q.replaced().get(0);
      List<ListEntry> entries = new ArrayList<>(list.entries());
      entries.replaceAll(e -> e.id().equals(reduced.id()) ? reduced : e);
      Engine.Searcher rebuilt = engine.over(new Watchlist(list.version(), entries));
      LabelledQuery plain = LabelledQuery.positive(q.subject(), q.truth());
      assertThat(once.search(q)).as(q.subject().id()).isEqualTo(rebuilt.search(plain));
      compared++;
    }
    assertThat(compared).isEqualTo(25);
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
