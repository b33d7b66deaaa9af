package org.mizan.lists.ftm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/** The FtM fixtures under {@code src/test/resources/lists/ftm} (see the README there). */
final class Fixtures {
  /** UN entries as OpenSanctions' {@code un_sc_sanctions} dataset carries them. */
  static final String UN = "un_sc_sanctions-excerpt.ftm.json";

  /** Invented entries, one per entry schema and odd case. */
  static final String FICTIONAL = "fictional.ftm.json";

  private static final String FOLDER = "/lists/ftm/";

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static Watchlist parse(String name) {
    return parse(bytes(name), name);
  }

  static Watchlist parse(byte[] bytes, String location) {
    return FtmEntitiesParser.parse(new ByteArrayInputStream(bytes), location);
  }

  static Watchlist parseText(String text, String location) {
    return parse(text.getBytes(StandardCharsets.UTF_8), location);
  }

  static ListEntry entry(Watchlist list, String id) {
    return list.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id));
  }
}
