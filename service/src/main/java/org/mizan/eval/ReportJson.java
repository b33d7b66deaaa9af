package org.mizan.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;

/**
 * {@code report.json}: the settings, the lists (source, version, SHA-256, the file read), the
 * engines, the metric definitions, and per query set the counts, each engine's figures with their
 * bootstrap intervals, score histograms and the recall/alert curve; then per engine the {@link
 * Calibration} (precision per score band and at each candidate threshold). Figures are rounded to
 * four decimals; an undefined figure is {@code null}.
 */
final class ReportJson {
  private final ObjectMapper mapper;

  ReportJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode render(Report report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("report", "mizan eval");
    root.set("settings", settings(report));
    ArrayNode engines = root.putArray("engines");
    for (Report.EngineInfo e : report.engines()) {
      ObjectNode o = engines.addObject();
      o.put("id", e.id());
      o.put("description", e.description());
      o.put("threshold", e.threshold());
    }
    root.set("lists", lists(report));
    ObjectNode metrics = root.putObject("metrics");
    for (Metric m : Metric.values()) {
      metrics.put(m.id(), m.description());
    }
    ArrayNode runs = root.putArray("runs");
    for (Report.Run run : report.runs()) {
      runs.add(run(report, run));
    }
    List<Calibration.Table> calibration = Calibration.of(report);
    if (!calibration.isEmpty()) {
      ObjectNode byEngine = root.putObject("calibration");
      calibration.forEach(t -> byEngine.set(t.engine(), calibration(t)));
    }
    root.put("seconds", round(report.seconds()));
    return root;
  }

  private ObjectNode calibration(Calibration.Table table) {
    ObjectNode o = mapper.createObjectNode();
    o.put("description", table.description());
    ArrayNode sets = o.putArray("query_sets");
    table.runs().forEach(sets::add);
    o.put("positive_queries", table.positiveQueries());
    o.put("negative_queries", table.negativeQueries());
    ArrayNode bands = o.putArray("bands");
    for (Calibration.Band b : table.bands()) {
      ObjectNode band = bands.addObject();
      band.put("from", b.from());
      band.put("to", b.to());
      band.put("true_matches", b.trueMatches());
      band.put("false_matches", b.falseMatches());
      band.put("false_matches_of_negatives", b.ofNegatives());
      put(band, "precision", b.precision());
    }
    ArrayNode thresholds = o.putArray("thresholds");
    table.points().forEach(p -> thresholds.add(point(p, true)));
    o.put("alert_threshold", table.alertThreshold());
    table.atAlertThreshold().ifPresent(p -> o.set("at_alert_threshold", point(p, false)));
    table.bestF1().ifPresent(p -> o.set("best_f1_threshold", point(p, false)));
    return o;
  }

  private ObjectNode point(Calibration.Point p, boolean counts) {
    ObjectNode o = mapper.createObjectNode();
    o.put("threshold", p.threshold());
    put(o, "precision", p.precision());
    put(o, "recall", p.recall());
    put(o, "f1", p.f1());
    if (counts) {
      o.put("true_matches", p.trueMatches());
      o.put("false_matches", p.falseMatches());
      o.put("false_matches_of_negatives", p.ofNegatives());
      o.put("found", p.found());
    }
    return o;
  }

  private ObjectNode settings(Report report) {
    ObjectNode s = mapper.createObjectNode();
    EvalSettings settings = report.settings();
    s.put("split", settings.split().id());
    s.put(
        "split_rule",
        "dev when int(sha1(key), 16) % 5 == 0, key = UN reference number, OFAC ent_num, EU-"
            + " and the EU entry's number, or the clean name's text; test otherwise");
    ArrayNode suites = s.putArray("suites");
    new LinkedHashSet<>(report.runs().stream().map(r -> r.set().suite().id()).toList())
        .forEach(suites::add);
    s.put("data", report.data());
    s.put("alert_threshold", Screening.ALERT_THRESHOLD);
    s.put("reporting_floor", Screening.REPORTING_FLOOR);
    s.put("entry_kinds_screened", "any");
    ObjectNode bootstrap = s.putObject("bootstrap");
    bootstrap.put("resamples", settings.resamples());
    bootstrap.put("seed", settings.seed());
    bootstrap.put("confidence", settings.confidence());
    bootstrap.put(
        "method",
        "percentile (nearest rank) over queries resampled with replacement; the same resamples for"
            + " every figure and engine of a query set");
    ObjectNode histogram = s.putObject("histogram");
    histogram.put("from", Histogram.FROM);
    histogram.put("bin_width", round(Histogram.WIDTH));
    histogram.put("bins", Histogram.BINS);
    s.put("processors", report.processors());
    return s;
  }

