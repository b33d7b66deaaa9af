package org.mizan.lists.ftm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mizan.lists.ftm.FtmEntitiesParserTest.UN_ENTITIES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ListReader;

/** Each error names the file, line, column and JSON path, and no partial list is returned. */
class FtmEntitiesParserErrorTest {
  private static final String OK =
      "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"ALPHA FICTITIOUS\"]}}\n";

  private static ListFormatException error(byte[] bytes) {
    return Fixture.failure(
        () -> FtmEntitiesParser.parse(new ByteArrayInputStream(bytes), "bad.ftm.json"));
  }

  private static ListFormatException error(String text) {
    return error(text.getBytes(UTF_8));
  }

  @Test
  void emptyAndBlankFiles() {
    for (String text : new String[] {"", "\n \r\n\t\n", "\uFEFF"}) {
      ListFormatException e = error(text);
      assertThat(e.location()).isEqualTo("bad.ftm.json");
      assertThat(e.problem()).isEqualTo("the file is empty");
    }
  }

  @Test
  void aFileWithoutEntriesIsNoList() {
    ListFormatException e =
        error("{\"id\":\"x\",\"schema\":\"Address\",\"properties\":{\"full\":[\"Nowhere\"]}}\n");
    assertThat(e.problem()).startsWith("the list has no entries (no target entity of schema");
  }

  @Test
  void truncatedInsideAValue() {
    ListFormatException e =
        error(OK + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"BETA");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("properties/name/0");
    assertThat(e.problem())
        .isEqualTo(
            "unexpected end of file inside the entity that starts at line 2: the file is"
                + " truncated");
  }

