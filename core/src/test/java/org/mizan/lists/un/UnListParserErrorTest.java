package org.mizan.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mizan.lists.un.Excerpt.FIXTURE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;

/**
 * Broken, hostile and foreign inputs: each must give a {@link ListFormatException} that names the
 * line and the element, never a partial list and never another exception (except {@link
 * UncheckedIOException} when the stream itself fails).
 */
class UnListParserErrorTest {
  private static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  @Test
  void truncatedFile() {
    String xml = FIXTURE.text();
    String cut = xml.substring(0, xml.indexOf("Gender [Male]") + "Gender [Ma".length());
    ListFormatException e = FIXTURE.failure(cut);
    assertThat(e.location()).isEqualTo(FIXTURE.name());
    assertThat(e.line()).isEqualTo(Fixture.lineCount(cut));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/COMMENTS1");
    assertThat(e.problem()).contains("truncated");
  }

  @Test
  void truncatedBetweenEntries() {
    String xml = FIXTURE.text();
    String cut = xml.substring(0, xml.indexOf("<ENTITIES>"));
    ListFormatException e = FIXTURE.failure(cut);
    assertThat(e.line()).isEqualTo(Fixture.lineCount(cut));
    assertThat(e.field()).isEqualTo("CONSOLIDATED_LIST");
    assertThat(e.problem()).contains("truncated");
  }