  private ArrayNode lists(Report report) {
    ScreeningJson json = new ScreeningJson(mapper);
    ArrayNode lists = mapper.createArrayNode();
    Set<ListVersion> seen = new LinkedHashSet<>();
    for (Report.Run run : report.runs()) {
      Watchlist list = run.set().list();
      if (seen.add(list.version())) {
        ObjectNode o = json.info(list);
        Optional.ofNullable(report.listFiles().get(list.version()))
            .ifPresent(f -> o.put("file", f));
        lists.add(o);
      }
    }
    return lists;
  }

  private ObjectNode run(Report report, Report.Run run) {
    QuerySet set = run.set();
    ObjectNode o = mapper.createObjectNode();
    o.put("name", set.name());
    o.put("suite", set.suite().id());
    o.put("description", set.description());
    o.put("positive", set.positive());
    o.put("evidence", set.evidence().id());
    o.put("queries", set.queries().size());
    if (!set.partOf().isEmpty()) {
      o.put("part_of", set.partOf());
    }
    ObjectNode list = o.putObject("list");
    list.put("source", set.list().version().source());
    list.put("version", set.list().version().published());
    list.put("sha256", set.list().version().sha256());
    list.put("entries", set.list().entries().size());
    list.put("names", set.list().entries().stream().mapToLong(e -> e.names().size()).sum());
    ObjectNode counts = o.putObject("counts");
    set.counts().forEach(counts::put);
    ObjectNode results = o.putObject("results");
    for (Report.EngineResult r : run.results()) {
      ObjectNode e = results.putObject(r.engine());
      e.put("threshold", r.threshold());
      e.put("seconds", round(r.seconds()));
      e.put("prepare_list_seconds", round(r.indexSeconds()));
      put(e, "wall_ms_per_query", 1000 * r.seconds() / set.queries().size());
      ObjectNode figures = e.putObject("metrics");
      for (Map.Entry<Metric, Estimate> f : r.figures().entrySet()) {
        ObjectNode v = figures.putObject(f.getKey().id());
        put(v, "value", f.getValue().value());
        put(v, "low", f.getValue().low());
        put(v, "high", f.getValue().high());
      }
      ObjectNode histogram = e.putObject("histogram");
      ArrayNode trueBins = histogram.putArray("true");
      ArrayNode falseBins = histogram.putArray("false");
      for (int b = 0; b < Histogram.BINS; b++) {
        trueBins.add(r.trueBins()[b]);
        falseBins.add(r.falseBins()[b]);
      }
    }
    Curves.cleanRunFor(report, run)
        .ifPresent(
            clean -> {
              ObjectNode curve = o.putObject("curve");
              curve.put("clean_run", clean.set().name());
              for (Report.EngineResult r : run.results()) {
                ArrayNode points = curve.putArray(r.engine());
                for (Curves.Point p : Curves.curve(r, clean.result(r.engine()))) {
                  ObjectNode point = points.addObject();
                  point.put("threshold", p.threshold());
                  put(point, "recall", p.recall());
                  put(point, "alerts_per_1000", p.alertsPer1000());
                }
              }
            });
    return o;
  }

  private static void put(ObjectNode o, String key, double value) {
    if (Double.isNaN(value)) {
      o.putNull(key);
    } else {
      o.put(key, round(value));
    }
  }

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
