package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.index.ScreeningIndex;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;

/**
 * The development split of the UN cross-script evaluation set (87 entries that carry an
 * original-script name), queried by that name.
 *
 * <p>Fixture: {@code eval/un-cross-script-dev.tsv}, derived from the UN list of 2026-02-27 (see the
 * README beside it).
 */
class CrossScriptDevTest {
  private record Row(String reference, String script, String query) {}

  private static List<Row> rows;
  private static Watchlist bundled;

  @BeforeAll
  static void load() throws IOException {
    rows = new ArrayList<>();
    try (InputStream in =
        Objects.requireNonNull(
            CrossScriptDevTest.class.getResourceAsStream("/eval/un-cross-script-dev.tsv"))) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        rows.add(new Row(f[0], f[4], f[6]));
      }
    }
    bundled = Mizan.bundledList();
  }

  /** Share of rows whose entry ranks within the first {@code k}. */
  private static double recallAt(ScreeningIndex index, int k) {
    int found = 0;
    for (Row row : rows) {
      List<Match> matches = index.screen(Subject.ofName("q", row.query()), 0.0, k);
      if (matches.stream().anyMatch(m -> m.entry().id().equals(row.reference()))) {
        found++;
      }
    }
    return (double) found / rows.size();
  }

  private static ScreeningIndex index(Watchlist list) {
    return ScreeningIndex.build(
        Matcher.create(NameNormalizer.create(), Clock.systemUTC()), List.of(list));
  }

  @Test
  void devSplitHas87Rows() {
    assertThat(rows).hasSize(87);
    assertThat(rows.stream().filter(r -> r.script().equals("Arabic")).count()).isEqualTo(84);
  }

  @Test
  void withTheBundledListTheRightEntryIsFirstForAtLeast95Percent() {
    ScreeningIndex index = index(bundled);
    double at1 = recallAt(index, 1);
    int otherHits = 0;
    for (Row row : rows) {
      otherHits +=
          (int)
              index
                  .screen(Subject.ofName("q", row.query()), Screening.ALERT_THRESHOLD, 1000)
                  .stream()
                  .filter(m -> !m.entry().id().equals(row.reference()))
                  .count();
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "cross-script dev, bundled list: recall@1 %.3f; hits on other entries: %d for %d queries%n",
        at1,
        otherHits,
        rows.size());
    assertThat(at1).isGreaterThanOrEqualTo(0.95);
  }

  /** Share of rows whose entry is a hit (scores at or above the alert threshold). */
  private static double recallAtThreshold(ScreeningIndex index) {
    int found = 0;
    for (Row row : rows) {
      if (index.screen(Subject.ofName("q", row.query()), Screening.ALERT_THRESHOLD, 1000).stream()
          .anyMatch(m -> m.entry().id().equals(row.reference()))) {
        found++;
      }
    }
    return (double) found / rows.size();
  }

  /**
   * With every original-script name and every Arabic-script alias removed from the list, only Latin
   * names can answer: the real cross-script problem. The figures are printed for the record and
   * guarded against regression.
   */
  @Test
  void latinOnlyListFigures() {
    ScreeningIndex latinOnly = index(latinOnly(bundled));
    double at1 = recallAt(latinOnly, 1);
    double at10 = recallAt(latinOnly, 10);
    double atThreshold = recallAtThreshold(latinOnly);
    System.out.printf(
        java.util.Locale.ROOT,
        "cross-script dev, Latin-only list: recall@1 %.3f, recall@10 %.3f, recall at the alert"
            + " threshold %.3f (%d rows)%n",
        at1,
        at10,
        atThreshold,
        rows.size());
    assertThat(at1).isGreaterThanOrEqualTo(LATIN_ONLY_RECALL_AT_1_FLOOR);
    assertThat(at10).isGreaterThanOrEqualTo(LATIN_ONLY_RECALL_AT_10_FLOOR);
  }

  /**
   * Regression floors: the figures measured for matcher v1, rounded down. Recall@10 counts matches
   * at any score (floor 0): since a final ي must be spelt in Latin (2026-12-04), one row of 87 is
   * not among the ten, an organisation's translated name (ISIL in Libya, QDe.165) that scored 0.57,
   * under the reporting floor, only through في matched to the English "of".
   */
  private static final double LATIN_ONLY_RECALL_AT_1_FLOOR = 0.91;

  private static final double LATIN_ONLY_RECALL_AT_10_FLOOR = 0.98;

  static Watchlist latinOnly(Watchlist list) {
    List<ListEntry> entries = new ArrayList<>();
    for (ListEntry e : list.entries()) {
      List<EntryName> names =
          e.names().stream()
              .filter(n -> n.type() != NameType.ORIGINAL_SCRIPT && !hasArabic(n.value()))
              .toList();
      entries.add(e.withNames(names));
    }
    return new Watchlist(list.version(), entries);
  }

  private static boolean hasArabic(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
  }
}
