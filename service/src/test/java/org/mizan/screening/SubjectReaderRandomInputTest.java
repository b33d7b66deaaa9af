package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.model.Subject;

/**
 * Random input, text and bytes, never makes the reader throw anything but {@link
 * InputFormatException}, and every subject it gives has an id and a name. Seeded, so a failure
 * repeats.
 */
class SubjectReaderRandomInputTest {
  private static final String[] PIECES = {
    ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\uFEFF", "name", "id", "dob", "kind", "gender",
    "full_name", "1971", "1971-02", "male", "x", "vessel", "كريم", "é", "{", "}", "[", "]", ":",
    "\"name\":", "\"dob\":", "null", "true", "1.5", "7", "\\", "\uD83D\uDE00"
  };

  @RepeatedTest(300)
  void randomTextIsReadOrRejectedCleanly(RepetitionInfo repetition) {
    Random random = new Random(20_260_301L + repetition.getCurrentRepetition());
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append("id,name,dob,gender,kind\n");
    }
    int pieces = random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (InputFormat format : InputFormat.values()) {
      readOrReject(bytes, format, StandardCharsets.UTF_8);
    }
  }

  @RepeatedTest(200)
  void randomBytesAreReadOrRejectedCleanly(RepetitionInfo repetition) {
    Random random = new Random(4_711L + repetition.getCurrentRepetition());
    byte[] header = "name,dob\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[header.length + random.nextInt(200)];
    System.arraycopy(header, 0, bytes, 0, header.length);
    for (int i = header.length; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    for (Charset charset :
        new Charset[] {
          StandardCharsets.UTF_8, StandardCharsets.UTF_16, Charset.forName("windows-1256")
        }) {
      for (InputFormat format : InputFormat.values()) {
        readOrReject(bytes, format, charset);
      }
    }
  }

  private static void readOrReject(byte[] bytes, InputFormat format, Charset charset) {
    try (SubjectReader reader =
        SubjectReader.open(new ByteArrayInputStream(bytes), "random", format, charset)) {
      while (reader.hasNext()) {
        try {
          Subject subject = reader.next();
          assertThat(subject.id()).isNotBlank();
          assertThat(subject.name()).isNotBlank();
        } catch (InputFormatException rowProblem) {
          assertThat(rowProblem.line()).isPositive();
        }
      }
    } catch (InputFormatException inputProblem) {
      assertThat(inputProblem.getMessage()).startsWith("random");
    }
  }
}
