package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingReaderTest {
  @Test
  void dropsOnlyALeadingByteOrderMark() throws IOException {
    assertThat(decode("\uFEFFa\uFEFFb", StandardCharsets.UTF_8)).isEqualTo("a\uFEFFb");
    assertThat(decode("\uFEFF", StandardCharsets.UTF_8)).isEmpty();
    assertThat(decode("\uFEFFab", StandardCharsets.UTF_16LE)).isEqualTo("ab");
  }

  /**
   * Regression: a UTF-8 byte-order mark read as windows-1256 became {@code ï»؟} in the first column
   * name, and the caller's ids column was ignored unnoticed.
   */
  @Test
  void refusesAUnicodeByteOrderMarkReadInALegacyEncoding() {
    byte[] utf8 = "\uFEFFid,name\nC-1,Karim\n".getBytes(StandardCharsets.UTF_8);
    InputFormatException e =
        catchThrowableOfType(
            InputFormatException.class, () -> decode(utf8, Charset.forName("windows-1256")));
    assertThat(e)
        .hasMessage(
            "in.csv:1: begins with the byte-order mark of UTF-8 but is read as windows-1256"
                + " (leave the encoding out, or give UTF-8)");
    byte[] utf16 = "\uFEFFid".getBytes(StandardCharsets.UTF_16LE);
    assertThat(
            catchThrowableOfType(
                InputFormatException.class, () -> decode(utf16, StandardCharsets.ISO_8859_1)))
        .hasMessageContaining("byte-order mark of UTF-16");
  }

  /**
   * A file saved as UTF-16 with its byte-order mark, read with the default UTF-8: the mark (bytes
   * UTF-8 never holds) tells the encoding and its byte order (a new user's find: it was refused as
   * not UTF-8).
   */
  @Test
  void readsUtf16ByItsByteOrderMarkWhenReadAsUtf8() throws IOException {
    String text = "id,name\nC-1,كريم حداد\n";
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      assertThat(decode(("\uFEFF" + text).getBytes(utf16), StandardCharsets.UTF_8))
          .as(utf16.name())
          .isEqualTo(text);
    }
  }

  @Test
  void readsTheSameBytesInALegacyEncodingWithoutAMark() throws IOException {
    byte[] bytes = "id,name\n".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(bytes, Charset.forName("windows-1256"))).isEqualTo("id,name\n");
    assertThat(decode(new byte[] {'a'}, StandardCharsets.ISO_8859_1)).isEqualTo("a");
    assertThat(decode(new byte[0], StandardCharsets.ISO_8859_1)).isEmpty();
  }

  @Test
  void handsOutSupplementaryCharactersOneCharAtATime() throws IOException {
    String text = "a\uD83D\uDE00b";
    try (Reader reader = reader(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)) {
      StringBuilder read = new StringBuilder();
      for (int c = reader.read(); c >= 0; c = reader.read()) {
        read.append((char) c);
      }
      assertThat(read.toString()).isEqualTo(text);
    }
  }

  @Test
  void countsCrLfAndCrlfAsOneLineEachForTheErrorLine() {
    byte[] bytes = {'a', '\r', '\n', 'b', '\r', 'c', '\n', '\n', 'd', (byte) 0x80};

    InputFormatException e =
        catchThrowableOfType(
            InputFormatException.class, () -> decode(bytes, StandardCharsets.UTF_8));

    assertThat(e)
        .hasMessage(
            "in.csv:5: the 1 byte(s) at byte offset 9 are not valid UTF-8 (is the"
                + " file in another encoding? name it with --encoding, as --encoding"
                + " windows-1256)");
  }

  @Test
  void reportsATruncatedSequenceAtTheEnd() {
    byte[] bytes = {'a', '\n', (byte) 0xD8};

    InputFormatException e =
        catchThrowableOfType(
            InputFormatException.class, () -> decode(bytes, StandardCharsets.UTF_8));

    assertThat(e.line()).isEqualTo(2);
  }

  private static String decode(String text, Charset charset) throws IOException {
    return decode(text.getBytes(charset), charset);
  }

  private static String decode(byte[] bytes, Charset charset) throws IOException {
    try (Reader reader = reader(bytes, charset)) {
      StringWriter out = new StringWriter();
      reader.transferTo(out);
      return out.toString();
    }
  }

  private static Reader reader(byte[] bytes, Charset charset) {
    return new DecodingReader(new ByteArrayInputStream(bytes), charset, "in.csv");
  }
}
