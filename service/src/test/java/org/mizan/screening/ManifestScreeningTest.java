package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.model.Gender;
import org.mizan.model.Subject;
import org.mizan.paxlst.Flight;
import org.mizan.paxlst.Manifest;
import org.mizan.paxlst.ManifestFormat;
import org.mizan.paxlst.ManifestWarning;
import org.mizan.paxlst.Traveller;
import org.mizan.paxlst.TravellerRole;

/** Who of a manifest is screened, and who is not and why. */
class ManifestScreeningTest {
  private static Traveller tif(
      int segment, String surname, String given, int sameAs, boolean group) {
    return new Traveller(
        segment,
        "TIF",
        TravellerRole.PASSENGER,
        surname,
        List.of(given),
        Gender.UNKNOWN,
        "",
        "",
        "",
        "",
        List.of(),
        Map.of(),
        "ABC123",
        List.of(),
        sameAs,
        group,
        "");
  }

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  /** A message written in a test, read as a file of that name would be (in UTF-8). */
  private static Manifest read(String message, String name) {
    return org.mizan.paxlst.ManifestReader.read(
        message.getBytes(java.nio.charset.StandardCharsets.UTF_8), name, TODAY);
  }

  /** A PAXLST interchange's beginning, in UTF-8 (UNOW), up to its first traveller. */
  private static final String PAXLST =
      "UNA:+.?*'UNB+UNOW:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'";

  /** {@code manifest} screened against the bundled UN list on 2 threads, at the alert threshold. */
  private static ManifestScreening.Result screened(Manifest manifest) {
    return new ManifestScreening(Mizan.over(List.of(Mizan.bundledList())).screening(), 2)
        .screen(manifest, TODAY, 0.85, 10);
  }

  @Test
  void repeatsGroupsAndPlaceholdersAreNotScreenedAgain() {
    Manifest manifest =
        new Manifest(
            ManifestFormat.PNRGOV,
            "XX",
            "",
            "",
            "13:1",
            1,
            new Flight("XX", "1", List.of()),
            List.of(
                tif(10, "AL-FAWAZ", "KHALID ABD AL-RAHMAN", 0, false),
                tif(20, "AL-FAWAZ", "KHALID ABD AL-RAHMAN", 1, false),
                tif(30, "ACME TEAM PARTY", "", 0, true),
                tif(31, "TBA", "C", 0, false)),
            List.of());
    ManifestScreening.Result result = screened(manifest);

    assertThat(result.results())
        .extracting(ManifestScreening.TravellerResult::notScreened)
        .containsExactly(
            "",
            "repeats traveller 1 (the same PNR passenger), screened there",
            "a group booking's name, not a person",
            "a placeholder name (TBA), not a person's");
    assertThat(result.screened()).isEqualTo(1);
    // The listed person is one traveller with a hit, not two.
    assertThat(result.travellersWithHits()).isEqualTo(1);
    assertThat(result.results().get(0).screenings().get(0).matches().get(0).entry().id())
        .isEqualTo("QDi.059");
    assertThat(result.warnings())
        .extracting(w -> w.text())
        .containsExactly(
            "segment 30 (TIF): a group booking's name, not a person; not screened",
            "segment 31 (TIF): a placeholder name (TBA), not a person's; not screened");
  }

  @Test
  void nameslessTifsAreNotRepeatsOfOneAnother() {
    // Found by a breaker (2026-12-02): the second nameless TIF was "screened there", as the first,
    // which was not screened at all.
    String pnr =
        "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'"
            + "TIF'TIF+'UNT+5+1'UNZ+1+1'";
    Manifest manifest = read(pnr, "nameless.edi");
    assertThat(manifest.travellers()).hasSize(2);
    assertThat(manifest.travellers()).allSatisfy(t -> assertThat(t.sameAs()).isZero());
    ManifestScreening.Result result = screened(manifest);
    assertThat(result.results())
        .extracting(ManifestScreening.TravellerResult::notScreened)
        .containsOnly("no name was sent, or none could be read (see the warnings)");
  }

