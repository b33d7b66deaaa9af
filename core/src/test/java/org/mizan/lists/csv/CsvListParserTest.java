package org.mizan.lists.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ListReader;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/** What the parser reads from the hand-written list CSV, column by column. */
class CsvListParserTest {
  /** The hand-written sample, see the README beside it. */
  static final Fixture SAMPLE =
      new Fixture(
          "internal-watchlist.csv", "/lists/csv/internal-watchlist.csv", CsvListParser::parse);

  private static final Watchlist LIST = SAMPLE.parse();

  @Test
  void versionIsTheFileNameAndTheHashOfTheBytes() {
    assertThat(LIST.version().source()).isEqualTo("csv:internal-watchlist.csv");
    assertThat(LIST.version().published()).isEmpty();
    assertThat(LIST.version().sha256()).isEqualTo(Fixture.sha256(SAMPLE.bytes()));
  }

  @Test
  void sourceIdIsTheLastSegmentOfThePath() {
    assertThat(CsvListParser.sourceId("/srv/lists/national.csv")).isEqualTo("csv:national.csv");
    assertThat(CsvListParser.sourceId("C:\\lists\\national.csv")).isEqualTo("csv:national.csv");
    assertThat(CsvListParser.sourceId("national.csv")).isEqualTo("csv:national.csv");
  }

  @Test
  void everyRowInFileOrderWithItsKind() {
    assertThat(LIST.entries())
        .extracting(ListEntry::id, ListEntry::kind)
        .containsExactly(
            tuple("P-0001", EntryKind.PERSON),
            tuple("P-0002", EntryKind.PERSON),
            tuple("O-0001", EntryKind.ORGANIZATION),
            tuple("V-0001", EntryKind.VESSEL),
            tuple("A-0001", EntryKind.AIRCRAFT));
  }

  @Test
  void everyColumnOfAPerson() {
    ListEntry e = Fixture.entry(LIST, "P-0001");
    assertThat(e.names())
        .extracting(EntryName::value, EntryName::type)
        .containsExactly(
            tuple("Zaid Example AL-FICTIONI", NameType.PRIMARY),
            tuple("Zaid al-Fictioni", NameType.ALIAS_GOOD),
            tuple("Abu Example", NameType.ALIAS_GOOD),
            tuple("Abu Zaid", NameType.ALIAS_LOW),
            tuple("زيد مثال الفكتيوني", NameType.ORIGINAL_SCRIPT));
    assertThat(e.birthDates()).extracting(BirthDate::text).containsExactly("1975", "1976-03-14");
    assertThat(e.nationalities()).containsExactly("Ruritania", "Atlantis");
    assertThat(e.gender()).isEqualTo(Gender.MALE);
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument("", "R0000001", "", ""),
            new IdentityDocument("", "NID-0000-0001", "", ""));
    assertThat(e.programs()).containsExactly("Internal watch");
    assertThat(e.listedOn()).isEqualTo("2025-11-03");
    assertThat(e.comments())
        .isEqualTo("Invented person for Mizan's tests, \"not real\".\nSecond line of the comment.");
    assertThat(e.recordId()).isEmpty();
  }

  @Test
  void emptyKindIsPersonAndEmptyCellsGiveNothing() {
    ListEntry e = Fixture.entry(LIST, "P-0002");
    assertThat(e.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(e.names()).hasSize(1);
    assertThat(e.birthDates()).extracting(BirthDate::text).containsExactly("1980-07");
    assertThat(e.gender()).isEqualTo(Gender.FEMALE);
    assertThat(e.nationalities()).isEmpty();
    assertThat(e.documents()).isEmpty();
    assertThat(e.listedOn()).isEmpty();
    assertThat(e.comments()).isEmpty();
  }

  @Test
  void severalPrograms() {
    assertThat(Fixture.entry(LIST, "O-0001").programs())
        .containsExactly("Internal watch", "Partner list");
  }

  @Test
  void minimalFileWithHeaderInAnyCaseAndOrder() {
    Watchlist list = SAMPLE.parse("Name , ID\r\nJane Example,J-1\r\n");
    assertThat(list.entries()).hasSize(1);
    ListEntry e = list.entries().get(0);
    assertThat(e.id()).isEqualTo("J-1");
    assertThat(e.primaryName()).isEqualTo("Jane Example");
    assertThat(e.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void shortRowsLackTheirLastColumns() {
    Watchlist list = SAMPLE.parse("id,name,dob,comments\nJ-1,Jane Example\n");
    assertThat(list.entries().get(0).birthDates()).isEmpty();
  }

  @Test
  void rowsOfEmptyCellsAreSkipped() {
    Watchlist list = SAMPLE.parse("id,name,dob\nJ-1,Jane Example,1970\n,,\n , ,\n");
    assertThat(list.entries()).extracting(ListEntry::id).containsExactly("J-1");
  }

  @Test
  void repeatedValuesAreKeptOnce() {
    Watchlist list =
        SAMPLE.parse(
            "id,name,aliases,dob\nJ-1,Jane Example,Jane Ex;Jane Ex;;Jane Example,1970;1970\n");
    assertThat(list.entries().get(0).names())
        .extracting(EntryName::value, EntryName::type)
        .containsExactly(
            tuple("Jane Example", NameType.PRIMARY),
            tuple("Jane Ex", NameType.ALIAS_GOOD),
            tuple("Jane Example", NameType.ALIAS_GOOD));
    assertThat(list.entries().get(0).birthDates()).hasSize(1);
  }

  @Test
  void byteOrderMarkIsAllowed() {
    byte[] withBom = Fixture.withByteOrderMark(SAMPLE.bytes());
    assertThat(SAMPLE.parse(withBom).entries()).isEqualTo(LIST.entries());
    assertThat(CsvListParser.recognizes(new String(withBom, StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void aSecondByteOrderMarkIsSaid() {
    // A breaker's find: the header's first cell read \uFEFFid, and the error said the header had
    // no id column while printing one.
    byte[] twice = Fixture.withByteOrderMark(Fixture.withByteOrderMark(SAMPLE.bytes()));
    ListFormatException e = SAMPLE.failure(twice);
    assertThat(e.getMessage())
        .isEqualTo(
            SAMPLE.name()
                + ":1:1: column 1 of the header row holds a byte-order mark (U+FEFF, invisible;"
                + " the file starts with two?): remove it");
  }

  @Test
  void listReaderRecognisesTheFormatFromItsContent() {
    Watchlist read = ListReader.read(new ByteArrayInputStream(SAMPLE.bytes()), SAMPLE.name());
    assertThat(read).isEqualTo(LIST);
  }

  @Test
  void recognisesAHeaderNamingIdOrName() {
    assertThat(CsvListParser.recognizes("id,name\n")).isTrue();
    assertThat(CsvListParser.recognizes("ID,Name,dob")).isTrue();
    assertThat(CsvListParser.recognizes("id,nmae\n")).isTrue();
    assertThat(CsvListParser.recognizes("full_name,dob\nid,name\n")).isFalse();
    // the OFAC sdn.csv: no header, 12 fields, the first a number
    assertThat(
            CsvListParser.recognizes(
                "36,\"AEROCARIBBEAN AIRLINES\",-0-,\"CUBA\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n"))
        .isFalse();
    assertThat(CsvListParser.recognizes("<?xml version=\"1.0\"?>\n<Designations>")).isFalse();
    assertThat(CsvListParser.recognizes("{\"id\": \"x\", \"schema\": \"Person\"}\n")).isFalse();
    assertThat(CsvListParser.recognizes("\"unclosed,id,name")).isFalse();
  }
}
