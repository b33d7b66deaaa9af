package org.mizan.lists.uk;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.mizan.lists.Fixtures;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * The hand-written sample of the UK Sanctions List XML under {@code src/test/resources/lists/uk}
 * (see its README): two UN designations in the UK format and three fictional ones.
 */
final class Sample {
  static final String NAME = "uk-sanctions-list-sample.xml";

  private Sample() {}

  static byte[] bytes() {
    return Fixtures.bytes("/lists/uk/" + NAME);
  }

  static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  static Watchlist parse() {
    return parse(bytes());
  }

  static Watchlist parse(byte[] bytes) {
    return UkSanctionsListParser.parse(new ByteArrayInputStream(bytes), NAME);
  }

  static Watchlist parse(String xml) {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  static ListEntry entry(Watchlist list, String id) {
    return Fixtures.entry(list, id);
  }
}
