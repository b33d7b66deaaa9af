package org.mizan.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.mizan.eval.BruteForceJaroWinkler;
import org.mizan.index.ScreeningIndex;
import org.mizan.lists.ListReader;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.screening.Screening;

/**
 * {@code mizan bench}: Mizan's screening index and a brute-force Jaro-Winkler baseline, in one
 * process, on one list and one query set (see {@code docs/performance.md}).
 *
 * <p>For each: the time from the list's bytes to a ready index (parsing included), the heap it
 * holds, single-query latency on one thread after untimed passes have brought the pace to a steady
 * state ({@link #warmUp}; p50 and p99 in milliseconds), batch throughput on {@code threads} threads
 * (names per second, passes over the queries for at least {@value #MIN_BATCH_SECONDS} seconds by
 * default), and retrieval recall: of the matches at or above the reporting floor that scoring every
 * entry gives, the share that screening through the index also returns (the baseline scores every
 * entry: 1 by construction). Screening reports up to {@value Screening#DEFAULT_LIMIT} matches at or
 * above {@link Screening#REPORTING_FLOOR}, as {@code mizan screen} does; for the hits alone, every
 * hit, as {@code mizan screen --hits-only} does.
 */
public final class Benchmark {
  /** The least time of a batch run and of a warm-up by default, in seconds. */
  public static final double MIN_BATCH_SECONDS = 3;

  /**
   * The longest warm-up by default, in seconds: on 2 cores (2026-12-03) the UN list's 1,000 queries
   * ran at a steady pace after 20 passes, about 9 s, the baseline's after about 19 s.
   */
  public static final int MAX_WARM_UP_SECONDS = 60;

  /**
   * Warm-up is over when {@value #STEADY_PASSES} passes in a row are none of them more than this
   * share faster than the fastest pass before them.
   */
  static final double STEADY_GAIN = 0.01;

  static final int STEADY_PASSES = 5;

  /**
   * The most of its passes' time the JIT compiler may work during the last {@value #STEADY_PASSES}
   * passes of a warm-up that ends steady.
   */
  static final double COMPILER_SHARE = 0.1;

  /** Lists above this many entries run the baseline on a sample of the queries. */
  static final int BASELINE_FULL_LIMIT = 20_000;

  /** The most queries the baseline answers on a list above {@link #BASELINE_FULL_LIMIT}. */
  static final int BASELINE_SAMPLE = 100;

  /** Retrieval recall is measured on min(queries, max(10, this / entries)) queries. */
  static final int RECALL_BUDGET = 2_000_000;

  private Benchmark() {}

  /**
   * What to run.
   *
   * @param queries the size of the query set, at least 1
   * @param seed the seed of the synthetic list, the query set and the samples
   * @param threads threads of the batch runs, at least 1
   * @param batchSeconds the least time of a batch run and of a warm-up, in seconds, at least 0 (one
   *     pass at least)
   * @param maxWarmUpSeconds the most time of a warm-up, in seconds, at least 0: untimed passes over
   *     the queries go on until the pace is steady ({@link #warmUp}) or this time has passed (one
   *     pass at least)
   */
  public record Settings(
      int queries,
      long seed,
      int threads,
      double batchSeconds,
      double maxWarmUpSeconds,
      double scoreFloor) {
    /** Settings that screen for every match at the reporting floor. */
    public Settings(
        int queries, long seed, int threads, double batchSeconds, double maxWarmUpSeconds) {
      this(queries, seed, threads, batchSeconds, maxWarmUpSeconds, Screening.REPORTING_FLOOR);
    }

    /**
     * @param scoreFloor the least score screened for, in [{@link Screening#REPORTING_FLOOR}, 1]:
     *     the floor, or the alert threshold for the hits alone ({@code mizan bench --hits-only});
     *     the baseline reports from it too
     */
    public Settings {
      if (!(scoreFloor >= Screening.REPORTING_FLOOR && scoreFloor <= 1)) {
        throw new IllegalArgumentException(
            "scoreFloor out of [" + Screening.REPORTING_FLOOR + ", 1]: " + scoreFloor);
      }
      if (queries < 1 || threads < 1 || !(batchSeconds >= 0) || !(maxWarmUpSeconds >= 0)) {
        throw new IllegalArgumentException(
            "queries >= 1, threads >= 1, batchSeconds >= 0 and maxWarmUpSeconds >= 0: "
                + queries
                + ", "
                + threads
                + ", "
                + batchSeconds
                + ", "
                + maxWarmUpSeconds);
      }
    }
  }

