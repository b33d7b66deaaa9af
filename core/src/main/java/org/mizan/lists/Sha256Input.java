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
 * exactly the bytes that were parsed ({@link org.mizan.model.ListVersion#sha256()}); for a list of
 * several files, the bytes of each in turn ({@link #next}).
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

  private Sha256Input(InputStream in, MessageDigest digest) {
    super(in, digest);
  }

  /**
   * Reads whatever is left of this file into the digest, then passes on the bytes of the next file
   * of the same list, over which the same digest goes on: the version of a list published as
   * several files (the OFAC {@code sdn.csv}, {@code alt.csv} and {@code add.csv}) names all their
   * bytes, in order. Read the returned stream, not this one, from then on.
   *
   * @param next the next file's bytes; read on demand, never closed
   * @throws UncheckedIOException when reading the rest of this file fails
   */
  public Sha256Input next(InputStream next) {
    readToEnd();
    return new Sha256Input(next, getMessageDigest());
  }

  /**
   * Reads whatever the parser left unread (white space after an XML root element, say), so that the
   * digest covers every byte of the file, and gives the digest.
   *
   * @return 64 lower-case hex digits
   * @throws UncheckedIOException when reading fails
   */
  public String readToEndAndDigest() {
    readToEnd();
    return HexFormat.of().formatHex(getMessageDigest().digest());
  }

  private void readToEnd() {
    try {
      transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
