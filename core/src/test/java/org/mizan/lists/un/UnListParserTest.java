package org.mizan.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mizan.lists.Fixture.entry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
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

/** Literal tests of real values of the 2026-02-27 UN list, read from the committed excerpt. */
class UnListParserTest {
  private static Watchlist list;

  @BeforeAll
  static void parseExcerpt() {
    list = Excerpt.FIXTURE.parse();
  }

  @Test
  void versionIsDateGeneratedAndTheSha256OfTheBytes() {
    String sha256 = Fixture.sha256(Excerpt.FIXTURE.bytes());
    assertThat(list.version().source()).isEqualTo("un-sc-consolidated");
    assertThat(list.version().published()).isEqualTo("2026-02-27T00:00:09.554Z");
    assertThat(list.version().sha256()).isEqualTo(sha256);
  }

  @Test
  void individualsArePersonsAndEntitiesOrganizationsInListOrder() {
    assertThat(list.entries()).hasSize(19);
    assertThat(list.count(EntryKind.PERSON)).isEqualTo(14);
    assertThat(list.count(EntryKind.ORGANIZATION)).isEqualTo(5);
    assertThat(list.entries().get(0).id()).isEqualTo("CFi.009");
    assertThat(list.entries().get(14).id()).isEqualTo("CDe.001");
  }

  @Test
  void saddamHussein() {
    ListEntry e = entry(list, "IQi.001");
    assertThat(e.kind()).isEqualTo(EntryKind.PERSON);
    assertThat(e.recordId()).isEqualTo("6908048");
    assertThat(e.names())
        .containsExactly(
            new EntryName(
                "SADDAM HUSSEIN AL-TIKRITI",
                NameType.PRIMARY,
                "",
                List.of("SADDAM", "HUSSEIN", "AL-TIKRITI")),
            EntryName.of("صدام حسين التكريتي", NameType.ORIGINAL_SCRIPT),
            new EntryName("Abu Ali", NameType.ALIAS_LOW, "Low", List.of()));
    assertThat(e.birthDates()).containsExactly(BirthDate.exact(LocalDate.of(1937, 4, 28)));
    assertThat(e.placesOfBirth()).containsExactly("al-Awja, near Tikrit, Iraq");
    assertThat(e.nationalities()).containsExactly("Iraq");
    assertThat(e.programs()).containsExactly("Iraq");
    assertThat(e.listedOn()).isEqualTo("2003-06-27");
    assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(e.documents()).isEmpty();
    assertThat(e.addresses()).isEmpty();
    assertThat(e.comments()).isEmpty();
  }

  @Test
  void izzatIbrahimAlDouri() {
    ListEntry e = entry(list, "IQi.006");
    assertThat(e.primaryName()).isEqualTo("IZZAT IBRAHIM AL-DURI");
    assertThat(e.names())
        .extracting(EntryName::value, EntryName::type)
        .containsExactly(
            tuple("IZZAT IBRAHIM AL-DURI", NameType.PRIMARY),
            tuple("عزت ابراهيم الدوري", NameType.ORIGINAL_SCRIPT),
            tuple("Abu Brays", NameType.ALIAS_LOW),
            tuple("Abu Ahmad", NameType.ALIAS_LOW));
    assertThat(e.birthDates()).containsExactly(BirthDate.year(1942, false));
    assertThat(e.placesOfBirth()).containsExactly("al-Dur, Iraq");
  }

  @Test
  void goodAndLowAliasesKeepTheirQualityLabel() {
    assertThat(entry(list, "CFi.009").names())
        .extracting(EntryName::value, EntryName::type, EntryName::quality)
        .containsExactly(
            tuple("JOSEPH KONY", NameType.PRIMARY, ""),
            tuple("Kony", NameType.ALIAS_GOOD, "Good"),
            tuple("Joseph Rao Kony", NameType.ALIAS_GOOD, "Good"),
            tuple("Josef Kony", NameType.ALIAS_GOOD, "Good"),
            tuple("Le Messie sanglant", NameType.ALIAS_LOW, "Low"));
  }

  @Test
  void everyDateOfBirthFormOfJosephKony() {
    assertThat(entry(list, "CFi.009").birthDates())
        .extracting(BirthDate::text)
        .containsExactly(
            "1959", // EXACT YEAR
            "1960",
            "1961",
            "1963",
            "1964-09-18", // EXACT DATE
            "1965",
            "1961-08", // EXACT with only NOTE "August 1961 "
            "1961-07", // NOTE "July 1961 "
            "1961-01-01",
            "1963-04"); // NOTE "April 1963 "
  }