  @Test
  void aPassengerBookedUnderAListedNameIsHitWhateverHisPassportSays() {
    // Found by the third breaker round: the passport name replaced the booked one.
    String pnr =
        "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'"
            + "TIF+AL-DURI+IZZAT IBRAHIM MR:A:1'"
            + "SSR+DOCS:HK::RJ:::::/P/GBR/123456789/GBR/01JUL42/M/01JAN30/DOE/JOHN'"
            + "UNT+6+1'UNZ+1+1'";
    Manifest manifest = read(pnr, "booked.edi");
    assertThat(manifest.travellers().get(0).name()).isEqualTo("JOHN DOE");
    assertThat(manifest.travellers().get(0).bookedName()).isEqualTo("IZZAT IBRAHIM AL-DURI");
    ManifestScreening.Result result = screened(manifest);
    assertThat(result.results().get(0).screenings()).hasSize(2);
    assertThat(result.travellersWithHits()).isEqualTo(1);
    assertThat(result.results().get(0).screenings().get(1).matches().get(0).entry().id())
        .isEqualTo("IQi.006");
  }

  @Test
  void aDocumentNumberPastTheLimitIsWarnedAboutAndTheTravellerScreenedWithoutIt() {
    // A helper's find (2026-12-05): a DOC number of 500 characters was screened as evidence,
    // while /screen and batch input refuse one of more than 100.
    String paxlst =
        PAXLST
            + "NAD+FL+++AL-DURI:IZZAT IBRAHIM'DOC+P:110:111+"
            + "A".repeat(500)
            + "'NAD+FL+++DOE:JOHN'DOC+P:110:111+123456789'UNT+7+1'UNZ+1+1'";
    ManifestScreening.Result result = screened(read(paxlst, "long-document.edi"));
    ManifestScreening.TravellerResult izzat = result.results().get(0);
    assertThat(izzat.screenings()).hasSize(1);
    assertThat(izzat.screenings().get(0).subject().document()).isEmpty();
    assertThat(izzat.matches().get(0).entry().id()).isEqualTo("IQi.006");
    assertThat(result.results().get(1).screenings().get(0).subject().document())
        .isEqualTo("123456789");
    assertThat(result.warnings())
        .extracting(ManifestWarning::text)
        .containsExactly(
            "segment 4 (NAD): the traveller's document number is unusable: longer than 100"
                + " characters (a travel or identity document number); screened without it");
  }

  @Test
  void aDocumentNumberWithAnInvisibleCharacterIsScreenedWithoutIt() {
    // A breaker's find on the check above: M110522 followed by a left-to-right mark, as text
    // copied from right-to-left systems has it, was left out whole, and the passport listed for
    // QDi.135 no longer counted (0.853, a hit, became 0.808). A number left out gives way to the
    // traveller's next document.
    String paxlst =
        PAXLST
            + "NAD+FL+++KASKAR:IBRAHIM'ATT+2++M'NAT+2+IRQ'DOC+P:110:111+M110522\u200e'"
            + "NAD+FL+++DOE:JOHN'DOC+P:110:111+"
            + "A".repeat(101)
            + "'DOC+P:110:111+123456789'UNT+10+1'UNZ+1+1'";
    ManifestScreening.Result result = screened(read(paxlst, "lrm.edi"));
    assertThat(result.results().get(0).screenings().get(0).subject().document())
        .isEqualTo("M110522");
    assertThat(result.results().get(0).matches().get(0).entry().id()).isEqualTo("QDi.135");
    assertThat(result.results().get(0).matches().get(0).score()).isGreaterThanOrEqualTo(0.85);
    assertThat(result.results().get(1).screenings().get(0).subject().document())
        .isEqualTo("123456789");
    assertThat(result.warnings())
        .extracting(ManifestWarning::text)
        .containsExactly(
            "segment 4 (NAD): the traveller's document number holds characters that do not show"
                + " (formatting, private-use or variation characters); screened without them",
            "segment 8 (NAD): the traveller's document number (document 1 of 2) is unusable:"
                + " longer than 100 characters (a travel or identity document number); screened"
                + " without it");
  }

