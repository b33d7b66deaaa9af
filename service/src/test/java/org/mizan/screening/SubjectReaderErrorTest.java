package org.mizan.screening;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.mizan.model.Subject;

/**
 * Every kind of bad input gives an {@link InputFormatException} with the line where the row starts
 * and the field, and never the screened name (the names here all contain "Karim").
 */
class SubjectReaderErrorTest {
  private static final String NAME = "Karim";

  @Test
  void rendersOneLineWithFileLineFieldAndProblem() {
    InputFormatException e =
        failure(() -> Inputs.read("id,name,dob\nA,Karim Haddad,19x1\n", InputFormat.CSV));

    assertThat(e)
        .hasMessage("people.csv:2: dob: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(e.location()).isEqualTo("people.csv");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("dob");
    assertThat(e.problem()).isEqualTo("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(e).hasNoCause();
  }

  /**
   * Regression: a date of birth in the future was refused by {@code --dob} but accepted in batch
   * input, where it lowered the true match of "Saddam Hussein" below the reporting floor.
   */
  @Test
  void aDateOfBirthInTheFutureIsRefusedAsOnTheCommandLine() {
    assertThat(failure(() -> Inputs.read("id,name,dob\nA,Karim Haddad,2099\n", InputFormat.CSV)))
        .hasMessage("people.csv:2: dob: a date of birth in the future (2099)");
    assertError(
        failure(
            () ->
                Inputs.read(
                    "{\"name\":\"Karim\"}\n{\"name\":\"Karim\",\"dob\":\"2099-01-01\"}\n",
                    InputFormat.JSONL)),
        2,
        "dob");
  }

  /** A breaker's finds: inputs joined, UTF-16 read as UTF-8, a line of hundreds of megabytes. */
  @Test
  void aRepeatedHeaderAWideEncodingAndAnEndlessLineAreSaid() {
    // Two exports joined: the second header row was screened as a person named "name".
    assertThat(
            failure(
                () ->
                    Inputs.read(
                        "\uFEFFname,dob\nKarim Haddad,1971\nName, DOB\nKarim Ali,1980\n",
                        InputFormat.CSV)))
        .hasMessage(
            "people.csv:3: the row repeats the header row (files joined?): remove it, or screen"
                + " each file");
    // UTF-16 without a byte-order mark, read as UTF-8: a NUL before every letter.
    assertThat(
            failure(
                () ->
                    Inputs.read(
                        "\u0000n\u0000a\u0000m\u0000e\n\u0000K\u0000a\u0000r\u0000i\u0000m\n",
                        InputFormat.CSV)))
        .hasMessageEndingWith(
            "; it holds NUL characters, as UTF-16 text read as another encoding does: give"
                + " --encoding UTF-16LE or UTF-16BE");
    // A JSON line longer than any row needs is refused before it is read whole.
    String endless = "{\"name\":\"Karim\"" + " ".repeat(JsonLinesRows.MAX_LINE_CHARS) + "}\n";
    assertThat(failure(() -> Inputs.read("{\"name\":\"Karim\"}\n" + endless, InputFormat.JSONL)))
        .hasMessage(
            "people.jsonl:2: a line longer than "
                + JsonLinesRows.MAX_LINE_CHARS
                + " characters (no row needs one)");
    // A CR LF split between two chunks of reading (8,192 characters) ends one line, not two.
    String first = "{\"name\":\"Karim\"}";
    String padded = first + " ".repeat(8191 - first.length()) + "\r\n{\"name\": 5}\n";
    JsonLinesRows rows = new JsonLinesRows(new java.io.StringReader(padded), "people.jsonl");
    assertThat(rows.advance()).isTrue();
    assertThat(rows.advance()).isTrue();
    assertThat(failure(rows::row).line()).isEqualTo(2);
    assertThat(rows.advance()).isFalse();
    // Lines ended by CR LF or CR alone, as readLine reads them.
    assertThat(Inputs.read("{\"name\":\"Karim\"}\r\n\r{\"name\":\"Ali\"}\r", InputFormat.JSONL))
        .extracting(Subject::name)
        .containsExactly("Karim", "Ali");
  }

  @Test
  void csvWithoutHeaderRow() {
    InputFormatException e = failure(() -> Inputs.read("S-1,Karim Haddad,1971\n", InputFormat.CSV));

    assertError(e, 1, "");
    assertThat(e.problem()).contains("no 'name' or 'full_name' column");
  }

  @Test
  void csvHeaderWithoutNameColumn() {
    assertError(failure(() -> Inputs.read("\nid,dob\nA,1971\n", InputFormat.CSV)), 2, "");
  }

  @Test
  void csvHeaderNamingAColumnTwice() {
    InputFormatException e =
        failure(() -> Inputs.read("id,name,Full_Name\nA,Karim,Karim\n", InputFormat.CSV));

    assertError(e, 1, "Full_Name");
    assertThat(e.problem()).contains("'name'");
  }

  @Test
  void invalidDobNamesTheColumnAsWrittenAndTheLineWhereTheRowStarts() {
    String csv =
        "id,full_name,date_of_birth\n"
            + "A,\"Karim\nHaddad\",1970\n"
            + "B,Karim Haddad,1971-02-30\n";

    InputFormatException e = failure(() -> Inputs.read(csv, InputFormat.CSV));

    assertError(e, 4, "date_of_birth");
    assertThat(e.problem())
        .isEqualTo(
            "not a calendar date: the day must be one of its month's (01 to 28, 29, 30 or 31)");
  }

  @Test
  void invalidGender() {
    InputFormatException e =
        failure(() -> Inputs.read("name,gender\nKarim Haddad,maybe\n", InputFormat.CSV));

    assertError(e, 2, "gender");
    assertThat(e)
        .hasMessage("people.csv:2: gender: not male, female, m, f (or unknown, u, other, x)");
  }

  @Test
  void invalidKind() {
    InputFormatException e =
        failure(() -> Inputs.read("name,kind\nKarim Haddad,ship\n", InputFormat.CSV));

    assertError(e, 2, "kind");
    assertThat(e.problem()).startsWith("not person").doesNotContain("ship");
  }

  @Test
  void blankOrMissingName() {
    assertError(
        failure(() -> Inputs.read("id,full_name\nA,Karim\nB,   \n", InputFormat.CSV)),
        3,
        "full_name");
    assertError(failure(() -> Inputs.read("id,dob,name\nA,1971\n", InputFormat.CSV)), 2, "name");
    assertError(
        failure(() -> Inputs.read("{\"id\":\"A\",\"dob\":1971}\n", InputFormat.JSONL)), 1, "name");
  }

  /** As on the command line: a name with no letter or digit, or a lone surrogate, is refused. */
  @Test
  void nameWithoutLettersOrWithALoneSurrogate() {
    InputFormatException none =
        failure(() -> Inputs.read("id,name\nA,Karim\nB,!!!\n", InputFormat.CSV));
    assertError(none, 3, "name");
    assertThat(none.problem()).contains("no letters or digits");
    InputFormatException surrogate =
        failure(
            () ->
                Inputs.read(
                    "{\"name\":\"Karim\"}\n{\"name\":\"Karim \\ud800 Haddad\"}\n",
                    InputFormat.JSONL));
    assertError(surrogate, 2, "name");
    assertThat(surrogate.problem()).contains("lone surrogate");
  }

  @Test
  void unclosedQuoteAtEndOfFileNamesTheRowWhereItOpens() {
    String csv = "id,name\nA,Karim Haddad\nB,\"Karim Haddad\nC,Karim\n";

    List<Subject> before = new ArrayList<>();
    InputFormatException e = failure(() -> readInto(csv, before));

    assertError(e, 3, "");
    assertThat(e.problem()).contains("not closed");
    assertThat(before).extracting(Subject::id).containsExactly("A");
  }

  @Test
  void unclosedQuoteInTheFirstCellOfARow() {
    assertError(
        failure(() -> Inputs.read("id,name\nA,Karim\n\"B,Karim Haddad\n", InputFormat.CSV)), 3, "");
  }

  @Test
  void textAfterAClosingQuote() {
    InputFormatException e =
        failure(() -> Inputs.read("id,name\nA,\"Karim\"Haddad\n", InputFormat.CSV));

    assertError(e, 2, "");
    assertThat(e.problem()).contains("line 2, column");
  }

  @Test
  void jsonLineThatIsNotAnObject() {
    assertError(
        failure(() -> Inputs.read("{\"name\":\"Karim\"}\n[\"Karim\"]\n", InputFormat.JSONL)),
        2,
        "");
  }

  @Test
  void jsonLineWithBadSyntax() {
    InputFormatException e =
        failure(
            () -> Inputs.read("\n{\"name\": \"Karim Haddad\", dob: Karim}\n", InputFormat.JSONL));

    assertError(e, 2, "");
    assertThat(e.problem()).startsWith("invalid JSON at column");
    assertError(failure(() -> Inputs.read("{\"name\": Karim}\n", InputFormat.JSONL)), 1, "");
  }

  /**
   * A breaker's finds: beyond the reader's limits, the message said "invalid JSON at column 0" and
   * "malformed CSV at line 0, column 0", neither what nor where.
   */
  @Test
  void valuesBeyondTheReadersLimitsSayWhichLimit() {
    InputFormatException deep =
        failure(
            () ->
                Inputs.read(
                    "{\"name\":\"Karim\"}\n{\"x\":" + "[".repeat(1500) + "}\n", InputFormat.JSONL));
    assertError(deep, 2, "");
    assertThat(deep.problem()).isEqualTo("nested deeper than 1000 levels (no row needs nesting)");
    String longValue = "x".repeat(20_000_001);
    InputFormatException longCsv =
        failure(
            () -> Inputs.read("id,name,comments\n1,Karim," + longValue + "\n", InputFormat.CSV));
    assertError(longCsv, 2, "");
    assertThat(longCsv.problem())
        .isEqualTo("a value longer than 20000000 characters (no name or field is that long)");
  }

  @Test
  void jsonObjectNotClosedOnItsLine() {
    InputFormatException e =
        failure(
            () -> Inputs.read("{\"name\": \"Karim Haddad\",\n\"dob\": 1971}\n", InputFormat.JSONL));

    assertError(e, 1, "");
    assertThat(e.problem()).contains("not closed");
  }

  @Test
  void twoJsonValuesOnOneLine() {
    assertError(
        failure(
            () -> Inputs.read("{\"name\":\"Karim\"} {\"name\":\"Karim\"}\n", InputFormat.JSONL)),
        1,
        "");
  }

  @Test
  void jsonValueOfTheWrongType() {
    InputFormatException e =
        failure(() -> Inputs.read("{\"name\":[\"Karim\"]}\n", InputFormat.JSONL));
    assertError(e, 1, "name");
    assertThat(e.problem()).isEqualTo("expected a string, found an array");

    e = failure(() -> Inputs.read("{\"name\":\"Karim\",\"DOB\":1971.5}\n", InputFormat.JSONL));
    assertError(e, 1, "DOB");
    assertThat(e.problem()).isEqualTo("expected a string or a whole number, found a number");

    assertError(
        failure(() -> Inputs.read("{\"name\":\"Karim\",\"gender\":true}\n", InputFormat.JSONL)),
        1,
        "gender");
  }

  @Test
  void jsonKeyGivenTwice() {
    assertError(
        failure(
            () ->
                Inputs.read(
                    "{\"name\":\"Karim\",\"full_name\":\"Karim Haddad\"}\n", InputFormat.JSONL)),
        1,
        "full_name");
  }

  @Test
  void jsonInvalidValuesCountLinesWithBlanks() {
    String jsonl = "\n{\"name\":\"Karim\"}\n\n\n{\"name\":\"Karim\",\"dob\":\"71\"}\n";

    assertError(failure(() -> Inputs.read(jsonl, InputFormat.JSONL)), 5, "dob");
  }

  @Test
  void undecodableBytesGiveTheirLineAfterTheRowsBefore() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("id,name\n".getBytes(UTF_8));
    for (int i = 1; i <= 5000; i++) {
      bytes.writeBytes((i + ",Karim Haddad " + i + "\r\n").getBytes(UTF_8));
    }
    bytes.writeBytes("5001,Karim ".getBytes(UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes("\n".getBytes(UTF_8));

    List<Subject> before = new ArrayList<>();
    InputFormatException e = failure(() -> readInto(bytes.toByteArray(), before));

    assertError(e, 5002, "");
    assertThat(e.problem()).contains("not valid UTF-8");
    assertThat(before).hasSize(5000);
  }

  @Test
  void undecodableBytesInJsonLinesAndInOtherCharsets() {
    byte[] jsonl = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    assertError(
        failure(() -> Inputs.read(jsonl, InputFormat.JSONL, StandardCharsets.UTF_8)), 1, "");

    byte[] csv = {'n', 'a', 'm', 'e', '\n', 'K', (byte) 0xE9, '\n'};
    InputFormatException e =
        failure(() -> Inputs.read(csv, InputFormat.CSV, StandardCharsets.US_ASCII));
    assertError(e, 2, "");
    assertThat(e.problem()).contains("US-ASCII");
  }

  @Test
  void aBadRowLeavesTheReaderReadyForTheNext() {
    String csv = "name,dob\nKarim Haddad,1971\nKarim Haddad,19x1\nKarim Haddad,1972\n";
    try (SubjectReader reader =
        SubjectReader.open(
            new ByteArrayInputStream(csv.getBytes(UTF_8)), "people.csv", InputFormat.CSV, UTF_8)) {
      assertThat(reader.next().id()).isEqualTo("row-1");
      assertError(failure(reader::next), 3, "dob");
      assertThat(reader.next().id()).isEqualTo("row-3");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void aBrokenInputStaysBroken() {
    byte[] csv = {'n', 'a', 'm', 'e', '\n', 'A', ' ', 'B', '\n', (byte) 0xFF, '\n', 'C', '\n'};
    try (SubjectReader reader =
        SubjectReader.open(new ByteArrayInputStream(csv), "people.csv", InputFormat.CSV, UTF_8)) {
      // Finding where row 1 ends may read into line 3, so the error can come before row 1.
      InputFormatException first = failure(() -> reader.forEachRemaining(subject -> {}));
      assertError(first, 3, "");
      assertThatThrownBy(reader::hasNext).isSameAs(first);
      assertThatThrownBy(reader::next).isSameAs(first);
    }
  }

  private static void readInto(String csv, List<Subject> into) {
    readInto(csv.getBytes(UTF_8), into);
  }

  private static void readInto(byte[] csv, List<Subject> into) {
    try (SubjectReader reader =
        SubjectReader.open(new ByteArrayInputStream(csv), "people.csv", InputFormat.CSV, UTF_8)) {
      reader.forEachRemaining(into::add);
    }
  }

  private static InputFormatException failure(ThrowingCallable call) {
    InputFormatException e = catchThrowableOfType(InputFormatException.class, call);
    assertThat(e).as("an InputFormatException").isNotNull();
    return e;
  }

  private static void assertError(InputFormatException e, long line, String field) {
    assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
    assertThat(e.field()).as("field of: %s", e.getMessage()).isEqualTo(field);
    assertThat(e.getMessage()).doesNotContain(NAME);
  }

  @Test
  void aSecondByteOrderMarkInTheHeaderIsSaid() {
    // A breaker's find: the second mark made the header's first cell \uFEFFid, an unknown column
    // left out without a word, and every row lost its id.
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rows = "id,name\nA-1,Zaid al-Fictioni\n".getBytes(UTF_8);
    byte[] twice = new byte[2 * bom.length + rows.length];
    System.arraycopy(bom, 0, twice, 0, 3);
    System.arraycopy(bom, 0, twice, 3, 3);
    System.arraycopy(rows, 0, twice, 6, rows.length);
    InputFormatException e = failure(() -> readInto(twice, new ArrayList<>()));
    assertThat(e.getMessage())
        .isEqualTo(
            "people.csv:1: column 1 of the header row holds a byte-order mark (U+FEFF, invisible;"
                + " the file starts with two?): remove it");
    // Nor any other invisible character or a no-break space in a column's name (a re-breaker's
    // find: the ids and dates of birth were lost without a word).
    for (String header :
        List.of(
            "id\u200b,name,dob", "id,name,dob\u00a0", "id,name\u2060,dob", "id,name,dob\u0001")) {
      InputFormatException hidden =
          failure(() -> readInto(header + "\nA-1,Zaid al-Fictioni,1970\n", new ArrayList<>()));
      assertThat(hidden.getMessage())
          .as(header)
          .matches(
              "people\\.csv:1: column [123] of the header row names '(id|dob|name)' with an invisible"
                  + " character or a no-break space in it: remove it");
    }
    // So for a key of JSON Lines, the API's bodies' too (a re-breaker's find).
    for (String key : List.of("dob\\u00a0", "id\\u200b", "name\\u2060", "dob\\u0001")) {
      InputFormatException hidden =
          failure(
              () ->
                  Inputs.read(
                      "{\"name\":\"Zaid al-Fictioni\",\"" + key + "\":\"1970\"}\n",
                      InputFormat.JSONL));
      assertThat(hidden.problem())
          .as(key)
          .matches(
              "the key '(dob|id|name)' has an invisible character or a no-break space in it:"
                  + " remove it");
    }
    // One is read as none.
    List<Subject> once = new ArrayList<>();
    readInto(Arrays.copyOfRange(twice, 3, twice.length), once);
    assertThat(once).extracting(Subject::id).containsExactly("A-1");
  }

  /** Regression: an unquoted comma shifted a name into the nationality column, silently. */
  @Test
  void aRowLongerThanTheHeaderIsAnError() {
    InputFormatException e =
        failure(() -> Inputs.read("id,name,nationality\n1,Haddad, Karim,IQ\n", InputFormat.CSV));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("4 fields but the header 3").doesNotContain("Karim");
  }

  @Test
  void anUnknownNationalityIsAnError() {
    InputFormatException e =
        failure(() -> Inputs.read("name,nationality\nKarim Haddad,Atlantis\n", InputFormat.CSV));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("nationality");
    assertThat(e.problem()).doesNotContain("Atlantis");
  }
}