  @Test
  void approximatelyAndBetweenYears() {
    assertThat(entry(list, "YEi.002").birthDates())
        .containsExactly(
            BirthDate.year(1985, true), // APPROXIMATELY YEAR 1985
            BirthDate.betweenYears(1984, 1986)); // BETWEEN 1984 and 1986
    // BETWEEN with NOTE "Approximately"
    assertThat(entry(list, "TAi.002").birthDates())
        .extracting(BirthDate::text)
        .containsExactly("~1955..1958", "~1945..1950");
  }

  @Test
  void aliasDatesOfBirthAreDatesOfBirthToo() {
    // Jang Hyon U, an alias of KPi.016, with date of birth 1958-02-22 (resolution 2371 (2017))
    assertThat(entry(list, "KPi.016").birthDates())
        .containsExactly(
            BirthDate.exact(LocalDate.of(1957, 4, 15)), BirthDate.exact(LocalDate.of(1958, 2, 22)));
    // Doku Umarov's alias dates of birth repeat his own: kept once
    assertThat(entry(list, "QDi.290").birthDates())
        .extracting(BirthDate::text)
        .containsExactly("1964-04-13", "1965-04-13", "1964-05-12", "1955");
  }

  @Test
  void aliasRepeatedWithAnotherDateOfBirthIsKeptOnce() {
    assertThat(entry(list, "QDi.290").names())
        .extracting(EntryName::value)
        .containsExactly(
            "DOKU KHAMATOVICH UMAROV",
            "Умаров Доку Хаматович",
            "Lom-ali Butayev (Butaev)",
            "Lom-ali Butayev",
            "Dokka Umarov");
  }

  @Test
  void genderFromTheGenderElement() {
    assertThat(entry(list, "QDi.356").gender()).isEqualTo(Gender.FEMALE);
    assertThat(entry(list, "YEi.002").gender()).isEqualTo(Gender.MALE);
  }

