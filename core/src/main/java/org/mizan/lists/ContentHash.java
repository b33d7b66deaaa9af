package org.mizan.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of every byte a parser reads from a stream: the content hash of a list version
 * ({@link org.mizan.model.ListVersion#sha256()}). Not thread-safe.
 */
public final class ContentHash {
  private final MessageDigest sha256;
  private final DigestInputStream bytes;

  private ContentHash(InputStream in) {
    this.sha256 = newSha256();
    this.bytes = new DigestInputStream(Objects.requireNonNull(in, "in"), sha256);
  }

  /** Starts hashing what is read from {@code in}. */
  public static ContentHash of(InputStream in) {
    return new ContentHash(in);
  }

  /**
   * The stream to parse: {@code in}, hashed as it is read; closing it does not close {@code in}.
   */
  public InputStream stream() {
    return bytes;
  }

  /**
   * Reads whatever the parser left unread (also past the end of the document) and gives the digest.
   *
   * @return 64 lower-case hex digits
   * @throws UncheckedIOException when reading fails
   */
  public String finish() {
    try {
      bytes.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
