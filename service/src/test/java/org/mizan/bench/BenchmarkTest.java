package org.mizan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.model.Subject;

/** The figures of {@code mizan bench} on a small synthetic list. */
class BenchmarkTest {
  @Test
  void percentilesAreNearestRank() {
    double[] sorted = new double[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(Benchmark.percentile(sorted, 50)).isEqualTo(50);
    assertThat(Benchmark.percentile(sorted, 99)).isEqualTo(99);
    assertThat(Benchmark.percentile(new double[] {4}, 99)).isEqualTo(4);
  }

  @Test
  void aSampleIsSeededAndNeverLargerThanTheQueries() {
    List<Subject> queries =
        List.of(Subject.ofName("a", "A"), Subject.ofName("b", "B"), Subject.ofName("c", "C"));
    assertThat(Benchmark.sample(queries, 5, 1)).isSameAs(queries);
    assertThat(Benchmark.sample(queries, 2, 1))
        .hasSize(2)
        .isEqualTo(Benchmark.sample(queries, 2, 1))
        .isSubsetOf(queries);
  }

  @Test
  void warmUpEndsWhenThePaceIsSteady() {
    List<Subject> queries = List.of(Subject.ofName("a", "A"), Subject.ofName("b", "B"));
    // The first three passes slow, as code not yet compiled is, then a steady pace.
    int[] calls = {0};
    ToIntFunction<Subject> screen =
        s -> {
          sleep(calls[0]++ < 6 ? 40 : 5);
          return 0;
        };
    Benchmark.WarmUp warmUp =
        Benchmark.warmUp(queries, screen, new Benchmark.Settings(2, 1, 1, 0, 60), () -> 0L);
    assertThat(warmUp.steady()).isTrue();
    // Three slow passes, the first steady one, then at least five no faster than it.
    assertThat(warmUp.passes()).isGreaterThanOrEqualTo(9);
    assertThat(warmUp.seconds()).isLessThan(60);
  }

  @Test
  void warmUpWaitsForTheCompilerOnASteadyPace() {
    List<Subject> queries = List.of(Subject.ofName("a", "A"));
    // A steady pace from the first pass, while the compiler works 5 ms in each of the first 12
    // passes of 5 ms (its clock read before and after each pass), then no more.
    int[] passes = {0};
    long[] compiler = {0};
    Benchmark.WarmUp warmUp =
        Benchmark.warmUp(
            queries,
            s -> {
              sleep(5);
              if (++passes[0] <= 12) {
                compiler[0] += 5;
              }
              return 0;
            },
            new Benchmark.Settings(1, 1, 1, 0, 60),
            () -> compiler[0]);
    assertThat(warmUp.steady()).isTrue();
    // The last five passes: the compiler's 5 ms in at most one of them (10 % of 25 ms or more).
    assertThat(warmUp.passes()).isGreaterThanOrEqualTo(16);
  }

  @Test
  void warmUpStopsAtItsLimitAfterOnePassAtLeast() {
    List<Subject> queries = List.of(Subject.ofName("a", "A"));
    int[] calls = {0};
    Benchmark.WarmUp once =
        Benchmark.warmUp(
            queries,
            s -> {
              calls[0]++;
              return 0;
            },
            new Benchmark.Settings(1, 1, 1, 0, 0),
            () -> 0L);
    assertThat(once.passes()).isEqualTo(1);
    assertThat(calls[0]).isEqualTo(1);
    assertThat(once.steady()).isFalse();
    // A pace still improving by more than the steady gain (passes of 200, 160, 120, 80 ms) when
    // the limit comes: stopped there, not steady.
    int[] pass = {0};
    Benchmark.WarmUp limited =
        Benchmark.warmUp(
            queries,
            s -> {
              sleep(Math.max(1, 200 - 40 * pass[0]++));
              return 0;
            },
            new Benchmark.Settings(1, 1, 1, 0, 0.5),
            () -> 0L);
    assertThat(limited.steady()).isFalse();
    assertThat(limited.seconds()).isGreaterThanOrEqualTo(0.5);
    assertThat(limited.passes()).isLessThanOrEqualTo(4);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRunMeasuresBothEnginesOnTheSameList() {
    Vocabulary vocabulary = Vocabulary.of(Mizan.bundledList());
    byte[] csv = SyntheticList.csv(300, 5, vocabulary);
    Benchmark.Result r =
        Benchmark.run(
            csv,
            SyntheticList.fileName(300, 5),
            vocabulary,
            Mizan.matcher(),
            new Benchmark.Settings(40, 5, 2, 0, 0),
            line -> {});
    assertThat(r.list()).isEqualTo("csv:synthetic-300-5.csv");
    // Each engine counts the entries of the list it parsed itself.
    assertThat(r.mizan().entries()).isEqualTo(300);
    assertThat(r.baseline().entries()).isEqualTo(300);
    assertThat(r.mizan().queries()).isEqualTo(40);
    assertThat(r.baseline().queries()).isEqualTo(40);
    assertThat(r.recallQueries()).isEqualTo(40);
    assertThat(r.mizan().retrievalRecall()).isBetween(0.8, 1.0);
  }

  /**
   * With {@code --hits-only} both engines report from the alert threshold, and screening through
   * the index returns every match that scoring every entry gives at or above it.
   */
  @Test
  void aRunForTheHitsAloneMissesNoneThatScoringEveryEntryFinds() {
    Vocabulary vocabulary = Vocabulary.of(Mizan.bundledList());
    byte[] csv = SyntheticList.csv(300, 5, vocabulary);
    Benchmark.Settings settings = new Benchmark.Settings(40, 5, 2, 0, 0, 0.85);
    Benchmark.Result r =
        Benchmark.run(
            csv, SyntheticList.fileName(300, 5), vocabulary, Mizan.matcher(), settings, line -> {});
    assertThat(r.settings().scoreFloor()).isEqualTo(0.85);
    assertThat(r.mizan().retrievalRecall()).isEqualTo(1.0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Benchmark.Settings(40, 5, 2, 0, 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scoreFloor");
  }
}
