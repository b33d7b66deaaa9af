package org.mizan.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListReader;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/** What the parser reads from the hand-written UK sample, field by field. */
class UkSanctionsListParserTest {
  /** The hand-written sample, see the README beside it. */
  static final Fixture SAMPLE =
      new Fixture(
          "uk-sanctions-list-sample.xml",
          "/lists/uk/uk-sanctions-list-sample.xml",
          UkSanctionsListParser::parse);

  private static final Watchlist LIST = SAMPLE.parse();

  @Test
  void versionIsDateGeneratedAndTheHashOfTheBytes() {
    assertThat(LIST.version().source()).isEqualTo("uk-sanctions-list");
    assertThat(LIST.version().published()).isEqualTo("2026-03-02");
    assertThat(LIST.version().sha256()).isEqualTo(Fixture.sha256(SAMPLE.bytes()));
  }

  @Test
  void everyDesignationInDocumentOrderWithItsKind() {
    assertThat(LIST.entries())
        .extracting(ListEntry::id, ListEntry::kind)
        .containsExactly(
            tuple("AQD9276", EntryKind.PERSON),
            tuple("AQD9154", EntryKind.ORGANIZATION),
            tuple("FIC0001", EntryKind.PERSON),
            tuple("FIC0002", EntryKind.ORGANIZATION),
            tuple("FIC0003", EntryKind.VESSEL));
  }

  @Test
  void namesFromNameOneToSixWithTypeAndStrength() {
    ListEntry e = Fixture.entry(LIST, "AQD9276");
    assertThat(e.names())
        .extracting(EntryName::value, EntryName::type, EntryName::quality)
        .containsExactly(
            tuple("AKRAM TURKI HISHAN AL-MAZIDIH", NameType.PRIMARY, ""),
            tuple("Akram Turki Al-Hishan", NameType.ALIAS_GOOD, "Good quality a.k.a"),
            tuple("Abu Jarrah", NameType.ALIAS_LOW, "Low quality a.k.a"),
            // written "ALias" in the file
            tuple("Abu Akram", NameType.ALIAS_LOW, "Low quality a.k.a"),
            tuple("أكرم تركي هاشم المزيده", NameType.ORIGINAL_SCRIPT, ""));
    assertThat(e.names().get(0).parts()).containsExactly("AKRAM", "TURKI", "HISHAN", "AL-MAZIDIH");
    assertThat(e.recordId()).isEqualTo("99276");
    assertThat(e.programs())
        .containsExactly(
            "The ISIL (Da'esh) and Al-Qaida (United Nations Sanctions) (EU Exit) Regulations 2019");
    assertThat(e.listedOn()).isEqualTo("2010-03-11");
    assertThat(e.comments()).startsWith("Other possible date of birth: 1979. He is a cousin of");
    assertThat(e.addresses()).containsExactly("Deir ez-Zor Governorate, Syria", "Iraq");
  }

  @Test
  void birthDatesWithUnknownDayAndMonthAreYears() {
    assertThat(Fixture.entry(LIST, "AQD9276").birthDates())
        .extracting(BirthDate::text)
        .containsExactly("1974", "1975");
  }

  @Test
  void oddBirthDatesKeepWhatIsKnownAndFailNothing() {
    // 12/07/1970, dd/07/1971, 31/02/1972 (no such day), unknown
    assertThat(Fixture.entry(LIST, "FIC0001").birthDates())
        .extracting(BirthDate::text)
        .containsExactly("1970-07-12", "1971-07", "1972");
  }

  @Test
  void individualDetails() {
    ListEntry e = Fixture.entry(LIST, "FIC0001");
    assertThat(e.gender()).isEqualTo(Gender.FEMALE);
    assertThat(e.nationalities()).containsExactly("Ruritania");
    assertThat(e.placesOfBirth()).containsExactly("Zenda, Ruritania");
    assertThat(e.designations()).containsExactly("Head of the Fictional Department");
    assertThat(e.titles()).containsExactly("Dr");
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument("Passport", "X0000001", "", "Ruritanian, issued 01/01/2010"),
            new IdentityDocument("National identifier", "RU-ID-0000-0001", "", ""));
    assertThat(e.addresses()).containsExactly("1 Nowhere Lane, Strelsau, RU-0000, Ruritania");
    assertThat(e.names())
        .extracting(EntryName::value, EntryName::type, EntryName::quality)
        .containsExactly(
            tuple("Fictitia Ipsum LOREM", NameType.PRIMARY, ""),
            tuple("Fictitia Lorem-Ipsum", NameType.ALIAS_GOOD, "Primary name variation"),
            tuple("The Example Lady", NameType.ALIAS_GOOD, ""),
            tuple("فكتيتيا إبسوم لوريم", NameType.ORIGINAL_SCRIPT, ""));
  }

  @Test
  void aNameWithEveryPartEmptyIsLeftOut() {
    ListEntry e = Fixture.entry(LIST, "FIC0002");
    assertThat(e.names())
        .extracting(EntryName::value, EntryName::type)
        .containsExactly(
            tuple("EXAMPLE FICTIONAL TRADING LLC", NameType.PRIMARY),
            tuple("Example Fictional Trading", NameType.ALIAS_GOOD));
    assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument("Business registration number", "RU-REG-0000002", "", ""));
  }

  @Test
  void shipsAreVesselsWithTheirImoNumber() {
    ListEntry e = Fixture.entry(LIST, "FIC0003");
    assertThat(e.primaryName()).isEqualTo("EXAMPLE STAR");
    assertThat(e.documents())
        .containsExactly(new IdentityDocument("IMO number", "IMO9999999", "", ""));
    assertThat(e.recordId()).isEmpty();
    assertThat(e.birthDates()).isEmpty();
  }

  @Test
  void furtherPrimaryNamesFollowTheFirst() {
    String xml =
        SAMPLE
            .text()
            .replace(
                "<Name6>Abu Jarrah</Name6>\n        <NameType>Alias</NameType>",
                "<Name6>AKRAM AL-MAZIDIH</Name6>\n        <NameType>Primary name</NameType>");
    ListEntry e = Fixture.entry(SAMPLE.parse(xml), "AQD9276");
    assertThat(e.names().subList(0, 3))
        .extracting(EntryName::value, EntryName::type)
        .containsExactly(
            tuple("AKRAM TURKI HISHAN AL-MAZIDIH", NameType.PRIMARY),
            tuple("AKRAM AL-MAZIDIH", NameType.PRIMARY),
            tuple("Akram Turki Al-Hishan", NameType.ALIAS_GOOD));
  }

  @Test
  void listReaderRecognisesTheFormatFromItsContent() {
    Watchlist read = ListReader.read(new ByteArrayInputStream(SAMPLE.bytes()), SAMPLE.name());
    assertThat(read).isEqualTo(LIST);
  }

  @Test
  void aByteOrderMarkIsAllowed() {
    byte[] withBom = Fixture.withByteOrderMark(SAMPLE.bytes());
    assertThat(SAMPLE.parse(withBom).entries()).isEqualTo(LIST.entries());
  }

  @Test
  void anEmptyDobsGroupGivesNoDates() {
    String xml =
        SAMPLE.text().replace("<DOB>dd/mm/1974</DOB>\n          <DOB>dd/mm/1975</DOB>", "");
    assertThat(Fixture.entry(SAMPLE.parse(xml), "AQD9276").birthDates()).isEqualTo(List.of());
  }
}
