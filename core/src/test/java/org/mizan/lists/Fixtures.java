package org.mizan.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  /** The SHA-256 of {@code bytes}, 64 lower-case hex digits, computed here independently. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code bytes} after a UTF-8 byte-order mark (EF BB BF). */
  public static byte[] withByteOrderMark(byte[] bytes) {
    byte[] marked = new byte[bytes.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, marked, 3, bytes.length);
    return marked;
  }
}
