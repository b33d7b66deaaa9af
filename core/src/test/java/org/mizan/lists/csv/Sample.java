package org.mizan.lists.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.mizan.lists.Fixtures;
import org.mizan.model.Watchlist;

/** The hand-written list CSV under {@code src/test/resources/lists/csv} (see its README). */
final class Sample {
  static final String NAME = "internal-watchlist.csv";

  private Sample() {}

  static byte[] bytes() {
    return Fixtures.bytes("/lists/csv/" + NAME);
  }

  static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  static Watchlist parse() {
    return parse(bytes());
  }

  static Watchlist parse(byte[] bytes) {
    return CsvListParser.parse(new ByteArrayInputStream(bytes), NAME);
  }

  static Watchlist parse(String csv) {
    return parse(csv.getBytes(StandardCharsets.UTF_8));
  }
}
