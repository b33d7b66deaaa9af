package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Administration;
import org.mizan.app.Service;
import org.mizan.audit.AuditLog;
import org.mizan.store.TestDatabase;

/**
 * PostgreSQL goes away under the service (a TCP proxy between them cuts every connection) and comes
 * back: screenings fail with 503 and a clear message while it is gone, nothing is acknowledged that
 * was not stored, and the service recovers by itself. Skipped with a notice where no PostgreSQL
 * server answers.
 */
class DatabaseOutageTest {
  @TempDir Path dir;

  @Test
  void screeningFailsWith503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
    assumeTrue(TestDatabase.postgresqlAnswers(), "no PostgreSQL server at 127.0.0.1:5432");
    try (TestDatabase db = TestDatabase.postgresql(dir);
        TcpProxy proxy = new TcpProxy("127.0.0.1", 5432)) {
      String url = db.url().orElseThrow().replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port());
      StringWriter err = new StringWriter();
      Service service =
          Service.start(
              new Service.Settings(
                  new ApiServer.Settings("127.0.0.1", 0, 1 << 20, 100, 10_000),
                  dir,
                  Optional.of(url),
                  List.of()),
              new PrintWriter(err, true));
      List<String> acknowledged = new ArrayList<>();
      try {
        int port = service.port();
        String adminKey =
            err.toString().lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow();
        Client.Answer created =
            Client.key(port, adminKey)
                .post("/api/v1/keys", "{\"name\":\"desk\",\"role\":\"analyst\"}");
        Client analyst = Client.key(port, created.json().get("key").asText());
        for (int i = 0; i < 5; i++) {
          Client.Answer a = analyst.post("/api/v1/screen", "{\"name\":\"Osama bin Laden\"}");
          assertThat(a.status()).as(a.toString()).isEqualTo(200);
          acknowledged.add(a.json().get("screening_id").asText());
        }

        proxy.down();
        for (int i = 0; i < 3; i++) {
          Client.Answer a = analyst.post("/api/v1/screen", "{\"name\":\"Anna Berg\"}");
          assertThat(a.status()).as(a.toString()).isEqualTo(503);
          assertThat(a.json().at("/error/message").asText())
              .isEqualTo("the store is unavailable: writing screenings failed; nothing was kept");
        }
        Client.Answer health = Client.anonymous(port).get("/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("database").asText()).isEqualTo("down");

        proxy.up();
        Client.Answer back = null;
        for (int attempt = 0; attempt < 30; attempt++) {
          back = analyst.post("/api/v1/screen", "{\"name\":\"Osama bin Laden\"}");
          if (back.status() == 200) {
            break;
          }
          Thread.sleep(500);
        }
        assertThat(back.status()).as("the service recovered: " + back).isEqualTo(200);
        acknowledged.add(back.json().get("screening_id").asText());
        for (String id : acknowledged) {
          assertThat(analyst.get("/api/v1/screenings/" + id).status()).as(id).isEqualTo(200);
        }
        assertThat(Client.anonymous(port).get("/health").status()).isEqualTo(200);
      } finally {
        service.close();
      }
      try (Administration admin = Administration.open(db.url(), dir, false)) {
        AuditLog.ChainCheck check = admin.verifyAudit();
        assertThat(check.broken()).isEmpty();
      }
    }
  }
}
