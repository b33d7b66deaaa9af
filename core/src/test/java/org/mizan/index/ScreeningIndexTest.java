package org.mizan.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.lists.un.Excerpt;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;

/** Screening through the index: order, ties, floor, limit, kinds, argument errors. */
class ScreeningIndexTest {
  private static final Matcher MATCHER = Matcher.create(NameNormalizer.create(), Clock.systemUTC());
  private static final ScreeningIndex EXCERPT =
      ScreeningIndex.build(MATCHER, List.of(Excerpt.LIST));

  private static Subject kinds(String name, EntryKind... kinds) {
    return new Subject("q", name, List.of(), "", Gender.UNKNOWN, "", Set.of(kinds));
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(m -> m.entry().id()).toList();
  }

  private static Watchlist list(String source, ListEntry... entries) {
    return new Watchlist(new ListVersion(source, "", "0".repeat(64)), List.of(entries));
  }

  /**
   * A subject prepared by the index, its name parts that the list's names have taken from them,
   * screens as one prepared by the matcher alone: the same matches and explanations.
   */
  @ParameterizedTest
  @MethodSource("names")
  void preparingWithTheListsPartsChangesNoMatch(String name) {
    Subject subject = kinds(name, EntryKind.PERSON, EntryKind.ORGANIZATION);
    List<Match> alone = EXCERPT.screen(MATCHER.prepare(subject), 0.5, 50);
    assertThat(alone).isNotEmpty();
    assertThat(EXCERPT.screen(EXCERPT.prepare(subject), 0.5, 50)).isEqualTo(alone);
  }

