package org.mizan.lists.un;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.mizan.lists.Fixtures;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * The committed excerpt of the real 2026-02-27 UN list (14 individuals, 5 entities), and helpers to
 * parse bytes; shared by the tests of every package that needs real list entries.
 */
public final class Excerpt {
  static final String NAME = "excerpt-2026-02-27.xml";
  static final String RESOURCE = "/lists/un/" + NAME;

  /** The excerpt, parsed once. */
  public static final Watchlist LIST = parse();

  private Excerpt() {}

  /** The excerpt's entry with this reference number. */
  public static ListEntry entry(String id) {
    return entry(LIST, id);
  }

  /** The excerpt's bytes, exactly as committed. */
  static byte[] bytes() {
    return Fixtures.bytes(RESOURCE);
  }

  /** The excerpt as text. */
  static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  static Watchlist parse() {
    return parse(bytes());
  }

  static Watchlist parse(byte[] bytes) {
    return UnListParser.parse(new ByteArrayInputStream(bytes), NAME);
  }

  static Watchlist parse(String xml) {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  static ListEntry entry(Watchlist list, String id) {
    return Fixtures.entry(list, id);
  }
}
