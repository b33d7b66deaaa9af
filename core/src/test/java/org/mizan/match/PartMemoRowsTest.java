package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rows of part values lent to one screening at a time come back all NaN, however written. */
class PartMemoRowsTest {
  @Test
  void valuesWrittenAreClearedAndTheRowsLentAgain() {
    PartMemo.Rows rows = new PartMemo.Rows(1_000);
    int first = rows.lend();
    int second = rows.lend();
    rows.row(first)[7] = 0.9;
    rows.wrote(first, 7);
    rows.row(first)[7] = 0.95;
    rows.wrote(first, 7);
    rows.row(second)[999] = -0.5;
    rows.wrote(second, 999);

    rows.clear(16);

    assertThat(rows.lend()).isEqualTo(first);
    assertThat(rows.row(first)).containsOnly(Double.NaN);
    assertThat(rows.lend()).isEqualTo(second);
    assertThat(rows.row(second)).containsOnly(Double.NaN);
  }

  @Test
  void aRowWrittenAllOverIsClearedWhole() {
    PartMemo.Rows rows = new PartMemo.Rows(1_000);
    int row = rows.lend();
    // Past a quarter of the row's values the notes stop and the row is cleared whole.
    for (int id = 0; id < 1_000; id += 2) {
      rows.row(row)[id] = id / 1_000.0;
      rows.wrote(row, id);
    }

    rows.clear(16);

    assertThat(rows.lend()).isEqualTo(row);
    assertThat(rows.row(row)).containsOnly(Double.NaN);
  }

  @Test
  void atMostTheRowsAskedForAreKept() {
    PartMemo.Rows rows = new PartMemo.Rows(10);
    double[][] lent = new double[5][];
    for (int i = 0; i < 5; i++) {
      lent[i] = rows.row(rows.lend());
    }

    rows.clear(2);

    assertThat(rows.row(rows.lend())).isSameAs(lent[0]);
    assertThat(rows.row(rows.lend())).isSameAs(lent[1]);
    assertThat(rows.row(rows.lend())).isNotSameAs(lent[2]).containsOnly(Double.NaN);
  }
}
