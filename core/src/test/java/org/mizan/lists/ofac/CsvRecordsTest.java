package org.mizan.lists.ofac;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;

/** The records of one OFAC CSV file, literally. */
class CsvRecordsTest {
  @Test
  void splitsBareAndQuotedFields() {
    List<CsvRow> rows = records("1,\"a, b\",-0- ,\"say \"\"hi\"\"\"\r\n\r\n2,x\n\u001a");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).fields()).containsExactly("1", "a, b", "", "say \"hi\"");
    assertThat(rows.get(0).columns()).containsExactly(1L, 3L, 10L, 15L);
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).fields()).containsExactly("2", "x");
  }

  @Test
  void aQuotedFieldMaySpanLines() {
    List<CsvRow> rows = records("1,\"a\r\nb\"\r\n2,c\r\n");
    assertThat(rows.get(0).fields()).containsExactly("1", "a\r\nb");
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void aLastRecordWithoutLineEnd() {
    assertThat(records("1,2").get(0).fields()).containsExactly("1", "2");
    assertThat(records("1,").get(0).fields()).containsExactly("1", "");
  }

  @Test
  void quotedEmptyMarkAndPaddingAreEmptyToo() {
    assertThat(records("1,\"-0-\", -0- ,\"  x \"\r\n").get(0).fields())
        .containsExactly("1", "", "", "x");
  }

  @Test
  void theEndOfFileMarkEndsTheRecordsWhereverItIs() {
    assertThat(records("1,a\r\n2,b\u001a\r\n  \r\n"))
        .extracting(CsvRow::line)
        .containsExactly(1L, 2L);
  }

  @Test
  void textAfterTheEndOfFileMarkNamesTheMark() {
    ListFormatException e = failure("1,a\r\n\u001a\r\n2,b\r\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("text after the end-of-file mark (Ctrl-Z)");
  }

  @Test
  void bytesThatAreNotUtf8NameTheirPlace() {
    byte[] bytes =
        "1,\"AL-ZAHAR\"\r\n2,\"Jos\u00e9\"\r\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ListFormatException e =
        Fixture.failure(() -> CsvRecords.forEach(new ByteArrayInputStream(bytes), "f", row -> {}));
    assertThat(e.location()).isEqualTo("f");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.problem()).contains("invalid UTF-8 byte sequence 0xE9");
  }

  @Test
  void recognizesAnSdnCsvHead() {
    String head = "36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37";
    assertThat(OfacSdnCsvParser.recognizes(head)).isTrue();
    assertThat(OfacSdnCsvParser.recognizes("\uFEFF" + head)).isTrue();
    assertThat(OfacSdnCsvParser.recognizes("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>"))
        .isFalse();
    assertThat(OfacSdnCsvParser.recognizes("a,b,c,d,e,f,g,h,i,j,k,l\n")).isFalse();
    assertThat(OfacSdnCsvParser.recognizes("1,2,3\n")).isFalse();
    assertThat(OfacSdnCsvParser.recognizes("36,\"unclosed,-0- ,-0- ,-0-\n")).isFalse();
  }

  private static List<CsvRow> records(String text) {
    List<CsvRow> rows = new ArrayList<>();
    CsvRecords.forEach(new ByteArrayInputStream(text.getBytes(UTF_8)), "f", rows::add);
    return rows;
  }

  private static ListFormatException failure(String text) {
    return Fixture.failure(() -> records(text));
  }
}
