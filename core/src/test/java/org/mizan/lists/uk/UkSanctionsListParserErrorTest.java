package org.mizan.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.lists.uk.UkSanctionsListParserTest.SAMPLE;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;

/**
 * Broken and foreign inputs: each must give a {@link ListFormatException} naming the line and the
 * element, never a partial list and never another exception.
 */
class UkSanctionsListParserErrorTest {
  private static final String XML = SAMPLE.text();

  @Test
  void truncatedFile() {
    String cut = XML.substring(0, XML.indexOf("Selselat al Thahab For") + "Selselat".length());
    ListFormatException e = SAMPLE.failure(cut);
    assertThat(e.location()).isEqualTo(SAMPLE.name());
    assertThat(e.line()).isEqualTo(Fixture.lineCount(cut));
    assertThat(e.field()).isEqualTo("Designation/Names/Name/Name6");
    assertThat(e.problem()).contains("truncated");
  }

  @Test
  void truncatedBetweenDesignations() {
    String cut = XML.substring(0, XML.lastIndexOf("<Designation>"));
    ListFormatException e = SAMPLE.failure(cut);
    assertThat(e.line()).isEqualTo(Fixture.lineCount(cut));
    assertThat(e.field()).isEqualTo("Designations");
    assertThat(e.problem()).contains("truncated");
  }

