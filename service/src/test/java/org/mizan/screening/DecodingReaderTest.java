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
                + " file in another encoding?)");
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
