package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Service;
import org.mizan.retention.Retention;
import org.mizan.retention.RetentionPolicy;
import org.mizan.store.Database;
import org.mizan.store.JdbiAuditLog;
import org.mizan.store.JdbiRetention;
import org.mizan.store.JdbiScreenings;
import org.mizan.store.TestDatabase;

/**
 * Retention through the API (issue #8): six months on, a PAXLST traveller is masked (a supervisor
 * unmasks it with a reason, audited; an analyst may not) and a clean screening reduced, its "no
 * hit" certificate still issued from the same audit event; five years on, they are deleted and
 * audit verify counts them as deleted by retention. The runs take a clock set in the future.
 */
class RetentionApiTest {
  @TempDir Path dir;

  /** Runs retention on the service's store as it would run at {@code at}. */
  private List<Retention.Outcome> retentionAt(Instant at) {
    Clock clock = Clock.fixed(at, ZoneOffset.UTC);
    Database db = TestDatabase.h2(dir).open();
    try (JdbiScreenings screenings = new JdbiScreenings(db, clock)) {
      return new Retention(
              new JdbiRetention(db, clock),
              RetentionPolicy.defaults(),
              screenings,
              new JdbiAuditLog(db, clock),
              clock,
              "system")
          .run();
    } finally {
      db.close();
    }
  }

  private static long changed(List<Retention.Outcome> outcomes, String what) {
    return outcomes.stream()
        .filter(o -> (o.category().id() + "." + o.operation().id()).equals(what))
        .mapToLong(o -> o.counts().screenings())
        .sum();
  }

