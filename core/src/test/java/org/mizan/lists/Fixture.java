package org.mizan.lists;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * A committed list file under {@code src/test/resources} and the parser of its format, for the
 * tests of that format: its bytes, its text, and the parser run on it or on a changed copy.
 *
 * @param name the file name, cited in errors
 * @param resource the resource path, e.g. {@code /lists/eu/fsf-fixture.xml}
 * @param parser the format's parser
 */
public record Fixture(String name, String resource, Parser parser) {
  /** A list parser's entry point: {@code (bytes, location) -> list}. */
  @FunctionalInterface
  public interface Parser {
    Watchlist parse(InputStream in, String location);
  }

  /** The file's bytes, exactly as committed. */
  public byte[] bytes() {
    return Resources.bytes(resource);
  }

  /** The file as UTF-8 text. */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The file, parsed. */
  public Watchlist parse() {
    return parse(bytes());
  }

  /** Other bytes, parsed as if they were this file. */
  public Watchlist parse(byte[] bytes) {
    return parser.parse(new ByteArrayInputStream(bytes), name);
  }

  /** Other text, as UTF-8, parsed as if it were this file. */
  public Watchlist parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The entry of {@code list} with this id. */
  public static ListEntry entry(Watchlist list, String id) {
    return list.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id));
  }
}
