package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rows of part values lent to one screening at a time come back all NaN, however written; the bytes
 * of a shared row's bounds are never below the value they stand for, and at most 1/254 above.
 */
class PartMemoRowsTest {
  @Test
  void aBoundsByteIsAtLeastItsValueAndAtMostAStepAbove() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int k = 0; k < 100_000; k++) {
      // Exact similarities (>= 0) and bounds (kept as -b), at random and on the steps themselves.
      double b =
          k < 255 ? k / 254.0 : k < 509 ? Math.nextUp((k - 255) / 254.0) : random.nextDouble();
      for (double known : new double[] {b, -b}) {
        int code = PartMemo.boundCode(known) & 0xff;
        assertThat(code).as("%s", known).isBetween(1, 255);
        assertThat(PartMemo.boundOf(code)).as("%s", known).isGreaterThanOrEqualTo(b);
        assertThat(PartMemo.boundOf(code) - b).as("%s", known).isLessThanOrEqualTo(1 / 254.0);
      }
    }
    assertThat(PartMemo.boundCode(0) & 0xff).isEqualTo(1);
    assertThat(PartMemo.boundOf(1)).isZero();
    assertThat(PartMemo.boundCode(1) & 0xff).isEqualTo(255);
    assertThat(PartMemo.boundOf(255)).isEqualTo(1.0);
    assertThat(PartMemo.boundCode(-0.5) & 0xff).isEqualTo(128);
    assertThat(PartMemo.boundOf(128)).isEqualTo(0.5);
  }

  /**
   * Another thread may have written a shared row's value and not yet its byte: a part whose unknown
   * values are 0 ({@link PartMemo#zeroUnlessKnown}) then reads the value, not 0, and a name bound
   * by it keeps its bound.
   */
  @Test
  void aValueWhoseByteIsNotYetWrittenIsReadAsTheValue() {
    Matcher.Preparer preparer = Names.MATCHER.preparer();
    Candidate c = preparer.prepare("test", Names.person("E1", "Karzai"));
    PartTable table = preparer.table();
    NameForm listed = c.names().get(0);
    NameForm query = Names.MATCHER.prepare(org.mizan.model.Subject.ofName("s", "Karzai")).name();
    int queryPart = query.distinctIds()[0];
    int listPart = listed.distinctIds()[0];
    PartMemo.SharedRow row = PartMemo.SharedRow.unknown(table.size());
    row.values()[listPart] = 1.0;
    PartMemo memo =
        PartMemo.forQuery(
            query, table, new PartSketches(table.parts()), true, PartMemo.MAX_REMEMBERED);
    memo.share(queryPart, row);
    memo.foundEveryPartAlike(queryPart);
    assertThat(memo.zeroUnlessKnown(queryPart)).isTrue();
    assertThat(PartMemo.code(row.bounds(), listPart)).isZero();
    assertThat(memo.pairBound(queryPart, listPart)).isEqualTo(1.0);
    assertThat(NameSimilarity.upper(query, listed, memo)).isGreaterThanOrEqualTo(1.0);
    // Unknown, with no value either: 0.
    row.values()[listPart] = Double.NaN;
    assertThat(NameSimilarity.upper(query, listed, memo)).isLessThan(1e-6);
  }

  /**
   * A row lent to one screening ({@link PartMemo.Rows}) has each byte written with its value: where
   * a query part's unknown values are 0, a byte of 0 is read as 0 and a written one as its bound,
   * the value left unread.
   */
  @Test
  void aLentRowsByteTellsWhetherItsValueIsKnown() {
    Matcher.Preparer preparer = Names.MATCHER.preparer();
    Candidate c = preparer.prepare("test", Names.person("E1", "Karzai Hamid"));
    PartTable table = preparer.table();
    int[] listParts = c.names().get(0).distinctIds();
    NameForm query = Names.MATCHER.prepare(org.mizan.model.Subject.ofName("s", "Karzai")).name();
    int queryPart = query.distinctIds()[0];
    PartMemo.Rows rows = new PartMemo.Rows(table.size());
    PartMemo memo =
        PartMemo.forQuery(
            query,
            table,
            new PartSketches(table.parts()),
            true,
            PartMemo.MAX_REMEMBERED,
            rows,
            new byte[table.size()]);
    memo.foundEveryPartAlike(queryPart);
    memo.remember(queryPart, new int[] {listParts[0]}, new double[] {0.9});
    assertThat(memo.zeroUnlessKnown(queryPart)).isTrue();
    assertThat(memo.pairBound(queryPart, listParts[0]))
        .isEqualTo(PartMemo.boundOf(PartMemo.code(memo.bounds(queryPart), listParts[0])))
        .isBetween(0.9, 0.9 + 1.0 / 254);
    assertThat(memo.pairBound(queryPart, listParts[1])).isZero();
    rows.clear(16);

    // Where unknown values are bounded, an unknown one is the sketches' bound, written with its
    // byte.
    PartSketches sketches = new PartSketches(table.parts());
    PartMemo bounded =
        PartMemo.forQuery(
            query, table, sketches, true, PartMemo.MAX_REMEMBERED, rows, new byte[table.size()]);
    assertThat(PartMemo.code(bounded.bounds(queryPart), listParts[1])).isZero();
    double sketched = sketches.upper(PartSketches.of(query.table()), queryPart, listParts[1]);
    assertThat(sketched).isBetween(0.0, 0.9);
    assertThat(bounded.pairBound(queryPart, listParts[1])).isEqualTo(sketched);
    assertThat(PartMemo.code(bounded.bounds(queryPart), listParts[1])).isNotZero();
    assertThat(bounded.upper(queryPart, listParts[1])).isEqualTo(sketched);
    rows.clear(16);
  }

  @Test
  void aSharedRowIsUnknownEverywhereWhenNew() {
    PartMemo.SharedRow row = PartMemo.SharedRow.unknown(300);
    assertThat(row.values()).hasSize(300).containsOnly(Double.NaN);
    assertThat(row.bounds()).hasSize(300).containsOnly((byte) 0);
    assertThat(CandidateIndex.rowCost(5_840)).isEqualTo(6_570);
    assertThat(CandidateIndex.rowCost(9)).isEqualTo(11);
  }

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
