package org.mizan.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.SharedData;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/**
 * Parses the full UN lists in the shared data folder ({@code shared/data/lists/un}, see its
 * README), found by walking up from the working directory; skipped where that folder is absent.
 */
class UnListParserFullListTest {
  private static final String FEBRUARY = "shared/data/lists/un/consolidated-2026-02-27.xml";
  private static final String JANUARY = "shared/data/lists/un/consolidated-2026-01-28.xml";

  @Test
  void february2026() throws Exception {
    Path file = SharedData.find(FEBRUARY);
    Watchlist list = parse(file);

    assertThat(list.entries()).hasSize(1003);
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(730);
    assertThat(list.count(EntryKind.ORGANIZATION)).isEqualTo(273);
    assertThat(list.version().published()).isEqualTo("2026-02-27T00:00:09.554Z");
    assertThat(list.version().sha256())
        .isEqualTo("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf")
        .isEqualTo(Fixture.sha256(Files.readAllBytes(file)));
    assertThat(list.entries().stream().filter(e -> has(e, NameType.ORIGINAL_SCRIPT))).hasSize(378);

    // shared/data/README.md counts 2,139 individual aliases (Good 1,524, Low 615) and 613 entity
    // aliases (a.k.a. 594, f.k.a. 19). The parser keeps a name once per (value, type): ten Good
    // aliases repeat for another date or place of birth (QDi.129 Djamal/Djamel Mostafa/Mustafa
    // x3, QDi.092 Fabio Fusco x2, QDi.140 Hamraoui Kamel x2, LYi.018, QDi.139, QDi.290), and
    // QDe.168 lists JANNAT OSHIKLARI both as a.k.a. and as f.k.a. An alias that holds several
    // names (AliasNames) adds each of them after the alias as written: 34 Good, 20 Low, 56 a.k.a.
    // and 3 f.k.a. names.
    assertThat(aliases(list, EntryKind.PERSON, "Good")).isEqualTo(1524 - 10 + 34);
    assertThat(aliases(list, EntryKind.PERSON, "Low")).isEqualTo(615 + 20);
    assertThat(aliases(list, EntryKind.ORGANIZATION, "a.k.a.")).isEqualTo(594 + 56);
    assertThat(aliases(list, EntryKind.ORGANIZATION, "f.k.a.")).isEqualTo(19 - 1 + 3);

    assertThat(Fixture.entry(list, "IQi.001").birthDates().get(0).text()).isEqualTo("1937-04-28");
  }

  @Test
  void january2026() throws Exception {
    Path file = SharedData.find(JANUARY);
    Watchlist list = parse(file);
    assertThat(list.entries()).hasSize(999);
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(726);
    assertThat(list.version().published()).isEqualTo("2026-01-28T00:00:11.197Z");
    assertThat(list.version().sha256()).isEqualTo(Fixture.sha256(Files.readAllBytes(file)));
  }

  private static Watchlist parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return UnListParser.parse(in, file.getFileName().toString());
    }
  }

  private static boolean has(ListEntry entry, NameType type) {
    return entry.names().stream().anyMatch(n -> n.type() == type);
  }

  private static long aliases(Watchlist list, EntryKind kind, String quality) {
    return list.entries().stream()
        .filter(e -> e.kind() == kind)
        .flatMap(e -> e.names().stream())
        .map(EntryName::quality)
        .filter(quality::equals)
        .count();
  }
}
