package org.mizan.lists.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes UTF-8 for the XML parser, refusing malformed bytes and remembering where they were.
 *
 * <p>The JDK's own UTF-8 decoding inside the XML parser prints "[Fatal Error]" to standard error on
 * a bad byte and reports a vague position; decoding here keeps core silent and lets the error name
 * the exact line and column. It also tells a genuine read failure of the underlying stream (which
 * the XML parser wraps like any other error) apart from bad content. A leading byte-order mark is
 * skipped. Not thread-safe.
 */
final class StrictUtf8Reader extends Reader {
  private static final int BUFFER = 8192;
  private static final char BOM = '\uFEFF';

  private final InputStream in;
  private final String format;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private boolean endOfInput;
  private boolean flushed;
  private boolean started;

  private long line = 1;
  private long column = 1;
  private boolean afterCarriageReturn;

  private String pendingProblem = "";
  private Optional<Malformed> malformed = Optional.empty();
  private Optional<IOException> readFailure = Optional.empty();

  /** Where the input stopped being UTF-8: 1-based line and column of the first bad byte. */
  record Malformed(long line, long column, String problem) {}

  /**
   * @param in the bytes, read but never closed
   * @param format what the bytes should be, for messages ({@code the UN Security Council
   *     Consolidated List XML})
   */
  StrictUtf8Reader(InputStream in, String format) {
    this.in = in;
    this.format = format;
  }

  /** The malformed byte sequence met, if decoding stopped on one. */
  Optional<Malformed> malformed() {
    return malformed;
  }

  /** The exception the underlying stream threw, if reading it failed. */
  Optional<IOException> readFailure() {
    return readFailure;
  }

  /** Whether every byte has been read and every character handed out. */
  boolean exhausted() {
    return flushed && !chars.hasRemaining();
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!pendingProblem.isEmpty()) {
        Malformed bad = new Malformed(line, column, pendingProblem);
        malformed = Optional.of(bad);
        throw new MalformedUtf8Exception(bad.problem());
      }
      if (flushed) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(target, offset, n);
    count(target, offset, n);
    return n;
  }

  private void decodeMore() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && pendingProblem.isEmpty() && !flushed) {
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
          pendingProblem = describe(result.length());
        } else if (result.isUnderflow()) {
          if (endOfInput) {
            decoder.flush(chars);
            flushed = true;
          } else {
            fill();
          }
        }
      }
    } finally {
      chars.flip();
    }
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == BOM) {
        chars.get();
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } catch (IOException e) {
      readFailure = Optional.of(e);
      throw e;
    } finally {
      bytes.flip();
    }
  }

  private String describe(int badLength) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < badLength; i++) {
      if (i > 0) {
        hex.append(' ');
      }
      hex.append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xff));
    }
    return "invalid UTF-8 byte sequence " + hex + " (" + format + " is UTF-8)";
  }

  /** Tracks line and column the way XML counts them: CR LF, CR and LF each end a line. */
  private void count(char[] text, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = text[i];
      if (c == '\n') {
        if (!afterCarriageReturn) {
          line++;
          column = 1;
        }
        afterCarriageReturn = false;
      } else if (c == '\r') {
        line++;
        column = 1;
        afterCarriageReturn = true;
      } else {
        column++;
        afterCarriageReturn = false;
      }
    }
  }

  @Override
  public void close() {
    // The caller owns the stream: it is read to the end but never closed here.
  }

  /**
   * Thrown to the XML parser on bad bytes. Deliberately not a {@link
   * java.io.CharConversionException}, which the JDK parser would print to standard error.
   */
  private static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedUtf8Exception(String message) {
      super(message);
    }
  }
}
