package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.ListReader;
import org.mizan.lists.SharedData;
import org.mizan.model.EntryKind;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/**
 * Parses the full OFAC Consolidated (non-SDN) list XML in the shared data folder ({@code
 * shared/data/lists/ofac/consolidated-nonsdn}, see its README), found by walking up from the
 * working directory; skipped where that file is absent.
 */
class OfacXmlParserFullListTest {
  private static final String FILE =
      "shared/data/lists/ofac/consolidated-nonsdn/consolidated-2026-01-08.xml";

  @Test
  void january2026ThroughListReader() throws IOException {
    Path file = SharedData.find(FILE);
    Watchlist list;
    try (InputStream in = Files.newInputStream(file)) {
      list = ListReader.read(in, file.toString());
    }
    // shared/data/README.md: 442 entries (Entity 363, Individual 79), 1,144 aka.
    assertThat(list.entries()).hasSize(442);
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(79);
    assertThat(list.count(EntryKind.ORGANIZATION)).isEqualTo(363);
    assertThat(list.version().source()).isEqualTo(OfacXmlParser.CONSOLIDATED);
    assertThat(list.version().published()).isEqualTo("2026-01-08");
    assertThat(list.version().sha256()).startsWith("00d16d5f63ca0e68");
    // 931 strong a.k.a., 141 strong f.k.a., 69 weak a.k.a., 3 weak f.k.a.
    assertThat(names(list, NameType.ALIAS_GOOD, "a.k.a.")).isEqualTo(931);
    assertThat(names(list, NameType.ALIAS_GOOD, "f.k.a.")).isEqualTo(141);
    assertThat(names(list, NameType.ALIAS_LOW, "weak a.k.a.")).isEqualTo(69);
    assertThat(names(list, NameType.ALIAS_LOW, "weak f.k.a.")).isEqualTo(3);
    // 74 dates of birth, one per individual that has one: 73 years and "12 Feb 1961".
    assertThat(list.entries().stream().mapToLong(e -> e.birthDates().size()).sum()).isEqualTo(74);
  }

  private static long names(Watchlist list, NameType type, String quality) {
    return list.entries().stream()
        .flatMap(e -> e.names().stream())
        .filter(n -> n.type() == type && n.quality().equals(quality))
        .count();
  }
}