  @Test
  void genderFromComments() {
    assertThat(entry(list, "YEi.001").comments()).startsWith("Gender [Male].");
    assertThat(entry(list, "YEi.001").gender()).isEqualTo(Gender.MALE);
    assertThat(entry(list, "KPi.043").comments()).isEqualTo("Gender:  male");
    assertThat(entry(list, "KPi.043").gender()).isEqualTo(Gender.MALE);
    assertThat(entry(list, "SDi.007").gender()).isEqualTo(Gender.MALE);
    assertThat(entry(list, "IQi.001").gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(entry(list, "CDe.001").gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void strayNameSpacesAreTrimmed() {
    // <FIRST_NAME> GEDO </FIRST_NAME> <SECOND_NAME>HAMDAN </SECOND_NAME> <THIRD_NAME> AHMED
    EntryName primary = entry(list, "SDi.007").names().get(0);
    assertThat(primary.value()).isEqualTo("GEDO HAMDAN AHMED");
    assertThat(primary.parts()).containsExactly("GEDO", "HAMDAN", "AHMED");
    assertThat(entry(list, "HTe.002").primaryName()).isEqualTo("VIV ANSANM");
    // <REFERENCE_NUMBER>KPe.023 </REFERENCE_NUMBER>
    assertThat(entry(list, "KPe.023").primaryName()).isEqualTo("DAEDONG CREDIT BANK (DCB)");
  }

  @Test
  void documents() {
    assertThat(entry(list, "QDi.368").documents())
        .containsExactly(
            new IdentityDocument(
                "Passport",
                "Russian foreign travel passport number 514448632",
                "Egypt",
                "date of issue: 2010-09-08; city of issue: Alexandria;"
                    + " issued by Consulate General of the Russian Federation"),
            new IdentityDocument(
                "National Identification Number",
                "1200075689",
                "Russian Federation",
                "national passport; date of issue: 2000-12-15; issued by Russian Federation"));
    assertThat(entry(list, "KPi.043").documents())
        .containsExactly(
            new IdentityDocument("Passport", "108210124", "", "Expiration date: 2023-06-04."));
  }

  @Test
  void documentWithoutNumberIsLeftOut() {
    // TAi.071 has one INDIVIDUAL_DOCUMENT whose number is only inside TYPE_OF_DOCUMENT2
    assertThat(entry(list, "TAi.071").documents()).isEmpty();
  }

  @Test
  void placesAddressesNationalitiesTitlesDesignations() {
    assertThat(entry(list, "TAi.071").placesOfBirth())
        .containsExactly("Moni village, Shigal District, Kunar Province, Afghanistan");
    assertThat(entry(list, "QDi.356").addresses())
        .containsExactly(
            "Syrian Arab Republic, as at Nov. 2013",
            "United Kingdom of Great Britain and Northern Ireland, previous address");
    assertThat(entry(list, "QDi.290").nationalities())
        .containsExactly("Russian Federation", "former Soviet Union");
    assertThat(entry(list, "TAi.002").titles()).containsExactly("Mullah", "Haji");
    assertThat(entry(list, "TAi.002").designations()).hasSize(4);
    assertThat(entry(list, "CFi.009").titles()).containsExactly("General");
  }

  @Test
  void listedOnDropsTheTimeZoneSuffix() {
    // <LISTED_ON>2015-04-07-04:00</LISTED_ON>
    assertThat(entry(list, "QDi.352").listedOn()).isEqualTo("2015-04-07");
  }

  @Test
  void entityAliasesAkaAndFka() {
    assertThat(entry(list, "CDe.001").names())
        .extracting(EntryName::value, EntryName::type, EntryName::quality)
        .containsExactly(
            tuple("ADF", NameType.PRIMARY, ""),
            tuple("Allied Democratic Forces", NameType.ALIAS_GOOD, "a.k.a."),
            tuple(
                "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda",
                NameType.ALIAS_GOOD,
                "f.k.a."),
            tuple("ADF/NALU", NameType.ALIAS_GOOD, "f.k.a."),
            tuple("NALU", NameType.ALIAS_GOOD, "f.k.a."));
  }

  @Test
  void cyrillicOriginalScriptAndAnAliasListedBothAsAkaAndFka() {
    assertThat(entry(list, "QDe.168").names())
        .extracting(EntryName::value, EntryName::type, EntryName::quality)
        .containsExactly(
            tuple("KHATIBA AL-TAWHID WAL-JIHAD (KTJ)", NameType.PRIMARY, ""),
            tuple("Катиба ат-Таухид валь-Джихад", NameType.ORIGINAL_SCRIPT, ""),
            tuple("JANNAT OSHIKLARI", NameType.ALIAS_GOOD, "a.k.a."),
            tuple("Jama`at al-Tawhid wal-Jihad", NameType.ALIAS_GOOD, "a.k.a."));
    assertThat(entry(list, "QDe.131").names())
        .containsExactly(
            new EntryName("EMARAT KAVKAZ", NameType.PRIMARY, "", List.of("EMARAT KAVKAZ")),
            EntryName.of("Эмират Кавказ", NameType.ORIGINAL_SCRIPT));
  }

  @Test
  void readsTheStreamToTheEndAndDoesNotCloseIt() throws Exception {
    byte[] bytes =
        (Excerpt.FIXTURE.text() + "\n<!-- trailing comment -->\n\n")
            .getBytes(StandardCharsets.UTF_8);
    TrackingStream in = new TrackingStream(bytes);
    Watchlist parsed = UnListParser.parse(in, "trailing.xml");
    assertThat(in.available()).isZero();
    assertThat(in.closed).isFalse();
    assertThat(parsed.version().sha256()).isEqualTo(Fixture.sha256(bytes));
  }

  @Test
  void byteOrderMarkIsAccepted() {
    byte[] withBom = Fixture.withByteOrderMark(Excerpt.FIXTURE.bytes());
    assertThat(Excerpt.FIXTURE.parse(withBom).entries()).hasSize(19);
  }

  @Test
  void listReaderDetectsTheUnList() {
    Watchlist read =
        ListReader.read(new ByteArrayInputStream(Excerpt.FIXTURE.bytes()), Excerpt.FIXTURE.name());
    assertThat(read).isEqualTo(list);
  }

  private static final class TrackingStream extends InputStream {
    private final ByteArrayInputStream bytes;
    private boolean closed;

    TrackingStream(byte[] content) {
      this.bytes = new ByteArrayInputStream(content);
    }

    @Override
    public int read() {
      return bytes.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return bytes.read(b, off, len);
    }

    @Override
    public int available() {
      return bytes.available();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /**
   * The list writes {@code na} where a nationality is not available (SDi.001 in the 2026-02-27
   * list): no nationality, not Namibia's code. Found by the breaker.
   */
  @Test
  void aNationalityNotAvailableIsNone() {
    String xml = Excerpt.FIXTURE.text();
    String uganda = "<NATIONALITY>\n        <VALUE>Uganda</VALUE>";
    assertThat(xml).contains(uganda);
    for (String na : List.of("na", "NA", " n/a ")) {
      org.mizan.model.Watchlist list =
          Excerpt.FIXTURE.parse(
              xml.replace(uganda, "<NATIONALITY>\n        <VALUE>" + na + "</VALUE>"));
      assertThat(entry(list, "CFi.009").nationalities()).as(na).isEmpty();
    }
    assertThat(Excerpt.entry("CFi.009").nationalities()).containsExactly("Uganda");
  }
}
