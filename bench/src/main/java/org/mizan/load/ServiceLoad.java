package org.mizan.load;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mizan.app.Mizan;
import org.mizan.bench.Benchmark;
import org.mizan.bench.Vocabulary;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * A load client for {@code mizan serve}: {@code clients} callers each send single-subject
 * screenings ({@code POST /api/v1/screen}) one after another for {@code seconds}, over the fixed,
 * seeded query set of {@code mizan bench} (listed names under variant spellings, Arabic-script
 * names, clean names); prints the screenings answered per second and the latency percentiles as
 * JSON. A closed loop: latency includes queueing inside the service, not in the client. Each caller
 * is a thread with a kept-alive connection of the JDK's blocking {@link HttpURLConnection}: the
 * client shares the processors with the service, and the JDK's {@code java.net.http.HttpClient},
 * which hands every call between threads, took 0.4 of a processor at 700 calls per second.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.mizan.load.ServiceLoad URL KEY [SECONDS] [CLIENTS]
 * [WARM-UP-SECONDS]}; {@code bench/service-load.sh} runs it against a fresh service on PostgreSQL.
 */
public final class ServiceLoad {
  private ServiceLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ServiceLoad URL KEY [SECONDS] [CLIENTS] [WARM-UP-SECONDS]");
      System.exit(2);
    }
    String url = args[0].replaceAll("/+$", "");
    String key = args[1];
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    Watchlist list = Mizan.bundledList();
    List<Subject> queries = Benchmark.queries(list, Vocabulary.of(list), 2_000, 20_260_227L);
    List<byte[]> bodies = new ArrayList<>();
    for (Subject s : queries) {
      bodies.add(("{\"name\":" + quote(s.name()) + "}").getBytes(StandardCharsets.UTF_8));
    }
    // One kept-alive connection per caller (the JDK keeps 5 per destination by default).
    System.setProperty("http.maxConnections", Integer.toString(Math.max(5, clients)));
    URL http = URI.create(url + "/api/v1/screen").toURL();
    System.err.println("warming up for " + warmUp + " s ...");
    Result warm = run(http, url, key, bodies, clients, warmUp);
    System.err.println("measuring for " + seconds + " s with " + clients + " clients ...");
    Result r = run(http, url, key, bodies, clients, seconds);
    long[] ok = r.latencies();
    Arrays.sort(ok);
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"clients\": %d, \"seconds\": %.1f, \"answered\": %d, \"answered_with_warm_up\": %d,"
            + " \"screenings_per_second\": %.0f,"
            + " \"latency_ms\": {\"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}, \"statuses\": %s}%n",
        clients,
        r.seconds(),
        ok.length,
        ok.length + warm.latencies().length,
        ok.length / r.seconds(),
        percentile(ok, 0.50),
        percentile(ok, 0.99),
        ok.length == 0 ? 0.0 : ok[ok.length - 1] / 1e6,
        r.statuses());
  }

  private record Result(long[] latencies, double seconds, Map<Integer, Long> statuses) {}

  private static Result run(
      URL http, String url, String key, List<byte[]> bodies, int clients, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong next = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    List<long[]> perClient = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[] latencies = new long[2_000_000];
      int[] count = new int[1];
      perClient.add(latencies);
      counts.add(count);
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  byte[] body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                  long t0 = System.nanoTime();
                  int status = post(http, key, body);
                  long took = System.nanoTime() - t0;
                  statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                  if (status == 200 && count[0] < latencies.length) {
                    latencies[count[0]++] = took;
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    int total = counts.stream().mapToInt(c -> c[0]).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(perClient.get(c), 0, all, at, counts.get(c)[0]);
      at += counts.get(c)[0];
    }
    Map<Integer, Long> byStatus = new TreeMap<>();
    statuses.forEach((s, n) -> byStatus.put(s, n.get()));
    return new Result(all, elapsed, byStatus);
  }

  /**
   * One call: its HTTP status, -1 when it failed; the response read whole to keep the connection.
   */
  private static int post(URL url, String key, byte[] body) {
    try {
      HttpURLConnection c = (HttpURLConnection) url.openConnection();
      c.setConnectTimeout(5_000);
      c.setReadTimeout(30_000);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(body.length);
      c.setRequestProperty("Authorization", "Bearer " + key);
      c.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        if (in != null) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
      return status;
    } catch (IOException e) {
      return -1;
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static String quote(String s) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
  }
}
