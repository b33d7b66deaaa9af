package org.mizan.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed PAXLST and PNRGOV sample is read, its travellers counted as the messages' own
 * segments count them, and what is read compared with a reviewed golden file.
 */
class ManifestGoldenTest {
  /** Set to regenerate the golden files (then review the diff). */
  private static final boolean UPDATE = System.getenv("MIZAN_UPDATE_GOLDEN") != null;

  static List<String> samples() {
    return Samples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsEveryTravellerAndMatchesTheGoldenFile(String sample) throws IOException {
    Manifest manifest = Samples.read(sample);

    assertThat(manifest.travellers()).hasSize(travellerSegments(sample));
    String text = render(manifest);
    Path golden = goldenPath(sample);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void countsTheTravellersTheIssueNames() {
    assertThat(Samples.read("paxlst/gtas/loader__airline2.edi").travellers()).hasSize(10);
    Manifest crew = Samples.read("paxlst/gtas/loader__Test1.txt");
    assertThat(crew.travellers()).hasSize(8);
    assertThat(crew.travellers()).allMatch(t -> t.role() == TravellerRole.CREW);
    assertThat(Samples.read("paxlst/gtas/loader__Test3.txt").travellers()).hasSize(260);
  }

  /**
   * Counted from the raw bytes, independently of the reader: NAD segments with a traveller
   * qualifier (never NAD+MS) for PAXLST, TIF segments for PNRGOV, line breaks of wrapped feeds
   * joined first.
   */
  private static int travellerSegments(String sample) {
    String text =
        new String(Samples.bytes(sample), StandardCharsets.ISO_8859_1).replaceAll("[\r\n]", "");
    Pattern p =
        sample.startsWith("paxlst/")
            ? Pattern.compile("NAD[+*\\-](FL|FM|DDT|DDU|COT)[+*\\-]")
            : Pattern.compile("TIF[+\\-]");
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** One line per header field, leg, traveller and warning. */
  static String render(Manifest m) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "manifest "
            + m.format()
            + " "
            + m.messageVersion()
            + " messages="
            + m.messages()
            + " sender="
            + m.sender()
            + " recipient="
            + m.recipient()
            + " prepared="
            + m.prepared());
    lines.add("flight " + m.flight().carrier() + " " + m.flight().number());
    m.flight().legs().forEach(l -> lines.add("  " + l));
    m.travellers().forEach(t -> lines.add(t.toString()));
    m.warnings().forEach(w -> lines.add("warning " + w.text()));
    return String.join("\n", lines) + "\n";
  }

  private static Path goldenPath(String sample) {
    String folder = sample.substring(0, sample.indexOf('/'));
    String name = sample.substring(sample.lastIndexOf('/') + 1);
    return Path.of("src/test/resources", folder, "golden", name + ".txt");
  }
}
