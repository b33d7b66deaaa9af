package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.match.Names.NORMALIZER;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.lists.un.Excerpt;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.names.GeneralNameData;

/**
 * The bounds retrieval and scoring skip work with ({@link PartSketches#upper}, {@link
 * NameSimilarity#measures}, {@link NameSimilarity#upper}) are never below what they bound, on every
 * pair of the real names at hand: the names of the committed UN excerpt (14 individuals, 5
 * entities, Latin and Arabic script) and, where the shared data folder is present, 300 Arabic names
 * with their Latin spellings. A bound below its value would make retrieval or scoring miss a match.
 */
class PartBoundsTest {

  /** Every name of the excerpt, each once. */
  private static List<String> excerptNames() {
    Set<String> names = new LinkedHashSet<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      for (EntryName n : e.names()) {
        names.add(n.value());
      }
    }
    return List.copyOf(names);
  }

  /** The first 300 names of the Arabic names database, in Arabic and in Latin script. */
  private static List<String> arabicNames() {
    List<String> names = new ArrayList<>();
    for (GeneralNameData.Pair p : GeneralNameData.arabicNames().subList(0, 300)) {
      names.add(p.arabic());
      names.add(p.latin());
    }
    return names;
  }

  @Test
  void partBoundsHoldOnTheExcerpt() {
    partBoundsHold(excerptNames(), 10_000);
  }

  @Test
  void partBoundsHoldOnArabicNames() {
    partBoundsHold(arabicNames(), 100_000);
  }

  @Test
  void nameBoundsHoldOnTheExcerpt() {
    nameBoundsHold(excerptNames(), 5_000);
  }

  @Test
  void nameBoundsHoldForArabicNamesAgainstTheExcerpt() {
    nameBoundsHold(arabicNames(), 20_000);
  }

  @Test
  void theScanPassesEveryPartWhoseBoundReaches() {
    scanPassesWhatTheBoundKeeps(excerptNames());
  }

  @Test
  void theScanPassesEveryPartWhoseBoundReachesOnArabicNames() {
    scanPassesWhatTheBoundKeeps(arabicNames());
  }

  /**
   * {@link PartScan#reaching} returns every list part whose {@link PartSketches#upper} with the
   * query part reaches the threshold, at the thresholds retrieval uses (0.78 without particles,
   * lower with them), and few others.
   */
  private static void scanPassesWhatTheBoundKeeps(List<String> names) {
    PartTable table = new PartTable();
    for (String name : names) {
      NameForm.of(NORMALIZER.analyze(name), table);
    }
    List<Token> parts = table.parts();
    PartSketches sketches = new PartSketches(parts);
    int[] nameParts =
        java.util.stream.IntStream.range(0, parts.size())
            .filter(p -> !parts.get(p).particle())
            .toArray();
    PartScan scan = new PartScan(parts, nameParts);
    boolean[] buffer = new boolean[scan.size()];
    long kept = 0;
    long passed = 0;
    for (double reach : new double[] {0.5, 0.64, 0.71, 0.78, 0.85}) {
      for (int i : nameParts) {
        Set<Integer> reaching = new java.util.HashSet<>();
        for (int position : scan.reaching(parts.get(i), reach, buffer)) {
          reaching.add(scan.id(position));
        }
        for (int p : nameParts) {
          if (sketches.upper(sketches, i, p) >= reach) {
            kept++;
            assertThat(reaching)
                .as("%s and %s at %s", parts.get(i).text(), parts.get(p).text(), reach)
                .contains(p);
          }
        }
        passed += reaching.size();
        assertThat(buffer).doesNotContain(true);
      }
    }
    assertThat(kept).isGreaterThan(1_000);
    // The rounding margin lets through a few more than the bound keeps, not many.
    assertThat(passed).isLessThanOrEqualTo(kept + kept / 100);
  }

  private static void partBoundsHold(List<String> names, int atLeast) {
    PartTable table = new PartTable();
    for (String name : names) {
      NameForm.of(NORMALIZER.analyze(name), table);
    }
    List<Token> parts = table.parts();
    PartSketches sketches = new PartSketches(parts);
    int pairs = 0;
    int skippable = 0;
    for (int i = 0; i < parts.size(); i++) {
      Token a = parts.get(i);
      for (int p = 0; p < parts.size(); p++) {
        Token b = parts.get(p);
        double exact = NameSimilarity.parts(a, b);
        double measures = NameSimilarity.measures(a, b);
        double bound = sketches.upper(sketches, i, p);
        assertThat(measures)
            .as("measures of %s, %s", a.text(), b.text())
            .isGreaterThanOrEqualTo(exact);
        assertThat(NameSimilarity.lowered(a, b, measures)).isEqualTo(exact);
        assertThat(bound).as("bound of %s, %s", a.text(), b.text()).isGreaterThanOrEqualTo(exact);
        pairs++;
        if (bound < 0.70) {
          skippable++;
        }
      }
    }
    assertThat(pairs).isGreaterThan(atLeast);
    // The bound is of use only if it rules out most pairs.
    assertThat((double) skippable / pairs).isGreaterThan(0.5);
  }

  private static void nameBoundsHold(List<String> names, int atLeast) {
    Matcher.Preparer preparer = Names.MATCHER.preparer();
    List<Candidate> candidates = new ArrayList<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      candidates.add(preparer.prepare("un", e));
    }
    PartTable table = preparer.table();
    List<Token> parts = table.parts();
    PartSketches sketches = new PartSketches(parts);
    int compared = 0;
    for (String queryName : names) {
      NameForm query = NameForm.of(NORMALIZER.analyze(queryName));
      PartMemo memo = PartMemo.forQuery(query, table, sketches, true, PartMemo.MAX_REMEMBERED);
      // Retrieval's judgement of each pair of parts: exact when it reaches, else not below it.
      List<Token> queryParts = query.table().parts();
      for (int i = 0; i < queryParts.size(); i++) {
        for (int p = 0; p < parts.size(); p++) {
          double exact = NameSimilarity.parts(queryParts.get(i), parts.get(p));
          double judged = memo.atLeast(queryParts.get(i), i, p, 0.78);
          if (judged >= 0.78) {
            assertThat(judged).isEqualTo(exact);
          } else {
            assertThat(judged).isGreaterThanOrEqualTo(exact);
          }
        }
      }
      for (Candidate c : candidates) {
        for (NameForm listName : c.names()) {
          double score = NameSimilarity.best(query, listName, PartMemo.NONE).score();
          assertThat(NameSimilarity.upper(query, listName, memo))
              .as("%s against a name of %s", queryName, c.entry().id())
              .isGreaterThanOrEqualTo(score);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(atLeast);
  }
}
