package org.mizan.lists.un;

import org.mizan.lists.Fixture;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * The committed excerpt of the real 2026-02-27 UN list (14 individuals, 5 entities), and helpers to
 * parse bytes; shared by the tests of every package that needs real list entries.
 */
public final class Excerpt {
  static final String NAME = "excerpt-2026-02-27.xml";
  static final String RESOURCE = "/lists/un/" + NAME;
  static final Fixture FIXTURE = new Fixture(NAME, RESOURCE, UnListParser::parse);

  /** The excerpt, parsed once. */
  public static final Watchlist LIST = parse();

  private Excerpt() {}

  /** The excerpt's entry with this reference number. */
  public static ListEntry entry(String id) {
    return entry(LIST, id);
  }

  /** The excerpt's bytes, exactly as committed. */
  static byte[] bytes() {
    return FIXTURE.bytes();
  }

  /** The excerpt as text. */
  static String text() {
    return FIXTURE.text();
  }

  static Watchlist parse() {
    return FIXTURE.parse();
  }

  static Watchlist parse(byte[] bytes) {
    return FIXTURE.parse(bytes);
  }

  static Watchlist parse(String xml) {
    return FIXTURE.parse(xml);
  }

  static ListEntry entry(Watchlist list, String id) {
    return Fixture.entry(list, id);
  }
}
