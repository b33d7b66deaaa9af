package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.store.TestDatabase;

/**
 * {@code mizan serve} killed with SIGKILL while a load client screens: after a restart every
 * screening and alert the client had been answered for is there, and the audit chain is intact.
 * Runs the service as its own process, on the embedded database and, where the server answers, on
 * PostgreSQL.
 */
class CrashRecoveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Pattern SERVING =
      Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir Path dir;

  /** A running {@code mizan serve} process and what it printed on stderr. */
  private record Server(Process process, int port, List<String> err) {}

  private Server start(Optional<String> db) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.mizan.cli.Main");
    command.addAll(List.of("serve", "--port", "0", "--data-dir", dir.toString()));
    db.ifPresent(url -> command.addAll(List.of("--db", url)));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> err = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  err.add(line);
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process is gone
              }
            });
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          return new Server(p, Integer.parseInt(m.group(1)), err);
        }
      }
      if (!p.isAlive()) {
        break;
      }
    }
    p.destroyForcibly();
    throw new AssertionError("mizan serve did not start: " + err);
  }

  private static HttpResponse<String> send(
      int port, String key, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + key)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void acknowledgedScreeningsSurviveSigkillOnTheEmbeddedDatabase() throws Exception {
    killAndRecover(Optional.empty());
  }

  @Test
  void acknowledgedScreeningsSurviveSigkillOnPostgresql() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        TestDatabase.postgresqlAnswers(), "no PostgreSQL server at 127.0.0.1:5432");
    try (TestDatabase db = TestDatabase.postgresql(dir)) {
      killAndRecover(db.url());
    }
  }

  private void killAndRecover(Optional<String> db) throws Exception {
    Server first = start(db);
    String adminKey =
        first.err().stream().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow();
    HttpResponse<String> created =
        send(
            first.port(),
            adminKey,
            "POST",
            "/api/v1/keys",
            "{\"name\":\"load\",\"role\":\"analyst\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String key = JSON.readTree(created.body()).get("key").asText();

    ConcurrentLinkedQueue<String[]> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger sent = new AtomicInteger();
    CountDownLatch warm = new CountDownLatch(40);
    List<Thread> clients = new ArrayList<>();
    String[] names = {
      "Osama bin Laden", "Anna Berg", "صدام حسين التكريتي", "Ayman al-Zawahiri", "Lars Holm"
    };
    for (int t = 0; t < 4; t++) {
      Thread c =
          new Thread(
              () -> {
                while (!stop.get()) {
                  int n = sent.incrementAndGet();
                  try {
                    HttpResponse<String> r =
                        send(
                            first.port(),
                            key,
                            "POST",
                            "/api/v1/screen",
                            "{\"name\":\"" + names[n % names.length] + "\"}");
                    if (r.statusCode() == 200) {
                      JsonNode j = JSON.readTree(r.body());
                      acknowledged.add(
                          new String[] {
                            j.get("screening_id").asText(),
                            j.has("alert_id") ? j.get("alert_id").asText() : ""
                          });
                      warm.countDown();
                    }
                  } catch (IOException e) {
                    // the server was killed mid-request: not acknowledged
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      c.start();
      clients.add(c);
    }
    assertThat(warm.await(60, TimeUnit.SECONDS)).as("the load client got answers").isTrue();
    first.process().destroyForcibly(); // SIGKILL
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    stop.set(true);
    for (Thread c : clients) {
      c.join(30_000);
    }
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(40);

    Server second = start(db);
    List<String> late = new ArrayList<>();
    try {
      int alerts = 0;
      for (String[] ack : acknowledged) {
        HttpResponse<String> s =
            send(second.port(), key, "GET", "/api/v1/screenings/" + ack[0], "");
        assertThat(s.statusCode()).as("screening " + ack[0] + " after the restart").isEqualTo(200);
        if (!ack[1].isEmpty()) {
          alerts++;
          HttpResponse<String> a = send(second.port(), key, "GET", "/api/v1/alerts/" + ack[1], "");
          assertThat(a.statusCode()).as("alert " + ack[1] + " after the restart").isEqualTo(200);
        }
      }
      assertThat(alerts).isPositive();
      // The session after a crash is killed too, a second after its last answer: what it
      // answered must survive as well. (H2 lost such commits on a helper's store of 9,700 events
      // while it wrote them into freed space, Database#embeddedUrl; this small store did not show
      // it before that change: the test keeps the promise, not that reproduction.)
      for (String name : names) {
        HttpResponse<String> r =
            send(second.port(), key, "POST", "/api/v1/screen", "{\"name\":\"" + name + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        late.add(JSON.readTree(r.body()).get("screening_id").asText());
      }
      Thread.sleep(1_000);
    } finally {
      second.process().destroyForcibly(); // SIGKILL
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
    Server third = start(db);
    try {
      for (String id : late) {
        HttpResponse<String> s = send(third.port(), key, "GET", "/api/v1/screenings/" + id, "");
        assertThat(s.statusCode())
            .as("screening " + id + " after the second restart")
            .isEqualTo(200);
      }
    } finally {
      third.process().destroy();
      third.process().waitFor(30, TimeUnit.SECONDS);
    }
    List<String> verify = new ArrayList<>(List.of("audit", "verify", "--data-dir", dir.toString()));
    db.ifPresent(url -> verify.addAll(List.of("--db", url)));
    MainTest.Run run = MainTest.run(verify.toArray(String[]::new));
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).startsWith("audit trail intact:");
  }
}