  @Test
  void aSubjectIsNeverPreparedWithPartsThatKeepIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MATCHER.prepare(
                    kinds("Saddam Hussein", EntryKind.PERSON), new NameNormalizer.KnownParts()))
        .withMessageContaining("read-only");
  }

  @Test
  void indexesEveryEntryOfEveryList() {
    assertThat(EXCERPT.size()).isEqualTo(19);
    assertThat(EXCERPT.lists()).containsExactly(Excerpt.LIST);
  }

  /** Names of several kinds that each find entries of the excerpt. */
  static List<String> names() {
    return List.of(
        "Saddam Hussein",
        "صدام حسين التكريتي",
        "Abu Ali",
        "Abd al-Khaliq al-Huthi",
        "Mohammad Hassan",
        "Jang Bom Su",
        "G9");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void resultsAreInRankingOrder(String name) {
    List<Match> matches = EXCERPT.screen(Subject.ofName("q", name), 0.0, 1000);
    assertThat(matches).isNotEmpty().isSortedAccordingTo(Match.RANKING);
    for (int i = 1; i < matches.size(); i++) {
      assertThat(matches.get(i).score()).isLessThanOrEqualTo(matches.get(i - 1).score());
    }
  }

  /**
   * Screening compares each query part with each distinct list part once ({@code
   * Matcher.score(Query, List, double)}); every match it reports equals the one-off score of that
   * entry, explanation included.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void screeningScoresEachEntryAsAOneOffScoreDoes(String name) {
    Subject subject = Subject.ofName("q", name);
    List<Match> screened = EXCERPT.screen(subject, 0.0, 1000);
    assertThat(screened).isNotEmpty();
    for (Match m : screened) {
      Match alone =
          MATCHER.score(
              MATCHER.prepare(subject),
              MATCHER.prepare(Excerpt.LIST.version().source(), m.entry()));
      assertThat(m).isEqualTo(alone);
    }
  }

  /** Without retrieval, screening finds at least what it finds with it, scored the same. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void screeningEveryEntryFindsAtLeastWhatRetrievalFinds(String name) {
    Subject subject = Subject.ofName("q", name);
    List<Match> retrieved = EXCERPT.screen(subject, 0.7, 1000);
    List<Match> every = EXCERPT.screenEveryEntry(subject, 0.7, 1000);
    assertThat(every).containsAll(retrieved).isSortedAccordingTo(Match.RANKING);
    assertThat(EXCERPT.screenEveryEntry(subject, 0.0, 1000)).hasSize(EXCERPT.size());
  }

  @Test
  void theBestMatchComesFirst() {
    assertThat(ids(EXCERPT.screen(Subject.ofName("q", "ALTIKRITI<<SADDAM<HUSSEIN"), 0.7, 10)))
        .startsWith("IQi.001");
    assertThat(ids(EXCERPT.screen(Subject.ofName("q", "عزت ابراهيم الدوري"), 0.7, 10)))
        .startsWith("IQi.006");
    assertThat(ids(EXCERPT.screen(Subject.ofName("q", "Abu Ali"), 0.7, 10)))
        .containsExactly("IQi.001", "YEi.002");
  }

  @Test
  void tiesAreBrokenBySourceThenId() {
    ListEntry saddam = Excerpt.entry("IQi.001");
    ScreeningIndex index =
        ScreeningIndex.build(
            MATCHER,
            List.of(
                list("z-national", saddam.withId("Z-7"), saddam.withId("Z-10")),
                list("a-national", saddam.withId("A-2")),
                list("m-national", saddam.withId("M-1"), Excerpt.entry("IQi.006"))));
    List<Match> matches = index.screen(Subject.ofName("q", "Saddam Hussein al-Tikriti"), 0.0, 1000);
    assertThat(matches.subList(0, 4)).allSatisfy(m -> assertThat(m.score()).isEqualTo(1.0));
    assertThat(matches.subList(0, 4))
        .extracting(m -> m.source() + "/" + m.entry().id())
        // sources in string order; ids in string order ("Z-10" before "Z-7"), not list order
        .containsExactly("a-national/A-2", "m-national/M-1", "z-national/Z-10", "z-national/Z-7");
  }

  @Test
  void floorIsRespected() {
    Subject s = Subject.ofName("q", "Saddam Hussein");
    List<Match> all = EXCERPT.screen(s, 0.0, 1000);
    for (double floor : new double[] {0.0, 0.5, 0.6, 0.7, 0.8333, 0.9, 1.0}) {
      List<Match> above = EXCERPT.screen(s, floor, 1000);
      assertThat(above).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(floor));
      assertThat(above).isEqualTo(all.stream().filter(m -> m.score() >= floor).toList());
    }
    assertThat(ids(EXCERPT.screen(s, 0.8333, 1000))).containsExactly("IQi.001");
    assertThat(EXCERPT.screen(s, 1.0, 1000)).isEmpty();
    assertThat(EXCERPT.screen(Subject.ofName("q", "Saddam Hussein al-Tikriti"), 1.0, 1000))
        .hasSize(1);
  }

  @Test
  void limitIsRespected() {
    Subject s = Subject.ofName("q", "Abu Ali");
    List<Match> all = EXCERPT.screen(s, 0.0, 1000);
    assertThat(all.size()).isGreaterThan(3);
    for (int limit = 1; limit <= all.size() + 1; limit++) {
      assertThat(EXCERPT.screen(s, 0.0, limit))
          .isEqualTo(all.subList(0, Math.min(limit, all.size())));
    }
  }

  @Test
  void kindsFilterTheEntries() {
    List<Match> organisations =
        EXCERPT.screen(kinds("Allied Democratic Forces", EntryKind.ORGANIZATION), 0.0, 1000);
    assertThat(organisations).isNotEmpty();
    assertThat(organisations)
        .allSatisfy(m -> assertThat(m.entry().kind()).isEqualTo(EntryKind.ORGANIZATION));
    assertThat(ids(organisations)).startsWith("CDe.001");

    List<Match> persons =
        EXCERPT.screen(kinds("Allied Democratic Forces", EntryKind.PERSON), 0.0, 1000);
    assertThat(persons).allSatisfy(m -> assertThat(m.entry().kind()).isEqualTo(EntryKind.PERSON));
    assertThat(ids(persons)).doesNotContain("CDe.001");

    assertThat(
            EXCERPT.screen(
                kinds("Saddam Hussein", EntryKind.VESSEL, EntryKind.AIRCRAFT), 0.0, 1000))
        .isEmpty();
    assertThat(ids(EXCERPT.screen(kinds("Saddam Hussein", EntryKind.PERSON), 0.8, 10)))
        .containsExactly("IQi.001");
  }

  @Test
  void aNameWithNothingToLookUpFindsNothing() {
    assertThat(EXCERPT.screen(Subject.ofName("q", "---"), 0.0, 1000)).isEmpty();
    // Particles alone reach the reporting floor only against a name of particles alone.
    assertThat(EXCERPT.screen(Subject.ofName("q", "bin abu umm"), 0.7, 1000)).isEmpty();
    assertThat(EXCERPT.screenEveryEntry(Subject.ofName("q", "bin abu umm"), 0.7, 1000)).isEmpty();
  }

  @Test
  void anEmptyIndexFindsNothing() {
    ScreeningIndex empty = ScreeningIndex.build(MATCHER, List.of());
    assertThat(empty.size()).isZero();
    assertThat(empty.screen(Subject.ofName("q", "Saddam Hussein"), 0.0, 10)).isEmpty();
    ScreeningIndex emptyList = ScreeningIndex.build(MATCHER, List.of(list("x", new ListEntry[0])));
    assertThat(emptyList.screen(Subject.ofName("q", "Saddam Hussein"), 0.0, 10)).isEmpty();
  }

  @ParameterizedTest(name = "floor {0}")
  @ValueSource(
      doubles = {
        -0.01,
        1.0001,
        -1,
        2,
        Double.NaN,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY
      })
  void floorOutsideZeroToOneIsAnArgumentError(double floor) {
    assertThatThrownBy(() -> EXCERPT.screen(Subject.ofName("q", "Saddam Hussein"), floor, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floor");
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void limitBelowOneIsAnArgumentError(int limit) {
    assertThatThrownBy(() -> EXCERPT.screen(Subject.ofName("q", "Saddam Hussein"), 0.7, limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void theBoundsThemselvesAreAccepted() {
    Subject s = Subject.ofName("q", "Saddam Hussein");
    assertThat(EXCERPT.screen(s, 0.0, 1)).hasSize(1);
    assertThat(EXCERPT.screen(s, 1.0, Integer.MAX_VALUE)).isEmpty();
  }

  @Test
  void entriesOfSeveralListsAreAllFound() {
    List<ListEntry> renamedEntries = new ArrayList<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      renamedEntries.add(e.withId("copy-" + e.id()));
    }
    ScreeningIndex two =
        ScreeningIndex.build(
            MATCHER,
            List.of(Excerpt.LIST, list("national", renamedEntries.toArray(new ListEntry[0]))));
    assertThat(two.size()).isEqualTo(38);
    List<Match> matches = two.screen(Subject.ofName("q", "Joseph Kony"), 0.99, 10);
    assertThat(matches)
        .extracting(m -> m.source() + "/" + m.entry().id())
        .containsExactly("national/copy-CFi.009", "un-sc-consolidated/CFi.009");
    assertThat(matches.get(0).listNameType()).isEqualTo(NameType.PRIMARY);
  }
}