  @Test
  void invalidUtf8ByteNamesItsExactPosition() {
    byte[] bytes = FIXTURE.bytes();
    String xml = FIXTURE.text();
    int at = xml.indexOf("<FIRST_NAME>IZZAT") + "<FIRST_NAME>IZ".length();
    bytes[xml.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
    ListFormatException e = FIXTURE.failure(bytes);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<FIRST_NAME>IZZAT"));
    assertThat(e.column()).isEqualTo(at - xml.lastIndexOf('\n', at));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/FIRST_NAME");
    assertThat(e.problem()).contains("invalid UTF-8").contains("0xFF");
  }

  @Test
  void invalidUtf8InsideArabicText() {
    String xml = FIXTURE.text();
    int arabic = xml.indexOf("صدام");
    byte[] head = xml.substring(0, arabic).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = FIXTURE.bytes();
    bytes[head.length + 1] = (byte) 0x41; // the second byte of a two-byte sequence made ASCII 'A'
    ListFormatException e = FIXTURE.failure(bytes);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "صدام"));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/NAME_ORIGINAL_SCRIPT");
    assertThat(e.problem()).contains("invalid UTF-8");
  }

  @Test
  void htmlErrorPage() {
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>503 Service Unavailable</title></head>\n"
            + "<body><h1>Service Unavailable</h1></body>\n</html>\n";
    ListFormatException e = FIXTURE.failure(html);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("DOCTYPE html refused").contains("HTML page");
  }

  @Test
  void htmlWithoutDoctypeHasTheWrongRoot() {
    ListFormatException e = FIXTURE.failure("<html><body><p>Not found</p></body></html>");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("html");
    assertThat(e.problem()).contains("root element is <html>, expected <CONSOLIDATED_LIST>");
  }

  @Test
  void wrongRoot() {
    String ofac =
        XML_DECLARATION + "<sdnList>\n  <publshInformation/>\n  <sdnEntry/>\n</sdnList>\n";
    ListFormatException e = FIXTURE.failure(ofac);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("sdnList");
    assertThat(e.problem()).contains("not the UN Security Council Consolidated List");
  }

  @Test
  void externalEntityIsRefusedAndNothingIsRead() throws IOException {
    String xml =
        FIXTURE
            .text()
            .replace(
                XML_DECLARATION,
                XML_DECLARATION + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n")
            .replace("<FIRST_NAME>SADDAM</FIRST_NAME>", "<FIRST_NAME>&e;</FIRST_NAME>");
    ListFormatException e = FIXTURE.failure(xml);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("DOCTYPE x refused");
    assertNothingOfTheFileIn(e, Path.of("/etc/passwd"));
  }

  @Test
  void externalDtdIsRefused() throws IOException {
    String xml =
        FIXTURE
            .text()
            .replace(
                XML_DECLARATION,
                XML_DECLARATION + "<!DOCTYPE CONSOLIDATED_LIST SYSTEM \"file:///etc/passwd\">\n");
    ListFormatException e = FIXTURE.failure(xml);
    assertThat(e.problem()).contains("DOCTYPE CONSOLIDATED_LIST refused");
    assertNothingOfTheFileIn(e, Path.of("/etc/passwd"));
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "lol" : "lol" + (i - 1);
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&" + previous + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n");
    String xml =
        FIXTURE
            .text()
            .replace(XML_DECLARATION, XML_DECLARATION + dtd)
            .replace("<FIRST_NAME>SADDAM</FIRST_NAME>", "<FIRST_NAME>&lol9;</FIRST_NAME>");
    // a generous bound: expanding 10^9 entities would take minutes and gigabytes
    ListFormatException e =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FIXTURE.failure(xml));
    assertThat(e.problem()).contains("DOCTYPE lolz refused");
    assertThat(e.getMessage()).doesNotContain("lollollol");
  }

  @Test
  void undeclaredEntityWithoutDoctype() {
    String xml =
        FIXTURE.text().replace("<FIRST_NAME>SADDAM</FIRST_NAME>", "<FIRST_NAME>&e;</FIRST_NAME>");
    ListFormatException e = FIXTURE.failure(xml);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(FIXTURE.text(), "<FIRST_NAME>SADDAM"));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/FIRST_NAME");
    assertThat(e.problem()).contains("malformed XML").contains("\"e\"");
  }

  @Test
  void missingReferenceNumber() {
    String xml = FIXTURE.text();
    String broken = xml.replace("      <REFERENCE_NUMBER>IQi.006</REFERENCE_NUMBER>\n", "");
    ListFormatException e = FIXTURE.failure(broken);
    int dataId = Fixture.lineOf(xml, "<DATAID>6908053</DATAID>");
    assertThat(e.line()).isEqualTo(dataId - 1); // the <INDIVIDUAL> start tag
    assertThat(e.field()).isEqualTo("INDIVIDUAL/REFERENCE_NUMBER");
    assertThat(e.problem()).contains("no reference number").contains("6908053");
  }

  @Test
  void entryWithoutName() {
    String xml = FIXTURE.text();
    String broken =
        xml.replace("<FIRST_NAME>VIV ANSANM </FIRST_NAME>", "<FIRST_NAME> </FIRST_NAME>");
    ListFormatException e = FIXTURE.failure(broken);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<DATAID>6909350</DATAID>") - 1);
    assertThat(e.field()).isEqualTo("ENTITY/FIRST_NAME");
    assertThat(e.problem()).contains("HTe.002 has no name");
  }

  @Test
  void duplicateReferenceNumber() {
    String xml = FIXTURE.text();
    String broken =
        xml.replace(
            "<REFERENCE_NUMBER>IQi.006</REFERENCE_NUMBER>",
            "<REFERENCE_NUMBER>IQi.001</REFERENCE_NUMBER>");
    ListFormatException e = FIXTURE.failure(broken);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<DATAID>6908053</DATAID>") - 1);
    assertThat(e.field()).isEqualTo("INDIVIDUAL/REFERENCE_NUMBER");
    assertThat(e.problem())
        .contains("IQi.001 is used twice")
        .contains("line " + (Fixture.lineOf(xml, "<DATAID>6908048</DATAID>") - 1));
  }

  @Test
  void impossibleDateOfBirth() {
    String xml = FIXTURE.text();
    ListFormatException e =
        FIXTURE.failure(xml.replace("<DATE>1937-04-28</DATE>", "<DATE>1937-04-31</DATE>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<DATE>1937-04-28</DATE>"));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/DATE");
    assertThat(e.problem()).contains("1937-04-31").contains("not a calendar date");
  }

  @Test
  void yearThatIsNotAYear() {
    String xml = FIXTURE.text();
    ListFormatException e = FIXTURE.failure(xml.replace("<YEAR>1942</YEAR>", "<YEAR>19x2</YEAR>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<YEAR>1942</YEAR>"));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/YEAR");
    assertThat(e.problem()).contains("19x2");
  }

  @Test
  void betweenBackwards() {
    String xml = FIXTURE.text();
    ListFormatException e =
        FIXTURE.failure(xml.replace("<TO_YEAR>1986</TO_YEAR>", "<TO_YEAR>1980</TO_YEAR>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<TO_YEAR>1986</TO_YEAR>"));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/TO_YEAR");
    assertThat(e.problem()).contains("before FROM_YEAR 1984");
  }

  @Test
  void unknownTypeOfDate() {
    String xml = FIXTURE.text();
    ListFormatException e =
        FIXTURE.failure(
            xml.replace(
                "<TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE>",
                "<TYPE_OF_DATE>BEFORE</TYPE_OF_DATE>"));
    assertThat(e.line())
        .isEqualTo(Fixture.lineOf(xml, "<TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE>"));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/TYPE_OF_DATE");
    assertThat(e.problem()).contains("unknown TYPE_OF_DATE 'BEFORE'");
  }

  @Test
  void malformedListedOn() {
    String xml = FIXTURE.text();
    ListFormatException e =
        FIXTURE.failure(
            xml.replace("<LISTED_ON>2003-06-27</LISTED_ON>", "<LISTED_ON>27/06/2003</LISTED_ON>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<LISTED_ON>2003-06-27</LISTED_ON>"));
    assertThat(e.field()).isEqualTo("INDIVIDUAL/LISTED_ON");
  }

  @Test
  void missingDateGenerated() {
    String xml = FIXTURE.text().replace(" dateGenerated=\"2026-02-27T00:00:09.554Z\"", "");
    ListFormatException e = FIXTURE.failure(xml);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("CONSOLIDATED_LIST");
    assertThat(e.problem()).contains("dateGenerated");
  }

  @Test
  void unexpectedElementAtListLevel() {
    String xml = FIXTURE.text().replace("  <ENTITIES>", "  <VESSELS/>\n  <ENTITIES>");
    ListFormatException e = FIXTURE.failure(xml);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(xml, "<VESSELS/>"));
    assertThat(e.field()).isEqualTo("CONSOLIDATED_LIST/VESSELS");
  }

  @Test
  void contentAfterTheRootElement() {
    ListFormatException e = FIXTURE.failure(FIXTURE.text() + "\n<CONSOLIDATED_LIST/>\n");
    assertThat(e.line()).isEqualTo(Fixture.lineCount(FIXTURE.text()) + 1);
    assertThat(e.problem()).contains("malformed XML");
  }

  @Test
  void anotherDeclaredEncoding() {
    String xml = FIXTURE.text().replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    ListFormatException e = FIXTURE.failure(xml);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("ISO-8859-1 is not UTF-8");
  }

  @Test
  void emptyInput() {
    ListFormatException e = FIXTURE.failure("");
    assertThat(e.location()).isEqualTo(FIXTURE.name());
    assertThat(e.problem()).contains("malformed XML");
  }

  @Test
  void failingStreamGivesUncheckedIoException() {
    IOException broken = new IOException("connection reset");
    InputStream in =
        new InputStream() {
          private final ByteArrayInputStream head =
              new ByteArrayInputStream(Arrays.copyOf(FIXTURE.bytes(), 20_000));

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = head.read(b, off, len);
            if (n < 0) {
              throw broken;
            }
            return n;
          }
        };
    assertThatThrownBy(() -> UnListParser.parse(in, "net.xml"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(broken);
  }

  private static void assertNothingOfTheFileIn(Throwable e, Path file) throws IOException {
    if (!Files.isReadable(file)) {
      return;
    }
    List<String> lines =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> l.length() >= 8)
            .collect(Collectors.toList());
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      for (String line : lines) {
        assertThat(message).doesNotContain(line);
      }
    }
  }
}
