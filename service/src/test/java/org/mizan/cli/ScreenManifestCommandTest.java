package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Mizan;
import org.mizan.model.Watchlist;
import org.mizan.paxlst.Manifest;
import org.mizan.paxlst.ManifestReader;
import org.mizan.screening.ChunkedManifests;
import org.mizan.screening.ManifestJson;
import org.mizan.screening.ManifestScreening;
import org.mizan.screening.Screening;

/** {@code mizan screen-manifest}: a written PAXLST message screened against the bundled UN list. */
class ScreenManifestCommandTest {
  @TempDir Path dir;

  private Path resource(String name) throws Exception {
    Path p = dir.resolve(name);
    if (!Files.exists(p)) {
      try (InputStream in = getClass().getResourceAsStream("/paxlst/" + name)) {
        Files.copy(in, p);
      }
    }
    return p;
  }

  private MainTest.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", dir.toString(), "--max-list-age", "0"));
    return MainTest.run(all.toArray(String[]::new));
  }

  /**
   * A leg whose arrival time the message does not give (as PNRGOV legs often) is written without a
   * space behind the airport.
   */
  @Test
  void aLegWithoutAnArrivalTimeEndsAtTheAirport() throws Exception {
    Path message = dir.resolve("no-arrival.edi");
    Files.writeString(
        message,
        Files.readString(resource("three-travellers.edi"))
            .replace("DTM+232:2612011130:201'\n", ""));
    MainTest.Run run = run("screen-manifest", message.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("  leg MZ101: IST 2026-12-01T09:00 -> CDG\n");
  }

  @Test
  void theListedTravellerUnderAnMrzSpellingIsTheOneHit() throws Exception {
    // Three travellers; the second is QDi.059 (KHALID ABD AL-RAHMAN HAMD AL-FAWAZ, born
    // 1962-08-24, Saudi Arabia) as an airline sends him: ALFAWAZ:KHALID:ABDULRAHMAN HAMD.
    MainTest.Run run =
        run("screen-manifest", resource("three-travellers.edi").toString(), "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = run.json();
    JsonNode manifest = root.get("manifest");
    assertThat(manifest.get("format").asText()).isEqualTo("PAXLST");
    assertThat(manifest.get("travellers").asInt()).isEqualTo(3);
    assertThat(manifest.get("flight").get("carrier").asText()).isEqualTo("MZ");
    assertThat(manifest.get("flight").get("number").asText()).isEqualTo("101");
    JsonNode leg = manifest.get("flight").get("legs").get(0);
    assertThat(leg.get("from").asText()).isEqualTo("IST");
    assertThat(leg.get("to").asText()).isEqualTo("CDG");
    assertThat(leg.get("departure").asText()).isEqualTo("2026-12-01T09:00");
    List<String> hits = new ArrayList<>();
    for (JsonNode r : root.get("results")) {
      for (JsonNode m : r.get("matches")) {
        if (m.get("hit").asBoolean()) {
          hits.add(r.get("traveller").get("number").asInt() + " " + m.get("id").asText());
        }
      }
    }
    assertThat(hits).containsExactly("2 QDi.059");
    JsonNode second = root.get("results").get(1);
    assertThat(second.get("traveller").get("date_of_birth").asText()).isEqualTo("1962-08-24");
    assertThat(second.get("matches").get(0).get("score").asDouble()).isGreaterThan(0.95);
    assertThat(root.get("summary").get("with_hits").asInt()).isEqualTo(1);
    // Progress and counts on stderr, never a name.
    assertThat(run.err()).contains("screened 3 of 3 travellers; 1 with hits");
    assertThat(run.err()).doesNotContain("KHALID").doesNotContain("ALFAWAZ");
  }

  /**
   * {@code --hits-only}: each traveller's hits alone, the same one hit as the default screening
   * (QDi.059), in JSON (which then ends with {@code "hits_only": true}) and in text.
   */
  @Test
  void hitsOnlyGivesEachTravellersHitsAlone() throws Exception {
    MainTest.Run run =
        run(
            "screen-manifest",
            resource("three-travellers.edi").toString(),
            "--hits-only",
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> matches = new ArrayList<>();
    for (JsonNode r : run.json().get("results")) {
      for (JsonNode m : r.get("matches")) {
        matches.add(r.get("traveller").get("number").asInt() + " " + m.get("id").asText());
      }
    }
    assertThat(matches).containsExactly("2 QDi.059");
    assertThat(run.json().get("hits_only").asBoolean()).isTrue();
    assertThat(run.json().get("summary").get("with_hits").asInt()).isEqualTo(1);
    assertThat(
            run("screen-manifest", resource("three-travellers.edi").toString(), "--format", "json")
                .json()
                .has("hits_only"))
        .isFalse();

    MainTest.Run text =
        run("screen-manifest", resource("three-travellers.edi").toString(), "--hits-only");
    assertThat(text.out())
        .contains("Alert threshold 0.85; hits alone are shown (--hits-only), every one.")
        .contains("Subject traveller-2: KHALID ABDULRAHMAN HAMD ALFAWAZ — 1 hit\n")
        .contains(
            "Subject traveller-3: CHINEDU OKONKWO — 0 hits\n"
                + "    no hit (matches below the threshold were not looked for)")
        .contains("Summary: 3 travellers, 3 screened, 1 with hits");
  }

  /**
   * A breaker's find: a traveller whose passport name differs from the name booked is screened
   * under both, and the JSON's matches were cut to the longer of the two lists, so a hit of one
   * name (CHRISTOPHER JAY RAVAL, 0.90) was lost behind the other's matches, with or without {@code
   * --hits-only}. Every hit of either name is now there, and matches below the threshold up to
   * {@code --limit}.
   */
  @Test
  void aTravellerScreenedUnderTwoNamesKeepsEveryHitOfBoth() throws Exception {
    String pnr;
    try (InputStream in = getClass().getResourceAsStream("/pnrgov/gtas/loader__pnr4.txt")) {
      pnr = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String passport = "/P/GBR/117557052/ERI/09SEP64/M/16MAY25/RAVAL/CHRISTOPHER/JAY'";
    assertThat(pnr).contains(passport);
    Path message = dir.resolve("booked.txt");
    Files.writeString(
        message, pnr.replace(passport, "/P/NGA/A07719342/NGA/04JUL91/M/16MAY35/OKONKWO/CHINEDU'"));
    Path list = dir.resolve("list.csv");
    Files.writeString(
        list,
        "id,name,dob\n"
            + "T-1,CHINEDU OKONKWO,1991-07-04\n"
            + "T-2,CHRISTOPHER RAVAL,\n"
            + "T-3,CHRISTOPHER JAY RAVAL,\n"
            + "T-4,CHRIS RAVAL,\n"
            + "T-5,CHINEDU OKONKWO,1950\n"
            + "T-6,CHINEDU OKAFOR,\n"
            + "T-8,CHINEDU OKONKWOO,1950\n"
            + "T-9,CHINEDU EMEKA OKONKWO,1950\n");
    for (String hitsOnly : new String[] {"--limit", "--hits-only"}) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "screen-manifest", message.toString(), "--list", list.toString(), "--format"));
      args.add("json");
      args.add(hitsOnly);
      if (hitsOnly.equals("--limit")) {
        args.add("200");
      }
      MainTest.Run run = run(args.toArray(String[]::new));
      assertThat(run.exit()).as(run.err()).isZero();
      JsonNode traveller = run.json().get("results").get(0);
      List<String> hits = new ArrayList<>();
      for (JsonNode m : traveller.get("matches")) {
        if (m.get("hit").asBoolean()) {
          hits.add(m.get("id").asText());
        }
      }
      assertThat(hits).as(hitsOnly).containsExactlyInAnyOrder("T-1", "T-2", "T-3", "T-4");
    }
  }

  @Test
  void textOutputNamesTheHit() throws Exception {
    MainTest.Run run = run("screen-manifest", resource("three-travellers.edi").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Manifest: PAXLST D:05B, flight MZ101; 3 travellers (3 passengers, 0 crew members)")
        .contains(
            "Traveller 2: passenger (NAD+FL, segment 21) — born 1962-08-24, male, nationality SAU,"
                + " document P K1234567 (issued by SAU, expires 2029-06-30), booking L8K3ZD")
        .contains("HIT   0.9")
        .contains("QDi.059")
        .contains("Summary: 3 travellers, 3 screened, 1 with hits");
  }

  @Test
  void aFileOfWhichNothingCanBeReadExitsTwoWithWhere() throws Exception {
    Path p = dir.resolve("notes.txt");
    Files.writeString(p, "no message here", StandardCharsets.UTF_8);
    MainTest.Run run = run("screen-manifest", p.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(p + ": no interchange header (UNB): not a UN/EDIFACT interchange")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();

    MainTest.Run missing = run("screen-manifest", dir.resolve("absent.edi").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("absent.edi: no such file");
    assertThat(missing.out()).isEmpty();

    MainTest.Run badFormat =
        run("screen-manifest", resource("three-travellers.edi").toString(), "--format", "jsonl");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("--format must be text or json, not 'jsonl'");
    assertThat(badFormat.out()).isEmpty();
    MainTest.Run xml =
        run("screen-manifest", resource("three-travellers.edi").toString(), "--format", "xml");
    assertThat(xml.err()).contains("--format must be text or json, not 'xml'");
    MainTest.Run empty = run("screen-manifest", "");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("FILE must name a file");
    assertThat(empty.out()).isEmpty();
    MainTest.Run folder = run("screen-manifest", dir.toString(), "--format", "json");
    assertThat(folder.exit()).isEqualTo(2);
    assertThat(folder.err()).contains(": is a folder, not a file");
    assertThat(folder.out()).isEmpty();
    MainTest.Run badList =
        run("screen-manifest", resource("three-travellers.edi").toString(), "--list", p.toString());
    assertThat(badList.exit()).as(badList.err()).isNotZero();
    assertThat(badList.out()).isEmpty();
  }

  @Test
  void aBrokenTravellerIsAWarningAndTheOthersAreScreened() throws Exception {
    String text =
        Files.readString(resource("three-travellers.edi"), StandardCharsets.US_ASCII)
            .replace("DTM+329:620824'", "DTM+329:62O824'");
    Path p = dir.resolve("broken.edi");
    Files.writeString(p, text, StandardCharsets.US_ASCII);
    MainTest.Run run = run("screen-manifest", p.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = run.json();
    assertThat(root.get("summary").get("screened").asInt()).isEqualTo(3);
    assertThat(root.get("manifest").get("warnings").toString())
        .contains("the date of birth is not a date (YYMMDD, CCYYMMDD or CCYY expected)");
    // Without the date of birth the name alone still reaches the alert threshold.
    assertThat(root.get("results").get(1).get("matches").get(0).get("id").asText())
        .isEqualTo("QDi.059");
  }

  @Test
  void doc9303FormsOfAnArabicNameAreFirstClass() throws Exception {
    // QDi.059 (خالد عبد الرحمن حمد الفواز) as passports and airlines write him: the X-scheme of
    // ICAO Doc 9303 Part 3 Table C (خ XKH, ح XH, ع E, و W), a phonetic MRZ name with < fillers,
    // and the whole MRZ name line in the surname field.
    MainTest.Run run =
        run("screen-manifest", resource("mrz-forms.edi").toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> best = new ArrayList<>();
    for (JsonNode r : run.json().get("results")) {
      JsonNode top = r.get("matches").get(0);
      best.add(top.get("id").asText() + " " + top.get("hit").asBoolean());
    }
    assertThat(best).containsExactly("QDi.059 true", "QDi.059 true", "QDi.059 true");
  }

  /**
   * A manifest longer than a chunk of subjects, its JSON written as the travellers are screened:
   * the document of the collected result, byte for byte as indented in one piece, the summary last.
   */
  @Test
  void jsonWrittenAsScreenedIsTheDocumentOfTheCollectedResult() throws Exception {
    Path message = dir.resolve("long.edi");
    Files.writeString(message, ChunkedManifests.straddlingPnrgov(600), StandardCharsets.US_ASCII);
    MainTest.Run run = run("screen-manifest", message.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();

    Watchlist un = Mizan.bundledList();
    Manifest manifest =
        ManifestReader.read(Files.readAllBytes(message), message.toString(), Mizan.today());
    ManifestScreening.Result collected =
        new ManifestScreening(Mizan.over(List.of(un)).screening(), 2)
            .screen(manifest, Mizan.today(), Screening.ALERT_THRESHOLD, Screening.DEFAULT_LIMIT);
    ObjectNode expected = new ManifestJson(new ObjectMapper()).result(collected, List.of(un));
    JsonNode root = run.json();
    // As trees, key order aside; a number read back is an int where the tree holds a long.
    Comparator<JsonNode> sameValue =
        (a, b) ->
            a.equals(b)
                    || a.isNumber()
                        && b.isNumber()
                        && a.decimalValue().compareTo(b.decimalValue()) == 0
                ? 0
                : 1;
    assertThat(expected.equals(sameValue, root)).as("the document as a tree").isTrue();
    // As text, byte for byte the tree indented in one piece.
    assertThat(run.out()).isEqualTo(JsonText.pretty(expected) + System.lineSeparator());
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("manifest", "lists", "results", "summary");
    assertThat(root.get("summary").toString())
        .isEqualTo("{\"travellers\":600,\"screened\":599,\"with_hits\":2,\"warnings\":1}");
    // The one warning counted is the one listed.
    assertThat(root.at("/manifest/warnings")).hasSize(1);
    JsonNode straddling = root.get("results").get(511);
    assertThat(straddling.at("/traveller/name").asText()).isEqualTo("JOHN DOE");
    assertThat(straddling.at("/traveller/booked_name").asText()).isEqualTo("IZZAT IBRAHIM AL-DURI");
    assertThat(straddling.at("/matches/0/id").asText()).isEqualTo("IQi.006");
    assertThat(straddling.at("/matches/0/hit").asBoolean()).isTrue();
    assertThat(run.err())
        .contains("mizan: screened 599 of 600 travellers; 2 with hits; 1 warning")
        .doesNotContain("DURI")
        .doesNotContain("DOE")
        .doesNotContain("FAWAZ");
  }

  /**
   * A PNRGOV message sends a passenger again at each check-in event: the summary says the
   * travellers not screened are repeats, so that "3 travellers, 1 screened" does not read as two
   * lost (GTAS {@code pnr4.txt}: one passenger, sent three times).
   */
  @Test
  void theSummarySaysWhyTravellersWereNotScreened() throws Exception {
    Path message = dir.resolve("pnr4.txt");
    try (InputStream in = getClass().getResourceAsStream("/pnrgov/gtas/loader__pnr4.txt")) {
      Files.copy(in, message);
    }
    MainTest.Run run = run("screen-manifest", message.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "\n    not screened: repeats traveller 1 (the same PNR passenger), screened there\n")
        .endsWith(
            "\nSummary: 3 travellers, 1 screened (2 not: 2 repeats of a passenger screened once),"
                + " 0 with hits, 0 warnings\n");
  }

  /** The text of a manifest longer than a chunk: every traveller in order, then the summary. */
  @Test
  void textWrittenAsScreenedHoldsEveryTravellerInOrder() throws Exception {
    Path message = dir.resolve("long.edi");
    Files.writeString(message, ChunkedManifests.straddlingPnrgov(600), StandardCharsets.US_ASCII);
    MainTest.Run run = run("screen-manifest", message.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String out = run.out();
    assertThat(out)
        .startsWith(
            "Manifest: PNRGOV 11:1, no flight given; 600 travellers (600 passengers, 0 crew members)\n"
                + "Warnings:\n"
                + "  segment 1563 (TIF): a placeholder name (TBA), not a person's; not screened\n")
        .endsWith(
            "\nSummary: 600 travellers, 599 screened (1 not: 1 placeholder name), 2 with hits, 1"
                + " warning\n");
    List<Integer> numbers = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^Traveller (\\d+): ").matcher(out);
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    assertThat(numbers)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 600).boxed().toList());
    String straddling =
        out.substring(out.indexOf("\nTraveller 512: "), out.indexOf("\nTraveller 513: "));
    assertThat(straddling)
        .contains("JOHN DOE")
        .contains("IZZAT IBRAHIM AL-DURI")
        .contains("IQi.006");
  }
}