  @Test
  void truncatedFixtureFailsWholly() {
    byte[] whole = UN_ENTITIES.bytes();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 40);
    ListFormatException e = error(cut);
    assertThat(e.line()).isEqualTo(16);
    assertThat(e.problem()).contains("the file is truncated");
  }

  @Test
  void htmlErrorPage() {
    ListFormatException e =
        error("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head></html>\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).startsWith("not JSON: the file starts with '<'");
  }

  @Test
  void invalidJsonNamesLineColumnAndPath() {
    ListFormatException e =
        error(OK + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"B\"] x}}\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(56);
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected character ('x'");
  }

  @Test
  void anErrorQuotesNoNameOfTheFile() {
    // A breaker's find: Jackson's message quoted the word it could not read, which may be a name.
    ListFormatException e = error(OK + "Osama Secretname,1957\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage())
        .startsWith("bad.ftm.json:2:1: malformed JSON: Unrecognized token '…': was expecting")
        .doesNotContain("Osama")
        .contains("'null', 'true' or 'false'");
    assertThat(e.getCause()).isNull();
    ListFormatException inArray =
        error(OK + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[Secretname]}}\n");
    assertThat(inArray.getMessage())
        .doesNotContain("Secretname")
        .contains("Unrecognized token '…'");
    // A re-breaker's finds: a word of one letter left the rest of the message mangled, and a key
    // the file wrote, which may be a name, was quoted, and named in the path.
    assertThat(error(OK + "X\n").problem())
        .isEqualTo(
            "malformed JSON: Unrecognized token '…': was expecting (JSON String, Number, Array,"
                + " Object or token 'null', 'true' or 'false')");
    String keyTwice =
        "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"Zawahiri Ayman\":[\"x\"],"
            + "\"Zawahiri Ayman\":[\"y\"]}}\n";
    ListFormatException twice = error(OK + keyTwice);
    assertThat(twice.getMessage()).doesNotContain("Zawahiri").contains("Duplicate field '…'");
    assertThat(twice.field()).isEqualTo("properties/…");
    ListFormatException notArray =
        error(
            OK
                + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"Zawahiri Ayman\":\"x\"}}\n");
    assertThat(notArray.getMessage())
        .isEqualTo("bad.ftm.json:2:60: properties/…: expected an array of values, found a string");
    // Nor a name of one word, capitalised as names are, nor Jackson's place of the input.
    ListFormatException oneWord =
        error(OK + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"Zawahiri\":5}}\n");
    assertThat(oneWord.getMessage()).doesNotContain("Zawahiri");
    assertThat(oneWord.field()).isEqualTo("properties/…");
    ListFormatException marker = error(OK + "{\"Kim_Jong_Un\":{\"x\":[1}}\n");
    assertThat(marker.getMessage()).doesNotContain("Kim").doesNotContain("Source");
    assertThat(marker.problem())
        .isEqualTo("malformed JSON: Unexpected close marker '}': expected ']'");
  }

  @Test
  void aValuePastTheReadersLimitIsPlacedWhereItStarts() {
    String start = "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"";
    String text = OK + start + "x".repeat(20_000_100) + "\"]}}\n";
    ListFormatException e = error(text);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(start.length());
    assertThat(e.problem()).startsWith("a value longer than 20000000 characters starts here");
  }

  @Test
  void aLineThatIsNoObject() {
    ListFormatException e = error(OK + "[" + OK.strip() + "]\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem())
        .isEqualTo("expected a JSON object (one FollowTheMoney entity per line), found an array");
  }

  @Test
  void twoEntitiesOnOneLine() {
    ListFormatException e = error(OK.strip() + OK);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(OK.strip().length() + 1);
    assertThat(e.problem()).startsWith("a second entity on the line");
  }

  @Test
  void missingIdAndSchema() {
    ListFormatException noId = error(OK + "{\"schema\":\"Person\",\"properties\":{}}\n");
    assertThat(noId.line()).isEqualTo(2);
    assertThat(noId.field()).isEqualTo("id");
    assertThat(noId.problem()).isEqualTo("the entity has no id");
    ListFormatException noSchema = error(OK + "\n{\"id\":\"b\",\"properties\":{}}\n");
    assertThat(noSchema.line()).isEqualTo(3);
    assertThat(noSchema.field()).isEqualTo("schema");
    assertThat(noSchema.problem()).isEqualTo("entity b has no schema");
  }

  @Test
  void aNestedEntityNeedsAnIdToo() {
    ListFormatException e =
        error(
            "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"],"
                + "\"sanctions\":[{\"schema\":\"Sanction\"}]}}\n");
    assertThat(e.field()).isEqualTo("properties/sanctions/0/id");
  }

  @Test
  void duplicateId() {
    ListFormatException e = error(OK + OK);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.problem()).isEqualTo("entity id a is used twice (first at line 1)");
  }

  @Test
  void duplicateKey() {
    ListFormatException e = error("{\"id\":\"a\",\"id\":\"b\",\"schema\":\"Person\"}\n");
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.problem()).isEqualTo("malformed JSON: Duplicate field 'id'");
  }

  @Test
  void valuesOfTheWrongType() {
    assertThat(error("{\"id\":5,\"schema\":\"Person\"}\n").problem())
        .isEqualTo("expected a string, found a number");
    ListFormatException notArray =
        error("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":\"ALPHA\"}}\n");
    assertThat(notArray.field()).isEqualTo("properties/name");
    assertThat(notArray.problem()).isEqualTo("expected an array of values, found a string");
    ListFormatException properties =
        error("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":[]}\n");
    assertThat(properties.problem())
        .isEqualTo("expected an object of property arrays, found an array");
    ListFormatException target =
        error(
            "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]},"
                + "\"target\":\"yes\"}\n");
    assertThat(target.field()).isEqualTo("target");
  }

  @Test
  void anEntryWithoutAnyName() {
    ListFormatException e =
        error(OK + "{\"id\":\"b\",\"schema\":\"Company\",\"properties\":{\"country\":[\"gb\"]}}\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("properties/name");
    assertThat(e.problem()).startsWith("entity b (Company) has no name");
  }

  @Test
  void lastSeenThatIsNoTimestamp() {
    ListFormatException e =
        error(
            "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]},"
                + "\"last_seen\":\"yesterday\"}\n");
    assertThat(e.field()).isEqualTo("last_seen");
    assertThat(e.problem())
        .isEqualTo("last_seen 'yesterday' of entity a is not an ISO 8601 date-time");
  }

  @Test
  void invalidUtf8NamesTheExactPosition() {
    String second = "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"AB\"]}}\n";
    byte[] bytes = (OK + second).getBytes(UTF_8);
    int column = second.indexOf("AB") + 2;
    bytes[OK.length() + column - 1] = (byte) 0xFF;
    ListFormatException e = error(bytes);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.field()).isEqualTo("properties/name/0");
    assertThat(e.problem()).contains("invalid UTF-8 byte sequence 0xFF");
  }

  @Test
  void invalidUtf8InsideArabicText() {
    String text = UN_ENTITIES.text();
    int arabic = text.indexOf("صدام");
    byte[] bytes = UN_ENTITIES.bytes();
    bytes[text.substring(0, arabic).getBytes(UTF_8).length + 1] = (byte) 0x41;
    ListFormatException e = error(bytes);
    assertThat(e.line()).isEqualTo(text.substring(0, arabic).split("\n", -1).length);
    assertThat(e.problem()).contains("invalid UTF-8");
  }

  @Test
  void aReadFailureIsNoFormatError() {
    InputStream failing =
        new InputStream() {
          private final InputStream start = new ByteArrayInputStream(OK.getBytes(UTF_8));

          @Override
          public int read() throws IOException {
            int b = start.read();
            if (b < 0) {
              throw new IOException("disk gone");
            }
            return b;
          }
        };
    UncheckedIOException e =
        catchThrowableOfType(
            UncheckedIOException.class, () -> FtmEntitiesParser.parse(failing, "x.json"));
    assertThat(e.getCause()).hasMessage("disk gone");
  }

  @Test
  void listReaderReportsTheSameErrors() {
    ListFormatException e =
        Fixture.failure(
            () -> ListReader.read(new ByteArrayInputStream((OK + OK).getBytes(UTF_8)), "r.json"));
    assertThat(e.location()).isEqualTo("r.json");
    assertThat(e.problem()).isEqualTo("entity id a is used twice (first at line 1)");
  }
}
