package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.lists.ofac.OfacXmlParserTest.EXCERPT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;

/**
 * Broken and foreign inputs: each must give a {@link ListFormatException} naming the line and the
 * element, never a partial list. (The XML hardening itself, DOCTYPE and entities, is shared with
 * the UN parser and tested there.)
 */
class OfacXmlParserErrorTest {
  private final String xml = EXCERPT.text();

  @Test
  void truncatedFile() {
    String cut = xml.substring(0, xml.indexOf("BANK OF KUNLUN") + 7);
    ListFormatException e = EXCERPT.failure(cut);
    assertThat(e.location()).isEqualTo(EXCERPT.name());
    assertThat(e.line()).isEqualTo(Fixture.lineCount(cut));
    assertThat(e.field()).isEqualTo("sdnEntry/lastName");
    assertThat(e.problem()).contains("truncated");
  }

  @Test
  void invalidUtf8ByteNamesItsPosition() {
    byte[] bytes = EXCERPT.bytes();
    int at = xml.indexOf("<lastName>ZAHHAR") + "<lastName>ZA".length();
    bytes[at] = (byte) 0xC3; // a lead byte followed by ASCII
    ListFormatException e = EXCERPT.failure(bytes);
    assertThat(e.line()).isEqualTo(lineOf("<lastName>ZAHHAR"));
    assertThat(e.field()).isEqualTo("sdnEntry/lastName");
    assertThat(e.problem()).contains("invalid UTF-8").contains("0xC3");
  }

  @Test
  void htmlErrorPage() {
    ListFormatException e =
        EXCERPT.failure(
            "<!DOCTYPE html>\n<html><body><h1>503 Service Unavailable</h1></body></html>\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("DOCTYPE html refused").contains("HTML page");
    // A name not quoted (not ASCII): no empty name in the message (a breaker's find).
    ListFormatException arabicName = EXCERPT.failure("<!DOCTYPE قائمة>\n<sdnList/>\n");
    assertThat(arabicName.problem()).startsWith("a DOCTYPE refused: ");
  }

  @Test
  void anotherXmlList() {
    ListFormatException e =
        EXCERPT.failure("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"x\"/>\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem())
        .isEqualTo(
            "the root element is <CONSOLIDATED_LIST>, expected <sdnList>: this is not the OFAC"
                + " sdnList XML (SDN.XML, CONSOLIDATED.XML)");
  }

  @Test
  void missingUid() {
    ListFormatException e = EXCERPT.failure(xml.replace("<uid>9641</uid>", ""));
    assertThat(e.line()).isEqualTo(lineOf("<uid>9641</uid>") - 1);
    assertThat(e.field()).isEqualTo("sdnEntry/uid");
    assertThat(e.problem()).isEqualTo("the entry has no uid");
  }

  /** The first occurrence of {@code original} replaced: an error at its line and element. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<uid>9641</uid> | <uid>96-41</uid> | sdnEntry/uid | uid '96-41' is not a whole number",
        "<sdnType>Entity</sdnType> | <sdnType>Organisation</sdnType> | sdnEntry/sdnType"
            + " | unknown sdnType 'Organisation' (expected Individual, Entity, Vessel or Aircraft)",
        "<category>weak</category> | <category>medium</category> | sdnEntry/akaList/aka/category"
            + " | unknown alias category 'medium' (expected strong or weak)",
        "<type>f.k.a.</type> | <type>formerly</type> | sdnEntry/akaList/aka/type"
            + " | unknown alias type 'formerly' (expected a.k.a., f.k.a. or n.k.a.)"
      })
  void valueNotAllowed(String original, String replacement, String field, String problem) {
    EXCERPT.assertReplacementFails(original, replacement, field, problem);
  }

  @Test
  void duplicateUid() {
    ListFormatException e = EXCERPT.failure(xml.replace("<uid>9641</uid>", "<uid>9639</uid>"));
    assertThat(e.line()).isEqualTo(lineOf("<uid>9641</uid>") - 1);
    assertThat(e.field()).isEqualTo("sdnEntry/uid");
    assertThat(e.problem())
        .isEqualTo(
            "uid 9639 is used twice (first at line " + (lineOf("<uid>9639</uid>") - 1) + ")");
  }

  @Test
  void missingLastName() {
    ListFormatException e = EXCERPT.failure(xml.replace("<lastName>AL-SHANTI</lastName>", ""));
    assertThat(e.field()).isEqualTo("sdnEntry/lastName");
    assertThat(e.problem()).isEqualTo("entry 9641 has no name");
  }

  @Test
  void publishDateInAnotherForm() {
    ListFormatException e =
        EXCERPT.failure(
            xml.replace(
                "<Publish_Date>01/08/2026</Publish_Date>",
                "<Publish_Date>2026-01-08</Publish_Date>"));
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.field()).isEqualTo("sdnList/publshInformation/Publish_Date");
    assertThat(e.problem()).isEqualTo("'2026-01-08' is not a date of the form MM/DD/YYYY");
  }

  @Test
  void impossiblePublishDate() {
    ListFormatException e =
        EXCERPT.failure(
            xml.replace(
                "<Publish_Date>01/08/2026</Publish_Date>",
                "<Publish_Date>02/30/2026</Publish_Date>"));
    assertThat(e.problem()).contains("'02/30/2026' is not a date");
  }

  @Test
  void missingPublishInformation() {
    String broken = xml.replaceFirst("(?s)<publshInformation>.*</publshInformation>", "");
    ListFormatException e = EXCERPT.failure(broken);
    assertThat(e.field()).isEqualTo("sdnList/publshInformation");
  }

  @Test
  void recordCountThatDoesNotMatch() {
    ListFormatException e =
        EXCERPT.failure(
            xml.replace("<Record_Count>10</Record_Count>", "<Record_Count>442</Record_Count>"));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.problem())
        .isEqualTo("the file says it holds 442 entries but holds 10: it is incomplete or corrupt");
  }

  @Test
  void noEntries() {
    String empty =
        xml.substring(0, xml.indexOf("  <sdnEntry>"))
                .replace("<Record_Count>10</Record_Count>", "<Record_Count>0</Record_Count>")
            + "</sdnList>";
    ListFormatException e = EXCERPT.failure(empty);
    assertThat(e.problem()).isEqualTo("the list has no entries");
  }

  @Test
  void unexpectedElementAtListLevel() {
    String broken = xml.replaceFirst("  <sdnEntry>", "  <vessel/>\r\n  <sdnEntry>");
    ListFormatException e = EXCERPT.failure(broken);
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.field()).isEqualTo("sdnList/vessel");
  }

  @Test
  void nestedElementWhereTextBelongs() {
    String broken =
        xml.replace("<lastName>HANIYA</lastName>", "<lastName><b>HANIYA</b></lastName>");
    ListFormatException e = EXCERPT.failure(broken);
    assertThat(e.field()).isEqualTo("sdnEntry/lastName");
    assertThat(e.problem()).contains("unexpected element <b>");
  }

  private int lineOf(String needle) {
    return Fixture.lineOf(xml, needle);
  }
}
