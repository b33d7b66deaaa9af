package org.mizan.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.lists.eu.EuFsfParserTest.FIXTURE;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;

/**
 * Broken and foreign inputs: each must give a {@link ListFormatException} naming the line and the
 * element or attribute, never a partial list. (The XML hardening itself, DOCTYPE and entities, is
 * shared with the UN parser and tested there.)
 */
class EuFsfParserErrorTest {
  private final String xml = FIXTURE.text();

  @Test
  void truncatedFile() {
    String cut = xml.substring(0, xml.indexOf("<subjectType code=\"enterprise\""));
    ListFormatException e = FIXTURE.failure(cut);
    assertThat(e.location()).isEqualTo(FIXTURE.name());
    assertThat(e.line()).isEqualTo(Fixture.lineCount(cut));
    assertThat(e.field()).isEqualTo("sanctionEntity");
    assertThat(e.problem()).contains("truncated");
  }

  @Test
  void invalidUtf8InsideArabicText() {
    byte[] bytes = FIXTURE.bytes();
    int at = xml.substring(0, xml.indexOf("عبد الرحمن")).getBytes(StandardCharsets.UTF_8).length;
    bytes[at + 1] = (byte) 'A'; // the second byte of a two-byte sequence made ASCII
    ListFormatException e = FIXTURE.failure(bytes);
    assertThat(e.line()).isEqualTo(lineOf("عبد الرحمن"));
    assertThat(e.problem()).contains("invalid UTF-8");
  }

  @Test
  void htmlErrorPage() {
    ListFormatException e =
        FIXTURE.failure("<!DOCTYPE html>\n<html><body><h1>403 Forbidden</h1></body></html>\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("DOCTYPE html refused").contains("HTML page");
  }

  @Test
  void anotherNamespace() {
    ListFormatException e =
        FIXTURE.failure(xml.replace("http://eu.europa.ec/fpi/fsd/export", "urn:example:export"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("export");
    assertThat(e.problem())
        .isEqualTo(
            "the root element is in namespace 'urn:example:export', expected"
                + " http://eu.europa.ec/fpi/fsd/export: this is not the EU Financial Sanctions File"
                + " XML");
  }

  @Test
  void missingGenerationDate() {
    ListFormatException e =
        FIXTURE.failure(xml.replace(" generationDate=\"2026-03-02T20:31:05.146+01:00\"", ""));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("export/@generationDate");
    assertThat(e.problem()).isEqualTo("the generationDate attribute is missing");
  }

  @Test
  void missingLogicalId() {
    ListFormatException e = FIXTURE.failure(xml.replace(" logicalId=\"90003\"", ""));
    assertThat(e.line()).isEqualTo(lineOf("logicalId=\"90003\""));
    assertThat(e.field()).isEqualTo("sanctionEntity/@logicalId");
    assertThat(e.problem()).isEqualTo("the entry has no logicalId");
  }

  @Test
  void duplicateLogicalId() {
    ListFormatException e =
        FIXTURE.failure(xml.replace("logicalId=\"90003\"", "logicalId=\"90001\""));
    assertThat(e.line()).isEqualTo(lineOf("logicalId=\"90003\""));
    assertThat(e.field()).isEqualTo("sanctionEntity/@logicalId");
    assertThat(e.problem())
        .isEqualTo(
            "logicalId 90001 is used twice (first at line " + lineOf("logicalId=\"90001\"") + ")");
  }

  @Test
  void missingSubjectType() {
    ListFormatException e =
        FIXTURE.failure(
            xml.replaceFirst("<subjectType code=\"enterprise\" classificationCode=\"E\"/>", ""));
    assertThat(e.line()).isEqualTo(lineOf("logicalId=\"90004\""));
    assertThat(e.field()).isEqualTo("sanctionEntity/subjectType");
    assertThat(e.problem()).isEqualTo("entry 90004 has no subjectType");
  }

  @Test
  void entryWithoutAnyName() {
    String broken =
        xml.replaceAll("wholeName=\"[^\"]*Benevolence[^\"]*\"", "wholeName=\"\"")
            .replaceAll("<nameAlias [^>]*logicalId=\"90024[2-5]\"/>", "");
    ListFormatException e = FIXTURE.failure(broken);
    assertThat(e.field()).isEqualTo("sanctionEntity/nameAlias");
    assertThat(e.problem()).isEqualTo("entry 90005 has no name");
  }

  /** The first occurrence of {@code original} replaced: an error at its line and attribute. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "code=\"enterprise\" | code=\"vessel\" | sanctionEntity/subjectType/@code"
            + " | unknown subject type 'vessel' (expected person or enterprise)",
        "birthdate=\"1960-04-10\" | birthdate=\"1960-04-31\" | sanctionEntity/birthdate/@birthdate"
            + " | '1960-04-31' is not a calendar date YYYY-MM-DD",
        "year=\"1971\" | year=\"19x1\" | sanctionEntity/birthdate/@year"
            + " | year '19x1' is not a whole number",
        "year=\"1971\" | year=\"1071\" | sanctionEntity/birthdate/@year"
            + " | '1071' is not a plausible year of birth (before 1800)",
        "designationDate=\"2011-10-05\" | designationDate=\"05/10/2011\""
            + " | sanctionEntity/@designationDate | '05/10/2011' is not a calendar date YYYY-MM-DD",
        "logicalId=\"90002\" | logicalId=\"9000-2\" | sanctionEntity/@logicalId"
            + " | logicalId '9000-2' is not a whole number"
      })
  void valueNotAllowed(String original, String replacement, String field, String problem) {
    FIXTURE.assertReplacementFails(original, replacement, field, problem);
  }

  @Test
  void yearRangeBackwards() {
    String broken =
        xml.replace(
            "zipCode=\"\" year=\"1971\"",
            "zipCode=\"\" yearRangeFrom=\"1972\" yearRangeTo=\"1969\"");
    ListFormatException e = FIXTURE.failure(broken);
    assertThat(e.field()).isEqualTo("sanctionEntity/birthdate/@yearRangeTo");
    assertThat(e.problem()).isEqualTo("yearRangeTo 1969 is before yearRangeFrom 1972");
  }

  @Test
  void noEntries() {
    String empty = xml.substring(0, xml.indexOf("    <sanctionEntity")) + "</export>\n";
    assertThat(FIXTURE.failure(empty).problem()).isEqualTo("the list has no entries");
  }

  @Test
  void unexpectedElementAtListLevel() {
    String broken = xml.replaceFirst("    <sanctionEntity", "    <vessel/>\n    <sanctionEntity");
    ListFormatException e = FIXTURE.failure(broken);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("export/vessel");
  }

  private int lineOf(String needle) {
    return Fixture.lineOf(xml, needle);
  }
}
