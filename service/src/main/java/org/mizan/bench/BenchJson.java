package org.mizan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of a {@link Benchmark.Result}: {@code entries, queries, names_per_second, latency_ms
 * {p50, p99}, index_build_seconds, heap_mb, retrieval_recall}, the same keys under {@code
 * baseline}, then {@code speedup}, the run's settings ({@code threads, seed, list, recall_queries})
 * and each engine's warm-up ({@code warm_up_seconds {mizan, baseline}}) and whether its pace was
 * steady by then ({@code warm_up_steady {mizan, baseline}}).
 */
public final class BenchJson {
  private BenchJson() {}

  /** The result as a JSON object. */
  public static ObjectNode of(ObjectMapper mapper, Benchmark.Result r) {
    ObjectNode root = mapper.createObjectNode();
    figures(root, r.mizan());
    figures(root.putObject("baseline"), r.baseline());
    root.put("speedup", round(r.speedup(), 3));
    root.put("threads", r.settings().threads());
    root.put("seed", r.settings().seed());
    root.put("score_floor", r.settings().scoreFloor());
    root.put("list", r.list());
    root.put("recall_queries", r.recallQueries());
    ObjectNode warmUp = root.putObject("warm_up_seconds");
    warmUp.put("mizan", round(r.mizan().warmUpSeconds(), 1));
    warmUp.put("baseline", round(r.baseline().warmUpSeconds(), 1));
    ObjectNode steady = root.putObject("warm_up_steady");
    steady.put("mizan", r.mizan().steady());
    steady.put("baseline", r.baseline().steady());
    return root;
  }

  private static void figures(ObjectNode node, Benchmark.Figures f) {
    node.put("entries", f.entries());
    node.put("queries", f.queries());
    node.put("names_per_second", round(f.namesPerSecond(), 1));
    ObjectNode latency = node.putObject("latency_ms");
    latency.put("p50", round(f.latencyP50(), 4));
    latency.put("p99", round(f.latencyP99(), 4));
    node.put("index_build_seconds", round(f.indexBuildSeconds(), 3));
    node.put("heap_mb", round(f.heapMb(), 1));
    node.put("retrieval_recall", round(f.retrievalRecall(), 4));
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
