package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suites built from the shared data folder ({@code shared/data}, found by walking up from the
 * working directory; skipped where it is absent), whole ({@code --split all}): the counts of
 * queries and exclusions, which the README of the data and the suites' rules fix.
 */
class SharedDataSuitesTest {
  private static EvalData data;

  @BeforeAll
  static void find() {
    Optional<Path> folder = EvalData.find(Path.of(""));
    assumeTrue(folder.isPresent(), "shared/data is absent");
    data = EvalData.at(folder.get());
    data.require(EnumSet.allOf(Suite.class));
  }

  private static QuerySet named(List<QuerySet> sets, String name) {
    return sets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void perturbedPositives() {
    List<QuerySet> sets =
        PerturbedSuite.of(
            data.list(EvalData.UN_LIST),
            data.people(EvalData.POSITIVES_UNTREATED),
            data.people(EvalData.POSITIVES_TREATED),
            Split.ALL);
    QuerySet treated = named(sets, "perturbed-positives/treated/name+dob+nationality");
    // 683 rows; three persons are no longer listed (two of them delisted in 2025); one person is
    // listed twice (QDi.042 and SOi.002) and appears in two rows.
    assertThat(treated.counts())
        .containsEntry("rows", 683L)
        .containsEntry("rows of persons no longer on the list (left out)", 3L)
        .containsEntry("rows mapped to two entries of one person", 2L)
        .containsEntry("queries in the split", 680L)
        .containsEntry("dates of birth that do not parse, dropped (whole file)", 17L);
    assertThat(treated.queries())
        .filteredOn(q -> q.truth().size() == 2)
        .allMatch(q -> q.truth().equals(java.util.Set.of("QDi.042", "SOi.002")));
    QuerySet untreated = named(sets, "perturbed-positives/untreated/name+dob+nationality");
    assertThat(untreated.counts())
        .containsEntry("dates of birth that do not parse, dropped (whole file)", 0L);
    // Row for row the same people: the same truth in the same order.
    assertThat(untreated.queries().stream().map(LabelledQuery::truth).toList())
        .isEqualTo(treated.queries().stream().map(LabelledQuery::truth).toList());
  }

  @Test
  void latinVariants() {
    List<QuerySet> sets = LatinVariantsSuite.of(data.list(EvalData.OFAC_SDN), Split.ALL);
    assertThat(sets.get(0).counts())
        .containsEntry("persons", 4566L)
        .containsEntry("persons with two aliases or more", 1509L)
        .containsEntry("their aliases in the split", 6923L)
        .containsEntry("aliases written as the primary name (not eligible)", 46L)
        .containsEntry("aliases sharing no name part with another name (not eligible)", 1265L)
        .containsEntry("eligible aliases (queries)", 5612L)
        .containsEntry("queries with a date of birth from the remarks", 5532L)
        .containsEntry(LatinVariantsSuite.ONE_PART, 192L)
        .containsEntry(LatinVariantsSuite.ONE_ALIKE, 578L);
    assertThat(sets.get(0).queries()).hasSize(5612);
    assertThat(sets.get(1).queries()).hasSize(5612);
    // The rest, 5612 - 192 - 578: a part of the first set, not pooled again.
    QuerySet twoAlike = sets.get(2);
    assertThat(twoAlike.name()).isEqualTo(LatinVariantsSuite.TWO_ALIKE);
    assertThat(twoAlike.queries()).hasSize(4842);
    assertThat(sets.get(0).queries()).containsAll(twoAlike.queries());
    assertThat(twoAlike.partOf()).isEqualTo(sets.get(0).name());
    assertThat(Calibration.pooled(twoAlike)).isFalse();
    assertThat(Calibration.pooled(sets.get(0))).isTrue();
  }

  @Test
  void crossScriptAndPairs() {
    List<QuerySet> sets = CrossScriptSuite.of(data.list(EvalData.UN_LIST), Split.ALL);
    // shared/data/README.md: 327 individuals and 39 entities with an Arabic original-script name.
    assertThat(named(sets, "cross-script/name-only").queries()).hasSize(327);
    assertThat(named(sets, "cross-script-entities/name-only").queries()).hasSize(39);
    assertThat(named(sets, "cross-script/name+dob+nationality").counts())
        .containsEntry("queries with a date of birth", 318L)
        .containsEntry("queries with a nationality", 310L);
    QuerySet latinOnly = named(sets, "cross-script/name-only");
    assertThat(latinOnly.list().entries())
        .allMatch(e -> e.names().stream().noneMatch(n -> NameText.hasArabic(n.value())));
    QuerySet pairs =
        CrossScriptPairsSuite.of(
                data.pairs(EvalData.CROSS_SCRIPT_PAIRS),
                data.sha256(EvalData.CROSS_SCRIPT_PAIRS),
                EvalData.CROSS_SCRIPT_PAIRS)
            .get(0);
    assertThat(pairs.counts())
        .containsEntry("pairs in the file", 22L)
        .containsEntry("Arabic rows", 4L)
        .containsEntry("Cyrillic rows", 4L);
  }

  @Test
  void cleanNames() {
    List<QuerySet> sets =
        CleanNamesSuite.of(
            data.list(EvalData.UN_LIST),
            java.util.Map.of(
                "negatives_global.csv", data.people(EvalData.NEGATIVES_GLOBAL),
                "negatives_us.csv", data.people(EvalData.NEGATIVES_US)),
            Split.ALL);
    assertThat(sets.get(0).queries()).hasSize(100_000);
    assertThat(sets.get(1).queries()).hasSize(100_000);
    // The dev split holds about a fifth of the names.
    assertThat(
            CleanNamesSuite.of(
                    data.list(EvalData.UN_LIST),
                    java.util.Map.of(
                        "negatives_global.csv", data.people(EvalData.NEGATIVES_GLOBAL)),
                    Split.DEV)
                .get(0)
                .queries()
                .size())
        .isBetween(9_000, 11_000);
  }
}
