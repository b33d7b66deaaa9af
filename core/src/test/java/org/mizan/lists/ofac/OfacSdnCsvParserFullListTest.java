package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListReader;
import org.mizan.lists.SharedData;
import org.mizan.model.EntryKind;
import org.mizan.model.Watchlist;

/**
 * Parses the full OFAC SDN files in the shared data folder ({@code shared/data/lists/ofac}, see its
 * README), found by walking up from the working directory; skipped where that folder is absent. The
 * counts are those the README gives for each file.
 */
class OfacSdnCsvParserFullListTest {
  private static final String OFAC = "shared/data/lists/ofac";

  @Test
  void april2021WithAltAndAdd() throws IOException {
    Path folder = SharedData.find(OFAC + "/sdn-2021-04");
    Watchlist list = parse(folder, true);
    assertCounts(list, 8890, 4566, 3644, 403, 277);
    // alt.csv holds 11,742 rows (aka 11,358, fka 366, nka 18); two repeat a name of their entry
    // and are kept once.
    assertThat(aliases(list, "a.k.a.") + aliases(list, "f.k.a.") + aliases(list, "n.k.a."))
        .isEqualTo(11740);
    // add.csv holds 13,761 rows, 2,403 of them with no address, city or country (all -0-).
    assertThat(list.entries().stream().mapToLong(e -> e.addresses().size()).sum()).isEqualTo(11358);
    assertThat(list.entries().stream().filter(e -> !e.birthDates().isEmpty()).count())
        .isGreaterThan(4000);
  }

  @Test
  void july2021WithAlt() throws IOException {
    Path folder = SharedData.find(OFAC + "/sdn-2021-07");
    assertCounts(parse(folder, false), 8976, 4620, 3673, 406, 277);
  }

  @Test
  void may2024SdnCsvAloneThroughListReader() throws IOException {
    Path file = SharedData.find(OFAC + "/sdn-2024-05-03.csv");
    try (InputStream in = Files.newInputStream(file)) {
      Watchlist list = ListReader.read(in, file.toString());
      assertCounts(list, 14965, 6854, 6884, 851, 376);
      // Remarks "Nationality of Registration Russia" of the aircraft RA-02791.
      assertThat(Fixture.entry(list, "27197").nationalities()).containsExactly("Russia");
    }
  }

  private static long aliases(Watchlist list, String quality) {
    return list.entries().stream()
        .flatMap(e -> e.names().stream())
        .filter(n -> n.quality().equals(quality))
        .count();
  }

  private static void assertCounts(
      Watchlist list, int all, int persons, int organizations, int vessels, int aircraft) {
    assertThat(list.entries()).hasSize(all);
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(persons);
    assertThat(list.count(EntryKind.ORGANIZATION)).isEqualTo(organizations);
    assertThat(list.count(EntryKind.VESSEL)).isEqualTo(vessels);
    assertThat(list.count(EntryKind.AIRCRAFT)).isEqualTo(aircraft);
  }

  private static Watchlist parse(Path folder, boolean withAdd) throws IOException {
    try (InputStream sdn = Files.newInputStream(folder.resolve("sdn.csv"));
        InputStream alt = Files.newInputStream(folder.resolve("alt.csv"))) {
      SdnFiles files =
          SdnFiles.of(new CsvInput(sdn, "sdn.csv")).withAlt(new CsvInput(alt, "alt.csv"));
      if (!withAdd) {
        return OfacSdnCsvParser.parse(files);
      }
      try (InputStream add = Files.newInputStream(folder.resolve("add.csv"))) {
        return OfacSdnCsvParser.parse(files.withAdd(new CsvInput(add, "add.csv")));
      }
    }
  }
}
