package org.mizan.lists.ofac;

import java.io.ByteArrayInputStream;
import org.mizan.lists.Resources;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/** The real 2021-04 excerpt under {@code src/test/resources/lists/ofac} (see its README). */
final class Excerpt {
  static final String FOLDER = "/lists/ofac/sdn-2021-04-excerpt/";

  private Excerpt() {}

  static byte[] bytes(String file) {
    return Resources.bytes(FOLDER + file);
  }

  static Watchlist parse(byte[] sdn, byte[] alt, byte[] add) {
    return OfacSdnCsvParser.parse(
        SdnFiles.of(input(sdn, "sdn.csv"))
            .withAlt(input(alt, "alt.csv"))
            .withAdd(input(add, "add.csv")));
  }

  static Watchlist parseAll() {
    return parse(bytes("sdn.csv"), bytes("alt.csv"), bytes("add.csv"));
  }

  static CsvInput input(byte[] bytes, String location) {
    return new CsvInput(new ByteArrayInputStream(bytes), location);
  }

  static ListEntry entry(Watchlist list, String id) {
    return list.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id));
  }
}
