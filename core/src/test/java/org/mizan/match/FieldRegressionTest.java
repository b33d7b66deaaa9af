package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.match.Names.score;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.index.ScreeningIndex;
import org.mizan.model.EntryKind;
import org.mizan.model.ListVersion;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/** Cases screening units report from the field (issue #4, item 6), each a named test. */
class FieldRegressionTest {
  private static final double THRESHOLD = 0.85;

  private static final Watchlist TEST_LIST =
      new Watchlist(
          new ListVersion("csv:field-cases.csv", "", "0".repeat(64)),
          List.of(
              Names.person("F-1", "Samir Kassab"),
              Names.entry("F-2", EntryKind.ORGANIZATION, "AL-QAIDA TRADING CORP"),
              Names.person("F-3", "John Smith")));

  private static List<Match> screen(String name) {
    return ScreeningIndex.build(Names.MATCHER, List.of(TEST_LIST))
        .screen(Subject.ofName("q", name), 0.0, 10);
  }

  @Test
  void aSharedCommonFirstNameAloneMakesNoHit() {
    List<Match> matches = screen("Samir Haddad");
    assertThat(matches).allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    assertThat(score("Samir Haddad", "Samir Kassab")).isCloseTo(0.7778, within());
  }

  @Test
  void aLegalFormWordAloneMakesNoHit() {
    assertThat(screen("CORP")).allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    assertThat(score("CORP", "AL-QAIDA TRADING CORP")).isCloseTo(0.6, within());
  }

  @Test
  void swappedGivenAndFamilyNamesStillMatch() {
    assertThat(screen("Kassab Samir").get(0).entry().id()).isEqualTo("F-1");
    assertThat(score("Kassab Samir", "Samir Kassab")).isEqualTo(1.0);
  }

  @Test
  void aShortNameSpeltAnotherWayIsNotScoredNearZero() {
    assertThat(screen("Jon Smith").get(0).entry().id()).isEqualTo("F-3");
    assertThat(score("Jon Smith", "John Smith")).isCloseTo(0.9667, within());
  }

  @Test
  void aLatinNameWithCyrillicLookAlikeLettersStillMatches() {
    // Cyrillic DZE (U+0405) and Ukrainian I (U+0456) inside Latin words.
    assertThat(score("\u0405amir Ka\u0455\u0455ab", "Samir Kassab")).isEqualTo(1.0);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.0001);
  }
}
