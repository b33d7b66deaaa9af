package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-script-pairs smoke test on hand-made rows. */
class CrossScriptPairsSuiteTest {
  @Test
  void onlyTheArabicAndCyrillicRowsAreQueried() {
    QuerySet set =
        CrossScriptPairsSuite.of(
                List.of(
                    new EvalCsv.Pair(2, "صدام حسين", "Saddam Hussein"),
                    new EvalCsv.Pair(3, "Владимир Путин", "Vladimir Putin"),
                    new EvalCsv.Pair(4, "Jean Dupont", "Jean Dupont")),
                "0".repeat(64),
                "pairs.csv")
            .get(0);
    assertThat(set.queries()).hasSize(2);
    assertThat(set.queries().get(0).truth()).containsExactly("pair-2");
    assertThat(set.list().entries()).hasSize(2);
    assertThat(set.counts())
        .containsEntry("pairs in the file", 3L)
        .containsEntry("Arabic rows", 1L)
        .containsEntry("Cyrillic rows", 1L);
  }

  /** A file with nothing to query (a header alone, or Latin rows alone) is refused, named. */
  @Test
  void aFileWithNoRowToQueryIsRefused() {
    assertThatThrownBy(() -> CrossScriptPairsSuite.of(List.of(), "0".repeat(64), "x/pairs.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage(
            "x/pairs.csv: no row whose query is in Arabic or Cyrillic script (0 rows read)");
    assertThatThrownBy(
            () ->
                CrossScriptPairsSuite.of(
                    List.of(new EvalCsv.Pair(2, "Jean Dupont", "Jean Dupont")),
                    "0".repeat(64),
                    "p.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessageContaining("(1 rows read)");
  }
}
