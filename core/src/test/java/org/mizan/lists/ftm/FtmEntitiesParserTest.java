package org.mizan.lists.ftm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mizan.lists.Fixture.entry;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
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

/** Literal values read from the two fixtures and from small inline files. */
class FtmEntitiesParserTest {
  /** UN entries as OpenSanctions' {@code un_sc_sanctions} dataset carries them (see the README). */
  static final Fixture UN_ENTITIES =
      new Fixture(
          "un_sc_sanctions-excerpt.ftm.json",
          "/lists/ftm/un_sc_sanctions-excerpt.ftm.json",
          FtmEntitiesParser::parse);

  /** Invented entries, one per entry schema and odd case (see the README). */
  static final Fixture FICTIONAL_ENTITIES =
      new Fixture("fictional.ftm.json", "/lists/ftm/fictional.ftm.json", FtmEntitiesParser::parse);

  private static final Watchlist UN = UN_ENTITIES.parse();
  private static final Watchlist FICTIONAL = FICTIONAL_ENTITIES.parse();

  /** FtM text parsed as the file {@code location}, which may name the source. */
  private static Watchlist parse(String text, String location) {
    return FtmEntitiesParser.parse(new ByteArrayInputStream(text.getBytes(UTF_8)), location);
  }

  /** One entity line with the keys every test line needs. */
  private static String line(String id, String schema, String properties, String more) {
    return "{\"id\":\""
        + id
        + "\",\"schema\":\""
        + schema
        + "\",\"properties\":{"
        + properties
        + "}"
        + more
        + "}\n";
  }

  @Test
  void versionIsTheDatasetTheLatestLastSeenAndTheSha256OfTheBytes() {
    String sha256 = Fixture.sha256(UN_ENTITIES.bytes());
    assertThat(UN.version().source()).isEqualTo("ftm:un_sc_sanctions");
    assertThat(UN.version().published()).isEqualTo("2026-02-27T06:12:44");
    assertThat(UN.version().sha256()).isEqualTo(sha256);
    // The fictional file's entities were last seen at different times: the latest one counts.
    assertThat(FICTIONAL.version().source()).isEqualTo("ftm:mizan_fictional");
    assertThat(FICTIONAL.version().published()).isEqualTo("2026-03-02T09:30:00");
  }

  @Test
  void entriesAreTheTargetsOfTheEntrySchemasInFileOrder() {
    assertThat(UN.entries())
        .extracting(ListEntry::id)
        .containsExactly(
            "unsc-2960872",
            "unsc-2971893",
            "unsc-6908048",
            "unsc-6908053",
            "unsc-6908402",
            "unsc-6908583");
    assertThat(UN.count(EntryKind.PERSON)).isEqualTo(4);
    assertThat(UN.count(EntryKind.ORGANIZATION)).isEqualTo(2);
    // Not entries: the non-target fict-person-2, Passport, Identification, Address, Sanction,
    // Ownership, Family and the unknown schema FutureThing.
    assertThat(FICTIONAL.entries())
        .extracting(ListEntry::id, ListEntry::kind)
        .containsExactly(
            tuple("fict-person-1", EntryKind.PERSON),
            tuple("fict-company-1", EntryKind.ORGANIZATION),
            tuple("fict-org-1", EntryKind.ORGANIZATION),
            tuple("fict-body-1", EntryKind.ORGANIZATION),
            tuple("fict-legal-1", EntryKind.ORGANIZATION),
            tuple("fict-vessel-1", EntryKind.VESSEL),
            tuple("fict-plane-1", EntryKind.AIRCRAFT));
  }

