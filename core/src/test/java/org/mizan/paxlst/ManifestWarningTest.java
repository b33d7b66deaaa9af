package org.mizan.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The count of warnings not listed is the warning's own, not read back from its words. */
class ManifestWarningTest {
  @Test
  void theWarningThatCountsOthersIsKnownByItsCountNotItsText() {
    // A warning that merely reads like the count is one warning.
    ManifestWarning lookalike = new ManifestWarning(0, "", "3 more warnings not listed");
    ManifestWarning count = ManifestWarning.notListed(4);
    assertThat(count.message()).isEqualTo("4 more warnings not listed");
    assertThat(ManifestWarning.notListed(1).message()).isEqualTo("1 more warning not listed");
    assertThat(ManifestWarning.total(List.of(lookalike, count))).isEqualTo(5);
  }

  @Test
  void cappingMergesTheCountsAndKeepsTheOrder() {
    List<ManifestWarning> warnings = new ArrayList<>();
    for (int k = 1; k <= ManifestWarning.MAX_LISTED + 5; k++) {
      warnings.add(new ManifestWarning(k, "NAD", "w" + k));
      if (k == 10) {
        warnings.add(ManifestWarning.notListed(7));
      }
    }
    List<ManifestWarning> capped = ManifestWarning.capped(warnings);
    assertThat(capped).hasSize(ManifestWarning.MAX_LISTED + 1);
    assertThat(capped.get(10).message()).isEqualTo("w11");
    assertThat(capped.get(ManifestWarning.MAX_LISTED).message())
        .isEqualTo("12 more warnings not listed");
    assertThat(ManifestWarning.total(capped)).isEqualTo(ManifestWarning.MAX_LISTED + 5 + 7);
  }
}
