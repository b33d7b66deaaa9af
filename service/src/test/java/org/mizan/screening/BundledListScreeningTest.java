package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.app.Mizan;
import org.mizan.match.Match;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;

/** Screening against the bundled UN Security Council Consolidated List (2026-02-27). */
class BundledListScreeningTest {
  private static Screening screening;

  @BeforeAll
  static void wire() {
    screening = Mizan.open(List.of()).screening();
  }

  private static ScreeningResult screen(String name) {
    return screening.screen(Subject.ofName("q", name), Screening.ALERT_THRESHOLD, 10);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "صدام حسين التكريتي",
        "SADDAM HUSSEIN AL-TIKRITI",
        "SADDAM HUSAYN AL-TIKRITI",
        "ALTIKRITI<<SADDAM<HUSSEIN",
        "Saddam Hussein al Tikriti"
      })
  void saddamHusseinIsTheFirstMatchAndAHit(String name) {
    ScreeningResult result = screen(name);
    Match first = result.matches().get(0);
    assertThat(first.entry().id()).isEqualTo("IQi.001");
    assertThat(first.entry().primaryName()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(result.isHit(first)).isTrue();
    assertThat(first.explanation().get(0).feature()).isEqualTo("name");
    assertThat(first.explanation().get(0).detail()).contains("name parts matched");
  }

  @Test
  void izzatIbrahimAlDouriWithYearOfBirthIsTheFirstMatchAndAHit() {
    Subject subject =
        new Subject(
            "q",
            "Izzat Ibrahim al-Douri",
            List.of(BirthDate.parse("1942")),
            "",
            Gender.UNKNOWN,
            "",
            EnumSet.allOf(EntryKind.class));
    ScreeningResult result = screening.screen(subject, Screening.ALERT_THRESHOLD, 10);
    Match first = result.matches().get(0);
    assertThat(first.entry().id()).isEqualTo("IQi.006");
    assertThat(result.isHit(first)).isTrue();
    assertThat(first.explanation())
        .anySatisfy(
            f -> {
              assertThat(f.feature()).isEqualTo("dob");
              assertThat(f.score()).isEqualTo(1.0);
            });
  }

  /**
   * The hits alone are every hit the default screening finds, in its order and at its scores,
   * whatever the limit (screened once, since the hits alone keep no best few); a bad limit is still
   * refused.
   */
  @Test
  void theHitsAloneAreEveryHitWhateverTheLimit() {
    Subject subject = Subject.ofName("q", "Mohammed Ali");
    List<String> hits =
        screening.screen(subject, 0.75, 100).matches().stream()
            .filter(m -> m.score() >= 0.75)
            .map(m -> m.entry().id() + " " + m.score())
            .toList();
    ScreeningResult alone = screening.screen(subject, 0.75, 1, true);
    assertThat(alone.hitsOnly()).isTrue();
    assertThat(alone.matches().stream().map(m -> m.entry().id() + " " + m.score()).toList())
        .hasSizeGreaterThan(10)
        .isEqualTo(hits);
    assertThat(screening.screen(subject, 0.75, 1).hitsOnly()).isFalse();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> screening.screen(subject, 0.75, 0, true))
        .withMessage("limit must be at least 1: 0");
  }

  @Test
  void johnSmithGivesNoHit() {
    assertThat(screen("John Smith").hits()).isZero();
  }

  @Test
  void matchesAreRankedByScoreThenSourceThenId() {
    List<Match> matches = screen("Mohammed").matches();
    assertThat(matches).isSortedAccordingTo(Match.RANKING);
    assertThat(matches)
        .allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(Screening.REPORTING_FLOOR));
  }

  @Test
  void kindFilterKeepsOnlyThatKind() {
    Subject org =
        new Subject(
            "q", "Al-Qaida", List.of(), "", Gender.UNKNOWN, "", EnumSet.of(EntryKind.ORGANIZATION));
    ScreeningResult result = screening.screen(org, Screening.ALERT_THRESHOLD, 10);
    assertThat(result.matches()).isNotEmpty();
    assertThat(result.matches())
        .allSatisfy(m -> assertThat(m.entry().kind()).isEqualTo(EntryKind.ORGANIZATION));
  }
}