  /**
   * One engine's figures.
   *
   * @param entries entries in the list
   * @param queries queries answered (the baseline may answer a sample)
   * @param namesPerSecond batch throughput, all threads
   * @param latencyP50 single-query latency, median, in milliseconds
   * @param latencyP99 single-query latency, 99th percentile, in milliseconds
   * @param warmUpSeconds the untimed passes before latency and throughput were measured, in seconds
   * @param steady whether the pace was steady and the compiler done before the warm-up's limit
   * @param indexBuildSeconds from the list's bytes to a ready index, parsing included
   * @param heapMb heap held by the list and the index after a garbage collection, in MiB
   * @param retrievalRecall in [0, 1]
   */
  public record Figures(
      int entries,
      int queries,
      double namesPerSecond,
      double latencyP50,
      double latencyP99,
      double warmUpSeconds,
      boolean steady,
      double indexBuildSeconds,
      double heapMb,
      double retrievalRecall) {}

  /**
   * The run's result.
   *
   * @param list the list's source and version, as Mizan names it
   * @param recallQueries the queries retrieval recall was measured on
   * @param speedup Mizan's throughput over the baseline's
   */
  public record Result(
      Settings settings,
      String list,
      Figures mizan,
      Figures baseline,
      int recallQueries,
      double speedup) {}

  /**
   * Runs the benchmark on the list in {@code listBytes} (any format Mizan reads).
   *
   * @param vocabulary name material of the clean queries ({@link Vocabulary#of})
   * @param progress receives one line per step (counts and times, never names)
   * @throws org.mizan.lists.ListFormatException when the list is invalid
   */
  public static Result run(
      byte[] listBytes,
      String location,
      Vocabulary vocabulary,
      Matcher matcher,
      Settings settings,
      Consumer<String> progress) {
    MizanRun mizan = mizan(listBytes, location, vocabulary, matcher, settings, progress);
    List<Subject> queries = mizan.queries();

    Built<BruteForceJaroWinkler> built =
        built(
            () ->
                new BruteForceJaroWinkler(
                    ListReader.read(new ByteArrayInputStream(listBytes), location)));
    BruteForceJaroWinkler baseline = built.value();
    int entries = baseline.entries().size();
    List<Subject> asked =
        entries <= BASELINE_FULL_LIMIT
            ? queries
            : sample(queries, BASELINE_SAMPLE, settings.seed());
    ToIntFunction<Subject> brute =
        s -> baseline.search(s.name(), s.kinds(), settings.scoreFloor()).size();
    WarmUp warmUp = warmUp(asked, brute, settings);
    double[] latency = latencies(asked, brute);
    double nps = throughput(asked, brute, settings.threads(), settings.batchSeconds());
    progress.accept(timings("baseline", warmUp, nps, asked.size(), latency));
    Figures baselineFigures =
        new Figures(
            entries,
            asked.size(),
            nps,
            latency[0],
            latency[1],
            warmUp.seconds(),
            warmUp.steady(),
            built.seconds(),
            built.heapMb(),
            1.0);
    return new Result(
        settings,
        mizan.list(),
        mizan.figures(),
        baselineFigures,
        mizan.recallQueries(),
        mizan.figures().namesPerSecond() / nps);
  }

  /** Mizan's part of a run; its index is garbage once this returns. */
  private record MizanRun(Figures figures, String list, List<Subject> queries, int recallQueries) {}

