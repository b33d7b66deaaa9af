package org.mizan.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mizan.retention.RetentionPolicy.Category;
import org.mizan.retention.RetentionPolicy.Operation;

class RetentionPolicyTest {
  @Test
  void theDefaultsAreThePnrDirectivesSixMonthsAndFiveYears() {
    assertThat(RetentionPolicy.defaults().describe())
        .containsExactly(
            "api.mask=P6M",
            "api.delete=P5Y",
            "pnr.mask=P6M",
            "pnr.delete=P5Y",
            "clean.reduce=P6M",
            "clean.delete=P5Y",
            "alerts.delete=P5Y",
            "cases.delete=P5Y");
  }

  @Test
  void settingsChangeTheDefaultsTheyName() {
    RetentionPolicy p =
        RetentionPolicy.defaults()
            .with(List.of("pnr.mask=P1M", "CLEAN.delete = never", "api.delete=P1Y6M"));
    assertThat(p.period(Category.PNR, Operation.MASK)).contains(Period.ofMonths(1));
    assertThat(p.period(Category.CLEAN, Operation.DELETE)).isEmpty();
    assertThat(p.period(Category.API, Operation.DELETE)).contains(Period.of(1, 6, 0));
    assertThat(p.period(Category.API, Operation.MASK)).contains(Period.ofMonths(6));
    // never masked, never deleted: both may be off
    assertThat(
            RetentionPolicy.defaults()
                .with(List.of("api.mask=never", "api.delete=never"))
                .period(Category.API, Operation.MASK))
        .isEqualTo(Optional.empty());
  }

  @Test
  void aBadSettingIsRefusedByName() {
    RetentionPolicy d = RetentionPolicy.defaults();
    assertThatThrownBy(() -> d.with(List.of("pnr.mask")))
        .hasMessage("--retention pnr.mask: expected CATEGORY.OPERATION=PERIOD, e.g. pnr.mask=P6M");
    assertThatThrownBy(() -> d.with(List.of("passengers.mask=P6M")))
        .hasMessage(
            "--retention passengers.mask=P6M: no category 'passengers' (api, pnr, clean, alerts,"
                + " cases)");
    assertThatThrownBy(() -> d.with(List.of("clean.mask=P6M")))
        .hasMessage("--retention clean.mask=P6M: clean takes reduce and delete, not 'mask'");
    assertThatThrownBy(() -> d.with(List.of("pnr.mask=6 months")))
        .hasMessage(
            "--retention pnr.mask=6 months: not an ISO-8601 period of days, weeks, months or years (e.g. P6M, P5Y, P30D), or never");
    assertThatThrownBy(() -> d.with(List.of("pnr.mask=P0D")))
        .hasMessage("--retention pnr.mask=P0D: a period of at least one day (e.g. P30D), or never");
    assertThatThrownBy(() -> d.with(List.of("pnr.mask=P2147483647Y")))
        .hasMessage("--retention pnr.mask=P2147483647Y: at most 100 years (P100Y), or never");
    for (String huge :
        List.of("clean.delete=P99999999D", "pnr.delete=P2147483647W", "pnr.delete=P100Y1D")) {
      assertThatThrownBy(() -> d.with(List.of(huge)))
          .as(huge)
          .hasMessageContaining("at most 100 years");
    }
    RetentionPolicy century = d.with(List.of("pnr.delete=P36524D", "clean.delete=P100Y"));
    assertThat(century.period(RetentionPolicy.Category.PNR, RetentionPolicy.Operation.DELETE))
        .contains(java.time.Period.ofDays(36_524));
    assertThat(century.period(RetentionPolicy.Category.CLEAN, RetentionPolicy.Operation.DELETE))
        .contains(java.time.Period.ofYears(100));
    assertThatThrownBy(() -> d.with(List.of("pnr.mask=P-1M")))
        .hasMessageContaining("a period of at least one day");
    assertThatThrownBy(() -> d.with(List.of("pnr.mask=P1M", "pnr.mask=P2M")))
        .hasMessage("--retention pnr.mask is given twice: give it once");
    assertThatThrownBy(() -> d.with(List.of("pnr.mask=P6Y")))
        .hasMessage(
            "--retention pnr.mask (P6Y) must be shorter than pnr.delete (P5Y, given or the default)");
    assertThatThrownBy(() -> d.with(List.of("clean.delete=P6M")))
        .hasMessage(
            "--retention clean.reduce (P6M) must be shorter than clean.delete (P6M, given or the default)");
  }

  @Test
  void theCutOffIsTheLatestTimeWhosePeriodIsOver() {
    Period six = Period.ofMonths(6);
    assertThat(RetentionPolicy.cutoff(Instant.parse("2026-11-30T10:00:00Z"), Period.ofDays(30)))
        .isEqualTo(Instant.parse("2026-10-31T10:00:00Z"));
    assertThat(RetentionPolicy.cutoff(Instant.parse("2026-11-15T10:00:00Z"), six))
        .isEqualTo(Instant.parse("2026-05-15T10:00:00Z"));
    // 2026-08-29, -30 and -31 plus six months are all 2027-02-28: all due then, not later.
    assertThat(RetentionPolicy.cutoff(Instant.parse("2027-02-28T10:00:00Z"), six))
        .isEqualTo(Instant.parse("2026-08-31T10:00:00Z"));
    assertThat(RetentionPolicy.cutoff(Instant.parse("2027-02-27T10:00:00Z"), six))
        .isEqualTo(Instant.parse("2026-08-27T10:00:00Z"));
    // A leap day plus five years.
    assertThat(RetentionPolicy.cutoff(Instant.parse("2029-02-28T00:00:00Z"), Period.ofYears(5)))
        .isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    assertThat(RetentionPolicy.cutoff(Instant.parse("2029-02-27T23:59:59Z"), Period.ofYears(5)))
        .isEqualTo(Instant.parse("2024-02-27T23:59:59Z"));
  }
}
