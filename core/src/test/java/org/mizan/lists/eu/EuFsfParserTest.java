package org.mizan.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
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

/** Literal values of the hand-written FSF fixture (entries transposed from the UN list). */
class EuFsfParserTest {
  /** The fixture of 5 entries, see the README beside it. */
  static final Fixture FIXTURE =
      new Fixture("fsf-taqa-fixture.xml", "/lists/eu/fsf-taqa-fixture.xml", EuFsfParser::parse);

  private final Watchlist list = FIXTURE.parse();

  @Test
  void readsEveryEntryInFileOrder() {
    assertThat(list.entries())
        .extracting(ListEntry::id)
        .containsExactly("90001", "90002", "90003", "90004", "90005");
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(3);
    assertThat(list.count(EntryKind.ORGANIZATION)).isEqualTo(2);
  }

  @Test
  void versionIsGenerationDateAndDigest() {
    String sha = Fixture.sha256(FIXTURE.bytes());
    assertThat(list.version().source()).isEqualTo("eu-fsf");
    assertThat(list.version().published()).isEqualTo("2026-03-02T20:31:05.146+01:00");
    assertThat(list.version().sha256()).isEqualTo(sha);
  }

  @Test
  void personWithOriginalScriptNameDocumentsAndFullDate() {
    ListEntry e = entry("90001");
    assertThat(e.recordId()).isEqualTo("EU.9001.01");
    assertThat(e.listedOn()).isEqualTo("2001-10-17");
    assertThat(e.names().get(0))
        .isEqualTo(
            new EntryName(
                "Abdul Rahman Yasin", NameType.PRIMARY, "", List.of("Abdul Rahman", "Yasin")));
    assertThat(e.names().get(5))
        .isEqualTo(EntryName.of("عبد الرحمن ياسين", NameType.ORIGINAL_SCRIPT));
    assertThat(e.gender()).isEqualTo(Gender.MALE);
    assertThat(e.birthDates()).containsExactly(BirthDate.exact(LocalDate.of(1960, 4, 10)));
    assertThat(e.placesOfBirth()).containsExactly("Bloomington, Indiana, UNITED STATES");
    assertThat(e.nationalities()).containsExactly("UNITED STATES");
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument(
                "National passport",
                "27082171",
                "UNITED STATES",
                "issued on 21 Jun. 1992 in Amman, Jordan"),
            new IdentityDocument("National passport", "MO887925", "IRAQ", ""),
            new IdentityDocument("Social Security Number", "156-92-9858", "UNITED STATES", ""));
    assertThat(e.programs()).containsExactly("TAQA");
  }

  @Test
  void weakNamesAreLowQualityAliasesAndArabicOnesOriginalScript() {
    ListEntry e = entry("90002");
    assertThat(e.names())
        .extracting(EntryName::type)
        .containsExactly(
            NameType.PRIMARY,
            NameType.ALIAS_GOOD,
            NameType.ALIAS_LOW,
            NameType.ORIGINAL_SCRIPT,
            NameType.ALIAS_LOW,
            NameType.ALIAS_LOW,
            NameType.ORIGINAL_SCRIPT);
    assertThat(e.names().get(5).value()).isEqualTo("Abu Bakr al-Baghdadi");
    assertThat(e.birthDates()).containsExactly(BirthDate.year(1971, false));
    assertThat(e.titles()).containsExactly("Dr.");
    assertThat(e.designations()).containsExactly("Leader of Islamic State in Iraq and the Levant");
    assertThat(e.addresses()).containsExactly("IRAQ", "SYRIAN ARAB REPUBLIC");
  }

  @Test
  void documentFlagsAndRemarksMakeTheNote() {
    assertThat(entry("90003").documents().get(0))
        .isEqualTo(
            new IdentityDocument(
                "National passport",
                "515458008",
                "RUSSIAN FEDERATION",
                "known expired; Russian foreign travel passport, expires 30 May 2017"));
  }

  @Test
  void translationsIntoGreekAndBulgarianAreAliasesNotOriginalScript() {
    ListEntry e = entry("90004");
    assertThat(e.kind()).isEqualTo(EntryKind.ORGANIZATION);
    assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(e.names())
        .contains(
            EntryName.of("القاعده في العراق", NameType.ORIGINAL_SCRIPT),
            EntryName.of("Ал Кайда в Ирак", NameType.ALIAS_GOOD),
            EntryName.of("Αλ Κάιντα στο Ιράκ", NameType.ALIAS_GOOD),
            EntryName.of("Al-Qaida en Irak", NameType.ALIAS_GOOD));
  }

  @Test
  void addressesJoinTheirPartsAndRemarksButNotContactDetails() {
    assertThat(entry("90005").addresses())
        .containsExactly(
            "8820 Mobile Avenue, IA, Oak Lawn, Illinois, 60453, UNITED STATES",
            "P.O. Box 548, Worth, Illinois, 60482, UNITED STATES",
            "9838 S. Roberts Road, Suite 1W, Palos Hills, Illinois, 60465, UNITED STATES,"
                + " Formerly located at",
            "P.O. Box 1937, Khartoum, SUDAN",
            "Gaza Strip");
  }

  @Test
  void partialAndRangedDatesOfBirth() {
    String year = "year=\"1971\"";
    assertThat(birthDates(year + " monthOfYear=\"3\"")).containsExactly(month(1971, 3));
    assertThat(birthDates(year + " monthOfYear=\"3\" dayOfMonth=\"9\""))
        .containsExactly(BirthDate.exact(LocalDate.of(1971, 3, 9)));
    assertThat(birthDates("yearRangeFrom=\"1969\" yearRangeTo=\"1972\""))
        .containsExactly(BirthDate.betweenYears(1969, 1972));
    assertThat(birthDates("circa=\"true\" " + year)).containsExactly(BirthDate.year(1971, true));
    assertThat(birthDates("calendarType=\"ISLAMIC\" " + year)).isEmpty();
    assertThat(birthDates(year + " monthOfYear=\"0\" dayOfMonth=\"0\""))
        .containsExactly(BirthDate.year(1971, false));
    assertThat(birthDates("year=\"0\"")).isEmpty();
    assertThat(birthDates("")).isEmpty();
  }

  @Test
  void withoutWholeNameTheNamePartsMakeTheName() {
    String xml = FIXTURE.text().replace("wholeName=\"Aboud Yasin\"", "wholeName=\"\"");
    assertThat(Fixture.entry(FIXTURE.parse(xml), "90001").names().get(4))
        .isEqualTo(
            new EntryName("Aboud Yasin", NameType.ALIAS_GOOD, "", List.of("Aboud", "Yasin")));
  }

  @Test
  void aRemarkSayingLowQualityMakesAWeakName() {
    String xml =
        FIXTURE
            .text()
            .replace(
                "<remark>prominently known by this nom de guerre</remark>",
                "<remark>Low quality alias</remark>")
            .replace(
                "wholeName=\"Abu Bakr al-Baghdadi\" function=\"\" gender=\"M\" title=\"\""
                    + " nameLanguage=\"\" strong=\"false\"",
                "wholeName=\"Abu Bakr al-Baghdadi\" function=\"\" gender=\"M\" title=\"\""
                    + " nameLanguage=\"\" strong=\"true\"");
    assertThat(Fixture.entry(FIXTURE.parse(xml), "90002").names().get(5))
        .isEqualTo(EntryName.of("Abu Bakr al-Baghdadi", NameType.ALIAS_LOW));
  }

  @Test
  void listReaderDetectsTheFormatFromTheContent() {
    Watchlist read = ListReader.read(new ByteArrayInputStream(FIXTURE.bytes()), "eu.xml");
    assertThat(read).isEqualTo(list);
  }

  /** The dates of birth of entry 90002 with its {@code birthdate} attributes replaced. */
  private static List<BirthDate> birthDates(String attributes) {
    String xml =
        FIXTURE
            .text()
            .replace(
                "circa=\"false\" calendarType=\"GREGORIAN\" city=\"Samarra\" zipCode=\"\""
                    + " year=\"1971\"",
                attributes + " city=\"Samarra\"");
    return Fixture.entry(FIXTURE.parse(xml), "90002").birthDates();
  }

  private static BirthDate month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new BirthDate(first, first.withDayOfMonth(first.lengthOfMonth()), false);
  }

  private ListEntry entry(String id) {
    return Fixture.entry(list, id);
  }
}