  private static MizanRun mizan(
      byte[] listBytes,
      String location,
      Vocabulary vocabulary,
      Matcher matcher,
      Settings settings,
      Consumer<String> progress) {
    Built<ScreeningIndex> built =
        built(
            () ->
                ScreeningIndex.build(
                    matcher,
                    List.of(ListReader.read(new ByteArrayInputStream(listBytes), location))));
    ScreeningIndex index = built.value();
    Watchlist list = index.lists().get(0);
    double build = built.seconds();
    double heap = built.heapMb();
    int entries = list.entries().size();
    progress.accept(
        String.format(
            Locale.ROOT, "index of %,d entries built in %.1f s, %.0f MiB", entries, build, heap));
    List<Subject> queries = BenchQueries.of(list, vocabulary, settings.queries(), settings.seed());
    double scoreFloor = settings.scoreFloor();
    // The hits alone are every hit, however many (Screening#screen).
    int limit =
        scoreFloor > Screening.REPORTING_FLOOR ? Integer.MAX_VALUE : Screening.DEFAULT_LIMIT;
    ToIntFunction<Subject> screen =
        s -> index.screen(index.prepare(s), Screening.REPORTING_FLOOR, scoreFloor, limit).size();
    WarmUp warmUp = warmUp(queries, screen, settings);
    double[] latency = latencies(queries, screen);
    double nps = throughput(queries, screen, settings.threads(), settings.batchSeconds());
    progress.accept(timings("Mizan", warmUp, nps, queries.size(), latency));
    List<Subject> recallSample =
        sample(queries, Math.max(10, RECALL_BUDGET / entries), settings.seed());
    double recall = retrievalRecall(index, recallSample, scoreFloor);
    progress.accept(
        String.format(
            Locale.ROOT, "retrieval recall %.4f over %d queries", recall, recallSample.size()));
    return new MizanRun(
        new Figures(
            entries,
            queries.size(),
            nps,
            latency[0],
            latency[1],
            warmUp.seconds(),
            warmUp.steady(),
            build,
            heap,
            recall),
        list.version().source()
            + (list.version().published().isEmpty() ? "" : " " + list.version().published()),
        queries,
        recallSample.size());
  }

  /** One progress line: an engine's warm-up, throughput and latency. */
  private static String timings(
      String engine, WarmUp warmUp, double nps, int queries, double[] latency) {
    return String.format(
        Locale.ROOT,
        "%s: warmed up in %.1f s (%d pass%s%s); %,.1f names/s over %d quer%s; p50 %.3f ms,"
            + " p99 %.3f ms",
        engine,
        warmUp.seconds(),
        warmUp.passes(),
        warmUp.passes() == 1 ? "" : "es",
        warmUp.steady() ? ", steady" : ", not yet steady",
        nps,
        queries,
        queries == 1 ? "y" : "ies",
        latency[0],
        latency[1]);
  }

  /**
   * The benchmark's query set over {@code list} ({@link BenchQueries}), for the JMH benchmarks of
   * the {@code bench} module.
   *
   * @param count the number of queries, at least 1
   */
  public static List<Subject> queries(Watchlist list, Vocabulary vocabulary, int count, long seed) {
    return BenchQueries.of(list, vocabulary, count, seed);
  }

  /**
   * How a warm-up went.
   *
   * @param seconds its time
   * @param passes the passes over the queries it made
   * @param steady whether it ended on a steady pace, not on the time limit
   */
  record WarmUp(double seconds, int passes, boolean steady) {}

  /**
   * Untimed passes over {@code queries}, so that latency and throughput are measured on code the
   * optimising compiler has finished with (the compiler shares the processors: on 2 cores, the UN
   * list measured after 3 s of passes gave about 3,700 names/s, after 9 s about 6,100): at least
   * one pass and {@link Settings#batchSeconds}, then until the last {@value #STEADY_PASSES} passes
   * are each no more than {@value #STEADY_GAIN} faster than the fastest before them and the JIT
   * compiler worked at most {@value #COMPILER_SHARE} of their time ({@link
   * CompilationMXBean#getTotalCompilationTime}, where the JVM reports it), or until {@link
   * Settings#maxWarmUpSeconds} have passed. The pace alone misleads: on 2 cores the UN list's
   * passes held at 406 ms for three passes while the compiler was still busy, then went down to
   * 315.
   */
  static WarmUp warmUp(List<Subject> queries, ToIntFunction<Subject> screen, Settings settings) {
    return warmUp(queries, screen, settings, Benchmark::compilerMillis);
  }

