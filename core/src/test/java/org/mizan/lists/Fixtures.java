package org.mizan.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/** Test fixtures of the list parsers: committed files under {@code src/test/resources/lists}. */
public final class Fixtures {
  private Fixtures() {}

  /** The bytes of a test resource, exactly as committed, e.g. {@code /lists/uk/sample.xml}. */
  public static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry of {@code list} with this id; fails the test when there is none. */
  public static ListEntry entry(Watchlist list, String id) {
    return list.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id));
  }
}
