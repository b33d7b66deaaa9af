package org.mizan.lists.ofac;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;

/** Each error names the file, line, column and field. */
class OfacSdnCsvParserErrorTest {
  private static final String EMPTY12 = ",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
  private static final String ROW = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"" + EMPTY12;

  private static ListFormatException error(String sdn, String alt, String add) {
    return Fixture.failure(
        () ->
            OfacSdnCsvParserTest.parse(
                sdn.getBytes(US_ASCII), alt.getBytes(US_ASCII), add.getBytes(US_ASCII)));
  }

  @Test
  void emptyList() {
    ListFormatException e = error("\u001a", "", "");
    assertThat(e.location()).isEqualTo("sdn.csv");
    assertThat(e.problem()).isEqualTo("the list has no entries");
  }

  @Test
  void unclosedQuote() {
    ListFormatException e = error(ROW + "37,\"OPEN" + EMPTY12 + "\u001a", "", "");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.problem())
        .isEqualTo(
            "a quoted value is not closed by the end of the file (the file is truncated, or a"
                + " quote inside a quoted value is not doubled)");
  }

  @Test
  void wrongNumberOfFields() {
    ListFormatException e = error(ROW + "37,\"A\",-0- \r\n", "", "");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("a record of 3 fields (an sdn.csv record has 12)");
  }

  @Test
  void nonNumericEntNum() {
    ListFormatException e = error(ROW + "3x,\"A\",-0- ,\"CUBA\"" + EMPTY12, "", "");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("ent_num");
  }

  @Test
  void duplicateEntNum() {
    ListFormatException e = error(ROW + ROW, "", "");
    assertThat(e.problem()).isEqualTo("ent_num 36 is used twice (first at line 1)");
  }

  @Test
  void unknownType() {
    ListFormatException e = error("36,\"A\",\"ship\",\"CUBA\"" + EMPTY12, "", "");
    assertThat(e.field()).isEqualTo("SDN_Type");
    assertThat(e.column()).isEqualTo(8);
  }

  @Test
  void altRowOfAnUnknownEntry() {
    ListFormatException e = error(ROW, "99,1,\"aka\",\"X\",-0- \r\n\u001a", "");
    assertThat(e.location()).isEqualTo("alt.csv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("ent_num");
    assertThat(e.problem()).isEqualTo("ent_num 99 is not in sdn.csv");
  }

  @Test
  void addRowOfAnUnknownEntry() {
    ListFormatException e =
        error(ROW, "", "36,1,-0- ,-0- ,\"Cuba\",-0- \r\n98,2,-0- ,-0- ,-0- ,-0- \r\n");
    assertThat(e.location()).isEqualTo("add.csv");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void unknownAltType() {
    ListFormatException e = error(ROW, "36,1,\"xyz\",\"X\",-0- \r\n", "");
    assertThat(e.field()).isEqualTo("alt_type");
  }

  @Test
  void textAfterTheEndOfFileMark() {
    ListFormatException e = error(ROW + "\u001aMORE", "", "");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("Ctrl-Z");
  }

  @Test
  void windows1252InsteadOfUtf8NamesItsPlace() {
    byte[] sdn = (ROW + "37,\"JOS\u00c9\"" + EMPTY12).getBytes(ISO_8859_1);
    ListFormatException e =
        Fixture.failure(() -> OfacSdnCsvParserTest.parse(sdn, new byte[0], new byte[0]));
    assertThat(e.location()).isEqualTo("sdn.csv");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.problem()).contains("invalid UTF-8 byte sequence 0xC9");
  }

  @Test
  void invalidUtf8InAltCsvNamesThatFile() {
    byte[] alt = "36,1,\"aka\",\"X\u00ff\",-0- \r\n".getBytes(ISO_8859_1);
    ListFormatException e =
        Fixture.failure(() -> OfacSdnCsvParserTest.parse(ROW.getBytes(US_ASCII), alt, new byte[0]));
    assertThat(e.location()).isEqualTo("alt.csv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(14);
    assertThat(e.problem()).contains("0xFF");
  }

  @Test
  void aReadFailureIsNoFormatError() {
    IOException gone = new IOException("connection reset");
    InputStream failing =
        new InputStream() {
          private final InputStream start = new ByteArrayInputStream(ROW.getBytes(US_ASCII));

          @Override
          public int read() throws IOException {
            int b = start.read();
            if (b < 0) {
              throw gone;
            }
            return b;
          }
        };
    assertThatThrownBy(() -> OfacSdnCsvParser.parse(failing, "sdn.csv"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(gone);
  }

  @Test
  void characterAfterAClosingQuote() {
    ListFormatException e = error("36,\"A\"B,-0- ,\"CUBA\"" + EMPTY12, "", "");
    assertThat(e.column()).isEqualTo(7);
  }
}