  /** {@link #warmUp} with the compiler's total time in milliseconds from {@code compilerMillis}. */
  static WarmUp warmUp(
      List<Subject> queries,
      ToIntFunction<Subject> screen,
      Settings settings,
      LongSupplier compilerMillis) {
    long start = System.nanoTime();
    double fastest = Double.POSITIVE_INFINITY;
    int slower = 0;
    int passes = 0;
    // The last passes' times and the compiler's time during each, in a ring.
    double[] passSeconds = new double[STEADY_PASSES];
    double[] compilerSeconds = new double[STEADY_PASSES];
    while (true) {
      long compiled = compilerMillis.getAsLong();
      long pass = System.nanoTime();
      queries.forEach(screen::applyAsInt);
      double took = seconds(pass);
      passSeconds[passes % STEADY_PASSES] = took;
      compilerSeconds[passes % STEADY_PASSES] = (compilerMillis.getAsLong() - compiled) / 1e3;
      passes++;
      slower = took < fastest * (1 - STEADY_GAIN) ? 0 : slower + 1;
      fastest = Math.min(fastest, took);
      double elapsed = seconds(start);
      boolean compilerDone =
          Arrays.stream(compilerSeconds).sum() <= COMPILER_SHARE * Arrays.stream(passSeconds).sum();
      if (elapsed >= settings.batchSeconds() && slower >= STEADY_PASSES && compilerDone) {
        return new WarmUp(elapsed, passes, true);
      }
      if (elapsed >= settings.maxWarmUpSeconds()) {
        return new WarmUp(elapsed, passes, false);
      }
    }
  }

  /** The JIT compiler's total time so far, in milliseconds; 0 where the JVM does not report it. */
  private static long compilerMillis() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime()
        : 0;
  }

  /** p50 and p99 in milliseconds of single-query latency over one pass of {@code queries}. */
  static double[] latencies(List<Subject> queries, ToIntFunction<Subject> screen) {
    double[] ms = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long t = System.nanoTime();
      screen.applyAsInt(queries.get(i));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {percentile(ms, 50), percentile(ms, 99)};
  }

  /** The nearest-rank percentile {@code p} of sorted {@code values}. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** Names per second screening {@code queries} on {@code threads} threads, passes repeated. */
  static double throughput(
      List<Subject> queries, ToIntFunction<Subject> screen, int threads, double minSeconds) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      long done = 0;
      do {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          workers.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < queries.size();
                        i = next.getAndIncrement()) {
                      screen.applyAsInt(queries.get(i));
                    }
                  }));
        }
        for (Future<?> w : workers) {
          w.get();
        }
        done += queries.size();
      } while (seconds(start) < minSeconds);
      return done / seconds(start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a screening thread failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Of the matches scoring {@code scoreFloor} or more (their name score at the reporting floor)
   * that scoring every entry gives for {@code queries}, the share that screening through the index
   * also returns (all matches, not only the first ten); 1 when scoring every entry gives none.
   */
  static double retrievalRecall(ScreeningIndex index, List<Subject> queries, double scoreFloor) {
    long found = 0;
    long all = 0;
    for (Subject s : queries) {
      Set<String> retrieved = new HashSet<>();
      for (Match m :
          index.screen(
              index.prepare(s), Screening.REPORTING_FLOOR, scoreFloor, Integer.MAX_VALUE)) {
        retrieved.add(m.entry().id());
      }
      for (Match m : index.screenEveryEntry(s, Screening.REPORTING_FLOOR, Integer.MAX_VALUE)) {
        if (m.score() < scoreFloor) {
          continue;
        }
        all++;
        if (retrieved.contains(m.entry().id())) {
          found++;
        }
      }
    }
    return all == 0 ? 1.0 : (double) found / all;
  }

  /** The first {@code size} of {@code queries} shuffled with {@code seed}; all when fewer. */
  static List<Subject> sample(List<Subject> queries, int size, long seed) {
    if (size >= queries.size()) {
      return queries;
    }
    List<Subject> shuffled = new ArrayList<>(queries);
    Collections.shuffle(shuffled, new Random(seed));
    return List.copyOf(shuffled.subList(0, size));
  }

  /** What {@link #built} built, with the seconds it took and the heap it holds, in MiB. */
  private record Built<T>(T value, double seconds, double heapMb) {}

  /** Builds from the list's bytes to a ready engine, timed, and measures the heap it holds. */
  private static <T> Built<T> built(Supplier<T> build) {
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    T value = build.get();
    double seconds = seconds(start);
    return new Built<>(value, seconds, megabytes(usedHeap() - heapBefore));
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  private static double megabytes(long bytes) {
    return Math.max(0, bytes) / (1024.0 * 1024.0);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
