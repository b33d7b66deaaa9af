package org.mizan.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mizan.match.Matcher;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;

/**
 * Runs evaluation suites through Mizan and the Jaro-Winkler baseline and measures both.
 *
 * <p>Each engine prepares each distinct list once (Mizan builds its screening index; the baseline
 * folds every name); the queries of a set are then spread over all processors ({@link
 * java.util.Collection#parallelStream()}): the index, the matcher and the name pipeline are
 * immutable and documented thread-safe, and the figures do not depend on the order queries run in
 * (a test compares a parallel with a sequential run). Progress lines name query sets and counts,
 * never a name.
 */
public final class Evaluation {
  private final List<Engine> engines;
  private final EvalSettings settings;
  private final Consumer<String> progress;
  private final boolean parallel;

  /**
   * An evaluation of Mizan with this matcher against the baseline.
   *
   * @param matcher the matcher the application uses (wired by the composition root)
   * @param settings split and bootstrap settings
   * @param progress receives one line per query set run (to stderr, for the command line)
   */
  public Evaluation(Matcher matcher, EvalSettings settings, Consumer<String> progress) {
    this(matcher, settings, progress, true);
  }

  /** An evaluation that runs the queries on all processors, or on this thread alone (tests). */
  Evaluation(Matcher matcher, EvalSettings settings, Consumer<String> progress, boolean parallel) {
    this.engines = List.of(new MizanEngine(matcher), new JaroWinklerBaseline());
    this.settings = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.parallel = parallel;
  }

  /**
   * Builds the suites from the data folder and runs them, in {@link Suite} order.
   *
   * @param suites the suites to run; all when empty
   * @throws EvalDataException when a file a suite reads is missing or invalid (checked for every
   *     suite before any runs)
   * @throws org.mizan.lists.ListFormatException when a list file is invalid
   */
  public Report run(EvalData data, Set<Suite> suites) {
    long start = System.nanoTime();
    Set<Suite> chosen = suites.isEmpty() ? EnumSet.allOf(Suite.class) : EnumSet.copyOf(suites);
    data.require(chosen);
    List<QuerySet> sets = new ArrayList<>();
    for (Suite suite : chosen) {
      sets.addAll(build(suite, data));
    }
    return evaluate(sets, data.root().toString(), data.listFiles(), start);
  }

  private List<QuerySet> build(Suite suite, EvalData data) {
    Split split = settings.split();
    return switch (suite) {
      case CROSS_SCRIPT -> CrossScriptSuite.of(data.list(EvalData.UN_LIST), split);
      case CROSS_SCRIPT_EU -> {
        Watchlist un = data.list(EvalData.UN_LIST);
        String location = data.root().resolve(EvalData.EU_UNOFFICIAL).toString();
        List<QuerySet> eu =
            data.read(EvalData.EU_UNOFFICIAL, in -> EuCrossScriptSuite.of(un, in, location, split));
        eu.forEach(set -> data.derivedFrom(set.list().version(), EvalData.EU_UNOFFICIAL));
        yield eu;
      }
      case LATIN_VARIANTS -> LatinVariantsSuite.of(data.list(EvalData.OFAC_SDN), split);
      case PERTURBED_POSITIVES ->
          PerturbedSuite.of(
              data.list(EvalData.UN_LIST),
              data.people(EvalData.POSITIVES_UNTREATED),
              data.people(EvalData.POSITIVES_TREATED),
              split);
      case HARD_NEGATIVES -> HardNegatives.of(data.list(EvalData.UN_LIST), split);
      case CROSS_SCRIPT_PAIRS ->
          CrossScriptPairsSuite.of(
              data.pairs(EvalData.CROSS_SCRIPT_PAIRS),
              data.sha256(EvalData.CROSS_SCRIPT_PAIRS),
              data.path(EvalData.CROSS_SCRIPT_PAIRS).toString());
      case CLEAN_NAMES -> {
        Map<String, List<EvalCsv.Person>> files = new LinkedHashMap<>();
        for (String f : List.of(EvalData.NEGATIVES_GLOBAL, EvalData.NEGATIVES_US)) {
          files.put(f.substring(f.lastIndexOf('/') + 1), data.people(f));
        }
        yield CleanNamesSuite.of(data.list(EvalData.UN_LIST), files, split);
      }
    };
  }