  @Test
  void invalidUtf8ByteNamesItsExactPosition() {
    byte[] bytes = SAMPLE.bytes();
    int at = XML.indexOf("<Name6>LOREM") + "<Name6>LO".length();
    bytes[XML.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
    ListFormatException e = SAMPLE.failure(bytes);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, "<Name6>LOREM"));
    assertThat(e.column()).isEqualTo(at - XML.lastIndexOf('\n', at));
    assertThat(e.field()).isEqualTo("Designation/Names/Name/Name6");
    assertThat(e.problem()).contains("invalid UTF-8").contains("0xFF");
  }

  @Test
  void invalidUtf8InsideArabicText() {
    int arabic = XML.indexOf("سلسلة");
    byte[] bytes = SAMPLE.bytes();
    bytes[XML.substring(0, arabic).getBytes(StandardCharsets.UTF_8).length + 1] = (byte) 0x41;
    ListFormatException e = SAMPLE.failure(bytes);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, "سلسلة"));
    assertThat(e.field()).isEqualTo("Designation/NonLatinNames/NonLatinName/NameNonLatinScript");
    assertThat(e.problem()).contains("invalid UTF-8");
  }

  @Test
  void htmlErrorPage() {
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Page not found - GOV.UK</title></head>\n"
            + "<body><h1>Page not found</h1></body>\n</html>\n";
    ListFormatException e = SAMPLE.failure(html);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem())
        .contains("DOCTYPE html refused")
        .contains("HTML page, not the UK Sanctions List XML");
  }

  @Test
  void anotherListsXml() {
    String un =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n"
            + "<INDIVIDUALS/>\n</CONSOLIDATED_LIST>\n";
    ListFormatException e = SAMPLE.failure(un);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("CONSOLIDATED_LIST");
    assertThat(e.problem())
        .contains("root element is <CONSOLIDATED_LIST>, expected <Designations>")
        .contains("not the UK Sanctions List XML");
  }

  @Test
  void missingUniqueId() {
    String broken = XML.replace("    <UniqueID>FIC0002</UniqueID>\n", "");
    ListFormatException e = SAMPLE.failure(broken);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, "<UniqueID>FIC0002") - 3); // <Designation>
    assertThat(e.field()).isEqualTo("Designation/UniqueID");
    assertThat(e.problem()).contains("no UniqueID").contains("OFSIGroupID 99902");
  }

  @Test
  void blankUniqueId() {
    ListFormatException e =
        SAMPLE.failure(XML.replace("<UniqueID>FIC0003</UniqueID>", "<UniqueID> </UniqueID>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, "<UniqueID>FIC0003") - 3);
    assertThat(e.problem()).contains("no UniqueID").contains("OFSIGroupID none");
  }

  @Test
  void duplicateUniqueId() {
    ListFormatException e =
        SAMPLE.failure(XML.replace("<UniqueID>FIC0002</UniqueID>", "<UniqueID>FIC0001</UniqueID>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, "<UniqueID>FIC0002") - 3);
    assertThat(e.field()).isEqualTo("Designation/UniqueID");
    assertThat(e.problem())
        .contains("FIC0001 is used twice")
        .contains("line " + (Fixture.lineOf(XML, "<UniqueID>FIC0001") - 3));
  }

  @Test
  void missingIndividualEntityShip() {
    ListFormatException e =
        SAMPLE.failure(XML.replace("    <IndividualEntityShip>Ship</IndividualEntityShip>\n", ""));
    assertThat(e.field()).isEqualTo("Designation/IndividualEntityShip");
    assertThat(e.problem()).contains("FIC0003 has no IndividualEntityShip");
  }

  @Test
  void unknownIndividualEntityShip() {
    String from = "<IndividualEntityShip>Ship</IndividualEntityShip>";
    ListFormatException e =
        SAMPLE.failure(XML.replace(from, "<IndividualEntityShip>Aircraft</IndividualEntityShip>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, from));
    assertThat(e.field()).isEqualTo("Designation/IndividualEntityShip");
    assertThat(e.problem()).contains("unknown IndividualEntityShip 'Aircraft'");
  }

  @Test
  void unknownNameType() {
    String from = "<Name6>The Example Lady</Name6>\n        <NameType>Alias</NameType>";
    ListFormatException e =
        SAMPLE.failure(
            XML.replace(
                from, "<Name6>The Example Lady</Name6>\n        <NameType>Nickname</NameType>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, from) + 1);
    assertThat(e.field()).isEqualTo("Designation/Names/Name/NameType");
    assertThat(e.problem()).contains("unknown NameType 'Nickname'");
  }

  @Test
  void nameWithoutNameType() {
    String from = "<Name6>EXAMPLE STAR I</Name6>\n        <NameType>Alias</NameType>";
    ListFormatException e = SAMPLE.failure(XML.replace(from, "<Name6>EXAMPLE STAR I</Name6>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, from) - 1); // <Name>
    assertThat(e.field()).isEqualTo("Designation/Names/Name/NameType");
    assertThat(e.problem()).contains("without a NameType");
  }

  @Test
  void designationWithoutPrimaryName() {
    String broken =
        XML.replace(
            "<Name6>EXAMPLE STAR</Name6>\n        <NameType>Primary Name</NameType>",
            "<Name6>EXAMPLE STAR</Name6>\n        <NameType>Alias</NameType>");
    ListFormatException e = SAMPLE.failure(broken);
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, "<UniqueID>FIC0003") - 3);
    assertThat(e.field()).isEqualTo("Designation/Names");
    assertThat(e.problem()).contains("FIC0003 has no primary name");
  }

  @Test
  void malformedDateDesignated() {
    String from = "<DateDesignated>11/03/2010</DateDesignated>";
    ListFormatException e =
        SAMPLE.failure(XML.replace(from, "<DateDesignated>2010-03-11</DateDesignated>"));
    assertThat(e.line()).isEqualTo(Fixture.lineOf(XML, from));
    assertThat(e.field()).isEqualTo("Designation/DateDesignated");
    assertThat(e.problem()).contains("'2010-03-11' is not a calendar date DD/MM/YYYY");
  }

  @Test
  void missingDateGenerated() {
    ListFormatException e =
        SAMPLE.failure(XML.replace("  <DateGenerated>02/03/2026</DateGenerated>\n", ""));
    assertThat(e.field()).isEqualTo("Designations/DateGenerated");
    assertThat(e.problem()).contains("DateGenerated is missing");
  }

  @Test
  void malformedDateGenerated() {
    ListFormatException e =
        SAMPLE.failure(
            XML.replace(
                "<DateGenerated>02/03/2026</DateGenerated>",
                "<DateGenerated>31/02/2026</DateGenerated>"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("Designations/DateGenerated");
    assertThat(e.problem()).contains("'31/02/2026' is not a calendar date");
  }

  @Test
  void noDesignations() {
    String stub =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Designations>\n"
            + "  <DateGenerated>02/03/2026</DateGenerated>\n</Designations>\n";
    ListFormatException e = SAMPLE.failure(stub);
    assertThat(e.problem()).contains("no designations");
  }

  @Test
  void unexpectedElementAtListLevel() {
    String xml = XML.replace("  <DateGenerated>", "  <Notice>moved</Notice>\n  <DateGenerated>");
    ListFormatException e = SAMPLE.failure(xml);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("Designations/Notice");
    assertThat(e.problem()).contains("expected DateGenerated or Designation");
  }

  @Test
  void emptyInput() {
    ListFormatException e = SAMPLE.failure("");
    assertThat(e.location()).isEqualTo(SAMPLE.name());
    assertThat(e.problem()).contains("malformed XML");
  }
}
