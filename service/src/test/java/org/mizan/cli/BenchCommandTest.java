package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.bench.Benchmark;

/** {@code mizan bench}: usage errors, and a small run's JSON. */
class BenchCommandTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          --entries | 0        | --entries must be from 1 to 10,000,000, not 0
          --entries | 10000001 | --entries must be from 1 to 10,000,000, not 10000001
          --queries | 0        | --queries must be from 1 to 1,000,000, not 0
          --threads | 0        | --threads must be from 1 to 1,024, not 0
          --max-warm-up | -1   | --max-warm-up must be from 0 to 3,600 seconds, not -1
          --max-warm-up | 3601 | --max-warm-up must be from 0 to 3,600 seconds, not 3601
          --format  | jsonl    | --format must be text or json, not 'jsonl'
          --format  | xml      | --format must be text or json, not 'xml'
          --entries | many     | Invalid value for option
          """)
  void badOptionsAreExitTwoWithAMessage(String option, String value, String message) {
    MainTest.Run run = MainTest.run("bench", option, value);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void argumentsAndUnknownOptionsAreExitTwoWithoutNameHints() {
    MainTest.Run extra = MainTest.run("bench", "extra");
    assertThat(extra.exit()).isEqualTo(2);
    assertThat(extra.err()).contains("this command takes no arguments, only options");
    MainTest.Run bogus = MainTest.run("bench", "--bogus");
    assertThat(bogus.exit()).isEqualTo(2);
    assertThat(bogus.err()).contains("mizan: unknown option\n").doesNotContain("NAME");
  }

  @Test
  void aSmallRunPrintsTheFiguresAsJson() throws Exception {
    MainTest.Run run =
        MainTest.run(
            "bench",
            "--entries",
            "200",
            "--queries",
            "20",
            "--threads",
            "1",
            "--max-warm-up",
            "5",
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .startsWith(
            "entries",
            "queries",
            "names_per_second",
            "latency_ms",
            "index_build_seconds",
            "heap_mb",
            "retrieval_recall",
            "baseline",
            "speedup");
    assertThat(json.get("entries").asInt()).isEqualTo(200);
    assertThat(json.get("queries").asInt()).isEqualTo(20);
    assertThat(json.get("baseline").get("entries").asInt()).isEqualTo(200);
    assertThat(json.get("latency_ms").has("p99")).isTrue();
    // Each engine warmed up for at least the batch run's 3 s, and stopped by 5 s and a pass.
    assertThat(json.get("warm_up_seconds").get("mizan").asDouble()).isBetween(3.0, 10.0);
    assertThat(json.get("warm_up_seconds").get("baseline").asDouble()).isBetween(3.0, 10.0);
    // Whether each was steady by then: a boolean, as the progress line says.
    assertThat(json.get("warm_up_steady").get("mizan").isBoolean()).isTrue();
    assertThat(run.err())
        .contains(
            json.get("warm_up_steady").get("mizan").asBoolean() ? ", steady)" : "not yet steady");
    assertThat(json.get("list").asText()).isEqualTo("csv:synthetic-200-20261130.csv");
    // Every match at the reporting floor, unless --hits-only.
    assertThat(json.get("score_floor").asDouble()).isEqualTo(0.7);
    // Progress goes to stderr, as counts and times only.
    assertThat(run.err())
        .contains("mizan bench: index of 200 entries built in")
        .contains("mizan bench: Mizan: warmed up in");
  }

  @Test
  void theTextTableGivesEachEnginesWarmUp() {
    // Figures of a run on the UN list (docs/performance.md, 2026-12-03); heap rounds to whole MiB.
    Benchmark.Figures mizan =
        new Benchmark.Figures(1003, 1000, 6597.4, 0.213, 1.04, 21.6, true, 0.42, 8.5, 1.0);
    Benchmark.Figures baseline =
        new Benchmark.Figures(1003, 1000, 740.2, 2.52, 5.4, 60.0, false, 0.1, 2.0, 1.0);
    Benchmark.Result result =
        new Benchmark.Result(
            new Benchmark.Settings(1000, 20261130L, 2, 10, 60),
            "un-sc-consolidated 2026-02-27",
            mizan,
            baseline,
            20,
            mizan.namesPerSecond() / baseline.namesPerSecond());
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      BenchCommand.text(w, result);
    }
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "list            un-sc-consolidated 2026-02-27, 1,003 entries",
            "                       names/s       p50 ms       p99 ms    warm-up s      build s"
                + "   heap MiB     recall",
            "mizan                  6,597.4        0.213        1.040         21.6         0.42"
                + "          9     1.0000",
            "baseline                 740.2        2.520        5.400        60.0*         0.10"
                + "          2     1.0000",
            "speedup         8.91 x (2 threads; Mizan 1,000 queries, baseline 1,000, retrieval"
                + " recall over 20)",
            "* not yet steady when the warm-up's limit (--max-warm-up, 60 s) was reached: the"
                + " figures are of code still being compiled, or of a busy machine");
    // One thread, one query: the counts in the singular.
    Benchmark.Figures one = new Benchmark.Figures(1003, 1, 2000, 0.5, 0.5, 0, true, 0.42, 8.5, 1.0);
    StringWriter single = new StringWriter();
    try (PrintWriter w = new PrintWriter(single)) {
      BenchCommand.text(
          w,
          new Benchmark.Result(
              new Benchmark.Settings(1, 20261130L, 1, 0, 0), "un", one, one, 1, 1));
    }
    assertThat(single.toString()).contains("(1 thread; Mizan 1 query, baseline 1, ");
  }
}
