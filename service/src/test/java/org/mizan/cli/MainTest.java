package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: output shapes, exit codes, error messages. */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aFileThatCannotBeMadeIsSaidInWords() {
    // A breaker's find: lists update --data-dir /proc/nope said "(NoSuchFileException)".
    assertThat(
            Main.message(
                new java.io.UncheckedIOException(
                    "/proc/nope", new java.nio.file.NoSuchFileException("/proc/nope"))))
        .isEqualTo(
            "I/O failure: /proc/nope: no such file or folder (or a folder on its path cannot be"
                + " made)");
    assertThat(
            Main.message(
                new java.io.UncheckedIOException(
                    "x",
                    new java.nio.file.FileSystemException(
                        "/mnt/ro/data", null, "Read-only file system"))))
        .isEqualTo("I/O failure: /mnt/ro/data: Read-only file system");
    assertThat(
            Main.message(
                new java.io.UncheckedIOException(new java.io.IOException("Input/output error"))))
        .isEqualTo("I/O failure: Input/output error");
  }

  /**
   * A breaker's find: with standard output full (> /dev/full), the summary "screened 2 subjects"
   * was printed before the I/O failure, as if the results had been written.
   */
  @Test
  void aBatchWhoseOutputCannotBeWrittenPrintsNoSummary() throws Exception {
    Path input = write("two.csv", "id,name\n1,Saddam Hussein\n2,Izzat Ibrahim al-Douri\n");
    Run run = runIntoAFullDisk("screen", "--input", input.toString(), "--format", "jsonl");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("mizan: I/O failure: cannot write the results to standard output")
        .doesNotContain("screened 2 subjects");
  }

  @Test
  void listsInfoReportsTheBundledList() throws Exception {
    Run run = run("lists", "info", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode list = run.json().get(0);
    assertThat(list.get("source").asText()).isEqualTo("un-sc-consolidated");
    assertThat(list.get("version").asText()).isEqualTo("2026-02-27T00:00:09.554Z");
    assertThat(list.get("sha256").asText())
        .isEqualTo("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf");
    assertThat(list.get("entries").asInt()).isEqualTo(1003);
    assertThat(list.get("persons").asInt()).isEqualTo(730);
    assertThat(list.get("organizations").asInt()).isEqualTo(273);
    assertThat(list.get("vessels").asInt()).isZero();
    assertThat(list.get("aircraft").asInt()).isZero();
    // As the text output lists them (a new user found them missing from the JSON).
    assertThat(list.get("programs").toString())
        .isEqualTo(
            "[\"Al-Qaida\",\"CAR\",\"DPRK\",\"DRC\",\"GB\",\"Haiti\",\"Iran\",\"Iraq\","
                + "\"Libya\",\"Somalia\",\"SouthSudan\",\"Sudan\",\"Taliban\",\"Yemen\"]");
  }

  @Test
  void listsInfoAsText() {
    Run run = run("lists", "info");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("un-sc-consolidated")
        .contains("2026-02-27T00:00:09.554Z")
        .contains("1003 (730 persons, 273 organizations, 0 vessels, 0 aircraft)");
  }

  @Test
  void screenJsonFollowsTheContract() throws Exception {
    Run run = run("screen", "صدام حسين التكريتي", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = run.json();
    assertThat(root.at("/query/name").asText()).isEqualTo("صدام حسين التكريتي");
    assertThat(root.at("/lists/0/entries").asInt()).isEqualTo(1003);
    JsonNode first = root.at("/matches/0");
    assertThat(first.get("id").asText()).isEqualTo("IQi.001");
    assertThat(first.get("source").asText()).isEqualTo("un-sc-consolidated");
    assertThat(first.get("kind").asText()).isEqualTo("person");
    assertThat(first.get("name").asText()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(first.get("hit").asBoolean()).isTrue();
    assertThat(first.at("/matched/list_name_type").asText()).isEqualTo("original-script");
    assertThat(first.at("/explanation/0/feature").asText()).isEqualTo("name");
    assertThat(first.at("/explanation/0/weight").asDouble()).isEqualTo(1.0);
  }

  /**
   * Regression: a match of 0.8498, below the alert threshold, was shown as 0.850 beside hits of
   * 0.850 and more; the threshold 0.855 was shown as 0.86.
   */
  @Test
  void textShowsScoresCutAndTheThresholdAsGiven() {
    Run run = run("screen", "Ahmad Hasan");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Alert threshold 0.85; matches below the reporting floor 0.70")
        // Another family name: 0.864, an alert, before the family-name factor (0.95).
        .contains(" 4. -     0.820  IRi.013");
    // AHMAD MAHMOOD HASSAN, the given and family names the other way round: 0.8498.
    assertThat(run("screen", "Hasan Ahmed").out()).contains(" 3. -     0.849  CDi.040");
    assertThat(run("screen", "Ahmad Hasan", "--threshold", "0.855").out())
        .contains("Alert threshold 0.855;");
  }

  @Test
  void dobGivesADateExplanation() throws Exception {
    Run run = run("screen", "Izzat Ibrahim al-Douri", "--dob", "1942", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode first = run.json().at("/matches/0");
    assertThat(first.get("id").asText()).isEqualTo("IQi.006");
    assertThat(first.get("hit").asBoolean()).isTrue();
    assertThat(first.at("/explanation/1/feature").asText()).isEqualTo("dob");
    assertThat(first.at("/explanation/1/query").asText()).isEqualTo("1942");
  }

  @Test
  void anUpperLineWithADigitForALetterIsReadAndSaidToBe() throws Exception {
    // A helper's find (2026-12-05): Iraq's I read as 1 from a worn page made the line no zone,
    // and QDi.018 scored 0.774 as a plain name, no hit.
    Run run =
        zoneHitsAghaWhole(
            "P<1RQAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<",
            "{\"name_field\":\"AGHA<<ABDUL<MANAN\",\"digits_read_as_letters\":true,\"taken\":[]}");
    assertThat(run.json().at("/matches/0/explanation/0/detail").asText())
        .startsWith(
            "query read as a machine-readable zone (digits among its letters read as the letters a"
                + " reader mistakes them for: 0 as O, 1 as I, 2 as Z, 5 as S, 8 as B): its name field"
                + " alone; ");
  }

  /**
   * {@code line} screened as JSON: QDi.018 (ABDUL MANAN AGHA) its first match at 1.0, and {@code
   * zone} the query's zone; the run.
   */
  private static Run zoneHitsAghaWhole(String line, String zone) throws Exception {
    Run run = run("screen", line, "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode first = run.json().at("/matches/0");
    assertThat(first.get("id").asText()).isEqualTo("QDi.018");
    assertThat(first.get("score").asDouble()).isEqualTo(1.0);
    assertThat(run.json().at("/query/zone").toString()).isEqualTo(zone);
    return run;
  }

  @Test
  void anUpperLineWithAFillerTooManyIsReadAndSaidToBe() throws Exception {
    // 45 characters, a filler too many at the end (a copy's slip): screened as a name, QDi.018
    // scored 0.839, no hit, and nothing said the line was not read.
    String line = "P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<<";
    Run run =
        zoneHitsAghaWhole(
            line,
            "{\"name_field\":\"AGHA<<ABDUL<MANAN\",\"line_length_as_given\":45,\"taken\":[]}");
    assertThat(run.json().at("/matches/0/explanation/0/detail").asText())
        .startsWith(
            "query read as a machine-readable zone (a line of 45 characters, read as one of 44"
                + " with the fillers at its end mended): its name field alone; ");
    assertThat(run("screen", line).out())
        .contains(
            "    read as a machine-readable zone (a line of 45 characters, read as one of 44 with"
                + " the fillers at its end mended): name field AGHA<<ABDUL<MANAN\n");
  }

  @Test
  void aZoneWhoseLowerLineLostACharacterIsReadByItsUpperLineAndSaidToBe() throws Exception {
    // The lower line one character short: the whole text was screened as one name, IQi.001 at
    // 0.712, no hit, and nothing said (a breaker's find).
    String zone =
        "P<IRQAL<TIKRITI<<SADDAM<HUSSEIN<<<<<<<<<<<<<\n"
            + "L898902C36IRQ3704282M1204159ZE184226B<<<<<1";
    readAsSaddamHusseinsNameAlone(
        zone,
        "\"lower_line_length_not_read\":43",
        "its lower line, of 43 characters where the upper line has 44, not read");
  }

  /**
   * Asserts that {@code zone}, screened, is read as a zone of IQi.001's name field alone, and that
   * its JSON says {@code notRead} and its text output {@code said}.
   */
  private void readAsSaddamHusseinsNameAlone(String zone, String notRead, String said)
      throws Exception {
    Run run = run("screen", zone, "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode first = run.json().at("/matches/0");
    assertThat(first.get("id").asText()).isEqualTo("IQi.001");
    assertThat(first.get("score").asDouble()).isEqualTo(1.0);
    assertThat(run.json().at("/query/zone").toString())
        .isEqualTo("{\"name_field\":\"AL<TIKRITI<<SADDAM<HUSSEIN\"," + notRead + ",\"taken\":[]}");
    assertThat(run("screen", zone).out())
        .contains(
            "    read as a machine-readable zone ("
                + said
                + "): name field AL<TIKRITI<<SADDAM<HUSSEIN\n");
  }

  @Test
  void aCardWhoseFirstLineLostACharacterIsReadByItsNameLineAndSaidToBe() throws Exception {
    // A TD1 card's three lines, the first a character short: the whole text was screened as one
    // name, and nothing said (a case left alone in an earlier session).
    String card =
        "IDIRQD23145890<<<<<<<<<<<<<<<\n"
            + "3704282M1204159IRQ<<<<<<<<<<<6\n"
            + "AL<TIKRITI<<SADDAM<HUSSEIN<<<<";
    readAsSaddamHusseinsNameAlone(
        card,
        "\"card_line_lengths_not_read\":[29,30]",
        "its first two lines, of 29 and 30 characters where a card's have 30, not read");
  }

  @Test
  void aPassportsMachineReadableZoneIsScreenedByItsNameField() throws Exception {
    // Both lines as a document reader gives them (ICAO Doc 9303 TD3); read whole, the document
    // code and State were name parts and QDi.018 scored 0.839, no hit. The lower line's date of
    // birth, nationality, sex and document number (check digits holding) are taken as evidence.
    Run run =
        run(
            "screen",
            "P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36AFG7001017M1204159ZE184226B<<<<<10",
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode first = run.json().at("/matches/0");
    assertThat(first.get("id").asText()).isEqualTo("QDi.018");
    assertThat(first.get("score").asDouble()).isEqualTo(1.0);
    assertThat(first.at("/explanation/0/detail").asText())
        .startsWith(
            "query read as a machine-readable zone: its name field, with the zone's date of birth,"
                + " nationality, sex and document number; ");
    // What was read shows beside the subject as given, though QDi.018 lists none of it.
    assertThat(run.json().at("/query/zone").toString())
        .isEqualTo(
            "{\"name_field\":\"AGHA<<ABDUL<MANAN\",\"dob\":\"1970-01-01\","
                + "\"nationality\":\"AFG\",\"gender\":\"male\",\"document\":\"L898902C3\","
                + "\"taken\":[\"dob\",\"nationality\",\"gender\",\"document\"]}");
    // Its date of birth and sex make the subject a person, as --dob does.
    assertThat(run.json().at("/query/kind").asText()).isEqualTo("person");
    assertThat(run.json().at("/query/name").asText()).startsWith("P<AFGAGHA<<ABDUL<MANAN<<<");
    // In text, a line under the subject; a check digit that fails (7 made 8) is named.
    Run text =
        run(
            "screen",
            "P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36AFG7001018M1204159ZE184226B<<<<<10");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains(
            "    read as a machine-readable zone: name field AGHA<<ABDUL<MANAN; taken: nationality"
                + " AFG, sex male, document number L898902C3; not taken: date of birth (check digit"
                + " does not hold)\n");
    // Options given apart come first, and the output says which of the zone's were not taken.
    Run apart =
        run(
            "screen",
            "P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36XXA7001017M1204159ZE184226B<<<<<10",
            "--dob",
            "1970",
            "--format",
            "json");
    assertThat(apart.json().at("/query/zone/taken").toString())
        .isEqualTo("[\"gender\",\"document\"]");
    assertThat(apart.json().at("/query/zone/not_taken").toString())
        .isEqualTo("{\"dob\":\"given apart\",\"nationality\":\"no country\"}");
    // The upper line alone: its name field only.
    Run upper = run("screen", "P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<", "--format", "json");
    assertThat(upper.json().at("/matches/0/explanation/0/detail").asText())
        .startsWith("query read as a machine-readable zone: its name field alone; ");
    // A zone is a person's document, screened against persons alone even with no evidence (a
    // helper's find: an organisation's name in a zone hit AL-SHABAAB at 1.000).
    assertThat(upper.json().at("/query/kind").asText()).isEqualTo("person");
    Run organisation =
        run("screen", "P<SOMAL<SHABAAB<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "--format", "json");
    assertThat(organisation.exit()).as(organisation.err()).isZero();
    assertThat(organisation.json().at("/matches").findValuesAsText("kind"))
        .doesNotContain("organization");
  }

  @Test
  void limitCapsTheMatches() throws Exception {
    Run run = run("screen", "Mohammed", "--limit", "2", "--format", "json", "--threshold", "0.99");
    assertThat(run.exit()).isZero();
    assertThat(run.json().get("matches").size()).isLessThanOrEqualTo(2);
    // Every hit whatever the limit (seven at 0.80), and the text says when the
    // limit was reached (a new user's find: it cut the matches without a word).
    Run hits = run("screen", "صدام حسين التكريتي", "--limit", "1", "--threshold", "0.8");
    assertThat(hits.out())
        .contains(
            "— 7 hits, 7 matches (--limit 1 reached: more below the threshold may not be shown)");
    assertThat(run("screen", "صدام حسين التكريتي", "--limit", "20").out())
        .contains("— 1 hit, 7 matches\n");
  }

  /**
   * {@code --hits-only} reports the hits alone, each one the default screening reports, for a name
   * and a batch: the Arabic name of Saddam Hussein hits 7 entries at 0.80 and one at 0.85, and the
   * text says that only hits are shown, with no note of the limit.
   */
  @Test
  void hitsOnlyReportsTheHitsAloneAndEveryOne() throws Exception {
    Run all = run("screen", "صدام حسين التكريتي", "--limit", "20", "--format", "json");
    Run hits = run("screen", "صدام حسين التكريتي", "--hits-only", "--format", "json");
    assertThat(hits.exit()).as(hits.err()).isZero();
    List<String> expected = new java.util.ArrayList<>();
    for (JsonNode m : all.json().get("matches")) {
      if (m.get("hit").asBoolean()) {
        expected.add(m.get("id").asText());
      }
    }
    assertThat(expected).containsExactly("IQi.001");
    assertThat(hits.json().get("matches").findValuesAsText("id")).isEqualTo(expected);
    assertThat(hits.json().get("hits_only").asBoolean()).isTrue();
    assertThat(all.json().has("hits_only")).isFalse();

    Run text =
        run("screen", "صدام حسين التكريتي", "--hits-only", "--threshold", "0.8", "--limit", "1");
    assertThat(text.out())
        .contains("Alert threshold 0.80; hits alone are shown (--hits-only), every one.")
        .contains("— 7 hits\n")
        .doesNotContain("reporting floor")
        .doesNotContain("reached");
    // A threshold below the floor has the floor's effect, and the header says so.
    assertThat(run("screen", "Izzat Ibrahim", "--hits-only", "--threshold", "0.5").out())
        .contains(
            "Alert threshold 0.50 (below the reporting floor 0.70, which applies: no match below it"
                + " is a hit); hits alone are shown (--hits-only), every one.");

    Path input = write("two.csv", "id,name\n1,Saddam Hussein\n2,Karim Haddad\n");
    Run batch = run("screen", "--input", input.toString(), "--hits-only");
    assertThat(batch.exit()).as(batch.err()).isZero();
    assertThat(batch.out())
        .contains("hits alone are shown")
        .contains("Subject 1: Saddam Hussein — 1 hit\n")
        .contains(
            "Subject 2: Karim Haddad — 0 hits\n"
                + "    no hit (matches below the threshold were not looked for)\n");
  }

  @Test
  void badDateIsExitTwoNamingTheOption() {
    Run run = run("screen", "John Smith", "--dob", "19x1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--dob").doesNotContain("19x1").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  /**
   * A name's other fields are checked before any list is read: the date's error comes first even
   * when the list named would fail too, and no list-age warning is printed before it.
   */
  @Test
  void badDateIsRefusedBeforeTheListsAreRead(@TempDir Path dir) {
    Run run =
        run(
            "screen",
            "John Smith",
            "--dob",
            "2020-13-45",
            "--list",
            dir.resolve("missing.xml").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--dob").doesNotContain("missing.xml");
    assertThat(run.out()).isEmpty();
  }

  /**
   * An input file's path with an escape sequence and a line break in it is written escaped in the
   * error, on one line (a helper saw the raw path split the message and colour the terminal).
   */
  @Test
  void aPathWithControlCharactersIsWrittenEscaped(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("evil\u001B[31mred\nline.csv");
    Files.writeString(input, "id,name\nA,!!!\n");
    Run run = run("screen", "--input", input.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("evil\\u001B[31mred\\u000Aline.csv:2: name: ")
        .doesNotContain("\u001B");
  }

  @Test
  void aBidiMarkInANameIsWrittenEscapedInTextOutput() {
    // A helper's find (2026-12-05): a right-to-left mark was printed raw, and may reorder what
    // the terminal shows around it; a non-joiner, which Persian names write, stays.
    Run run = run("screen", "Saddam\u200f Hussein al-Tikriti");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Saddam\\u200F Hussein al-Tikriti").doesNotContain("\u200f");
    assertThat(run("screen", "\u0627\u0645\u06cc\u0646\u200c\u0646\u06cc\u0627").out())
        .contains("\u0627\u0645\u06cc\u0646\u200c\u0646\u06cc\u0627");
  }

  @Test
  void anInvisibleCharacterInANameIsWrittenEscapedInTextOutput() {
    // A new user's find (2026-12-06): a zero-width space was printed raw, so the name read as
    // the listed one where it holds a character more; so for a word joiner, a byte-order mark, a
    // soft hyphen and a tag character (beyond the BMP, two escapes).
    Run run = run("screen", "Saddam\u200bHussein al-Tik\u00adriti\u2060\ufeff\udb40\udc01");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Saddam\\u200BHussein al-Tik\\u00ADriti\\u2060\\uFEFF\\uDB40\\uDC01")
        .doesNotContain("\u200b")
        .doesNotContain("\u00ad")
        .doesNotContain("\ufeff");
    assertThat(TextOutput.printable("a\u2028b\u0085c")).isEqualTo("a\\u2028b\\u0085c");
    // A Hangul filler looks like a space, and is none (a re-breaker's find); a variation selector.
    assertThat(TextOutput.printable("Saddam\u3164Hussein\ufe0f"))
        .isEqualTo("Saddam\\u3164Hussein\\uFE0F");
  }

  /**
   * A kind or gender not understood gets the words that are, without the value given (a name in the
   * wrong place would be repeated; masked, it read "not '…'").
   */
  @Test
  void anUnknownKindEncodingOrGenderSaysWhatIsUnderstood() {
    Run kind = run("screen", "X", "--kind", "Karim Haddad");
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err())
        .contains("mizan: --kind must be person, organization, vessel, aircraft or any\n")
        .doesNotContain("Karim");
    Run encoding = run("screen", "--input", "people.csv", "--encoding", "Karim Haddad");
    assertThat(encoding.exit()).isEqualTo(2);
    assertThat(encoding.err())
        .contains("mizan: --encoding must be a character set Java knows, such as UTF-8,")
        .doesNotContain("Karim");
    Run gender = run("screen", "X", "--gender", "Karim Haddad");
    assertThat(gender.exit()).isEqualTo(2);
    assertThat(gender.err())
        .contains("mizan: --gender must be male, female, m, f (or unknown, u, other, x)\n")
        .doesNotContain("Karim");
  }

  /**
   * A document number is held to what a file's column and the API accept (100 characters,
   * well-formed), and the message never quotes it.
   */
  @Test
  void aDocumentNumberTooLongIsRefusedAsInAFile() {
    Run run = run("screen", "X", "--document", "P" + "7".repeat(100));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "mizan: --document: longer than 100 characters (a travel or identity document number)")
        .doesNotContain("P777");
    Run lone = run("screen", "X", "--document", "P12\uD800");
    assertThat(lone.exit()).isEqualTo(2);
    assertThat(lone.err()).contains("--document: not well-formed Unicode (a lone surrogate)");
    assertThat(run("screen", "X", "--document", "P" + "7".repeat(99)).exit()).isZero();
  }

  @Test
  void badOptionsAreExitTwo() {
    assertThat(run("screen", "X", "--threshold", "1.5").exit()).isEqualTo(2);
    // A breaker's find: Java's other forms of a number were taken as a threshold (0x1p-1 as 0.5).
    for (String notDecimal : new String[] {"0x1p-1", "0.85f", "NaN", "1e-1"}) {
      Run odd = run("screen", "X", "--threshold", notDecimal);
      assertThat(odd.exit()).isEqualTo(2);
      assertThat(odd.err()).contains("--threshold': not a decimal number such as 0.85");
    }
    assertThat(run("screen", "X", "--threshold", ".9").exit()).isZero();
    assertThat(run("screen", "X", "--limit", "0").exit()).isEqualTo(2);
    assertThat(run("screen", "X", "--kind", "ship").exit()).isEqualTo(2);
    assertThat(run("screen", "X", "--gender", "y").exit()).isEqualTo(2);
    assertThat(run("screen", "!!! <<<").exit()).isEqualTo(2);
    assertThat(run("screen", "X", "--format", "xml").exit()).isEqualTo(2);
    assertThat(run("screen").exit()).isEqualTo(2);
    assertThat(run("screen", "  ").exit()).isEqualTo(2);
    assertThat(run("screen", "--bogus").exit()).isEqualTo(2);
    assertThat(run().exit()).isEqualTo(2);
  }

  @Test
  void missingListIsExitTwoWithOneLine() {
    Run run = run("screen", "John Smith", "--list", dir.resolve("nope.xml").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("nope.xml").contains("no such file");
  }

  @Test
  void htmlInsteadOfAListIsExitTwo() throws Exception {
    Path html =
        write("list.xml", "<!DOCTYPE html><html><body>503 Service Unavailable</body></html>");
    Run run = run("lists", "info", html.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("list.xml").doesNotContain("Exception");
  }

  @Test
  void externalEntityIsRefusedAndNothingOutsideTheFileIsRead() throws Exception {
    Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
    Path xxe =
        write(
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY e SYSTEM \""
                + secret.toUri()
                + "\">]>\n<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\"><INDIVIDUALS>"
                + "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&e;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>"
                + "<ENTITIES/></CONSOLIDATED_LIST>\n");
    for (String[] args :
        new String[][] {
          {"lists", "info", xxe.toString()}, {"screen", "John Smith", "--list", xxe.toString()}
        }) {
      Run run = run(args);
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out() + run.err()).doesNotContain("TOP-SECRET-CONTENT");
      assertThat(run.err()).contains("xxe.xml");
    }
  }

  @Test
  void billionLaughsIsRefused() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    Path bomb =
        write(
            "bomb.xml",
            "<?xml version=\"1.0\"?>\n"
                + dtd
                + "\n<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\"><INDIVIDUALS>"
                + "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&l10;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>"
                + "<ENTITIES/></CONSOLIDATED_LIST>\n");
    Run run = run("lists", "info", bomb.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("bomb.xml");
  }

  @Test
  void batchCsvGivesOneResultPerRowAndNoNamesOnStderr() throws Exception {
    Path csv =
        write(
            "people.csv",
            "id,name,dob\nA1,Saddam Hussein al-Tikriti,1937\n,John Smith,\nA3,عزة ابراهيم الدوري,1942\n");
    Run run = run("screen", "--input", csv.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode results = run.json();
    assertThat(results.size()).isEqualTo(3);
    assertThat(results.at("/0/query/id").asText()).isEqualTo("A1");
    assertThat(results.at("/0/matches/0/id").asText()).isEqualTo("IQi.001");
    assertThat(results.at("/1/query/id").asText()).isEqualTo("row-2");
    assertThat(results.at("/2/matches/0/id").asText()).isEqualTo("IQi.006");
    assertThat(run.err())
        .contains("screened 3 subjects")
        .doesNotContain("Saddam")
        .doesNotContain("Smith");
  }

  /**
   * {@code --kind} is the kind of every row without one, also of a row with a date of birth (which
   * alone would make it a person): a regression, such rows were screened against people only.
   */
  @Test
  void batchKindAppliesToRowsWithADateOfBirth() throws Exception {
    Path csv = write("orgs.csv", "id,name,dob\nO1,AL-QAIDA,1988\nO2,AL-QAIDA,\n");
    Run run =
        run("screen", "--input", csv.toString(), "--kind", "organization", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode results = run.json();
    for (int i = 0; i < 2; i++) {
      assertThat(results.at("/" + i + "/query/kind").asText()).isEqualTo("organization");
      assertThat(results.at("/" + i + "/matches/0/id").asText()).isEqualTo("QDe.004");
    }
  }

  @Test
  void batchJsonlWritesOneLinePerSubject() throws Exception {
    Path jsonl =
        write(
            "people.jsonl",
            "{\"id\":\"x\",\"name\":\"Saddam Hussein\"}\n{\"name\":\"John Smith\"}\n");
    Run run = run("screen", "--input", jsonl.toString(), "--format", "jsonl");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(JSON.readTree(run.out().lines().toList().get(1)).at("/query/id").asText())
        .isEqualTo("row-2");
  }

  @Test
  void invalidRowFailsBeforeAnyResultIsWritten() throws Exception {
    Path csv = write("people.csv", "id,name,dob\n1,John Smith,1970\n2,Jane Roe,19x1\n");
    Run run = run("screen", "--input", csv.toString(), "--format", "jsonl");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("people.csv").contains("dob").doesNotContain("Jane");
  }

  @Test
  void aFolderAsInputIsExitTwo() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("people.csv"));
    Run run = run("screen", "--input", folder.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--input: " + folder + ": is a folder");
    // A folder whose name has no input format's ending is still called a folder (a breaker's
    // find: "unknown input format").
    Path plain = Files.createDirectory(dir.resolve("people"));
    Run unnamed = run("screen", "--input", plain.toString());
    assertThat(unnamed.exit()).isEqualTo(2);
    assertThat(unnamed.err())
        .contains("--input: " + plain + ": is a folder")
        .doesNotContain("unknown input format");
  }

  @Test
  void theSameListSourceTwiceIsExitTwo() throws Exception {
    Path a = dir.resolve("a.xml");
    try (var in = MainTest.class.getResourceAsStream("/org/mizan/app/un-sc-consolidated.xml")) {
      Files.copy(java.util.Objects.requireNonNull(in), a);
    }
    Run run = run("screen", "John Smith", "--list", a.toString(), "--list", a.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("un-sc-consolidated").contains("already given");
  }

  @Test
  void aDifferentDocumentNumberDoesNotHideAnExactName() throws Exception {
    Run run = run("screen", "Floribert Njabu", "--document", "X999", "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode first = run.json().at("/matches/0");
    assertThat(first.get("id").asText()).isEqualTo("CDi.021");
    assertThat(first.get("hit").asBoolean()).isTrue();
    assertThat(first.at("/explanation/1/feature").asText()).isEqualTo("document");
    assertThat(first.at("/explanation/1/weight").asDouble()).isZero();
  }

  @Test
  void anOutputThatCannotBeWrittenIsExitOne() {
    Run run = runIntoAFullDisk("lists", "info");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write");
  }

  /** {@link #run} with standard output failing every write, as on a full disk. */
  private static Run runIntoAFullDisk(String... args) {
    java.io.OutputStream full =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(full, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, "", err.toString(StandardCharsets.UTF_8));
  }

  /**
   * A breaker's find: with standard output closed (a reader that stopped, as {@code head} does), a
   * batch was screened to its end before the failure was said, each result tried in turn. It now
   * stops at the first result it cannot write (each line is flushed as it is written).
   */
  @Test
  void aBatchStopsAtTheFirstResultsItCannotWrite() throws Exception {
    StringBuilder rows = new StringBuilder("id,name\n");
    for (int i = 0; i < 1_100; i++) {
      rows.append(i).append(",Ali Hassan\n");
    }
    Path input = write("many.csv", rows.toString());
    int[] tries = {0};
    java.io.OutputStream closed =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            tries[0]++;
            throw new java.io.IOException("Broken pipe");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new String[] {"screen", "--input", input.toString(), "--format", "jsonl"},
            new PrintStream(closed, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("mizan: I/O failure: cannot write the results to standard output")
        .doesNotContain("screened 1,100");
    // The first result's line alone was tried, of 1,100.
    assertThat(tries[0]).isEqualTo(1);
  }

  /** A breaker's finds on the command line's input, each said as bad usage, never echoing names. */
  @Test
  void oddInputIsSaidForWhatItIs() throws Exception {
    // A whole zone is a person's document: as an organisation it matched nothing, unread.
    String zone =
        "P<IRQAL<TIKRITI<<SADDAM<HUSSEIN<<<<<<<<<<<<<\nA123456784IRQ3704284M3001019<<<<<<<<<<<<<<<6";
    Run organisation = run("screen", zone, "--kind", "organization");
    assertThat(organisation.exit()).isEqualTo(2);
    assertThat(organisation.err())
        .contains(
            "NAME is a machine-readable zone, a person's document: screen it as a person (kind"
                + " person or any), not as organization")
        .doesNotContain("TIKRITI");
    Path rows = write("zone.csv", "name,kind\n\"" + zone + "\",entity\n");
    assertThat(run("screen", "--input", rows.toString()).err())
        .contains("zone.csv:2: name: the name is a machine-readable zone, a person's document");
    assertThat(run("screen", zone).out()).contains("HIT   1.000  IQi.001");
    // A name where a program was expected is not repeated.
    Run program = run("screen", "--program", "Saddam Hussein", "Ali");
    assertThat(program.exit()).isEqualTo(2);
    assertThat(program.err())
        .contains("--program: a program given is under no entry of the lists in force")
        .doesNotContain("Saddam");
    // Kosovo's user-assigned code, as its other codes are.
    assertThat(run("screen", "Ali", "--nationality", "XK").exit()).isZero();
    // Letters in compatibility forms are letters: circled Saddam Hussein is Saddam Hussein.
    assertThat(
            run(
                    "screen",
                    "\u24c8\u24d0\u24d3\u24d3\u24d0\u24dc \u24bd\u24e4\u24e2\u24e2\u24d4\u24d8\u24dd")
                .out())
        .contains("HIT   0.866  IQi.001");
    assertThat(run("screen", "Saddam Hussein").out()).contains("HIT   0.866  IQi.001");
    // At a threshold at or below the floor every match is a hit and every hit is shown: no note
    // that a limit may have hidden some.
    assertThat(run("screen", "Saddam Hussein", "--threshold", "0.7", "--limit", "1").out())
        .doesNotContain("--limit 1 reached");
    // A file Mizan may not read is bad usage, as one that does not exist is.
    Exception denied =
        new java.io.UncheckedIOException(
            "cannot read x.csv: x.csv", new java.nio.file.AccessDeniedException("x.csv"));
    assertThat(Main.exitCode(denied)).isEqualTo(2);
    assertThat(Main.message(denied)).isEqualTo("x.csv: permission denied");
  }

  @Test
  void anArgumentStartingWithAtIsANameNotAFile() throws Exception {
    Path file = write("args.txt", "Saddam Hussein");
    Run run = run("screen", "@" + file, "--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.json().at("/query/name").asText()).isEqualTo("@" + file);
  }

  @Test
  void anUnquotedNameIsNotEchoedOnStderr() {
    Run run = run("screen", "Saddam", "Hussein", "al-Tikriti");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("in quotes").doesNotContain("Hussein");
  }

  @Test
  void nonsenseValuesAreExitTwo() {
    assertThat(run("screen", "Saddam Hussein", "--dob", "0000").exit()).isEqualTo(2);
    assertThat(run("screen", "Saddam Hussein", "--dob", "2999").exit()).isEqualTo(2);
    Run atlantis = run("screen", "Saddam Hussein", "--nationality", "Atlantis");
    assertThat(atlantis.exit()).isEqualTo(2);
    assertThat(atlantis.err()).contains("--nationality");
    assertThat(run("screen", "Mu\uFFFDller").exit()).isEqualTo(2);
    assertThat(run("screen", "a".repeat(1001)).exit()).isEqualTo(2);
    // The limit applies to the name without surrounding spaces, as in batch input.
    assertThat(run("screen", " " + "a".repeat(1000) + " ").exit()).isZero();
    // U+FDFA is one character that Unicode compatibility normalisation writes as 18.
    Run expanding = run("screen", "\uFDFA".repeat(999));
    assertThat(expanding.exit()).isEqualTo(2);
    assertThat(expanding.err()).contains("longer than 1000 characters");
    assertThat(run("screen", "\u200B\u200F").exit()).isEqualTo(2);
    // Tatweel alone (it only stretches Arabic letters), or the signs for ʿayn and hamza alone.
    Run tatweel = run("screen", "\u0640\u0640\u0640");
    assertThat(tatweel.exit()).isEqualTo(2);
    assertThat(tatweel.err()).contains("has no letters or digits");
    assertThat(run("screen", "\u02BF\u02BE").exit()).isEqualTo(2);
    // With a letter, they are part of a name.
    assertThat(run("screen", "\u0639\u0640\u0645\u0631").exit()).isZero();
  }

  @Test
  void aListWithNoEntriesIsRefused() throws Exception {
    Path empty =
        write(
            "empty.xml",
            "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\">"
                + "<INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>\n");
    Run run = run("lists", "info", empty.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no entries");
  }

  @Test
  void controlCharactersInANameAreShownEscaped() {
    Run run = run("screen", "Saddam\u001b[2J\nHIT Hussein");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("\u001b").contains("\\u001B").contains("\\u000A");
  }

  @Test
  void aPipeAsInputIsExitTwo() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");
    Run run = run("screen", "--input", fifo.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--input: " + fifo + ": not a regular file");
    // Standard input, by name or as -: said so, not blamed on the name's ending (a breaker's
    // find: "the file name must end in .csv").
    Run dash = run("screen", "--input", "-");
    assertThat(dash.exit()).isEqualTo(2);
    assertThat(dash.err()).contains("--input: -: standard input is not read");
    Run stdin = run("screen", "--input", "/dev/stdin");
    assertThat(stdin.exit()).isEqualTo(2);
    assertThat(stdin.err())
        .contains("--input: /dev/stdin: standard input is not read")
        .doesNotContain("must end in");
  }

  @Test
  void anInputWithNoSubjectsIsExitTwo() throws Exception {
    Run run = run("screen", "--input", write("empty.csv", "").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no subjects");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void subjectsThatRepeatAnIdAreSaidByNumberNeverByTheId() throws Exception {
    // Left open by earlier stops: results are told apart by id, and two subjects of one id were
    // screened without a word. A row without an id is row-N, which another row may also say.
    Path input =
        write(
            "repeats.csv",
            "id,name\nC-7731,Saddam Hussein al-Tikriti\nC-7731,Anna Lindqvist\n,Ann Roe\n"
                + "row-3,Bo Li\n");
    Run run = run("screen", "--input", input.toString(), "--format", "jsonl");
    assertThat(run.exit()).isZero();
    assertThat(run.err())
        .contains(
            input
                + ": 2 subjects repeat the id of an earlier subject (the first: subject 2, with"
                + " the id of subject 1); their results carry the same id: tell them apart by"
                + " their order")
        .doesNotContain("C-7731")
        .doesNotContain("Lindqvist");
    assertThat(run.out().lines()).hasSize(4);
    assertThat(run.out().lines().filter(l -> l.contains("\"IQi.001\""))).hasSize(1);
    Path unique = write("unique.csv", "id,name\n1,Anna Lindqvist\n2,Anna Lindqvist\n");
    assertThat(run("screen", "--input", unique.toString()).err()).doesNotContain("repeat");
  }

  @Test
  void aSingleLetterIsNoHit() {
    for (String letter : new String[] {"Q", "K", "ق", "غ", "G"}) {
      Run run = run("screen", letter);
      assertThat(run.exit()).isZero();
      assertThat(run.out()).as(letter).doesNotContain("HIT");
    }
  }

  @Test
  void usageErrorsSayWhatIsWrongWithoutEchoingNames() {
    assertThat(run("bogus").err())
        .contains("unknown command; the commands are screen, screen-manifest, lists")
        .doesNotContain("bogus");
    assertThat(run("lists", "infoo").err())
        .contains(
            "unknown command (did you mean info?); the commands are info, diff, update, remove");
    assertThat(run("SCREEN", "Ali Hassan").err()).contains("(did you mean screen?)");
    // A required option mistyped is named (a breaker's find: "goes after --", for keys create).
    assertThat(run("keys", "create", "--nmae", "x", "--role", "analyst").err())
        .contains("Missing required option: '--name=NAME' (did you mean --name?)");
    assertThat(run("scren", "Ali Hassan").err())
        .contains("unknown command (did you mean screen?); the commands are screen,")
        .doesNotContain("scren");
    // Two edits at most, and only the command's own name is shown.
    assertThat(run("Ali", "Hassan").err()).contains("unknown command; the commands are");
    // Of two options as near, the one beginning the same way.
    assertThat(run("screen", "Ali", "--limt", "3").err()).contains("(did you mean --limit?)");
    assertThat(run("screen", "--bogus", "x").err())
        .contains("unknown option, or a NAME")
        .doesNotContain("bogus");
    assertThat(run("screen", "Ali", "--lmit", "3").err()).contains("(did you mean --limit?)");
    // Written like an option, but a name (-- --ali screens it): never repeated.
    assertThat(run("screen", "--ali-hassan").err()).doesNotContain("ali");
    // A name where an option's value was expected is still a name.
    for (String option : new String[] {"--limit", "--threshold", "--format", "--max-list-age"}) {
      Run swallowed = run("screen", option, "Ali Hassan");
      assertThat(swallowed.exit()).isEqualTo(2);
      assertThat(swallowed.err()).contains(option).doesNotContain("Ali");
    }
    assertThat(run("screen", "Omar", "--limit=Ali Hassan").err()).doesNotContain("Ali");
    Run run = run("screen", "-Saddam Hussein");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown option, or a NAME").doesNotContain("Saddam");
    assertThat(run("screen", "-saddam").err()).doesNotContain("saddam");
  }

  @Test
  void usageErrorsOfCommandsWithoutNamesNameTheArgument() {
    // screen-manifest takes a file, not a name: the unknown option is named (a breaker's find).
    Run bogus = run("screen-manifest", "m.edi", "--bogus");
    assertThat(bogus.exit()).isEqualTo(2);
    assertThat(bogus.err())
        .startsWith(
            "mizan: unknown option '--bogus', or a FILE starting with '-' (write it after --)\n");
    // After --, an argument is one too many, never an unknown option; when it is one of the
    // command's options, the message says where options go (a new user's find).
    assertThat(run("screen-manifest", "m.edi", "--", "--formt").err())
        .startsWith("mizan: too many arguments\n");
    assertThat(run("screen-manifest", "m.edi", "--", "--format").err())
        .startsWith(
            "mizan: too many arguments (options go before --: after it every argument is a"
                + " FILE)\n");
    Run optionAfterName = run("screen", "--", "-Foo Bar", "--max-list-age", "0");
    assertThat(optionAfterName.exit()).isEqualTo(2);
    assertThat(optionAfterName.err())
        .startsWith(
            "mizan: too many arguments (options go before --: after it every argument is a"
                + " NAME)\n")
        .doesNotContain("Foo");
    // A file starting with '-' written before --: picocli says FILE is missing; the hint is added.
    assertThat(run("screen-manifest", "-dash.edi").err())
        .startsWith(
            "mizan: Missing required parameter: 'FILE' (one starting with '-' goes after --)");
    assertThat(run("screen-manifest").err())
        .startsWith("mizan: Missing required parameter: 'FILE'\n");
    // An unknown option before -- stays one, whatever follows --.
    assertThat(run("screen-manifest", "-q", "--", "-q").err())
        .startsWith("mizan: unknown option '-q', or a FILE");
    // A long option is cut at 40 characters, never inside a character beyond U+FFFF.
    assertThat(run("screen-manifest", "m.edi", "--" + "a".repeat(37) + "\uD83D\uDE00x").err())
        .contains("'--" + "a".repeat(37) + "\uD83D\uDE00…'")
        .doesNotContain("?");
  }

  @Test
  void listsDiffReportsAddedRemovedAndChangedEntries() throws Exception {
    String xml;
    try (var in = MainTest.class.getResourceAsStream("/org/mizan/app/un-sc-consolidated.xml")) {
      xml = new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    // The older version lacks IQi.001 and lists IQi.006 with another date of birth.
    int start = xml.lastIndexOf("<INDIVIDUAL>", xml.indexOf("<REFERENCE_NUMBER>IQi.001<"));
    int end = xml.indexOf("</INDIVIDUAL>", start) + "</INDIVIDUAL>".length();
    String older = xml.substring(0, start) + xml.substring(end);
    int iqi006 = older.indexOf("<REFERENCE_NUMBER>IQi.006<");
    int dob = older.indexOf("<YEAR>1942</YEAR>", iqi006);
    older = older.substring(0, dob) + "<YEAR>1943</YEAR>" + older.substring(dob + 17);
    Path old = write("old.xml", older);
    Path now = write("new.xml", xml);

    Run run = run("lists", "diff", old.toString(), now.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip())
        .isEqualTo(
            "{\"added\": [\"IQi.001\"], \"removed\": [], \"changed\": [\"IQi.006\"], \"changes\":"
                + " {\"IQi.006\": [{\"field\": \"birth_dates\", \"old\": \"1943\", \"new\":"
                + " \"1942\"}]}}");
    Run reverse = run("lists", "diff", now.toString(), old.toString());
    assertThat(reverse.out()).contains("added 0, removed 1, changed 1").contains("- IQi.001");
  }

  @Test
  void missingInputFileIsExitTwo() {
    Run run = run("screen", "--input", dir.resolve("none.csv").toString());
    assertThat(run.exit()).isEqualTo(2);
    // Named as the option whose value it is, as an unknown format is.
    assertThat(run.err()).contains("--input: " + dir.resolve("none.csv") + ": no such file");
  }

  /**
   * A path that names no file says why, each starting with the option (a breaker's finds: an empty
   * path was called a folder, and a path through a file or a loop of links a denied permission).
   */
  @Test
  void anInputPathThatNamesNoFileSaysWhy() throws Exception {
    Run empty = run("screen", "--input", "");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("--input: an empty path names no file");
    Path file = write("p.csv", "name\nX\n");
    Run throughFile = run("screen", "--input", file.resolve("x.csv").toString());
    assertThat(throughFile.exit()).isEqualTo(2);
    assertThat(throughFile.err())
        .contains("--input: " + file.resolve("x.csv") + ": not a directory")
        .doesNotContain("permission");
    Path loop = dir.resolve("loop.csv");
    Files.createSymbolicLink(loop, loop);
    Run looped = run("screen", "--input", loop.toString());
    assertThat(looped.exit()).isEqualTo(2);
    assertThat(looped.err())
        .contains("--input: " + loop + ": too many levels of symbolic links")
        .doesNotContain("permission");
  }

  @Test
  void nameAndInputTogetherAreExitTwo() throws Exception {
    Path csv = write("p.csv", "name\nX\n");
    assertThat(run("screen", "X", "--input", csv.toString()).exit()).isEqualTo(2);
  }

  @Test
  void programRestrictsTheListsInForce() throws Exception {
    Run run = run("screen", "Izzat Ibrahim al-Douri", "--program", "al qaida", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().at("/lists/0/entries").asInt()).isEqualTo(341);
    // The list's own spelling of the program, not the user's.
    assertThat(run.json().at("/lists/0/programs/0").asText()).isEqualTo("Al-Qaida");
    assertThat(run.json().at("/lists/0/sha256").asText())
        .isEqualTo("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf");
    assertThat(run("screen", "Izzat Ibrahim al-Douri", "--program", "Al-Qaida").out())
        .contains(
            "List: un-sc-consolidated, version 2026-02-27T00:00:09.554Z, 341 entries (only"
                + " programs: Al-Qaida)");
    // IQi.006 is listed under the Iraq regime, not Al-Qaida.
    for (JsonNode m : run.json().get("matches")) {
      assertThat(m.get("id").asText()).startsWith("Q");
    }
    Run iraq = run("screen", "Izzat Ibrahim al-Douri", "--list-type", "Iraq", "--format", "json");
    assertThat(iraq.json().at("/lists/0/entries").asInt()).isEqualTo(75);
    assertThat(iraq.json().at("/matches/0/id").asText()).isEqualTo("IQi.006");
  }

  @Test
  void anUnknownProgramIsAUsageError() {
    Run run = run("screen", "Izzat Ibrahim al-Douri", "--program", "Al-Qaeda");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("--program: a program given is under no entry of the lists in force")
        .contains("Al-Qaida, CAR, DPRK");
  }

  @Test
  void aDataDirectoryThatIsNotThereIsAnError() {
    Run run = run("screen", "Izzat Ibrahim al-Douri", "--data-dir", dir.resolve("typo").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--data-dir " + dir.resolve("typo") + ": no such folder");
    assertThat(run.out()).isEmpty();
    Run info = run("lists", "info", "--data-dir", "/dev/null");
    assertThat(info.exit()).isEqualTo(2);
    assertThat(info.err()).contains("is not a folder");
    // A path through a file says so, not that a folder of it may not be entered.
    Run through = run("lists", "info", "--data-dir", "/dev/null/sub");
    assertThat(through.exit()).isEqualTo(2);
    assertThat(through.err())
        .contains("--data-dir /dev/null/sub: not a directory")
        .doesNotContain("permission");
  }

  @Test
  void anEmptyProgramIsAUsageError() {
    assertThat(run("screen", "x", "--program", "").err())
        .contains("--program needs a program name");
  }

  @Test
  void anOldListInForceDrawsAWarning() {
    Run run = run("screen", "Izzat Ibrahim al-Douri");
    assertThat(run.exit()).isZero();
    long days =
        java.time.temporal.ChronoUnit.DAYS.between(
            java.time.LocalDate.of(2026, 2, 27), org.mizan.app.Mizan.today());
    assertThat(run.err())
        .contains(
            "mizan: warning: the list un-sc-consolidated in force (2026-02-27T00:00:09.554Z) is "
                + days
                + " days old (more than 30); update it with: mizan lists update"
                + " un-sc-consolidated");
    assertThat(run("screen", "Izzat Ibrahim al-Douri", "--max-list-age", "0").err()).isEmpty();
    assertThat(run("screen", "x", "--max-list-age", "-1").exit()).isEqualTo(2);
  }
}
