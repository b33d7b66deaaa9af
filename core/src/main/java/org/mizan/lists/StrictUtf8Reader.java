package org.mizan.lists;

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
 * Decodes UTF-8 for the list parsers (XML and CSV), refusing malformed bytes and remembering where
 * they were.
 *
 * <p>The JDK's own UTF-8 decoding inside the XML parser prints "[Fatal Error]" to standard error on
 * a bad byte and reports a vague position; decoding here keeps core silent and lets the error name
 * the exact line and column. It also tells a genuine read failure of the underlying stream (which a
 * parser wraps like any other error) apart from bad content. A leading byte-order mark is skipped.
 *
 * <p>On a malformed byte sequence {@link #read(char[], int, int)} first hands out every character
 * decoded before it, then throws an {@link IOException}; the parser's error then says where, from
 * {@link #malformed()}. A reader made by {@link #endingAt} ends its text at an end-of-file mark.
 * Not thread-safe.
 */
public final class StrictUtf8Reader extends Reader {
  private static final int BUFFER = 8192;
  private static final char BOM = '\uFEFF';

  private static final int NO_END_MARK = -1;

  private final InputStream in;
  private final int endMark;
  private Optional<Position> endMarkAt = Optional.empty();
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

  /**
   * Where the input stopped being UTF-8.
   *
   * @param line 1-based line of the first bad byte (CR LF, CR and LF each end a line)
   * @param column 1-based column of the first bad byte, in characters
   * @param problem the bad bytes in hex, e.g. {@code invalid UTF-8 byte sequence 0xFF (...)}
   */
  public record Malformed(long line, long column, String problem) {}

  /** Where a character of the text is. */
  public record Position(long line, long column) {}

  /**
   * @param in the bytes; read on demand, never closed
   */
  public StrictUtf8Reader(InputStream in) {
    this(in, NO_END_MARK);
  }

  private StrictUtf8Reader(InputStream in, int endMark) {
    this.in = in;
    this.endMark = endMark;
  }

  /**
   * A reader whose text ends at the first {@code endMark} character: the DOS end-of-file mark
   * Ctrl-Z (0x1A) that some exports (the OFAC SDN legacy CSV) end with. {@link #read} gives the
   * text before it, then -1; {@link #textAfterEndMark()} tells whether anything but white space
   * follows.
   *
   * @param in the bytes; read on demand, never closed
   */
  public static StrictUtf8Reader endingAt(InputStream in, char endMark) {
    return new StrictUtf8Reader(in, endMark);
  }

  /** The malformed byte sequence met, if decoding stopped on one. */
  public Optional<Malformed> malformed() {
    return malformed;
  }

  /** The exception the underlying stream threw, if reading it failed. */
  public Optional<IOException> readFailure() {
    return readFailure;
  }

  /** Whether every byte has been read and every character handed out. */
  public boolean exhausted() {
    return flushed && !chars.hasRemaining();
  }

  /**
   * Reads the rest of the input after the end mark (see {@link #endingAt}), if the text ended at
   * one.
   *
   * @return where the mark is, when anything but white space follows it; empty when only white
   *     space follows, or the text did not end at a mark
   * @throws IOException as {@link #read}, for the bytes after the mark
   */
  public Optional<Position> textAfterEndMark() throws IOException {
    if (endMarkAt.isEmpty()) {
      return Optional.empty();
    }
    boolean blank = true;
    while (decoded()) {
      blank &= Character.isWhitespace(chars.get());
    }
    return blank ? Optional.empty() : endMarkAt;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (endMarkAt.isPresent() || !decoded()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    if (endMark != NO_END_MARK) {
      for (int i = 0; i < n; i++) {
        if (chars.get(chars.position() + i) == endMark) {
          n = i;
          break;
        }
      }
    }
    chars.get(target, offset, n);
    count(target, offset, n);
    if (chars.hasRemaining() && chars.get(chars.position()) == endMark) {
      chars.get();
      endMarkAt = Optional.of(new Position(line, column));
      return n == 0 ? -1 : n;
    }
    return n;
  }

  /**
   * Decodes until a character is ready to hand out.
   *
   * @return false at the end of the input
   * @throws IOException on a malformed byte sequence (once every character before it is handed out)
   *     or a failure of the underlying stream
   */
  private boolean decoded() throws IOException {
    while (!chars.hasRemaining()) {
      if (!pendingProblem.isEmpty()) {
        Malformed bad = new Malformed(line, column, pendingProblem);
        malformed = Optional.of(bad);
        throw new MalformedUtf8Exception(bad.problem());
      }
      if (flushed) {
        return false;
      }
      decodeMore();
    }
    return true;
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
    return "invalid UTF-8 byte sequence " + hex + " (a list file must be UTF-8)";
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
   * Thrown to the parser on bad bytes. Deliberately not a {@link java.io.CharConversionException},
   * which the JDK parser would print to standard error.
   */
  private static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedUtf8Exception(String message) {
      super(message);
    }
  }
}
