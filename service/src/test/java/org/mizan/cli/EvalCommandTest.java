package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.eval.EvalData;

/** {@code mizan eval}: usage errors, missing data, and one small suite end to end. */
class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void outIsRequired() {
    MainTest.Run run = MainTest.run("eval", "--suite", "cross-script-pairs");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--out");
  }

  @Test
  void anUnknownSuiteIsExitTwoNamingTheSuites() {
    MainTest.Run run = MainTest.run("eval", "--suite", "recall", "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "unknown suite 'recall'; the suites are cross-script, cross-script-eu, latin-variants,"
                + " perturbed-positives, hard-negatives, cross-script-pairs, clean-names");
  }

  @Test
  void anUnknownSplitIsExitTwo() {
    MainTest.Run run = MainTest.run("eval", "--split", "train", "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--split must be dev, test or all");
  }

  @Test
  void aMissingDataFolderIsExitTwo() {
    Path missing = dir.resolve("no-such-data");
    MainTest.Run run =
        MainTest.run("eval", "--data", missing.toString(), "--out", dir.resolve("r").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("mizan: " + missing + ": no such data folder");
  }

  @Test
  void aMissingFileIsExitTwoBeforeAnythingRuns() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    missingFileIsExitTwo(
        "cross-script-pairs",
        data,
        data.resolve("eval/watchman-cross-script/cross_script_pairs.csv"));
  }

  /**
   * {@code eval --suite suite --data data} stops before anything runs, with exit 2 and one line
   * naming {@code missing}, and writes no report.
   */
  private void missingFileIsExitTwo(String suite, Path data, Path missing) {
    MainTest.Run run =
        MainTest.run(
            "eval",
            "--suite",
            suite,
            "--data",
            data.toString(),
            "--out",
            dir.resolve("r").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("mizan: " + missing + ": missing (the " + suite + " suite reads it)");
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void aDataFileInsteadOfAFolderIsExitTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("afile"), "");
    MainTest.Run run =
        MainTest.run("eval", "--data", file.toString(), "--out", dir.resolve("r").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("mizan: " + file + ": not a folder (--data names the data folder)");
  }

  /** OFAC's sdn.csv without its alt.csv is a list without aliases: no alias to hold back. */
  @Test
  void theOfacListWithoutItsAliasesIsExitTwo() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path sdn = Files.createDirectories(data.resolve("lists/ofac/sdn-2021-04"));
    Files.writeString(sdn.resolve("sdn.csv"), "");
    missingFileIsExitTwo("latin-variants", data, sdn.resolve("alt.csv"));
  }

  @Test
  void anOutThatIsAFileIsExitTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("report"), "");
    MainTest.Run run = MainTest.run("eval", "--out", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--out must be a folder");
  }

  /**
   * A folder that cannot be made (one of its folders is a file) is refused as --out is, before the
   * suites run (minutes), not after them.
   */
  @Test
  void anOutThatCannotBeMadeFailsBeforeAnySuiteRuns() throws Exception {
    Path file = Files.writeString(dir.resolve("afile"), "");
    MainTest.Run run = MainTest.run("eval", "--out", file.resolve("sub").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("--out must be a folder: " + file.toAbsolutePath() + " is a file");
    assertThat(run.err()).doesNotContain("queries");
  }

  /**
   * A breaker's finds: an empty --out wrote the reports into the working directory, and a folder
   * that cannot be made though its parent looks writable (under /proc) failed after every suite had
   * run, as an I/O failure (exit 1).
   */
  @Test
  void anEmptyOutOrOneThatCannotBeMadeIsExitTwoBeforeAnySuiteRuns() {
    MainTest.Run empty = MainTest.run("eval", "--out=");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("--out is empty (an unset variable?)");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isWritable(Path.of("/proc")), "/proc looks writable (as to root)");
    MainTest.Run proc = MainTest.run("eval", "--out", "/proc/mizan-report");
    assertThat(proc.exit()).isEqualTo(2);
    assertThat(proc.err())
        .contains("--out: cannot write the report into /proc/mizan-report: ")
        .doesNotContain("Exception")
        .doesNotContain("queries");
  }

  /** A folder that can be made is checked by making it, and taken away again before the run. */
  @Test
  void anOutThatCanBeMadeIsNotLeftWhenTheRunFails() {
    Path out = dir.resolve("a/b/report");
    MainTest.Run run =
        MainTest.run("eval", "--data", dir.resolve("none").toString(), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(dir.resolve("a")).doesNotExist();
  }

  /** With the shared data folder present (as in this repository's workspace), end to end. */
  @Test
  void theSmokeTestSuiteWritesBothReports() throws Exception {
    Optional<Path> data = EvalData.find(Path.of(""));
    assumeTrue(data.isPresent(), "shared/data is absent");
    Path out = dir.resolve("report");
    MainTest.Run run =
        MainTest.run(
            "eval",
            "--suite",
            "cross-script-pairs",
            "--data",
            data.get().toString(),
            "--out",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("report.json").contains("report.html").contains("dev split");
    assertThat(run.err()).contains("cross-script-pairs/name-only: 8 queries");
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.at("/runs/0/queries").asInt()).isEqualTo(8);
    assertThat(json.at("/runs/0/counts/Arabic rows").asInt()).isEqualTo(4);
    assertThat(json.at("/runs/0/results/mizan/metrics/recall_at_1/value").asDouble())
        .isEqualTo(1.0);
    assertThat(json.at("/runs/0/results/jaro-winkler/metrics/recall_at_1/value").asDouble())
        .isEqualTo(0.0);
    assertThat(out.resolve("report.html")).exists();
  }
}
