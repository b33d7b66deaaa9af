package org.mizan.lists.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.lists.csv.CsvListParserTest.SAMPLE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ListReader;

/**
 * Broken and foreign inputs: each must give a {@link ListFormatException} naming the line, column
 * and column name, never a partial list, and never the text of a cell (it may be personal data).
 */
class CsvListParserErrorTest {
  private static final String HEADER = "id,name,kind,dob,gender,listed_on\n";

  @Test
  void truncatedInsideAQuotedValue() {
    String csv = SAMPLE.text();
    String cut = csv.substring(0, csv.indexOf("Second line"));
    ListFormatException e = SAMPLE.failure(cut);
    assertThat(e.location()).isEqualTo(SAMPLE.name());
    assertThat(e.problem()).contains("not closed by the end of the file").contains("truncated");
    // At the opening quote of the value cut off, on line 2.
    int quote = csv.indexOf("\"Invented person");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(quote - csv.lastIndexOf('\n', quote));
  }

  @Test
  void aQuoteNeverClosedInALargeListNamesWhereItOpens() {
    // A breaker's find: past Jackson's limit of 20,000,000 characters a value gave "malformed
    // CSV" alone, with no place.
    StringBuilder csv = new StringBuilder("id,name\nP-1,Alpha Fictitious\nP-2,\"Beta");
    String row = "\nP-3,Gamma Fictitious";
    while (csv.length() < 20_100_000) {
      csv.append(row);
    }
    ListFormatException e = SAMPLE.failure(csv.toString());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.problem())
        .isEqualTo(
            "a value longer than 20000000 characters starts here (no name or field is that long:"
                + " is a quote never closed?)");
  }

  @Test
  void invalidUtf8ByteNamesItsExactPosition() {
    String csv = SAMPLE.text();
    int at = csv.indexOf("Fictitia") + "Fic".length();
    byte[] bytes = SAMPLE.bytes();
    bytes[csv.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
    ListFormatException e = SAMPLE.failure(bytes);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(at - csv.lastIndexOf('\n', at));
    assertThat(e.problem()).contains("invalid UTF-8").contains("0xFF");
  }

  @Test
  void windows1252InsteadOfUtf8() {
    byte[] latin1 = "id,name\nJ-1,Jos\u00e9 Example\n".getBytes(StandardCharsets.ISO_8859_1);
    ListFormatException e = SAMPLE.failure(latin1);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.problem()).contains("invalid UTF-8").contains("0xE9");
  }

  @Test
  void htmlErrorPageIsNoListFormat() {
    String html = "<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>\n";
    ListFormatException e =
        Fixture.failure(
            () ->
                ListReader.read(
                    new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "list.csv"));
    assertThat(e.problem())
        .isEqualTo(
            "an HTML page (such as a web server's error page), not a list: check the address or"
                + " file");
  }

  @Test
  void htmlErrorPageHasNoListHeader() {
    ListFormatException e =
        SAMPLE.failure("<!DOCTYPE html>\n<html><body>Not found</body></html>\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.problem()).contains("the header row has no 'id' column");
  }

  @Test
  void missingRequiredColumnNamesTheColumnsFound() {
    ListFormatException e = SAMPLE.failure("id,nmae,dob\nJ-1,Jane Example,1970\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("name");
    assertThat(e.problem()).contains("no 'name' column").contains("columns found: id, nmae, dob");
  }

  @Test
  void misspeltRequiredColumnIsReportedThroughListReader() {
    byte[] csv = "id,nmae,dob\nJ-1,Jane Example,1970\n".getBytes(StandardCharsets.UTF_8);
    ListFormatException e =
        Fixture.failure(() -> ListReader.read(new ByteArrayInputStream(csv), "national.csv"));
    assertThat(e.location()).isEqualTo("national.csv");
    assertThat(e.problem()).contains("no 'name' column").contains("columns found: id, nmae, dob");
  }

  @Test
  void unknownColumnIsRefused() {
    ListFormatException e = SAMPLE.failure("id,name,nationalty\nJ-1,Jane Example,Ruritania\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.field()).isEqualTo("nationalty");
    assertThat(e.problem())
        .contains("unknown column 'nationalty'")
        .contains("nationality")
        .contains("x_");
  }

  @Test
  void columnNamedTwice() {
    ListFormatException e = SAMPLE.failure("id,name,Name\nJ-1,Jane,Jane\n");
    assertThat(e.field()).isEqualTo("name");
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.problem()).contains("twice").contains("columns 2 and 3");
  }

  @Test
  void headerCellWithoutName() {
    ListFormatException e = SAMPLE.failure("id,name,\nJ-1,Jane Example,\n");
    assertThat(e.problem()).contains("column 3 of the header row has no name");
  }

  @Test
  void blankNameNamesLineAndColumn() {
    ListFormatException e = SAMPLE.failure(HEADER + "J-1,Jane Example,,,,\nJ-2,  ,person,,,\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.field()).isEqualTo("name");
    assertThat(e.problem()).contains("the name is blank");
  }

  @Test
  void aNameWithoutLettersOrDigitsCouldMatchNothing() {
    for (String name :
        new String[] {
          "\u200b", "\u202e\u200b", "- . -", "\u2605", "\u0640\u0640", "\u3164", "\ud83c\udd70"
        }) {
      ListFormatException e =
          SAMPLE.failure(HEADER + "J-1,Jane Example,,,,\nJ-2," + name + ",,,,\n");
      assertThat(e.line()).as(name).isEqualTo(3);
      assertThat(e.column()).isEqualTo(5);
      assertThat(e.field()).isEqualTo("name");
      assertThat(e.problem()).startsWith("the name has no letters or digits");
    }
    // Letters in compatibility forms are letters, as screening reads them; so are digits.
    assertThat(
            SAMPLE
                .parse(
                    HEADER
                        + "J-1,\u24b6\u24db\u24d8,,,,\nJ-2,007,,,,\nJ-3,\ud83c\udd50\ud83c\udd51,,,,\n")
                .entries())
        .hasSize(3);
  }

  @Test
  void blankId() {
    ListFormatException e = SAMPLE.failure(HEADER + ",Jane Example,,,,\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.problem()).contains("the id is blank");
  }

  @Test
  void duplicateIdNamesBothLines() {
    ListFormatException e =
        SAMPLE.failure(
            HEADER + "J-1,Jane Example,,,,\nJ-2,John Example,,,,\n\nJ-1,Jim Example,,,,\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.problem()).contains("id J-1 is used twice (first at line 2)");
  }

  @Test
  void unknownKind() {
    ListFormatException e = SAMPLE.failure(HEADER + "J-1,Jane Example,persn,,,\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(18);
    assertThat(e.field()).isEqualTo("kind");
    assertThat(e.problem()).contains("unknown kind").doesNotContain("persn");
  }

  @Test
  void unknownGender() {
    ListFormatException e = SAMPLE.failure(HEADER + "J-1,Jane Example,,,woman,\n");
    assertThat(e.field()).isEqualTo("gender");
    assertThat(e.problem()).contains("expected male, female, m, f or empty");
  }

  @Test
  void badDateOfBirthNamesWhichOne() {
    ListFormatException e = SAMPLE.failure(HEADER + "J-1,Jane Example,,1970;12/07/1971,,\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.field()).isEqualTo("dob");
    assertThat(e.problem())
        .contains("date of birth 2 of 2")
        .contains("YYYY, YYYY-MM or YYYY-MM-DD")
        .doesNotContain("1971");
  }

  @Test
  void impossibleDateOfBirth() {
    ListFormatException e = SAMPLE.failure(HEADER + "J-1,Jane Example,,1970-02-30,,\n");
    assertThat(e.field()).isEqualTo("dob");
    assertThat(e.problem()).contains("not a calendar date");
  }

  @Test
  void badListedOn() {
    ListFormatException e = SAMPLE.failure(HEADER + "J-1,Jane Example,,,,03/11/2025\n");
    assertThat(e.field()).isEqualTo("listed_on");
    assertThat(e.problem()).contains("YYYY-MM-DD");
  }

  @Test
  void rowWithMoreFieldsThanTheHeader() {
    ListFormatException e = SAMPLE.failure("id,name\nJ-1,Example, Jane\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.problem())
        .contains("3 fields but the header 2")
        .contains("double quotes")
        .doesNotContain("Jane");
  }

  @Test
  void textAfterAClosingQuote() {
    ListFormatException e = SAMPLE.failure("id,name\nJ-1,\"Jane\" Example\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("quote").doesNotContain("Jane");
  }

  @Test
  void headerOnly() {
    ListFormatException e = SAMPLE.failure("id,name,dob\n");
    assertThat(e.problem()).contains("no entries");
  }

  @Test
  void emptyFile() {
    ListFormatException e = SAMPLE.failure("");
    assertThat(e.location()).isEqualTo(SAMPLE.name());
    assertThat(e.problem()).contains("the file is empty");
  }
}
