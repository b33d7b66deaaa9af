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

/** Literal values of the real 2021-04 excerpt. */
class OfacSdnCsvParserTest {
  /**
   * The folder of the real 2021-04 excerpt: sdn.csv, alt.csv, add.csv (see the README beside it).
   */
  static final String FOLDER = "/lists/ofac/sdn-2021-04-excerpt/";

  /** The excerpt's sdn.csv, read alone. */
  static final Fixture SDN = new Fixture("sdn.csv", FOLDER + "sdn.csv", OfacSdnCsvParser::parse);

  private final Watchlist list = parseAll();

  /** The bytes of one file of the excerpt, exactly as committed. */
  static byte[] bytes(String file) {
    return Fixture.resource(FOLDER + file);
  }

  /** The three files of the excerpt, parsed as one publication. */
  static Watchlist parseAll() {
    return parse(bytes("sdn.csv"), bytes("alt.csv"), bytes("add.csv"));
  }

  /** Three files parsed as one publication, cited as sdn.csv, alt.csv and add.csv. */
  static Watchlist parse(byte[] sdn, byte[] alt, byte[] add) {
    return OfacSdnCsvParser.parse(
        SdnFiles.of(input(sdn, "sdn.csv"))
            .withAlt(input(alt, "alt.csv"))
            .withAdd(input(add, "add.csv")));
  }

  private static CsvInput input(byte[] bytes, String location) {
    return new CsvInput(new ByteArrayInputStream(bytes), location);
  }

  @Test
  void readsEveryRecordInFileOrder() {
    assertThat(list.entries()).hasSize(28);
    assertThat(list.entries().get(0).id()).isEqualTo("36");
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(15);
    assertThat(list.count(EntryKind.VESSEL)).isEqualTo(3);
    assertThat(list.count(EntryKind.AIRCRAFT)).isEqualTo(3);
    assertThat(list.count(EntryKind.ORGANIZATION)).isEqualTo(7);
  }

  @Test
  void versionIsTheDigestOfTheThreeFilesInOrder() {
    assertThat(list.version().source()).isEqualTo("us-ofac-sdn");
    assertThat(list.version().published()).isEmpty();
    assertThat(list.version().sha256())
        .isEqualTo(Fixture.sha256(bytes("sdn.csv"), bytes("alt.csv"), bytes("add.csv")));
  }

  @Test
  void entry19809() {
    ListEntry e = Fixture.entry(list, "19809");
    assertThat(e.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(e.primaryName()).isEqualTo("AL-MUTAYRI, Abd al-Muhsin Zabin Mutib Naif");
    assertThat(e.programs()).containsExactly("SDGT");
    assertThat(e.birthDates()).containsExactly(BirthDate.exact(LocalDate.of(1973, 7, 1)));
    assertThat(e.placesOfBirth()).containsExactly("Kuwait");
    assertThat(e.nationalities()).containsExactly("Kuwait");
    assertThat(e.addresses()).containsExactly("Kuwait");
    List<EntryName> names = e.names();
    assertThat(names).hasSize(1 + 15 + 2);
    assertThat(names.get(1))
        .isEqualTo(
            new EntryName(
                "AL-MUTAYRI, 'Abd al-Mushin Zabin Mutib Naif",
                NameType.ALIAS_GOOD,
                "a.k.a.",
                List.of()));
    assertThat(names.get(15).value()).isEqualTo("AL-MUTAYYIRI, 'Abd al-Muhsin Zabin Mutab Nayif");
    assertThat(names.subList(16, 18))
        .containsExactly(
            new EntryName("AL-ZIBIN, Muhsin", NameType.ALIAS_LOW, "weak a.k.a.", List.of()),
            new EntryName(
                "NAYIF, 'Abd al-Muhsin Zayn Mun'ib", NameType.ALIAS_LOW, "weak a.k.a.", List.of()));
    assertThat(e.comments()).startsWith("DOB 01 Jul 1973; POB Kuwait;");
  }

  @Test
  void entry7848() {
    ListEntry e = Fixture.entry(list, "7848");
    assertThat(e.primaryName()).isEqualTo("AL-DURI, Izzat Ibrahim");
    assertThat(e.programs()).containsExactly("IRAQ2");
    assertThat(e.birthDates()).containsExactly(BirthDate.year(1942, true));
    assertThat(e.placesOfBirth()).containsExactly("al-Dur, Iraq");
    assertThat(e.nationalities()).containsExactly("Iraq");
    assertThat(e.names().stream().filter(n -> n.type() == NameType.ALIAS_LOW).map(n -> n.value()))
        .containsExactly("ABU BRAYS", "ABU AHMAD");
    assertThat(e.addresses()).isEmpty();
  }

  @Test
  void documentsGenderAndAlternativeValues() {
    ListEntry ayesha = Fixture.entry(list, "12610");
    assertThat(ayesha.gender()).isEqualTo(Gender.FEMALE);
    assertThat(ayesha.birthDates())
        .containsExactly(
            BirthDate.year(1977, false),
            BirthDate.year(1976, false),
            BirthDate.exact(LocalDate.of(1978, 1, 1)));
    assertThat(ayesha.documents())
        .contains(new IdentityDocument("Passport", "215215", "Libya", ""));

    ListEntry abril = Fixture.entry(list, "4307");
    assertThat(abril.documents())
        .containsExactly(
            new IdentityDocument("Cedula", "3002003", "Colombia", ""),
            new IdentityDocument("Passport", "AF368431", "Colombia", ""));
    assertThat(Fixture.entry(list, "7326").documents())
        .contains(new IdentityDocument("National ID", "660000 73767", "Belgium", ""));
    assertThat(Fixture.entry(list, "6915").nationalities()).containsExactly("Egypt");
  }

  @Test
  void programsTitlesVesselsAndAircraft() {
    ListEntry nasrallah = Fixture.entry(list, "2686");
    assertThat(nasrallah.programs()).containsExactly("SDGT", "SYRIA");
    assertThat(nasrallah.titles()).containsExactly("Secretary General of Hizballah");
    assertThat(Fixture.entry(list, "4632").programs())
        .containsExactly("IRAN", "SDGT", "IRGC", "IFSR");
    assertThat(Fixture.entry(list, "4234").kind()).isEqualTo(EntryKind.VESSEL);
    assertThat(Fixture.entry(list, "15431").kind()).isEqualTo(EntryKind.AIRCRAFT);
    assertThat(Fixture.entry(list, "4243").names().get(1))
        .isEqualTo(new EntryName("ANA I", NameType.ALIAS_LOW, "weak f.k.a.", List.of()));
    assertThat(Fixture.entry(list, "36").kind()).isEqualTo(EntryKind.ORGANIZATION);
    assertThat(Fixture.entry(list, "36").comments()).isEmpty();
    assertThat(Fixture.entry(list, "36").titles()).isEmpty();
  }

  @Test
  void sdnCsvAloneHasNoAliasesFromAltCsv() {
    Watchlist alone = SDN.parse();
    ListEntry e = Fixture.entry(alone, "19809");
    assertThat(e.names()).hasSize(3);
    assertThat(e.addresses()).isEmpty();
  }

  @Test
  void listReaderDetectsSdnCsv() {
    Watchlist read = ListReader.read(new ByteArrayInputStream(SDN.bytes()), SDN.name());
    assertThat(read.version().source()).isEqualTo(OfacSdnCsvParser.SOURCE);
    assertThat(read.entries()).hasSize(28);
  }
}
