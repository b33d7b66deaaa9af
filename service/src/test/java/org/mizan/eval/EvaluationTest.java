package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Mizan;
import org.mizan.model.Watchlist;

/** The evaluation run and its report files, on a small part of the bundled list. */
class EvaluationTest {
  private static List<QuerySet> sets;

  @BeforeAll
  static void smallSets() throws Exception {
    Watchlist un = Mizan.bundledList();
    Watchlist part = new Watchlist(un.version(), un.entries().subList(0, 300));
    sets = new ArrayList<>(CrossScriptSuite.of(part, Split.ALL));
    try (InputStream in =
        Objects.requireNonNull(
            EvaluationTest.class.getResourceAsStream("/eval/negatives_global-first1000.csv"))) {
      List<EvalCsv.Person> clean =
          EvalCsv.people(in, "negatives_global-first1000.csv").subList(0, 200);
      sets.addAll(CleanNamesSuite.of(part, Map.of("first200", clean), Split.ALL));
    }
  }

  private static Report evaluate(boolean parallel) {
    return new Evaluation(Mizan.matcher(), EvalSettings.of(Split.ALL), line -> {}, parallel)
        .evaluate(sets);
  }

  @Test
  void theFiguresDoNotDependOnHowManyThreadsRun() {
    Report parallel = evaluate(true);
    Report sequential = evaluate(false);
    for (Report.Run run : parallel.runs()) {
      for (Report.EngineResult r : run.results()) {
        Report.EngineResult s = sequential.run(run.set().name()).orElseThrow().result(r.engine());
        assertThat(r.figures()).as(run.set().name()).isEqualTo(s.figures());
        assertThat(r.falseBins()).isEqualTo(s.falseBins());
        assertThat(r.trueBins()).isEqualTo(s.trueBins());
        assertThat(r.calibration()).isEqualTo(s.calibration());
      }
    }
  }

  @Test
  void aReportThatCannotBeWrittenLeavesTheEarlierPairAndNoTemporaryFile(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("report");
    java.nio.file.Files.createDirectories(out);
    java.nio.file.Files.writeString(out.resolve(ReportFiles.JSON), "earlier json");
    java.nio.file.Files.writeString(out.resolve(ReportFiles.HTML), "earlier html");
    // The HTML's temporary file cannot be written (a folder holds its name), as on a full disk
    // once the JSON is written.
    java.nio.file.Files.createDirectories(out.resolve(ReportFiles.HTML + ".tmp/x"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFiles.write(evaluate(true), out))
        .isInstanceOf(java.io.IOException.class);
    assertThat(java.nio.file.Files.readString(out.resolve(ReportFiles.JSON)))
        .isEqualTo("earlier json");
    assertThat(java.nio.file.Files.readString(out.resolve(ReportFiles.HTML)))
        .isEqualTo("earlier html");
    assertThat(out.resolve(ReportFiles.JSON + ".tmp")).doesNotExist();
  }

  @Test
  void theReportFilesSayWhatWasMeasuredAndHow(@TempDir Path dir) throws Exception {
    Report report = evaluate(true);
    Path out = dir.resolve("new/report");
    ReportFiles.write(report, out);
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.at("/settings/split").asText()).isEqualTo("all");
    assertThat(json.at("/settings/bootstrap/resamples").asInt()).isEqualTo(1000);
    assertThat(json.at("/settings/alert_threshold").asDouble()).isEqualTo(0.85);
    assertThat(json.at("/lists/0/sha256").asText())
        .isEqualTo("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf");
    assertThat(json.at("/engines/1/threshold").asDouble()).isEqualTo(0.95);
    JsonNode first = json.at("/runs/0");
    assertThat(first.get("name").asText()).isEqualTo("cross-script/name-only");
    JsonNode recall = first.at("/results/mizan/metrics/recall_at_1");
    // report.json carries four decimals.
    assertThat(recall.get("value").asDouble())
        .isCloseTo(
            report.value("cross-script/name-only", "mizan", Metric.RECALL_AT_1),
            org.assertj.core.data.Offset.offset(0.00005));
    assertThat(recall.get("low").asDouble()).isLessThanOrEqualTo(recall.get("value").asDouble());
    assertThat(first.at("/results/mizan/histogram/true")).hasSize(Histogram.BINS);
    // A name-only positive set is drawn against the name-only clean names.
    assertThat(first.at("/curve/clean_run").asText()).isEqualTo("clean-names/name-only");
    assertThat(first.at("/curve/mizan")).hasSize(Curves.STEPS + 1);
    assertThat(json.at("/runs/1/curve/clean_run").asText()).isEqualTo("clean-names/name+dob");
    assertThat(json.at("/runs/3/curve").isMissingNode()).isTrue();

    // Calibration: every positive set and the clean names, pooled per engine.
    JsonNode calibration = json.at("/calibration/mizan");
    long positives =
        sets.stream().filter(QuerySet::positive).mapToLong(q -> q.queries().size()).sum();
    long negatives =
        sets.stream().filter(q -> !q.positive()).mapToLong(q -> q.queries().size()).sum();
    assertThat(calibration.get("positive_queries").asLong()).isEqualTo(positives);
    assertThat(calibration.get("negative_queries").asLong()).isEqualTo(negatives);
    assertThat(calibration.get("query_sets")).hasSize(sets.size());
    assertThat(calibration.get("bands")).hasSize(Calibration.BANDS);
    assertThat(calibration.at("/bands/5/to").asDouble()).isEqualTo(1.0);
    assertThat(calibration.get("thresholds")).hasSize(Calibration.BINS);
    assertThat(calibration.at("/at_alert_threshold/threshold").asDouble()).isEqualTo(0.85);
    assertThat(calibration.at("/best_f1_threshold/f1").asDouble())
        .isGreaterThanOrEqualTo(calibration.at("/at_alert_threshold/f1").asDouble());
    // The bands hold every reported match of the pooled sets, as the histograms do.
    long matches = 0;
    for (JsonNode band : calibration.get("bands")) {
      matches += band.get("true_matches").asLong() + band.get("false_matches").asLong();
    }
    long histogram = 0;
    for (JsonNode run : json.get("runs")) {
      for (JsonNode bin : run.at("/results/mizan/histogram/true")) {
        histogram += bin.asLong();
      }
      for (JsonNode bin : run.at("/results/mizan/histogram/false")) {
        histogram += bin.asLong();
      }
    }
    assertThat(matches).isPositive().isGreaterThanOrEqualTo(histogram);
    assertThat(json.at("/calibration/jaro-winkler/at_alert_threshold/threshold").asDouble())
        .isEqualTo(0.95);

    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("id=calibration", "score band", "0.95–1.00 (incl.)");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("<polyline");
    assertThat(html).doesNotContain("<script", "<link", "src=", "<img");
    sets.forEach(s -> assertThat(html).contains(ReportHtml.esc(s.name())));
  }
}
