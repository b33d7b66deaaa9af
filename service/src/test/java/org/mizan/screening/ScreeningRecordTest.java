package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreeningRecordTest {
  private static ScreeningRecord record(boolean hitsOnly) {
    return new ScreeningRecord(
        "22222222-2222-2222-2222-222222222222",
        Instant.parse("2026-11-30T10:15:30.123456Z"),
        "key:desk",
        ScreeningRecord.SCREEN,
        "{\"id\":\"row-1\",\"name\":\"صدام حسين\"}",
        "[{\"source\":\"un-sc-consolidated\"}]",
        "[{\"id\":\"IQi.001\",\"score\":0.89}]",
        0.85,
        hitsOnly,
        2,
        Optional.of("33333333-3333-3333-3333-333333333333"));
  }

  /**
   * The audit events of screenings stored before {@code hits_only} existed carry this hash, worked
   * out by the code of 85be119: such records must still check against their events.
   */
  @Test
  void aRecordOfEveryMatchHashesAsBeforeHitsOnlyExisted() {
    assertThat(record(false).contentHash())
        .isEqualTo("c01ca94f00a20440dc5beca374b71ba4867c3acf5d84bac72cfcc7234f4f3a6d");
  }

  @Test
  void aRecordOfTheHitsAloneHashesOtherwise() {
    assertThat(record(true).contentHash()).hasSize(64).isNotEqualTo(record(false).contentHash());
  }
}
