package org.mizan.jmh;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mizan.app.Mizan;
import org.mizan.bench.Benchmark;
import org.mizan.bench.SyntheticList;
import org.mizan.bench.Vocabulary;
import org.mizan.index.ScreeningIndex;
import org.mizan.lists.ListReader;
import org.mizan.match.Candidate;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.match.Query;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.screening.Screening;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of screening (issue #5): single-query latency, batch throughput on every
 * processor, index build from the list's bytes, and scoring one query against one entry. The list
 * is the bundled UN list ({@code entries = 0}) or a synthetic list of that many entries ({@link
 * SyntheticList}); the queries are {@code mizan bench}'s seeded set. Run with
 *
 * <pre>
 * ./mvnw -B -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar                    # all, UN list
 * java -jar bench/target/benchmarks.jar -p entries=20000   # a synthetic list
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningBenchmarks {
  /** The synthetic list's size; 0 for the bundled UN list. */
  @Param({"0"})
  public int entries;

  static final long SEED = 20_261_130L;
  static final int QUERIES = 1000;

  private Matcher matcher;
  private byte[] bytes;
  private String location;
  private ScreeningIndex index;
  private List<Subject> queries;
  private Query query;
  private Candidate candidate;
  private Candidate other;

  /** The queries' next index, per thread. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    Subject next(List<Subject> queries) {
      Subject s = queries.get(next);
      next = (next + 1) % queries.size();
      return s;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    matcher = Mizan.matcher();
    byte[] unBytes = Mizan.bundledListBytes();
    Vocabulary vocabulary =
        Vocabulary.of(
            ListReader.read(new ByteArrayInputStream(unBytes), Mizan.bundledListLocation()));
    if (entries == 0) {
      bytes = unBytes;
      location = Mizan.bundledListLocation();
    } else {
      bytes = SyntheticList.csv(entries, SEED, vocabulary);
      location = SyntheticList.fileName(entries, SEED);
    }
    Watchlist list = ListReader.read(new ByteArrayInputStream(bytes), location);
    index = ScreeningIndex.build(matcher, List.of(list));
    queries = Benchmark.queries(list, vocabulary, QUERIES, SEED);
    // One query, the entry it matches best and the one it matches least, for per-candidate scores.
    Subject subject = queries.get(0);
    List<Match> all = index.screenEveryEntry(subject, 0, Integer.MAX_VALUE);
    query = matcher.prepare(subject);
    candidate = matcher.prepare(list.version().source(), all.get(0).entry());
    other = matcher.prepare(list.version().source(), all.get(all.size() - 1).entry());
  }

  /** One query screened on one thread, as {@code mizan screen} does: microseconds per query. */
  @org.openjdk.jmh.annotations.Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Match> singleQuery(Cursor cursor) {
    return screenNext(cursor);
  }

  /** Queries screened on every processor at once: queries (names) per second, all threads. */
  @org.openjdk.jmh.annotations.Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(Threads.MAX)
  public List<Match> batchThroughput(Cursor cursor) {
    return screenNext(cursor);
  }

  private List<Match> screenNext(Cursor cursor) {
    return index.screen(cursor.next(queries), Screening.REPORTING_FLOOR, Screening.DEFAULT_LIMIT);
  }

  /** From the list's bytes to a ready index, parsing included: milliseconds per build. */
  @org.openjdk.jmh.annotations.Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public ScreeningIndex indexBuild() {
    Watchlist list = ListReader.read(new ByteArrayInputStream(bytes), location);
    return ScreeningIndex.build(matcher, List.of(list));
  }

  /**
   * One prepared query scored against the prepared entry it matches best, explanation included:
   * microseconds. A match: the dearest case (every name aligned, every feature explained).
   */
  @org.openjdk.jmh.annotations.Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Match perCandidateScore() {
    return matcher.score(query, candidate);
  }

  /**
   * The same query scored against the entry it matches least (most candidates a query meets are no
   * match): microseconds.
   */
  @org.openjdk.jmh.annotations.Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Match perCandidateScoreNoMatch() {
    return matcher.score(query, other);
  }
}