  @Test
  void saddamHusseinAsTheUnDatasetCarriesHim() {
    ListEntry e = entry(UN, "unsc-6908048");
    assertThat(e.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(e.recordId()).isEqualTo("IQi.001");
    assertThat(e.names())
        .containsExactly(
            EntryName.of("SADDAM HUSSEIN AL-TIKRITI", NameType.PRIMARY),
            new EntryName("صدام حسين التكريتي", NameType.ORIGINAL_SCRIPT, "alias", List.of()),
            new EntryName("Abu Ali", NameType.ALIAS_LOW, "weakAlias", List.of()));
    assertThat(e.birthDates()).containsExactly(BirthDate.exact(LocalDate.of(1937, 4, 28)));
    assertThat(e.placesOfBirth()).containsExactly("al-Awja, near Tikrit, Iraq");
    assertThat(e.nationalities()).containsExactly("IQ");
    assertThat(e.programs()).containsExactly("Iraq", "UN-SC1518");
    assertThat(e.listedOn()).isEqualTo("2003-06-27");
    assertThat(e.comments()).isEmpty();
  }

  @Test
  void umarovGetsHisPassportFromThePassportEntityOnAnotherLine() {
    ListEntry e = entry(UN, "unsc-2960872");
    assertThat(e.recordId()).isEqualTo("QDi.290");
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument("Passport", "96 03 464086", "RU", "date of issue: 2003-06-01"));
    assertThat(e.nationalities()).containsExactly("RU", "SUHH");
    assertThat(e.birthDates())
        .containsExactly(
            BirthDate.exact(LocalDate.of(1964, 4, 13)),
            BirthDate.exact(LocalDate.of(1965, 4, 13)),
            BirthDate.exact(LocalDate.of(1964, 5, 12)),
            BirthDate.year(1955, false));
    assertThat(e.names().get(1))
        .isEqualTo(
            new EntryName("Умаров Доку Хаматович", NameType.ORIGINAL_SCRIPT, "alias", List.of()));
    assertThat(e.comments()).startsWith("Physical description: 180 cm tall");
  }

  @Test
  void adfPreviousNamesAreGoodAliasesAndItsAddressComesFromTheAddressEntity() {
    ListEntry e = entry(UN, "unsc-6908402");
    assertThat(e.kind()).isEqualTo(EntryKind.ORGANIZATION);
    assertThat(e.names())
        .extracting(EntryName::value, EntryName::type, EntryName::quality)
        .contains(tuple("ADF/NALU", NameType.ALIAS_GOOD, "previousName"));
    assertThat(e.addresses()).containsExactly("North Kivu, Democratic Republic of the Congo");
    assertThat(e.programs()).containsExactly("DRC", "UN-SC1533");
  }

  @Test
  void aPersonWithoutNameIsNamedFromHerNamePartsAndOddDatesAreLeftOut() {
    ListEntry e = entry(FICTIONAL, "fict-person-1");
    assertThat(e.names().get(0))
        .isEqualTo(
            new EntryName(
                "Alice Quinn Fictitious",
                NameType.PRIMARY,
                "",
                List.of("Alice", "Quinn", "Fictitious")));
    assertThat(e.gender()).isEqualTo(Gender.FEMALE);
    // "1970-02-30" (no such day), "1750" (before 1800) and "about 1960" give no date; a time
    // after a day is ignored; the repeated "1971-06" is kept once.
    assertThat(e.birthDates())
        .containsExactly(
            new BirthDate(LocalDate.of(1971, 6, 1), LocalDate.of(1971, 6, 30), false),
            BirthDate.exact(LocalDate.of(1972, 3, 4)));
    assertThat(e.nationalities()).containsExactly("GB", "ZZ");
    assertThat(e.titles()).containsExactly("Dr.");
    assertThat(e.designations()).containsExactly("Fictional Minister of Examples");
    assertThat(e.comments()).isEqualTo("An invented person for Mizan's tests.\nNot on any list.");
  }

