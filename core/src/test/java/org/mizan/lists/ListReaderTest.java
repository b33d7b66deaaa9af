package org.mizan.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link ListReader} says of content that is no list: the kind of file it is instead. */
class ListReaderTest {
  private static ListFormatException refused(byte[] content) {
    return Fixture.failure(() -> ListReader.read(new ByteArrayInputStream(content), "in.dat"));
  }

  @Test
  void anHtmlPageIsNamedAsOne() {
    ListFormatException e =
        refused(
            "\n  <HTML><head><title>503</title></head></HTML>".getBytes(StandardCharsets.UTF_8));
    assertThat(e.location()).isEqualTo("in.dat");
    assertThat(e.problem()).startsWith("an HTML page");
  }

  @Test
  void utf16TextIsNotMistakenForAnUnknownFormat() {
    byte[] utf16 =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><CONSOLIDATED_LIST/>"
            .getBytes(StandardCharsets.UTF_16);
    assertThat(refused(utf16).problem()).startsWith("not UTF-8 text (UTF-16");
  }

  @Test
  void aGzipFileIsNotText() {
    byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};
    assertThat(refused(gzip).problem()).contains("compressed or binary file");
  }

  @Test
  void aSemicolonSeparatedListCsvIsExplained() {
    ListFormatException e =
        refused("id;name;dob\nX-1;Fictional Person;1970\n".getBytes(StandardCharsets.UTF_8));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).startsWith("a CSV separated by semicolons");
  }

  @Test
  void aSemicolonSeparatedHeaderIsFoundWithoutRegardToCaseAfterAByteOrderMark() {
    ListFormatException e =
        refused(
            Fixture.withByteOrderMark(
                "ID; Name ;DOB\nX-1;Fictional Person;1970\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(e.problem()).startsWith("a CSV separated by semicolons");
  }

  @Test
  void semicolonsWithoutAListHeaderAreJustAnUnknownFormat() {
    ListFormatException e = refused("ref;title\n1;Fictional\n".getBytes(StandardCharsets.UTF_8));
    assertThat(e.problem()).startsWith("not a list format Mizan reads (expected the UN Security");
  }

  /** Regression: an empty CSV saved as "CSV UTF-8" holds only a byte-order mark. */
  @Test
  void aFileOfOnlyAByteOrderMarkOrWhiteSpaceIsEmpty() {
    for (byte[] content :
        new byte[][] {
          new byte[0],
          " \r\n\t\n".getBytes(StandardCharsets.UTF_8),
          Fixture.withByteOrderMark(new byte[0]),
          Fixture.withByteOrderMark("\n\n".getBytes(StandardCharsets.UTF_8))
        }) {
      ListFormatException e = refused(content);
      assertThat(e.location()).isEqualTo("in.dat");
      assertThat(e.problem()).isEqualTo("the file is empty");
    }
  }

  @Test
  void textOfNoKnownFormatIsRefusedNamingTheFormatsRead() {
    ListFormatException e =
        refused("Fictional Person, born 1970\n".getBytes(StandardCharsets.UTF_8));
    assertThat(e.location()).isEqualTo("in.dat");
    assertThat(e.problem())
        .isEqualTo(
            "not a list format Mizan reads (expected the UN Security Council Consolidated List"
                + " XML, the OFAC sdnList XML, the EU Financial Sanctions File XML, the UK"
                + " Sanctions List XML, the OFAC SDN legacy CSV sdn.csv, FollowTheMoney entities"
                + " in JSON lines, or a list CSV whose header names the columns id and name)");
  }
}