  @Test
  void aDocumentNumberOfInvisibleCharactersAloneIsWarnedAbout() {
    // A second breaker's find: DOC+P:110:111+ and three zero-width spaces was left out without a
    // word.
    String paxlst =
        PAXLST + "NAD+FL+++KASKAR:IBRAHIM'DOC+P:110:111+\u200b\u200b\u200b'UNT+5+1'UNZ+1+1'";
    ManifestScreening.Result result = screened(read(paxlst, "zwsp.edi"));
    assertThat(result.results().get(0).screenings().get(0).subject().document()).isEmpty();
    assertThat(result.warnings())
        .extracting(ManifestWarning::text)
        .containsExactly(
            "segment 4 (NAD): the traveller's document number is unusable: made only of"
                + " characters that do not show; screened without it");
  }

  @Test
  void aPassportNameThatCannotBeScreenedLeavesTheNameBookedScreened() {
    // A breaker's find: the booked name was screened only beside a usable passport name.
    String pnr =
        "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'"
            + "TIF+AL-DURI+IZZAT IBRAHIM MR:A:1'"
            + "SSR+DOCS:HK::RJ:::::/P/GBR/123456789/GBR/01JUL42/M/01JAN30/-/.'"
            + "UNT+6+1'UNZ+1+1'";
    ManifestScreening.Result result = screened(read(pnr, "punctuation.edi"));
    ManifestScreening.TravellerResult t = result.results().get(0);
    assertThat(t.screenings())
        .extracting(r -> r.subject().id())
        .containsExactly("traveller-1-booked");
    assertThat(t.matches().get(0).entry().id()).isEqualTo("IQi.006");
    assertThat(result.travellersWithHits()).isEqualTo(1);
    assertThat(result.warnings())
        .extracting(ManifestWarning::text)
        .contains(
            "segment 5 (TIF): the traveller's passport name has no letters or digits; screened"
                + " under the name booked");
  }

  @Test
  void aNameBookedThatCannotBeScreenedIsWarnedAboutItself() {
    // A breaker's find: a booked name too long was left out with no word of it, and when the
    // passport name failed too the warning named the passport name's fault alone.
    String tooLong = "A".repeat(Subject.MAX_NAME_LENGTH + 1);
    String pnr =
        "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'"
            + "TIF+"
            + tooLong
            + "+IZZAT MR:A:1'"
            + "SSR+DOCS:HK::RJ:::::/P/GBR/123456789/GBR/01JUL42/M/01JAN30/AL-DURI/IZZAT IBRAHIM'"
            + "TIF+"
            + tooLong
            + "+JANE MS:A:2'"
            + "SSR+DOCS:HK::RJ:::::/P/GBR/123456780/GBR/01JUL52/F/01JAN30/-/.'"
            + "UNT+8+1'UNZ+1+1'";
    ManifestScreening.Result result = screened(read(pnr, "long.edi"));
    String fault =
        "the name the traveller is booked under is longer than 1000 characters (as written or once"
            + " Unicode compatibility forms are expanded); not screened under it";
    assertThat(result.warnings())
        .extracting(ManifestWarning::text)
        .containsExactly(
            "segment 5 (TIF): " + fault,
            "segment 7 (TIF): " + fault,
            "segment 7 (TIF): the traveller's passport name has no letters or digits; not"
                + " screened");
    assertThat(result.results().get(0).screenings())
        .extracting(r -> r.subject().id())
        .containsExactly("traveller-1");
    assertThat(result.results().get(0).matches().get(0).entry().id()).isEqualTo("IQi.006");
    assertThat(result.results().get(1).screenings()).isEmpty();
  }

