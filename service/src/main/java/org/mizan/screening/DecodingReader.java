package org.mizan.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes bytes strictly and drops a leading byte-order mark, reporting bytes that are not valid in
 * the charset as an {@link InputFormatException} with the line they are on.
 *
 * <p>Why not {@link java.io.InputStreamReader}: on malformed input it throws away the characters it
 * decoded in the same call, so the line of the bad bytes is lost. This reader hands out everything
 * decoded before the bad bytes, and throws only on the next call, after counting lines (CR, LF and
 * CRLF each end one line) in all it handed out.
 */
final class DecodingReader extends Reader {
  private static final int BUFFER_BYTES = 8192;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private CharsetDecoder decoder;
  private final String location;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
  private long bytesRead;
  private boolean endOfInput;
  private boolean allDecoded;
  private boolean flushed;
  private final char[] pair = new char[2];
  private char leftover;
  private boolean hasLeftover;
  private boolean atStart = true;
  private long line = 1;
  private boolean afterCarriageReturn;
  private CoderResult pendingError;
  private long pendingErrorOffset;

  DecodingReader(InputStream in, Charset charset, String location) {
    this.in = Objects.requireNonNull(in, "in");
    this.decoder = strict(charset);
    this.location = Objects.requireNonNull(location, "location");
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (hasLeftover) {
      hasLeftover = false;
      buffer[offset] = leftover;
      return 1;
    }
    if (length == 1) {
      // A supplementary character needs two chars; decode a pair and keep the second.
      int count = read(pair, 0, 2);
      if (count < 0) {
        return -1;
      }
      buffer[offset] = pair[0];
      if (count == 2) {
        leftover = pair[1];
        hasLeftover = true;
      }
      return 1;
    }
    for (; ; ) {
      int count = decode(buffer, offset, length);
      if (count == 0) {
        return -1;
      }
      if (atStart) {
        atStart = false;
        if (buffer[offset] == BYTE_ORDER_MARK) {
          System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
          count--;
          if (count == 0) {
            continue;
          }
        }
      }
      countLines(buffer, offset, count);
      return count;
    }
  }

  /**
   * Decodes into {@code buffer} (room for at least two chars); returns how many chars, 0 only at
   * the end of the input.
   */
  private int decode(char[] buffer, int offset, int length) throws IOException {
    if (pendingError != null) {
      throw undecodable();
    }
    if (bytesRead == 0 && !endOfInput) {
      checkByteOrderMark();
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    for (; ; ) {
      if (!allDecoded) {
        CoderResult result = decoder.decode(bytes, out, endOfInput);
        if (result.isError()) {
          pendingError = result;
          pendingErrorOffset = bytesRead - bytes.remaining();
          if (out.position() == offset) {
            throw undecodable();
          }
          break;
        }
        if (result.isOverflow()) {
          break;
        }
        if (!endOfInput) {
          if (out.position() > offset) {
            break; // hand out what is decoded rather than block on a slow stream
          }
          fill();
          continue;
        }
        allDecoded = true;
      }
      if (!flushed && decoder.flush(out).isUnderflow()) {
        flushed = true;
      }
      break;
    }
    return out.position() - offset;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
      bytesRead += n;
    }
    bytes.flip();
  }

  private void countLines(char[] buffer, int offset, int count) {
    for (int i = offset; i < offset + count; i++) {
      char c = buffer[i];
      if (c == '\r') {
        line++;
        afterCarriageReturn = true;
      } else {
        if (c == '\n' && !afterCarriageReturn) {
          line++;
        }
        afterCarriageReturn = false;
      }
    }
  }

  /** The byte-order marks of UTF-8 and UTF-16, which name the encoding they begin. */
  private static final byte[] UTF_16_BE_MARK = {(byte) 0xFE, (byte) 0xFF};

  private static final byte[] UTF_16_LE_MARK = {(byte) 0xFF, (byte) 0xFE};

  private static final byte[][] BYTE_ORDER_MARKS = {
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, UTF_16_BE_MARK, UTF_16_LE_MARK
  };

  /**
   * Refuses input that begins with a byte-order mark of Unicode but is read in a legacy encoding
   * (windows-1256, ISO-8859-1...): read so, the mark would become letters in the first column name
   * (a UTF-8 mark read as windows-1256 makes {@code ï»؟id}), and that column would be ignored
   * unnoticed. Input read as UTF-8 that begins with the byte-order mark of UTF-16 (bytes {@code FE
   * FF} or {@code FF FE}, which UTF-8 never holds) is read as UTF-16, in the order its mark gives.
   */
  private void checkByteOrderMark() throws IOException {
    while (!endOfInput && bytes.remaining() < 3) {
      fill();
    }
    String name = decoder.charset().name();
    if (name.equals("UTF-8") && (startsWith(UTF_16_BE_MARK) || startsWith(UTF_16_LE_MARK))) {
      decoder = strict(StandardCharsets.UTF_16);
      return;
    }
    if (name.startsWith("UTF")) {
      return;
    }
    for (byte[] mark : BYTE_ORDER_MARKS) {
      if (startsWith(mark)) {
        String encoding = mark.length == 3 ? "UTF-8" : "UTF-16";
        throw new InputFormatException(
            location,
            1,
            "",
            "begins with the byte-order mark of "
                + encoding
                + " but is read as "
                + name
                + " (leave the encoding out, or give "
                + encoding
                + ")");
      }
    }
  }

  private boolean startsWith(byte[] mark) {
    if (bytes.remaining() < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if (bytes.get(bytes.position() + i) != mark[i]) {
        return false;
      }
    }
    return true;
  }

  private InputFormatException undecodable() {
    String what =
        pendingError.isUnmappable()
            ? "have no mapping in " + decoder.charset().name()
            : "are not valid " + decoder.charset().name();
    return new InputFormatException(
        location,
        line,
        "",
        "the "
            + pendingError.length()
            + " byte(s) at byte offset "
            + pendingErrorOffset
            + " "
            + what
            + " (is the file in another encoding? name it with --encoding, as --encoding"
            + " windows-1256)");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