  /** Runs query sets built in memory (tests). */
  Report evaluate(List<QuerySet> sets) {
    return evaluate(sets, "", Map.of(), System.nanoTime());
  }

  private Report evaluate(
      List<QuerySet> sets, String data, Map<ListVersion, String> listFiles, long start) {
    Map<Engine, Map<Watchlist, Engine.Searcher>> prepared = new IdentityHashMap<>();
    List<Report.Run> runs = new ArrayList<>();
    for (QuerySet set : sets) {
      List<Report.EngineResult> results = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      line.append(String.format(Locale.ROOT, "%s: %d queries", set.name(), set.queries().size()));
      for (Engine engine : engines) {
        Map<Watchlist, Engine.Searcher> lists =
            prepared.computeIfAbsent(engine, e -> new IdentityHashMap<>());
        long t0 = System.nanoTime();
        Engine.Searcher searcher = lists.computeIfAbsent(set.list(), engine::over);
        double indexSeconds = seconds(t0);
        Report.EngineResult result = measure(engine, searcher, set, indexSeconds);
        results.add(result);
        line.append(
            String.format(
                Locale.ROOT,
                "; %s %.1f s%s",
                engine.id(),
                result.seconds(),
                indexSeconds >= 0.05
                    ? String.format(Locale.ROOT, " (+%.1f s to prepare the list)", indexSeconds)
                    : ""));
      }
      progress.accept(line.toString());
      runs.add(new Report.Run(set, results));
    }
    List<Report.EngineInfo> infos =
        engines.stream()
            .map(e -> new Report.EngineInfo(e.id(), e.description(), e.threshold()))
            .toList();
    return new Report(
        settings,
        infos,
        runs,
        data,
        listFiles,
        parallel ? Runtime.getRuntime().availableProcessors() : 1,
        seconds(start));
  }

  private Report.EngineResult measure(
      Engine engine, Engine.Searcher searcher, QuerySet set, double indexSeconds) {
    long t0 = System.nanoTime();
    // One pass: each answer becomes its outcome and is added to the calibration counts, so no
    // query's full list of matches is kept.
    Measured measured =
        (parallel ? set.queries().parallelStream() : set.queries().stream())
            .map(q -> new Answer(searcher.search(q), q.truth(), q.conflicting()))
            .collect(
                Collectors.teeing(
                    Collectors.mapping(
                        a -> Outcome.of(a.ranked(), a.truth(), a.conflicting(), engine.threshold()),
                        Collectors.toList()),
                    Calibration.Tally.collector(Answer::ranked, Answer::truth),
                    Measured::new));
    double seconds = seconds(t0);
    List<Outcome> outcomes = measured.outcomes();
    long[] trueBins = new long[Histogram.BINS];
    long[] falseBins = new long[Histogram.BINS];
    for (Outcome o : outcomes) {
      if (o.rank() > 0) {
        trueBins[Histogram.bin(o.truthScore())]++;
      }
      for (int b = 0; b < Histogram.BINS; b++) {
        falseBins[b] += o.falseBins()[b];
      }
    }
    return new Report.EngineResult(
        engine.id(),
        engine.threshold(),
        Metric.all(outcomes, set.positive(), set.rulesOutEntries(), engine.threshold(), settings),
        trueBins,
        falseBins,
        seconds,
        indexSeconds,
        outcomes,
        measured.calibration());
  }

  /** One engine's answer to one query, while it is being measured. */
  private record Answer(List<Engine.Scored> ranked, Set<String> truth, Set<String> conflicting) {}

  /** What a query set's answers reduce to. */
  private record Measured(List<Outcome> outcomes, Calibration.Counts calibration) {}

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