  @Test
  void aPassportNamePaddedPastTheLimitLeavesTheNameBookedScreened() {
    // The fourth breaker's find: the passport name, the booked one padded with 1,000 dashes, had
    // the same letters, so the name booked was dropped as the same, and no one was screened.
    String pnr =
        "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'"
            + "TIF+AL-DURI+IZZAT IBRAHIM MR:A:1'"
            + "SSR+DOCS:HK::RJ:::::/P/IRQ/123456789/IRQ/01JUL42/M/01JAN30/AL-DURI"
            + "-".repeat(1000)
            + "/IZZAT/IBRAHIM'"
            + "UNT+6+1'UNZ+1+1'";
    ManifestScreening.Result result = screened(read(pnr, "padded.edi"));
    ManifestScreening.TravellerResult t = result.results().get(0);
    assertThat(t.screenings())
        .extracting(r -> r.subject().id())
        .containsExactly("traveller-1-booked");
    assertThat(t.matches().get(0).entry().id()).isEqualTo("IQi.006");
    assertThat(result.warnings())
        .extracting(ManifestWarning::text)
        .anyMatch(w -> w.startsWith("segment 5 (TIF): the traveller's passport name is longer"));
  }

  @Test
  void aPlaceholderOrAGroupNameIsNeverScreenedAsTheNameBooked() {
    // The fourth breaker's find: TBA TBA, A TBA and a tour group's name were screened as the names
    // booked beside the passport names SSR DOCS gave.
    String pnr =
        "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'"
            + "TIF+TBA+TBA:A:1'SSR+DOCS:HK::RJ:::::/P/GBR/1/GBR/01JUL72/M/01JAN30/REAL/PERSON'"
            + "TIF+TBA+A:A:2'SSR+DOCS:HK::RJ:::::/P/GBR/2/GBR/01JUL72/M/01JAN30/OTHER/PERSON'"
            + "TIF+HAPPYTOURS:G+:A:3'SSR+DOCS:HK::RJ:::::/P/GBR/3/GBR/01JUL72/M/01JAN30/THIRD/PERSON'"
            + "UNT+9+1'UNZ+1+1'";
    ManifestScreening.Result result = screened(read(pnr, "placeholders.edi"));
    assertThat(result.results())
        .flatExtracting(ManifestScreening.TravellerResult::screenings)
        .extracting(r -> r.subject().name())
        .containsExactly("PERSON REAL", "PERSON OTHER", "PERSON THIRD");
  }

  @Test
  void theWarningsOfScreeningAreCappedWithTheFilesAndCounted() {
    // A breaker's find: 3,000 group bookings gave 3,000 warnings past the cap of 1,000.
    StringBuilder pnr =
        new StringBuilder(
            "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'");
    for (int k = 0; k < 3000; k++) {
      pnr.append("TIF+GROUP").append(k).append(":G+TOUR:A:").append(k).append('\'');
    }
    pnr.append("TIF+AL-DURI+IZZAT IBRAHIM:A:9999'UNT+3005+1'UNZ+1+1'");
    ManifestScreening.Plan plan = ManifestScreening.plan(read(pnr.toString(), "g.edi"), TODAY);
    assertThat(plan.warnings()).hasSize(ManifestWarning.MAX_LISTED + 1);
    assertThat(plan.warnings().get(ManifestWarning.MAX_LISTED).message())
        .isEqualTo("2000 more warnings not listed");
    assertThat(ManifestWarning.total(plan.warnings())).isEqualTo(3000);
    assertThat(plan.subjects()).extracting(Subject::name).containsExactly("IZZAT IBRAHIM AL-DURI");
    // The JSON summary counts them all, as the text summary does.
    ManifestScreening.Result result = screened(read(pnr.toString(), "g.edi"));
    assertThat(
            new ManifestJson(new com.fasterxml.jackson.databind.ObjectMapper())
                .result(result, List.of(Mizan.bundledList()))
                .get("summary")
                .toString())
        .isEqualTo("{\"travellers\":3001,\"screened\":1,\"with_hits\":1,\"warnings\":3000}");
  }

