package org.mizan.lists.un;

import org.mizan.lists.Fixture;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * The committed excerpt of the real 2026-02-27 UN list (14 individuals, 5 entities, see the README
 * beside it), for the UN parser's tests and for the tests of every package that needs real list
 * entries.
 */
public final class Excerpt {
  /** The excerpt and the UN parser. */
  public static final Fixture FIXTURE =
      new Fixture(
          "excerpt-2026-02-27.xml", "/lists/un/excerpt-2026-02-27.xml", UnListParser::parse);

  /** The excerpt, parsed once. */
  public static final Watchlist LIST = FIXTURE.parse();

  private Excerpt() {}

  /** The excerpt's entry with this reference number. */
  public static ListEntry entry(String id) {
    return Fixture.entry(LIST, id);
  }
}
