package org.mizan.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mizan.model.ListVersion;

/**
 * The outcome of one evaluation: settings, engines, and one result per query set and engine.
 *
 * @param settings the settings used
 * @param engines the engines compared, Mizan first
 * @param runs one per query set, in run order
 * @param data the data folder as given, empty when the query sets were built in memory
 * @param listFiles the file each list came from (relative to the data folder), by version
 * @param processors the processors the queries were spread over
 * @param seconds wall time of the whole evaluation
 */
public record Report(
    EvalSettings settings,
    List<EngineInfo> engines,
    List<Run> runs,
    String data,
    Map<ListVersion, String> listFiles,
    int processors,
    double seconds) {
  public Report {
    Objects.requireNonNull(settings, "settings");
    engines = List.copyOf(engines);
    runs = List.copyOf(runs);
    Objects.requireNonNull(data, "data");
    listFiles = Map.copyOf(listFiles);
  }

  /**
   * An engine as the report describes it.
   *
   * @param id {@code mizan} or {@code jaro-winkler}
   * @param description how it scores
   * @param threshold its alert threshold
   */
  record EngineInfo(String id, String description, double threshold) {}

  /**
   * One query set and what each engine made of it.
   *
   * @param set the query set
   * @param results one per engine, in the order of {@link Report#engines()}
   */
  record Run(QuerySet set, List<EngineResult> results) {
    Run {
      Objects.requireNonNull(set, "set");
      results = List.copyOf(results);
    }

    /** The result of the engine with this id. */
    EngineResult result(String engine) {
      return results.stream().filter(r -> r.engine().equals(engine)).findFirst().orElseThrow();
    }
  }

  /**
   * What one engine made of one query set.
   *
   * @param engine the engine's id
   * @param threshold its alert threshold
   * @param figures the metrics that apply, with bootstrap intervals
   * @param trueBins reported scores of right entries per {@link Histogram} bin
   * @param falseBins reported scores of other entries per bin
   * @param seconds wall time of the queries
   * @param indexSeconds wall time of preparing the list (0 when an earlier run prepared it)
   * @param outcomes one per query, in query order
   * @param calibration the counts of true and false matches per score bin ({@link Calibration})
   */
  record EngineResult(
      String engine,
      double threshold,
      Map<Metric, Estimate> figures,
      long[] trueBins,
      long[] falseBins,
      double seconds,
      double indexSeconds,
      List<Outcome> outcomes,
      Calibration.Counts calibration) {
    EngineResult {
      Objects.requireNonNull(calibration, "calibration");
      Map<Metric, Estimate> ordered = new EnumMap<>(Metric.class);
      ordered.putAll(figures);
      figures = Collections.unmodifiableMap(ordered);
      outcomes = List.copyOf(outcomes);
    }

    /** A figure, or NaN when it does not apply. */
    double value(Metric m) {
      Estimate e = figures.get(m);
      return e == null ? Double.NaN : e.value();
    }
  }

  /** The run with this name. */
  Optional<Run> run(String name) {
    return runs.stream().filter(r -> r.set().name().equals(name)).findFirst();
  }

  /** The run of the given name's figure for an engine, for tests and summaries. */
  double value(String run, String engine, Metric metric) {
    return run(run).orElseThrow().result(engine).value(metric);
  }
}
