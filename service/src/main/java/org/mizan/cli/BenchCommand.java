package org.mizan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.util.Locale;
import org.mizan.app.Mizan;
import org.mizan.bench.BenchJson;
import org.mizan.bench.Benchmark;
import org.mizan.bench.SyntheticList;
import org.mizan.bench.Vocabulary;
import org.mizan.lists.ListReader;
import org.mizan.screening.Screening;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan bench}: speed of screening, beside a brute-force Jaro-Winkler baseline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Measures screening speed on this machine: builds an index over the bundled UN list (or a"
          + " synthetic list of --entries entries), screens a fixed, seeded query set (listed"
          + " names under variant spellings, Arabic-script names, clean names), and runs a"
          + " brute-force Jaro-Winkler baseline in the same process on the same queries.",
      "Prints names per second, latency (p50, p99), index build time and heap, and retrieval"
          + " recall against scoring every entry, each engine measured once its pace is steady"
          + " (untimed warm-up passes, at most --max-warm-up seconds). Takes 1 to 3 minutes (UN"
          + " list) to many minutes (a million entries; give the JVM heap, e.g."
          + " JAVA_OPTS=-Xmx10g)."
    },
    sortOptions = false)
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--entries",
      paramLabel = "N",
      description =
          "Screen a synthetic list of N entries (1 to 10,000,000), generated from the seed"
              + " (default: the bundled UN list).")
  Integer entries;

  @Option(
      names = "--queries",
      paramLabel = "N",
      description = "Size of the query set, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
  int queries = 1000;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "Seed of the synthetic list, the queries and the samples (default: ${DEFAULT-VALUE}).")
  long seed = 20_261_130L;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads of the batch runs (default: the processors available).")
  Integer threads;

  @Option(
      names = "--max-warm-up",
      paramLabel = "SECONDS",
      description =
          "Most seconds of untimed passes over the queries before each engine is measured, 0 to"
              + " 3,600; they end earlier once the pace is steady (default: ${DEFAULT-VALUE}).")
  int maxWarmUp = Benchmark.MAX_WARM_UP_SECONDS;

  @Option(
      names = "--hits-only",
      description =
          "Screen for the hits alone, at the alert threshold (0.85), as screen --hits-only does;"
              + " the baseline reports from 0.85 too, and retrieval recall is over the matches of"
              + " 0.85 or more (score_floor in the JSON).")
  boolean hitsOnly;

  @CommandLine.Mixin ListsCommand.TextOrJson format;

  @Override
  public void run() {
    OutputFormat out = format.parse(spec);
    if (entries != null && (entries < 1 || entries > 10_000_000)) {
      throw usage("--entries must be from 1 to 10,000,000, not " + entries);
    }
    if (queries < 1 || queries > 1_000_000) {
      throw usage("--queries must be from 1 to 1,000,000, not " + queries);
    }
    int processors = Runtime.getRuntime().availableProcessors();
    if (threads != null && (threads < 1 || threads > 1024)) {
      throw usage("--threads must be from 1 to 1,024, not " + threads);
    }
    if (maxWarmUp < 0 || maxWarmUp > 3600) {
      throw usage("--max-warm-up must be from 0 to 3,600 seconds, not " + maxWarmUp);
    }
    Benchmark.Settings settings =
        new Benchmark.Settings(
            queries,
            seed,
            threads == null ? processors : threads,
            Benchmark.MIN_BATCH_SECONDS,
            maxWarmUp,
            hitsOnly ? Screening.ALERT_THRESHOLD : Screening.REPORTING_FLOOR);
    PrintWriter err = spec.commandLine().getErr();
    byte[] unBytes = Mizan.bundledListBytes();
    Vocabulary vocabulary =
        Vocabulary.of(
            ListReader.read(new ByteArrayInputStream(unBytes), Mizan.bundledListLocation()));
    byte[] bytes;
    String location;
    if (entries == null) {
      bytes = unBytes;
      location = Mizan.bundledListLocation();
    } else {
      bytes = SyntheticList.csv(entries, seed, vocabulary);
      location = SyntheticList.fileName(entries, seed);
      err.printf(Locale.ROOT, "mizan bench: generated %s (%,d bytes)%n", location, bytes.length);
      err.flush();
    }
    Benchmark.Result result =
        Benchmark.run(
            bytes,
            location,
            vocabulary,
            Mizan.matcher(),
            settings,
            line -> {
              err.println("mizan bench: " + line);
              err.flush();
            });
    PrintWriter w = spec.commandLine().getOut();
    if (out == OutputFormat.JSON) {
      w.println(JsonText.pretty(BenchJson.of(new ObjectMapper(), result)));
    } else {
      text(w, result);
    }
    w.flush();
  }

  /** The result as a table: one row per engine, each with its warm-up, then the speed-up. */
  static void text(PrintWriter w, Benchmark.Result r) {
    w.printf(
        Locale.ROOT,
        "list            %s, %,d entries%s%n",
        r.list(),
        r.mizan().entries(),
        r.settings().scoreFloor() > Screening.REPORTING_FLOOR
            ? String.format(
                Locale.ROOT, "; hits alone (scores of %.2f or more)", r.settings().scoreFloor())
            : "");
    w.printf(
        Locale.ROOT,
        "%-15s %14s %12s %12s %12s %12s %10s %10s%n",
        "",
        "names/s",
        "p50 ms",
        "p99 ms",
        "warm-up s",
        "build s",
        "heap MiB",
        "recall");
    row(w, "mizan", r.mizan());
    row(w, "baseline", r.baseline());
    w.printf(
        Locale.ROOT,
        "speedup         %.3g x (%d thread%s; Mizan %,d quer%s, baseline %,d, retrieval recall"
            + " over %,d)%n",
        r.speedup(),
        r.settings().threads(),
        r.settings().threads() == 1 ? "" : "s",
        r.mizan().queries(),
        r.mizan().queries() == 1 ? "y" : "ies",
        r.baseline().queries(),
        r.recallQueries());
    if (!r.mizan().steady() || !r.baseline().steady()) {
      w.printf(
          Locale.ROOT,
          "* not yet steady when the warm-up's limit (--max-warm-up, %.0f s) was reached: the figures"
              + " are of code still being compiled, or of a busy machine%n",
          r.settings().maxWarmUpSeconds());
    }
  }

  private static void row(PrintWriter w, String engine, Benchmark.Figures f) {
    w.printf(
        Locale.ROOT,
        "%-15s %,14.1f %12.3f %12.3f %12s %12.2f %10.0f %10.4f%n",
        engine,
        f.namesPerSecond(),
        f.latencyP50(),
        f.latencyP99(),
        String.format(Locale.ROOT, "%.1f", f.warmUpSeconds()) + (f.steady() ? "" : "*"),
        f.indexBuildSeconds(),
        f.heapMb(),
        f.retrievalRecall());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
