package org.mizan.lists.ofac;

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

/** Literal values of the real 2026-01-08 Consolidated list XML excerpt. */
class OfacXmlParserTest {
  /** The real excerpt of 2026-01-08 (10 entries, see the README beside it). */
  static final Fixture EXCERPT =
      new Fixture(
          "consolidated-2026-01-08-excerpt.xml",
          "/lists/ofac/consolidated-2026-01-08-excerpt.xml",
          OfacXmlParser::parse);

  private final Watchlist list = EXCERPT.parse();

  @Test
  void readsEveryEntryInFileOrder() {
    assertThat(list.entries())
        .extracting(ListEntry::id)
        .containsExactly(
            "9639", "9641", "9647", "9713", "15268", "17013", "23552", "30882", "46072", "50476");
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(5);
    assertThat(list.count(EntryKind.ORGANIZATION)).isEqualTo(5);
  }

  @Test
  void versionIsConsolidatedPublishDateAndDigest() {
    String sha = Fixture.sha256(EXCERPT.bytes());
    assertThat(list.version().source()).isEqualTo("us-ofac-consolidated");
    assertThat(list.version().published()).isEqualTo("2026-01-08");
    assertThat(list.version().sha256()).isEqualTo(sha);
  }

  @Test
  void withoutTheProgramsOnlyTheConsolidatedListHasItIsTheSdnList() {
    String sdn =
        EXCERPT
            .text()
            .replace("<program>561-Related</program>", "<program>SDGT</program>")
            .replace("<program>CMIC-EO13959</program>", "<program>SDGT</program>");
    assertThat(EXCERPT.parse(sdn).version().source()).isEqualTo("us-ofac-sdn");
    String oneLeft =
        EXCERPT.text().replace("<program>561-Related</program>", "<program>SDGT</program>");
    assertThat(EXCERPT.parse(oneLeft).version().source()).isEqualTo("us-ofac-consolidated");
  }

  @Test
  void personWithWeakAliasesGenderAndNationality() {
    ListEntry e = entry("9647");
    assertThat(e.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(e.names())
        .containsExactly(
            new EntryName(
                "ZAHHAR, Mahmoud Khaled",
                NameType.PRIMARY,
                "",
                List.of("ZAHHAR", "Mahmoud Khaled")),
            new EntryName(
                "AL ZAHAR, Mahmoud Khaled",
                NameType.ALIAS_GOOD,
                "a.k.a.",
                List.of("AL ZAHAR", "Mahmoud Khaled")),
            new EntryName("ZAHAR, Mahmoud", NameType.ALIAS_LOW, "weak a.k.a.", List.of()),
            new EntryName("AL-ZAHAR, Mahmoud", NameType.ALIAS_LOW, "weak a.k.a.", List.of()));
    assertThat(e.gender()).isEqualTo(Gender.MALE);
    assertThat(e.birthDates()).containsExactly(BirthDate.year(1945, false));
    assertThat(e.placesOfBirth()).containsExactly("Gaza Strip");
    assertThat(e.nationalities()).containsExactly("Palestinian");
    assertThat(e.programs()).containsExactly("NS-PLC", "SDGT");
    assertThat(e.comments())
        .isEqualTo(
            "(Linked To: HAMAS); Secondary sanctions risk: section 1(b) of Executive Order 13224,"
                + " as amended by Executive Order 13886");
  }

  @Test
  void personWithFullDateOfBirthAndDocuments() {
    ListEntry e = entry("50476");
    assertThat(e.primaryName()).isEqualTo("MARTELLY, Michel Joseph");
    assertThat(e.birthDates()).containsExactly(BirthDate.exact(LocalDate.of(1961, 2, 12)));
    assertThat(e.placesOfBirth()).containsExactly("Port-au-Prince, Haiti");
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument("National ID", "0032768386", "Haiti", ""),
            new IdentityDocument("Driver's License", "M634550610520", "United States", ""));
    assertThat(e.names().get(2))
        .isEqualTo(new EntryName("Sweet Micky", NameType.ALIAS_LOW, "weak a.k.a.", List.of()));
    assertThat(e.addresses()).contains("Miami, FL, United States", "Dominican Republic");
  }