  /**
   * The streaming screening hands on what the collected result holds, in manifest order, each
   * traveller once all its names are screened: the traveller whose passport name is the last
   * subject of the first chunk and whose booked name is the first of the second is handed on after
   * the second chunk, with both screenings.
   */
  @Test
  void streamingHandsOnTheCollectedResultsInOrderAcrossTheChunkBoundary() {
    int chunk = ChunkedManifests.CHUNK;
    Manifest manifest = read(ChunkedManifests.straddlingPnrgov(600), "long.edi");
    assertThat(manifest.travellers()).hasSize(600);

    ManifestScreening.Plan plan = ManifestScreening.plan(manifest, TODAY);
    // 599 names screened (one placeholder is not), and traveller 512's booked name too.
    assertThat(plan.subjects()).hasSize(600);
    assertThat(plan.owners().subList(chunk - 2, chunk + 1))
        .containsExactly(chunk - 2, chunk - 1, chunk - 1);
    assertThat(plan.subjects().get(chunk - 1).name()).isEqualTo("JOHN DOE");
    assertThat(plan.subjects().get(chunk).name()).isEqualTo("IZZAT IBRAHIM AL-DURI");
    assertThat(plan.notScreened().get(chunk + 7))
        .isEqualTo("a placeholder name (TBA), not a person's");
    // Every warning is known before any screening (UNB is segment 1; three segments a PNR, and
    // one more, the SSR DOCS, in traveller 512's).
    assertThat(plan.warnings())
        .extracting(w -> w.text())
        .containsExactly(
            "segment 1563 (TIF): a placeholder name (TBA), not a person's; not screened");

    ManifestScreening screening =
        new ManifestScreening(Mizan.over(List.of(Mizan.bundledList())).screening(), 2);
    List<ManifestScreening.TravellerResult> handedOn = new java.util.ArrayList<>();
    List<String> progress = new java.util.ArrayList<>();
    ManifestScreening.Totals totals =
        screening.screen(
            plan,
            0.85,
            10,
            screened -> progress.add(screened + " screened, " + handedOn.size() + " handed on"),
            handedOn::add);
    // After the first chunk, traveller 512 waits for his booked name in the second.
    assertThat(progress)
        .containsExactly("512 screened, 511 handed on", "600 screened, 600 handed on");

    ManifestScreening.Result collected = screening.screen(manifest, TODAY, 0.85, 10);
    assertThat(handedOn)
        .extracting(ManifestScreeningTest::described)
        .containsExactlyElementsOf(
            collected.results().stream().map(ManifestScreeningTest::described).toList());
    assertThat(handedOn)
        .extracting(ManifestScreening.TravellerResult::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 600).boxed().toList());
    assertThat(collected.warnings()).isEqualTo(plan.warnings());
    assertThat(totals).isEqualTo(new ManifestScreening.Totals(600, 599, 2));
    assertThat(collected.totals()).isEqualTo(totals);

    ManifestScreening.TravellerResult straddling = handedOn.get(chunk - 1);
    assertThat(straddling.screenings())
        .extracting(r -> r.subject().id())
        .containsExactly("traveller-512", "traveller-512-booked");
    assertThat(straddling.matches().get(0).entry().id()).isEqualTo("IQi.006");
    assertThat(straddling.hits()).isEqualTo(1);
    assertThat(handedOn.get(1).matches().get(0).entry().id()).isEqualTo("QDi.059");
  }

  /** A traveller's result in words: who, whether and why not screened, each name's matches. */
  private static String described(ManifestScreening.TravellerResult r) {
    StringBuilder b =
        new StringBuilder()
            .append(r.number())
            .append(' ')
            .append(r.traveller())
            .append(" [")
            .append(r.notScreened())
            .append(']');
    for (ScreeningResult s : r.screenings()) {
      b.append(" | ").append(s.subject());
      for (org.mizan.match.Match m : s.matches()) {
        b.append(' ').append(m.entry().id()).append('=').append(m.score());
        b.append(s.isHit(m) ? " hit" : "");
      }
    }
    return b.toString();
  }
}
