package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV splitter, literally. */
class CsvRecordsTest {
  @Test
  void splitsBareAndQuotedFields() {
    List<CsvRow> rows =
        CsvRecords.split("1,\"a, b\",-0- ,\"say \"\"hi\"\"\"\r\n\r\n2,x\n\u001a", "f");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).fields()).containsExactly("1", "a, b", "", "say \"hi\"");
    assertThat(rows.get(0).columns()).containsExactly(1L, 3L, 10L, 15L);
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).fields()).containsExactly("2", "x");
  }

  @Test
  void aQuotedFieldMaySpanLines() {
    List<CsvRow> rows = CsvRecords.split("1,\"a\r\nb\"\r\n2,c\r\n", "f");
    assertThat(rows.get(0).fields()).containsExactly("1", "a\r\nb");
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void aLastRecordWithoutLineEnd() {
    assertThat(CsvRecords.split("1,2", "f").get(0).fields()).containsExactly("1", "2");
    assertThat(CsvRecords.split("1,", "f").get(0).fields()).containsExactly("1", "");
  }

  @Test
  void recognizesAnSdnCsvHead() {
    assertThat(
            OfacSdnCsvParser.recognizes(
                "36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37"))
        .isTrue();
    assertThat(OfacSdnCsvParser.recognizes("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>"))
        .isFalse();
    assertThat(OfacSdnCsvParser.recognizes("a,b,c,d,e,f,g,h,i,j,k,l\n")).isFalse();
    assertThat(OfacSdnCsvParser.recognizes("1,2,3\n")).isFalse();
  }
}
