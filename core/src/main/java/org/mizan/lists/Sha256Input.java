package org.mizan.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of a list file, passed on while their SHA-256 is computed, so that a list version names
 * exactly the bytes that were parsed ({@link org.mizan.model.ListVersion#sha256()}).
 *
 * <p>Not thread-safe; never closes the stream it wraps.
 */
public final class Sha256Input extends DigestInputStream {
  /**
   * @param in the file's bytes; read on demand, never closed
   */
  public Sha256Input(InputStream in) {
    super(in, newDigest());
  }

  /**
   * Reads whatever the parser left unread (white space after an XML root element, say), so that the
   * digest covers every byte of the file, and gives the digest.
   *
   * @return 64 lower-case hex digits
   * @throws UncheckedIOException when reading fails
   */
  public String readToEndAndDigest() {
    try {
      transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(getMessageDigest().digest());
  }

  @Override
  public void close() {
    // The caller owns the stream: it is read to the end but never closed here.
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