  @Test
  void identificationEntitiesWinOverTheSameNumberInAProperty() {
    ListEntry e = entry(FICTIONAL, "fict-person-1");
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument(
                "Passport",
                "X 000 0001",
                "GB",
                "date of issue: 2019-05-01; expiry date: 2029-04-30"),
            new IdentityDocument(
                "National ID card", "FICT-000-111", "GB", "authority: Fictional Registry Office"),
            new IdentityDocument("Tax Number", "000-00-0000", "", ""));
  }

  @Test
  void theCaptionIsThePrimaryNameAndSanctionsGiveProgramsReferenceAndListingDate() {
    ListEntry e = entry(FICTIONAL, "fict-company-1");
    assertThat(e.primaryName()).isEqualTo("Example Fictional Trading");
    assertThat(e.names())
        .extracting(EntryName::value, EntryName::type)
        .containsExactly(
            tuple("Example Fictional Trading", NameType.PRIMARY),
            tuple("EXAMPLE FICTIONAL TRADING LLC", NameType.ALIAS_GOOD),
            tuple("ООО ПРИМЕР ВЫМЫСЕЛ", NameType.ORIGINAL_SCRIPT),
            tuple("OLD EXAMPLE FICTIONAL LLC", NameType.ALIAS_GOOD),
            tuple("EFT", NameType.ALIAS_LOW));
    assertThat(e.programs())
        .containsExactly("Fictional Example Regime", "Second Fictional Regime", "FICT-PROG");
    assertThat(e.recordId()).isEqualTo("FICT-001");
    // listingDate 2020-01-15 is before startDate 2020-02-01; "2019-12" names no day.
    assertThat(e.listedOn()).isEqualTo("2020-01-15");
    // The address entity fict-addr-missing is not in the file: no address, no error.
    assertThat(e.addresses()).containsExactly("1 Example Street, Nowhere, 00000, GB");
  }

  @Test
  void vesselAndAircraftIdentifiersAreDocuments() {
    assertThat(entry(FICTIONAL, "fict-vessel-1").documents())
        .extracting(IdentityDocument::type, IdentityDocument::number)
        .containsExactly(
            tuple("IMO Number", "IMO0000000"),
            tuple("MMSI", "000000000"),
            tuple("Call Sign", "XXXX0"));
    assertThat(entry(FICTIONAL, "fict-plane-1").documents())
        .extracting(IdentityDocument::number)
        .containsExactly("X-FICT", "00000");
  }

  @Test
  void nestedEntitiesEnrichTheEntryTheyAreWrittenIn() {
    String nested =
        line(
            "fict-nested-1",
            "Person",
            "\"name\":[\"NESTED FICTITIOUS PERSON\"],"
                + "\"sanctions\":[{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{"
                + "\"program\":[\"Nested Fictional Regime\"],\"unscId\":[\"XXi.000\"],"
                + "\"listingDate\":[\"2001-02-03\"]}}],"
                + "\"identification\":[{\"id\":\"p1\",\"schema\":\"Passport\",\"properties\":{"
                + "\"number\":[\"N000\"],\"country\":[\"fr\"]}}],"
                + "\"addressEntity\":[{\"id\":\"a1\",\"schema\":\"Address\",\"properties\":{"
                + "\"full\":[\"1 Nested Road, Example City\"]}}],"
                + "\"ownershipOwner\":[{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{"
                + "\"asset\":[{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{"
                + "\"name\":[\"NESTED ASSET CO\"]}}]}}]",
            ",\"datasets\":[\"nested_fiction\"]");
    Watchlist list = parse(nested, "targets.nested.json");
    assertThat(list.entries()).hasSize(1);
    ListEntry e = list.entries().get(0);
    assertThat(e.programs()).containsExactly("Nested Fictional Regime");
    assertThat(e.recordId()).isEqualTo("XXi.000");
    assertThat(e.listedOn()).isEqualTo("2001-02-03");
    assertThat(e.documents()).containsExactly(new IdentityDocument("Passport", "N000", "FR", ""));
    assertThat(e.addresses()).containsExactly("1 Nested Road, Example City");
    // The company nested in an ownership is another party, not a name of this entry.
    assertThat(e.names()).extracting(EntryName::value).containsExactly("NESTED FICTITIOUS PERSON");
  }

  @Test
  void withoutACommonDatasetTheSourceIsNamedAfterTheFile() {
    String a =
        line("a", "Person", "\"name\":[\"ALPHA FICTITIOUS\"]", ",\"datasets\":[\"x\",\"y\"]");
    String b = line("b", "Person", "\"name\":[\"BETA FICTITIOUS\"]", ",\"datasets\":[\"y\"]");
    String c = line("c", "Person", "\"name\":[\"GAMMA FICTITIOUS\"]", "");
    assertThat(parse(a + b, "any.json").version().source()).isEqualTo("ftm:y");
    assertThat(parse(a + c, "/data/my-list.ftm.json").version().source()).isEqualTo("ftm:my-list");
    assertThat(parse(c, "lists/sanctions/entities.ftm.json").version().source())
        .isEqualTo("ftm:sanctions");
    assertThat(parse(c, "C:\\lists\\peps\\targets.nested.json").version().source())
        .isEqualTo("ftm:peps");
    // No last_seen anywhere: no publication timestamp.
    assertThat(parse(c, "c.jsonl").version().published()).isEmpty();
  }

  @Test
  void lastSeenWithAnOffsetIsComparedAsAnInstant() {
    String early =
        line(
            "a",
            "Person",
            "\"name\":[\"ALPHA FICTITIOUS\"]",
            ",\"last_seen\":\"2026-01-02T10:00:00+05:00\"");
    String late =
        line(
            "b",
            "Person",
            "\"name\":[\"BETA FICTITIOUS\"]",
            ",\"last_seen\":\"2026-01-02T06:00:00\"");
    assertThat(parse(early + late, "x.json").version().published())
        .isEqualTo("2026-01-02T06:00:00");
  }

  @Test
  void aByteOrderMarkAndBlankLinesAreAllowed() {
    String text = "\uFEFF" + line("a", "Person", "\"name\":[\"ALPHA FICTITIOUS\"]", "") + "\n\r\n";
    assertThat(parse(text, "x.json").entries()).hasSize(1);
  }

  @Test
  void listReaderDetectsBothFixtures() {
    for (Fixture fixture : List.of(UN_ENTITIES, FICTIONAL_ENTITIES)) {
      Watchlist read = ListReader.read(new ByteArrayInputStream(fixture.bytes()), fixture.name());
      assertThat(read).isEqualTo(fixture.parse());
    }
  }

  @Test
  void listReaderDetectsAnEntityLongerThanWhatItSniffs() {
    String names = "\"name\":[\"" + "LONG FICTITIOUS NAME ".repeat(400).strip() + "\"]";
    String text = line("a", "Person", names, "");
    assertThat(text.length()).isGreaterThan(8000);
    Watchlist read = ListReader.read(new ByteArrayInputStream(text.getBytes(UTF_8)), "long.json");
    assertThat(read.entries()).hasSize(1);
  }

  @Test
  void recognizesOnlyObjectsWithSchemaAndProperties() {
    assertThat(FtmEntitiesParser.recognizes("{\"id\":\"a\",\"schema\":\"Person\",\"prop")).isTrue();
    assertThat(FtmEntitiesParser.recognizes("{\"schema\":\"Person\",\"properties\":{\"na"))
        .isTrue();
    assertThat(FtmEntitiesParser.recognizes("{\"metadata\":{\"schema\":1},\"entities\":[{"))
        .isFalse();
    assertThat(FtmEntitiesParser.recognizes("[{\"id\":\"a\",\"schema\":\"Person\"}]")).isFalse();
    assertThat(FtmEntitiesParser.recognizes("{\"name\":\"x\",\"type\":\"individual\"}")).isFalse();
    assertThat(FtmEntitiesParser.recognizes("36,\"AEROCARIBBEAN AIRLINES\",-0-")).isFalse();
  }

  /**
   * The start of the unofficial pakote_data JSON in the shared data folder (one JSON object of its
   * own shape on one line, 3 MB): JSON, but no FtM.
   */
  @Test
  void theUnofficialPakoteJsonIsRefusedWithAClearMessage() {
    String pakote =
        "{\"metadata\":{\"generated\":\"2026-01-28T06:31:48.762424Z\",\"total\":6814,"
            + "\"by_source\":{\"EU\":5795,\"UN\":998,\"OFAC\":442}},\"entities\":[{\"name\":"
            + "\"Saddam Hussein Al-Tikriti\",\"type\":\"individual\",\"aliases\":[\"Abu Ali\","
            + "\"Abou Ali\"],\"birthdates\":[\"1937-04-28\"],\"identifiers\":[],\"source\":"
            + "[\"EU\",\"UN\"],\"source_id\":\"13\"}]}";
    ListFormatException e =
        Fixture.failure(
            () -> ListReader.read(new ByteArrayInputStream(pakote.getBytes(UTF_8)), "all.json"));
    assertThat(e.location()).isEqualTo("all.json");
    assertThat(e.problem())
        .startsWith(
            "JSON, but not FollowTheMoney entities (each line an object with \"id\", \"schema\""
                + " and \"properties\"): not a list format Mizan reads (expected the UN Security"
                + " Council Consolidated List XML,")
        .contains("FollowTheMoney entities in JSON lines");
  }
}