  @Test
  void maskedAfterSixMonthsUnmaskedBySupervisorsDeletedAfterFiveYearsCertificateKept()
      throws Exception {
    StringWriter err = new StringWriter();
    try (Service service =
        Service.start(
            new Service.Settings(
                new ApiServer.Settings("127.0.0.1", 0, 1 << 20, 100, 10_000),
                dir,
                Optional.empty(),
                List.of()),
            new PrintWriter(err, true))) {
      int port = service.port();
      Client admin =
          Client.key(
              port,
              err.toString().lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow());
      Client analyst = Client.key(port, key(admin, "desk", "analyst"));
      Client supervisor = Client.key(port, key(admin, "lead", "supervisor"));
      Client auditor = Client.key(port, key(admin, "inspector", "auditor"));

      JsonNode clean =
          analyst
              .post("/api/v1/screen", "{\"name\":\"Margaret Thorne\",\"dob\":\"1980-02-03\"}")
              .json();
      String cleanId = clean.get("screening_id").asText();
      JsonNode certBefore = auditor.get("/api/v1/screenings/" + cleanId + "/certificate").json();
      byte[] edi;
      try (InputStream in = getClass().getResourceAsStream("/paxlst/three-travellers.edi")) {
        edi = in.readAllBytes();
      }
      JsonNode manifest = analyst.post("/api/v1/manifests", edi).json();
      List<String> travellers = new ArrayList<>();
      String hitTraveller = "";
      String alert = "";
      for (JsonNode t : manifest.get("results")) {
        travellers.add(t.get("screening_id").asText());
        if (t.has("alert_id")) {
          hitTraveller = t.get("screening_id").asText();
          alert = t.get("alert_id").asText();
        }
      }
      assertThat(travellers).hasSize(3);
      String traveller = travellers.get(0);
      JsonNode full = analyst.get("/api/v1/screenings/" + traveller).json();
      assertThat(full.at("/query/name").asText()).isEqualTo("ANNA MARIA LINDQVIST");
      assertThat(full.has("retention")).isFalse();
      assertThat(
              supervisor
                  .post("/api/v1/screenings/" + traveller + "/unmask", "{\"reason\":\"early\"}")
                  .status())
          .as("not masked yet")
          .isEqualTo(409);

      Instant now = Instant.now();
      ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
      // Six months less a day: nothing.
      List<Retention.Outcome> early = retentionAt(utc.plusMonths(6).minusDays(1).toInstant());
      assertThat(changed(early, "api.mask")).isZero();
      assertThat(changed(early, "clean.reduce")).isZero();
      // Six months and a day: masked and reduced.
      List<Retention.Outcome> six = retentionAt(utc.plusMonths(6).plusDays(1).toInstant());
      assertThat(changed(six, "api.mask")).isEqualTo(3);
      assertThat(changed(six, "clean.reduce")).isEqualTo(1);

      Client.Answer masked = analyst.get("/api/v1/screenings/" + traveller);
      assertThat(masked.status()).isEqualTo(200);
      JsonNode m = masked.json();
      assertThat(m.get("query").toString())
          .isEqualTo(
              "{\"masked\":true,\"context\":{\"format\":\"PAXLST\",\"carrier\":\""
                  + full.at("/query/context/carrier").asText()
                  + "\",\"flight\":\""
                  + full.at("/query/context/flight").asText()
                  + "\"}}");
      assertThat(masked.body()).doesNotContain("LINDQVIST", "1985-03-12", "90817265");
      assertThat(m.at("/retention/category").asText()).isEqualTo("api");
      assertThat(m.at("/retention/masked_at").asText()).isNotEmpty();
      assertThat(m.get("record_matches_event").asBoolean()).isTrue();
      // The alert on a masked traveller shows neither the traveller nor what matched.
      Client.Answer alertView = analyst.get("/api/v1/alerts/" + alert);
      assertThat(alertView.status()).isEqualTo(200);
      assertThat(alertView.json().at("/query/masked").asBoolean()).isTrue();
      assertThat(alertView.json().at("/hits/0/id").asText()).isEqualTo("QDi.059");
      assertThat(alertView.json().at("/hits/0").has("matched")).isFalse();
      assertThat(alertView.body()).doesNotContain("ALFAWAZ", "KHALID");

      // Unmask: supervisors only, with a reason, audited.
      String path = "/api/v1/screenings/" + traveller + "/unmask";
      assertThat(analyst.post(path, "{\"reason\":\"curious\"}").status()).isEqualTo(403);
      Client.Answer noReason = supervisor.post(path, "{}");
      assertThat(noReason.status()).isEqualTo(400);
      assertThat(noReason.json().at("/error/message").asText())
          .isEqualTo("reason: required, a string");
      assertThat(supervisor.post(path, "{\"reason\":\"  \"}").status()).isEqualTo(400);
      assertThat(
              supervisor
                  .post(
                      "/api/v1/screenings/00000000-0000-0000-0000-000000000000/unmask",
                      "{\"reason\":\"court order 17/2027\"}")
                  .status())
          .isEqualTo(404);
      Client.Answer unmasked = supervisor.post(path, "{\"reason\":\"court order 17/2027\"}");
      assertThat(unmasked.status()).as(unmasked.toString()).isEqualTo(200);
      assertThat(unmasked.json().get("query")).isEqualTo(full.get("query"));
      assertThat(unmasked.json().get("matches")).isEqualTo(full.get("matches"));
      assertThat(analyst.get("/api/v1/screenings/" + traveller).body())
          .as("it stays masked")
          .doesNotContain("LINDQVIST");
      JsonNode events = auditor.get("/api/v1/audit?limit=10000").json().get("events");
      JsonNode unmaskEvent = null;
      for (JsonNode e : events) {
        if (e.get("action").asText().equals("unmask")) {
          unmaskEvent = e;
        }
      }
      assertThat(unmaskEvent).isNotNull();
      assertThat(unmaskEvent.get("actor").asText()).isEqualTo("key:lead");
      assertThat(unmaskEvent.get("target").asText()).isEqualTo(traveller);
      assertThat(unmaskEvent.get("reason").asText()).isEqualTo("court order 17/2027");
      assertThat(unmaskEvent.toString()).doesNotContain("LINDQVIST");
      assertThat(events.toString()).doesNotContain("LINDQVIST", "Thorne");

      // The clean screening: reduced, its certificate still issued from the same audit event.
      Client.Answer reduced = analyst.get("/api/v1/screenings/" + cleanId);
      assertThat(reduced.json().has("matches")).isFalse();
      assertThat(reduced.json().at("/retention/reduced_at").asText()).isNotEmpty();
      assertThat(reduced.json().at("/query/name").asText()).isEqualTo("Margaret Thorne");
      Client.Answer cert = auditor.get("/api/v1/screenings/" + cleanId + "/certificate");
      assertThat(cert.status()).as(cert.toString()).isEqualTo(200);
      JsonNode c = cert.json();
      assertThat(c.get("certificate").asText()).isEqualTo("no hit");
      assertThat(c.at("/query/name").asText()).isEqualTo("Margaret Thorne");
      assertThat(c.get("lists")).isEqualTo(certBefore.get("lists"));
      assertThat(c.at("/audit/seq").asLong()).isEqualTo(certBefore.at("/audit/seq").asLong());
      assertThat(c.at("/audit/hash").asText()).isEqualTo(certBefore.at("/audit/hash").asText());
      assertThat(c.at("/audit/record_sha256").asText())
          .isEqualTo(certBefore.at("/audit/record_sha256").asText());
      assertThat(c.at("/audit/record_matches_event").asBoolean()).isTrue();
      JsonNode verify = auditor.get("/api/v1/audit/verify").json();
      assertThat(verify.get("intact").asBoolean()).isTrue();
      assertThat(verify.get("screenings_intact").asBoolean()).isTrue();
      assertThat(verify.get("screenings_checked").asLong()).isEqualTo(4);

      // Five years and a day: all but the traveller whose alert is open are deleted.
      List<Retention.Outcome> five = retentionAt(utc.plusYears(5).plusDays(1).toInstant());
      assertThat(changed(five, "api.delete")).isEqualTo(2);
      assertThat(changed(five, "clean.delete")).isEqualTo(1);
      assertThat(analyst.get("/api/v1/screenings/" + traveller).status()).isEqualTo(404);
      assertThat(auditor.get("/api/v1/screenings/" + cleanId + "/certificate").status())
          .isEqualTo(404);
      assertThat(supervisor.post(path, "{\"reason\":\"court order 18/2031\"}").status())
          .isEqualTo(404);
      assertThat(analyst.get("/api/v1/screenings/" + hitTraveller).status()).isEqualTo(200);
      verify = auditor.get("/api/v1/audit/verify").json();
      assertThat(verify.get("intact").asBoolean()).isTrue();
      assertThat(verify.get("screenings_intact").asBoolean()).isTrue();
      assertThat(verify.get("screenings_checked").asLong()).isEqualTo(1);
      assertThat(verify.get("screenings_deleted_by_retention").asLong()).isEqualTo(3);

      // The masked traveller left changed in the database: no longer matches its event.
      try (java.sql.Connection conn = TestDatabase.h2(dir).connect();
          java.sql.Statement st = conn.createStatement()) {
        st.executeUpdate(
            "update screenings set subject = replace(subject, 'KHALID', 'KHALED') where id = '"
                + hitTraveller
                + "'");
      }
      verify = auditor.get("/api/v1/audit/verify").json();
      assertThat(verify.get("screenings_intact").asBoolean()).isFalse();
      assertThat(verify.get("changed_screening").asText()).isEqualTo(hitTraveller);
      assertThat(
              analyst
                  .get("/api/v1/screenings/" + hitTraveller)
                  .json()
                  .get("record_matches_event")
                  .asBoolean())
          .isFalse();
    }
  }

  private static String key(Client admin, String name, String role) {
    Client.Answer a =
        admin.post("/api/v1/keys", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
    return a.json().get("key").asText();
  }
}
