package org.mizan.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.mizan.lists.un.UnListParser;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/** The committed excerpt of the real UN list (14 individuals, 5 entities), parsed once. */
final class UnExcerpt {
  static final String RESOURCE = "/lists/un/excerpt-2026-02-27.xml";
  static final Watchlist LIST = parse();

  private UnExcerpt() {}

  static ListEntry entry(String id) {
    return LIST.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id + " in the excerpt"));
  }

  static Candidate candidate(String id) {
    return Names.MATCHER.prepare(UnListParser.SOURCE, entry(id));
  }

  private static Watchlist parse() {
    try (InputStream in = UnExcerpt.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return UnListParser.parse(in, "excerpt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
