package org.mizan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ListVersionTest {
  private static final String SHA =
      "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf";

  @Test
  void aDatedVersionIsLabelledByItsDate() {
    assertThat(new ListVersion("un-sc-consolidated", "2026-02-27T00:00:09.554Z", SHA).label())
        .isEqualTo("2026-02-27T00:00:09.554Z");
  }

  @Test
  void anUndatedVersionIsLabelledByItsDigest() {
    assertThat(new ListVersion("us-ofac-sdn", "", SHA).label()).isEqualTo("sha256:66b392a40908");
  }

  @Test
  void aDigestMustBeSha256Hex() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ListVersion("us-ofac-sdn", "", "66B392"));
  }
}