  @Test
  void entityIdsSplitIntoDocumentsNationalityAndComments() {
    ListEntry e = entry("23552");
    assertThat(e.kind()).isEqualTo(EntryKind.ORGANIZATION);
    assertThat(e.names().get(0)).isEqualTo(EntryName.of("LENGIPRONEFTEKHIM OOO", NameType.PRIMARY));
    assertThat(e.nationalities()).containsExactly("Russia");
    assertThat(e.documents())
        .containsExactly(
            new IdentityDocument("Registration ID", "1057803105755", "Russia", ""),
            new IdentityDocument("Tax ID", "7810327462", "Russia", ""));
    assertThat(e.comments())
        .contains("; Email Address lgnch@lgnch.spb.ru;")
        .contains("Executive Order 13662 Directive Determination - Subject to Directive 4");
  }

  @Test
  void formerNamesAreGoodAliasesLabelledFka() {
    ListEntry e = entry("15268");
    assertThat(e.names())
        .containsExactly(
            EntryName.of("BANK OF KUNLUN CO LTD", NameType.PRIMARY),
            new EntryName(
                "KARAMAY URBAN CREDIT COOPERATIVES", NameType.ALIAS_GOOD, "f.k.a.", List.of()),
            new EntryName(
                "KARAMAY CITY COMMERCIAL BANK CO LTD.", NameType.ALIAS_GOOD, "f.k.a.", List.of()));
    assertThat(e.documents())
        .containsExactly(new IdentityDocument("SWIFT/BIC", "CKLBCNBJ", "", ""));
    assertThat(e.addresses())
        .startsWith(
            "172 Xibin Rd, Ranghulu District, (Daqing, Heilongjiang Branch), Daqing, 163453, China");
  }

  @Test
  void unparsableDateOfBirthIsKeptInTheComments() {
    String xml =
        EXCERPT
            .text()
            .replace("<dateOfBirth>1962</dateOfBirth>", "<dateOfBirth>circa 1960s</dateOfBirth>")
            .replace("<dateOfBirth>1955</dateOfBirth>", "<dateOfBirth>circa 1955</dateOfBirth>");
    Watchlist changed = EXCERPT.parse(xml);
    ListEntry haniya = Fixture.entry(changed, "9639");
    assertThat(haniya.birthDates()).isEmpty();
    assertThat(haniya.comments()).isEqualTo("DOB circa 1960s");
    assertThat(Fixture.entry(changed, "9641").birthDates())
        .containsExactly(BirthDate.year(1955, true));
  }

  @Test
  void issueAndExpiryDatesAreTheDocumentNote() {
    String xml =
        EXCERPT
            .text()
            .replace(
                "<idCountry>Haiti</idCountry>",
                "<idCountry>Haiti</idCountry>\r\n        <issueDate>03 Mar 2011</issueDate>"
                    + "\r\n        <expirationDate>02 Mar 2021</expirationDate>");
    ListEntry e = Fixture.entry(EXCERPT.parse(xml), "50476");
    assertThat(e.documents().get(0))
        .isEqualTo(
            new IdentityDocument(
                "National ID", "0032768386", "Haiti", "issued 03 Mar 2011 expires 02 Mar 2021"));
  }

  @Test
  void listReaderDetectsTheFormatFromTheContent() {
    Watchlist read = ListReader.read(new ByteArrayInputStream(EXCERPT.bytes()), "CONSOLIDATED.XML");
    assertThat(read).isEqualTo(list);
  }

  @Test
  void theLegacyNamespaceAndNoNamespaceAreReadAlike() {
    String current =
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML";
    String legacy = EXCERPT.text().replace(current, "http://tempuri.org/sdnList.xsd");
    String none = EXCERPT.text().replace(" xmlns=\"" + current + "\"", "");
    assertThat(EXCERPT.parse(legacy).entries()).isEqualTo(list.entries());
    assertThat(EXCERPT.parse(none).entries()).isEqualTo(list.entries());
  }

  private ListEntry entry(String id) {
    return Fixture.entry(list, id);
  }
}
