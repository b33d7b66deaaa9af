package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Service;

/**
 * The API in process on a free port, over the embedded database in a temporary data directory and
 * the bundled UN list: authentication on every route, the role matrix, screening, storage and the
 * audit trail as a caller sees them.
 */
class ApiServerTest {
  @TempDir static Path dataDir;

  static Service service;
  static int port;
  static Client admin;
  static Client analyst;
  static String analystKey;
  static Client supervisor;
  static Client auditor;
  static String startupOutput;

  @BeforeAll
  static void start() {
    StringWriter err = new StringWriter();
    service = startOn(dataDir, err);
    port = service.port();
    startupOutput = err.toString();
    String adminKey =
        startupOutput.lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow();
    admin = Client.key(port, adminKey);
    analystKey = newKey("desk", "analyst");
    analyst = Client.key(port, analystKey);
    supervisor = Client.key(port, newKey("lead", "supervisor"));
    auditor = Client.key(port, newKey("inspector", "auditor"));
  }

  /**
   * The service on a free port over the bundled UN list and the embedded database in {@code
   * dataDir}; {@code err} gets its start-up output (the first admin key).
   */
  static Service startOn(Path dataDir, StringWriter err) {
    return Service.start(
        new Service.Settings(
            new ApiServer.Settings("127.0.0.1", 0, 64 * 1024, 5, 10_000),
            dataDir,
            Optional.empty(),
            List.of()),
        new PrintWriter(err, true));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static String newKey(String name, String role) {
    Client.Answer a =
        admin.post("/api/v1/keys", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
    return a.json().get("key").asText();
  }

  @Test
  void theFirstStartPrintsTheAdminKeyOnce() {
    assertThat(startupOutput.lines().filter(l -> l.startsWith("mzn_"))).hasSize(1);
    assertThat(startupOutput).contains("created the API key 'admin' (role admin)");
  }

  @Test
  void everyRouteButHealthRefusesAnUnauthenticatedCaller() {
    Client anonymous = Client.anonymous(port);
    Set<String> routes = service.routeRoles().keySet();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(14).contains("GET /health");
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[A-Za-z]+}", "x");
      Client.Answer a = anonymous.send(method, path);
      if (route.equals("GET /health")) {
        assertThat(a.status()).as(route).isEqualTo(200);
      } else {
        assertThat(a.status()).as(route + ": " + a).isEqualTo(401);
        assertThat(a.json().at("/error/message").asText()).contains("authentication required");
      }
    }
    assertThat(Client.key(port, "mzn_0123456789ab_" + "A".repeat(43)).get("/api/v1/lists").status())
        .isEqualTo(401);
    assertThat(Client.user(port, "nobody", "wrong password").get("/api/v1/lists").status())
        .isEqualTo(401);
  }

  /** Who may do what: the role matrix, written out. */
  private static final Map<String, Set<String>> MATRIX =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("GET /health", Set.of()),
              Map.entry("GET /metrics", Set.of("analyst", "supervisor", "auditor", "admin")),
              Map.entry("GET /openapi.json", Set.of("analyst", "supervisor", "auditor", "admin")),
              Map.entry("GET /api/v1/lists", Set.of("analyst", "supervisor", "auditor", "admin")),
              Map.entry("POST /api/v1/screen", Set.of("analyst", "supervisor")),
              Map.entry("POST /api/v1/manifests", Set.of("analyst", "supervisor")),
              Map.entry("POST /match/{dataset}", Set.of("analyst", "supervisor")),
              Map.entry("GET /api/v1/screenings/{id}", Set.of("analyst", "supervisor")),
              Map.entry("POST /api/v1/screenings/{id}/unmask", Set.of("supervisor")),
              Map.entry(
                  "GET /api/v1/screenings/{id}/certificate",
                  Set.of("analyst", "supervisor", "auditor")),
              Map.entry("GET /api/v1/alerts/{id}", Set.of("analyst", "supervisor")),
              Map.entry("GET /api/v1/alerts", Set.of("analyst", "supervisor")),
              Map.entry("POST /api/v1/alerts/{id}/decisions", Set.of("analyst", "supervisor")),
              Map.entry(
                  "POST /api/v1/alerts/{id}/decisions/{decisionId}/confirm", Set.of("supervisor")),
              Map.entry("POST /api/v1/alerts/{id}/assign", Set.of("analyst", "supervisor")),
              Map.entry("DELETE /api/v1/good-guys/{decisionId}", Set.of("supervisor")),
              Map.entry("POST /api/v1/subjects", Set.of("analyst", "supervisor")),
              Map.entry("GET /api/v1/subjects", Set.of("analyst", "supervisor")),
              Map.entry("GET /api/v1/subjects/{id}", Set.of("analyst", "supervisor")),
              Map.entry("DELETE /api/v1/subjects/{id}", Set.of("analyst", "supervisor")),
              Map.entry("GET /api/v1/tasks", Set.of("analyst", "supervisor", "auditor")),
              Map.entry("GET /api/v1/tasks/{id}", Set.of("analyst", "supervisor", "auditor")),
              Map.entry("POST /api/v1/tasks/{id}/status", Set.of("analyst", "supervisor")),
              Map.entry("GET /api/v1/audit", Set.of("auditor")),
              Map.entry("GET /api/v1/audit/verify", Set.of("auditor")),
              Map.entry("POST /api/v1/users", Set.of("admin")),
              Map.entry("POST /api/v1/keys", Set.of("admin")),
              Map.entry("DELETE /api/v1/keys/{name}", Set.of("admin")),
              Map.entry("DELETE /api/v1/users/{name}", Set.of("admin"))));

  @Test
  void eachRoleReachesExactlyItsRoutes() {
    Map<String, Set<String>> registered = new TreeMap<>();
    service.routeRoles().forEach((k, v) -> registered.put(k, new TreeSet<>(v)));
    Map<String, Set<String>> expected = new TreeMap<>();
    MATRIX.forEach((k, v) -> expected.put(k, new TreeSet<>(v)));
    assertThat(registered).isEqualTo(expected);
    Map<String, Client> clients =
        Map.of("analyst", analyst, "supervisor", supervisor, "auditor", auditor, "admin", admin);
    for (Map.Entry<String, Set<String>> route : MATRIX.entrySet()) {
      String method = route.getKey().substring(0, route.getKey().indexOf(' '));
      String path =
          route
              .getKey()
              .substring(route.getKey().indexOf(' ') + 1)
              .replaceAll("\\{[A-Za-z]+}", "x");
      for (Map.Entry<String, Client> c : clients.entrySet()) {
        int status = c.getValue().send(method, path).status();
        if (route.getValue().contains(c.getKey()) || route.getValue().isEmpty()) {
          assertThat(status).as(c.getKey() + " " + route.getKey()).isNotIn(401, 403);
        } else {
          assertThat(status).as(c.getKey() + " " + route.getKey()).isEqualTo(403);
        }
      }
    }
  }

  @Test
  void aRevokedKeyIsRefusedAtOnce() {
    Client desk = Client.key(port, newKey("short-lived", "analyst"));
    assertThat(desk.get("/api/v1/lists").status()).isEqualTo(200);
    assertThat(admin.send("DELETE", "/api/v1/keys/short-lived").status()).isEqualTo(204);
    assertThat(desk.get("/api/v1/lists").status()).isEqualTo(401);
    assertThat(admin.send("DELETE", "/api/v1/keys/short-lived").status()).isEqualTo(404);
    assertThat(analyst.send("DELETE", "/api/v1/keys/desk").status()).isEqualTo(403);
    // A breaker's find: the last administrator could revoke its own key, and no one could then
    // manage accounts through the service.
    Client.Answer last = admin.send("DELETE", "/api/v1/keys/admin");
    assertThat(last.status()).isEqualTo(409);
    assertThat(last.json().at("/error/message").asText())
        .isEqualTo(
            "'admin' is the last administrator in force: add another administrator (a user or an"
                + " API key of the role admin) first");
    Client second = Client.key(port, newKey("second-admin", "admin"));
    assertThat(second.send("DELETE", "/api/v1/keys/second-admin").status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/lists").status()).isEqualTo(200);
    List<String> actions = new ArrayList<>();
    for (JsonNode e : auditor.get("/api/v1/audit?limit=10000").json().get("events")) {
      if (e.get("target").asText().equals("short-lived")) {
        actions.add(e.get("action").asText());
      }
    }
    assertThat(actions).containsExactly("key-created", "key-revoked");
  }

  @Test
  void anAnalystCannotCreateUsersOrKeys() {
    Client.Answer a =
        analyst.post(
            "/api/v1/users",
            "{\"name\":\"mallory\",\"role\":\"admin\",\"password\":\"long enough pw\"}");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().at("/error/message").asText())
        .isEqualTo("the role analyst may not POST /api/v1/users");
    assertThat(analyst.post("/api/v1/keys", "{\"name\":\"m\",\"role\":\"admin\"}").status())
        .isEqualTo(403);
  }

  @Test
  void anArabicNameIsScreenedStoredAndAlerted() {
    Client.Answer a =
        analyst.post("/api/v1/screen", "{\"name\":\"صدام حسين التكريتي\",\"dob\":\"1937\"}");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    JsonNode r = a.json();
    assertThat(r.at("/matches/0/id").asText()).isEqualTo("IQi.001");
    assertThat(r.at("/matches/0/hit").asBoolean()).isTrue();
    assertThat(r.at("/lists/0/source").asText()).isEqualTo("un-sc-consolidated");
    String screening = r.get("screening_id").asText();
    String alert = r.get("alert_id").asText();
    JsonNode stored = analyst.get("/api/v1/screenings/" + screening).json();
    assertThat(stored.at("/query/name").asText()).isEqualTo("صدام حسين التكريتي");
    assertThat(stored.at("/matches/0/id").asText()).isEqualTo("IQi.001");
    assertThat(stored.get("screened_by").asText()).isEqualTo("key:desk");
    assertThat(stored.get("alert_id").asText()).isEqualTo(alert);
    JsonNode alerted = analyst.get("/api/v1/alerts/" + alert).json();
    assertThat(alerted.get("screening_id").asText()).isEqualTo(screening);
    assertThat(alerted.get("state").asText()).isEqualTo("open");
    assertThat(alerted.get("hits").size()).isPositive();
  }

  @Test
  void aHitIsReviewedWithFourEyesFromScreeningToClosedAlert() {
    // screen → alert
    JsonNode r =
        analyst.post("/api/v1/screen", "{\"name\":\"صدام حسين التكريتي\",\"dob\":\"1937\"}").json();
    String alert = r.get("alert_id").asText();
    assertThat(analyst.get("/api/v1/alerts?status=open").body()).contains(alert);
    JsonNode a = analyst.get("/api/v1/alerts/" + alert).json();
    assertThat(a.get("state").asText()).isEqualTo("open");
    assertThat(a.at("/hits/0/id").asText()).isEqualTo("IQi.001");
    assertThat(a.at("/hits/0/explanation/0/feature").asText()).isEqualTo("name");
    // every hit but the first: false positives, so that only the first needs four-eyes
    for (int i = 1; i < a.get("hits").size(); i++) {
      Client.Answer fp =
          analyst.post(
              "/api/v1/alerts/" + alert + "/decisions",
              "{\"source\":\"un-sc-consolidated\",\"entry\":\""
                  + a.at("/hits/" + i + "/id").asText()
                  + "\",\"disposition\":\"false-positive\",\"reason\":\"other person\"}");
      assertThat(fp.status()).as(fp.toString()).isEqualTo(201);
      assertThat(fp.json().get("status").asText()).isEqualTo("effective");
    }
    // analyst disposition
    Client.Answer decided =
        analyst.post(
            "/api/v1/alerts/" + alert + "/decisions",
            "{\"source\":\"un-sc-consolidated\",\"entry\":\"IQi.001\",\"disposition\":\"true-match\","
                + "\"reason\":\"name and year of birth agree\"}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
    assertThat(decided.json().get("status").asText()).isEqualTo("pending-confirmation");
    String decision = decided.json().get("id").asText();
    assertThat(analyst.get("/api/v1/alerts/" + alert).json().get("state").asText())
        .isEqualTo("in-review");
    // the analyst cannot confirm their own decision
    Client.Answer own =
        analyst.post(
            "/api/v1/alerts/" + alert + "/decisions/" + decision + "/confirm",
            "{\"reason\":\"I am sure\"}");
    assertThat(own.status()).isEqualTo(403);
    // supervisor confirmation → closed
    Client.Answer confirmed =
        supervisor.post(
            "/api/v1/alerts/" + alert + "/decisions/" + decision + "/confirm",
            "{\"reason\":\"checked against the list entry\"}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("effective");
    assertThat(confirmed.json().at("/confirmation/by").asText()).isEqualTo("key:lead");
    assertThat(analyst.get("/api/v1/alerts/" + alert).json().get("state").asText())
        .isEqualTo("closed");
    assertThat(analyst.get("/api/v1/alerts?status=closed").body()).contains(alert);
    // every step in the audit chain
    List<String> steps = new ArrayList<>();
    for (JsonNode e : auditor.get("/api/v1/audit?limit=10000").json().get("events")) {
      if (e.get("target").asText().equals(alert)
          || e.get("target").asText().equals(r.get("screening_id").asText())) {
        steps.add(e.get("action").asText() + " " + e.get("actor").asText());
      }
    }
    assertThat(steps)
        .startsWith("screen key:desk")
        .contains("decision key:desk", "decision-confirmed key:lead")
        .doesNotContain("decision-confirmed key:desk");
    assertThat(auditor.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    // a closed alert takes no more decisions
    assertThat(
            analyst
                .post(
                    "/api/v1/alerts/" + alert + "/decisions",
                    "{\"source\":\"un-sc-consolidated\",\"entry\":\"IQi.001\","
                        + "\"disposition\":\"false-positive\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(409);
  }

  @Test
  void aSupervisorCannotConfirmTheirOwnDecision() {
    String alert =
        supervisor
            .post("/api/v1/screen", "{\"name\":\"IZZAT IBRAHIM AL-DURI\"}")
            .json()
            .get("alert_id")
            .asText();
    String decision =
        supervisor
            .post(
                "/api/v1/alerts/" + alert + "/decisions",
                "{\"source\":\"un-sc-consolidated\",\"entry\":\"IQi.006\",\"disposition\":\"true-match\","
                    + "\"reason\":\"same name\"}")
            .json()
            .get("id")
            .asText();
    Client.Answer own =
        supervisor.post(
            "/api/v1/alerts/" + alert + "/decisions/" + decision + "/confirm",
            "{\"reason\":\"ok\"}");
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().at("/error/message").asText())
        .isEqualTo("four-eyes: the person who decided cannot confirm the same decision");
    Client.Answer noReason =
        analyst.post(
            "/api/v1/alerts/" + alert + "/decisions",
            "{\"source\":\"un-sc-consolidated\",\"entry\":\"IQi.006\",\"disposition\":\"true-match\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().at("/error/message").asText())
        .isEqualTo("reason: required, a string");
    // A breaker's find: a bidirectional override in a reason went into the audit trail, where it
    // reorders how the reason is shown. Refused; the marks Arabic-script text needs are not.
    assertThat(trueMatch(alert, "IQi.006", "ok\\u3164").status()).isEqualTo(400);
    assertThat(refusal(trueMatch(alert, "IQi.006", "ok\\u200b")))
        .isEqualTo(
            "reason: no invisible formatting characters (a zero-width space, a byte-order mark, tag"
                + " characters) but the marks and joiners Arabic-script text needs");
    assertThat(refusal(trueMatch(alert, "IQi.006", "ok\\u202e")))
        .isEqualTo(
            "reason: no bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to"
                + " U+2069): they reorder how the text is shown");
    Client.Answer persian =
        trueMatch(alert, "IQi.006", "\u0647\u0645\u200c\u0646\u0627\u0645 \u200fIQi.006");
    assertThat(persian.status()).as(persian.toString()).isEqualTo(201);
    // A breaker's find: the decision the analyst's replaced still read pending-confirmation.
    java.util.Map<String, String> statuses = new java.util.HashMap<>();
    for (JsonNode d : analyst.get("/api/v1/alerts/" + alert).json().get("decisions")) {
      statuses.put(d.get("id").asText(), d.get("status").asText());
    }
    assertThat(statuses)
        .containsEntry(decision, "replaced")
        .containsEntry(persian.json().get("id").asText(), "pending-confirmation");
  }

  /** The analyst's true-match decision on the hit on UN entry {@code entry} of {@code alert}. */
  private static Client.Answer trueMatch(String alert, String entry, String reasonJson) {
    return analyst.post(
        "/api/v1/alerts/" + alert + "/decisions",
        "{\"source\":\"un-sc-consolidated\",\"entry\":\""
            + entry
            + "\",\"disposition\":\"true-match\",\"reason\":\""
            + reasonJson
            + "\"}");
  }

  @Test
  void aThresholdOfMinusZeroIsStoredAsZeroAndItsRecordMatchesItsEvent() {
    // A -0 was kept as -0.0 in the record's hash and as 0.0 by the database: the record no longer
    // matched its event, its certificate was refused and audit verification stopped at it.
    JsonNode r =
        analyst.post("/api/v1/screen?threshold=-0", "{\"name\":\"Margaret Thorne\"}").json();
    String id = r.get("screening_id").asText();
    Client.Answer c = auditor.get("/api/v1/screenings/" + id + "/certificate");
    assertThat(c.status()).as(c.toString()).isEqualTo(200);
    assertThat(c.json().at("/audit/record_matches_event").asBoolean()).isTrue();
    JsonNode stored = analyst.get("/api/v1/screenings/" + id).json();
    assertThat(stored.get("threshold").toString()).as(stored.toString()).isEqualTo("0.0");
    assertThat(stored.get("record_matches_event").asBoolean()).isTrue();
    JsonNode match =
        analyst
            .post(
                "/match/default?threshold=-0.0&cutoff=-0",
                "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Margaret"
                    + " Thorne\"]}}}}")
            .json();
    assertThat(match.at("/responses/q/status").asInt()).as(match.toString()).isEqualTo(200);
    assertThat(match.toString()).doesNotContain("-0.0");
  }

  @Test
  void aThresholdMustBeWrittenAsADecimalNumber() {
    for (String t : List.of("0x1p-2", "0.5d", "0.5f", "1e-1", "NaN", "Infinity", "0,5", "")) {
      Client.Answer a =
          analyst.post(
              "/api/v1/screen?threshold=" + java.net.URLEncoder.encode(t, StandardCharsets.UTF_8),
              "{\"name\":\"a b\"}");
      assertThat(a.status()).as(t).isEqualTo(400);
      assertThat(a.json().at("/error/message").asText())
          .isEqualTo("threshold: a decimal number from 0 to 1, such as 0.85");
      Client.Answer m =
          analyst.post(
              "/match/default?threshold=" + java.net.URLEncoder.encode(t, StandardCharsets.UTF_8),
              "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"a b\"]}}}}");
      assertThat(m.status()).as(t).isEqualTo(400);
    }
    assertThat(analyst.post("/api/v1/screen?threshold=.9", "{\"name\":\"a b\"}").status())
        .isEqualTo(200);
    assertThat(analyst.get("/api/v1/alerts?min_score=0x1p-1").status()).isEqualTo(400);
  }

  @Test
  void aCleanScreeningHasANoHitCertificateTiedToTheAuditChain() {
    JsonNode r =
        analyst
            .post("/api/v1/screen", "{\"name\":\"Margaret Thorne\",\"dob\":\"1980-02-03\"}")
            .json();
    assertThat(r.get("matches")).isEmpty();
    assertThat(r.has("alert_id")).isFalse();
    Client.Answer c =
        auditor.get("/api/v1/screenings/" + r.get("screening_id").asText() + "/certificate");
    assertThat(c.status()).as(c.toString()).isEqualTo(200);
    JsonNode cert = c.json();
    assertThat(cert.get("certificate").asText()).isEqualTo("no hit");
    assertThat(cert.at("/query/name").asText()).isEqualTo("Margaret Thorne");
    assertThat(cert.at("/lists/0/sha256").asText()).hasSize(64);
    assertThat(cert.at("/audit/record_matches_event").asBoolean()).isTrue();
    long seq = cert.at("/audit/seq").asLong();
    JsonNode events = auditor.get("/api/v1/audit?from=" + seq + "&limit=1").json();
    assertThat(events.at("/events/0/hash").asText()).isEqualTo(cert.at("/audit/hash").asText());
    assertThat(events.at("/events/0/action").asText()).isEqualTo("screen");
    // The audit event names the screening, never the screened name.
    assertThat(events.at("/events/0").toString()).doesNotContain("Margaret");
    assertThat(
            auditor
                .get("/api/v1/screenings/00000000-0000-0000-0000-000000000000/certificate")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aBatchIsScreenedWholeOrRefusedWhole() {
    Client.Answer a =
        analyst.post(
            "/api/v1/screen",
            "{\"subjects\":[{\"id\":\"p1\",\"name\":\"Osama bin Laden\"},{\"name\":\"Anna Berg\"}]}");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.json().get("results")).hasSize(2);
    assertThat(a.json().at("/results/0/query/id").asText()).isEqualTo("p1");
    assertThat(a.json().at("/results/1/query/id").asText()).isEqualTo("row-2");
    long before = auditEvents();
    Client.Answer bad =
        analyst.post(
            "/api/v1/screen",
            "{\"subjects\":[{\"name\":\"Anna Berg\"},{\"name\":\"Secret Person\",\"dob\":\"19x1\"}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/error/message").asText())
        .startsWith("subjects[1]: dob:")
        .doesNotContain("Secret");
    // The auditor's reading adds one export event; the refused batch added nothing.
    assertThat(auditEvents()).isEqualTo(before + 1);
    Client.Answer big =
        analyst.post(
            "/api/v1/screen",
            "{\"subjects\":[" + "{\"name\":\"a b\"},".repeat(5) + "{\"name\":\"c d\"}]}");
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.json().at("/error/message").asText()).contains("at most 5");
  }

  @Test
  void badRequestsGetA4xxThatNamesTheProblem() {
    Client.Answer notJson = analyst.post("/api/v1/screen", "{\"name\": \"Secret Name\"");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json().at("/error/message").asText())
        .startsWith("the body is not valid JSON")
        .doesNotContain("Secret");
    Client.Answer noName = analyst.post("/api/v1/screen", "{\"dob\":\"1970\"}");
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().at("/error/message").asText()).contains("name");
    Client.Answer twice =
        analyst.post("/api/v1/screen", "{\"name\":\"Saddam Hussein\",\"name\":\"Other Name\"}");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().at("/error/message").asText())
        .startsWith("the body has a key twice")
        .doesNotContain("Saddam");
    Client.Answer trailing = analyst.post("/api/v1/screen", "{\"name\":\"a b\"} {}");
    assertThat(trailing.status()).isEqualTo(400);
    assertThat(trailing.json().at("/error/message").asText())
        .startsWith("the body holds more than one JSON value");
    Client.Answer beside =
        analyst.post("/api/v1/screen", "{\"name\":\"a b\",\"subjects\":[{\"name\":\"c d\"}]}");
    assertThat(beside.status()).isEqualTo(400);
    // java.net.URI refuses a bad escape: the request is written by hand.
    String raw = rawPost("/api/v1/screen?threshold=0.5%ZZ", "{\"name\":\"a b\"}");
    assertThat(raw)
        .startsWith("HTTP/1.1 400")
        .contains("the query string is not valid percent-encoding");
    // A breaker's find: a number beyond a double's range was read as Infinity and screened and
    // stored as the name "Infinity".
    for (String body :
        List.of(
            "{\"name\":1e400}",
            "{\"name\":-1e400}",
            "{\"id\":1e400,\"name\":\"a b\"}",
            "{\"subjects\":[{\"name\":1e400}]}")) {
      Client.Answer huge = analyst.post("/api/v1/screen", body);
      assertThat(huge.status()).as(body).isEqualTo(400);
      assertThat(huge.json().at("/error/message").asText())
          .as(body)
          .startsWith("the body holds a number beyond the range of a double (such as 1e400) at ");
    }
    // Where it is, too (a re-breaker's find).
    assertThat(
            analyst
                .post(
                    "/api/v1/screen",
                    "{\"subjects\":[{\"name\":\"a b\"},{\"name\":\"c d\",\"id\":1e400}]}")
                .json()
                .at("/error/message")
                .asText())
        .endsWith(" at subjects[1].id");
    // Nor is a number with a fraction or an exponent taken as an id, however it is written (a
    // re-breaker's find: 1.0 was taken as the id 1).
    for (String id : List.of("1.0", "100e-2", "1.5e1", "-0.0", "1e-400")) {
      Client.Answer decimal =
          analyst.post("/api/v1/screen", "{\"id\":" + id + ",\"name\":\"a b\"}");
      assertThat(decimal.status()).as(id).isEqualTo(400);
      assertThat(decimal.json().at("/error/message").asText())
          .as(id)
          .contains("expected a string or a whole number, found a number");
    }
    assertThat(analyst.post("/api/v1/subjects", "{\"name\":1e400}").status()).isEqualTo(400);
    // A monitored subject's reference key with an invisible character in it was left out (a
    // re-breaker's find).
    Client.Answer reference =
        analyst.post(
            "/api/v1/subjects", "{\"name\":\"Saddam Hussein\",\"reference\\u00a0\":\"r9\"}");
    assertThat(reference.status()).isEqualTo(400);
    assertThat(reference.json().at("/error/message").asText())
        .isEqualTo(
            "body: the key 'reference' has an invisible character or a no-break space in it:"
                + " remove it");
    Client.Answer lone = analyst.post("/api/v1/screen", "{\"id\":\"a\\ud800b\",\"name\":\"a b\"}");
    assertThat(lone.status()).isEqualTo(400);
    // A breaker's find: NUL was accepted in an id, a name and a document, which PostgreSQL's text
    // columns refuse; nor a control or invisible formatting character in an id, a document or a
    // nationality (a re-breaker's find: iq and NUL was read as Iraq and stored so).
    for (String body :
        List.of(
            "{\"id\":\"a\\u0000b\",\"name\":\"a b\"}",
            "{\"name\":\"a\\u0000b\"}",
            "{\"name\":\"a b\",\"document\":\"P1\\u00002\"}",
            "{\"name\":\"a b\",\"nationality\":\"iq\\u0000\"}",
            "{\"id\":\"a\\u202eb\",\"name\":\"a b\"}",
            "{\"name\":\"a b\",\"document\":\"P1\\u200b2\"}",
            "{\"name\":\"a b\",\"document\":\"P1\\u3164\"}",
            "{\"name\":\"a b\",\"nationality\":\"i\\ue000q\"}")) {
      assertThat(analyst.post("/api/v1/screen", body).status()).as(body).isEqualTo(400);
    }
    for (String properties :
        List.of(
            "\"name\":[\"a b\"],\"passportNumber\":[\"AB\\u200b12\"]",
            "\"name\":[\"a b\"],\"nationality\":[\"e\\u0000g\"]")) {
      String body =
          "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{" + properties + "}}}}";
      assertThat(analyst.post("/match/default", body).status()).as(body).isEqualTo(400);
    }
    assertThat(
            analyst
                .post(
                    "/match/default",
                    "{\"queries\":{\"q1\":{\"id\":\"rlo\\u202eXYZ\",\"schema\":\"Person\","
                        + "\"properties\":{\"name\":[\"a b\"]}}}}")
                .status())
        .isEqualTo(400);
    assertThat(refusal(analyst.post("/api/v1/screen", "{\"name\":\"a\\u0000b\"}")))
        .isEqualTo("body: name: the name holds a NUL character (U+0000), which no record can keep");
    Client.Answer matchKey =
        analyst.post(
            "/match/default",
            "{\"queries\":{\" \":{\"schema\":\"Person\",\"properties\":{\"name\":[\"a b\"]}}}}");
    assertThat(matchKey.status()).isEqualTo(400);
    Client.Answer passport =
        analyst.post(
            "/match/default",
            "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"a b\"],"
                + "\"passportNumber\":[\""
                + "P".repeat(101)
                + "\"]}}}}");
    assertThat(passport.status()).isEqualTo(400);
    Client.Answer array = analyst.post("/api/v1/screen", "[1]");
    assertThat(array.status()).isEqualTo(400);
    Client.Answer threshold = analyst.post("/api/v1/screen?threshold=2", "{\"name\":\"a b\"}");
    assertThat(threshold.status()).isEqualTo(400);
    assertThat(threshold.json().at("/error/message").asText())
        .isEqualTo("threshold: a decimal number from 0 to 1, such as 0.85");
    Client.Answer document =
        analyst.post(
            "/api/v1/screen", "{\"name\":\"a b\",\"document\":\"" + "D".repeat(101) + "\"}");
    assertThat(document.status()).isEqualTo(400);
    assertThat(document.json().at("/error/message").asText())
        .isEqualTo(
            "body: document: longer than 100 characters (a travel or identity document number)");
    Client.Answer tooLarge =
        analyst.post("/api/v1/screen", "{\"name\":\"" + "a".repeat(70_000) + "\"}");
    assertThat(tooLarge.status()).isEqualTo(413);
    Client.Answer role = admin.post("/api/v1/keys", "{\"name\":\"x\",\"role\":\"root\"}");
    assertThat(role.status()).isEqualTo(400);
    assertThat(role.json().at("/error/message").asText())
        .isEqualTo("role: one of analyst, supervisor, auditor, admin");
    Client.Answer taken = admin.post("/api/v1/keys", "{\"name\":\"desk\",\"role\":\"analyst\"}");
    assertThat(taken.status()).isEqualTo(409);
    // A breaker's find: DESK, fullwidth ｄｅｓｋ and Cyrillic dеsk were given, though four-eyes
    // takes the first two for the same person and the audit trail shows the third as desk.
    for (String like : List.of("DESK", "\uff44\uff45\uff53\uff4b", "d\u0435sk")) {
      Client.Answer alike =
          admin.post("/api/v1/keys", "{\"name\":\"" + like + "\",\"role\":\"analyst\"}");
      assertThat(alike.status()).as(like).isEqualTo(409);
      assertThat(alike.json().at("/error/message").asText())
          .isEqualTo(
              "'"
                  + like
                  + "' is too like the name of the API key 'desk' (the same but for case or"
                  + " compatibility forms, or alike in look): choose another name");
    }
    // Letters no identifier should hold, which have no skeleton in common with the letters they
    // look like (a breaker's find: a small capital D, U+1D05, was given), nor a blank that is no
    // space (U+2800, Braille's). UTS #39 allows the kra, U+0138, and so does Mizan.
    for (String odd : List.of("\u1d05esk", "desk\u2800")) {
      Client.Answer refused =
          admin.post("/api/v1/keys", "{\"name\":\"" + odd + "\",\"role\":\"analyst\"}");
      assertThat(refusal(refused, 400))
          .as(odd)
          .isEqualTo(
              String.format(
                  "a name is written in letters and digits (those Unicode recommends for"
                      + " identifiers, UTS #39), spaces and _ @ . ' -: U+%04X is not one of them",
                  odd.codePoints().filter(c -> c > 0x7f).findFirst().getAsInt()));
    }
    assertThat(
            admin
                .post("/api/v1/keys", "{\"name\":\"سارة o'neil-2\",\"role\":\"analyst\"}")
                .status())
        .isEqualTo(201);
    // Across keys and users, a look-alike too (a re-breaker's find: key payclerk and user
    // pаyclerk confirmed each other's decisions); the same name is one person's key and login.
    Client.Answer user =
        admin.post(
            "/api/v1/users",
            "{\"name\":\"d\u0435sk\",\"role\":\"supervisor\",\"password\":\"a long passphrase 1\"}");
    assertThat(refusal(user, 409))
        .isEqualTo(
            "'d\u0435sk' is too like the name of the API key 'desk' (the same but for case or"
                + " compatibility forms, or alike in look): choose another name");
    // A capital I for an l, a zero for an O (a last re-check's find: lower-cased first, they
    // passed, and confirmed each other's decisions).
    newKey("oliver", "analyst");
    for (String like : List.of("0liver", "OLlVER", "OLIVER", "o1iver")) {
      Client.Answer alike =
          admin.post("/api/v1/keys", "{\"name\":\"" + like + "\",\"role\":\"analyst\"}");
      assertThat(alike.status()).as(like).isEqualTo(409);
    }
  }

  @Test
  void aYenteClientFindsAnArabicNameOnTheUnList() {
    Client.Answer a =
        analyst.post(
            "/match/default",
            "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"صدام حسين التكريتي\"],"
                + "\"birthDate\":[\"1937-04-28\"],\"nationality\":[\"iq\"]}}}}");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    JsonNode top = a.json().at("/responses/q1/results/0");
    assertThat(top.get("id").asText()).isEqualTo("IQi.001");
    assertThat(top.get("match").asBoolean()).isTrue();
    assertThat(a.json().at("/responses/q1/status").asInt()).isEqualTo(200);
    assertThat(analyst.post("/match/no-such-list", "{\"queries\":{}}").status()).isEqualTo(404);
  }

  @Test
  void aManifestsTravellersAreScreenedAndStored() throws Exception {
    byte[] edi;
    try (InputStream in = getClass().getResourceAsStream("/paxlst/three-travellers.edi")) {
      edi = in.readAllBytes();
    }
    Client.Answer a = analyst.post("/api/v1/manifests", edi);
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    JsonNode r = a.json();
    assertThat(r.at("/manifest/format").asText()).isEqualTo("PAXLST");
    assertThat(r.at("/manifest/travellers").asInt()).isEqualTo(3);
    List<String> hits = new ArrayList<>();
    for (JsonNode t : r.get("results")) {
      assertThat(t.has("screening_id")).isTrue();
      if (t.has("alert_id")) {
        hits.add(t.at("/matches/0/id").asText());
      }
    }
    assertThat(hits).containsExactly("QDi.059");
    // Each traveller is stored with its own message type, which decides how long it is kept: a
    // TIF after a PAXLST message's trailer is PNR data (a helper's find: stored as PAXLST).
    String text = new String(edi, java.nio.charset.StandardCharsets.US_ASCII);
    byte[] mixed =
        text.replace("UNE+1+1'", "TIF+AL-TIKRITI+SADDAM HUSSEIN:A:1'UNE+1+1'")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    JsonNode m = analyst.post("/api/v1/manifests", mixed).json();
    List<String> formats = new ArrayList<>();
    for (JsonNode t : m.get("results")) {
      formats.add(
          analyst
              .get("/api/v1/screenings/" + t.get("screening_id").asText())
              .json()
              .at("/query/context/format")
              .asText());
    }
    assertThat(formats).containsExactly("PAXLST", "PAXLST", "PAXLST", "PNRGOV");
    String alert = "";
    for (JsonNode t : r.get("results")) {
      if (t.has("alert_id")) {
        alert = t.get("alert_id").asText();
      }
    }
    String flight =
        r.at("/manifest/flight/carrier").asText() + r.at("/manifest/flight/number").asText();
    assertThat(analyst.get("/api/v1/alerts?status=open&limit=10000&flight=" + flight).body())
        .contains(alert);
    assertThat(analyst.get("/api/v1/alerts?status=open&limit=10000&flight=ZZ999").body())
        .doesNotContain(alert);
    assertThat(
            analyst
                .get(
                    "/api/v1/alerts?status=open&limit=10000&list=un-sc-consolidated&min_score=0.85")
                .body())
        .contains(alert);
    // A list not in force that no alert names: a 400 naming the lists in force, never an empty
    // queue that reads as nothing to review; a list in force whose filter leaves nothing: empty.
    Client.Answer notInForce = analyst.get("/api/v1/alerts?status=open&list=us-ofac-sdn");
    assertThat(notInForce.status()).isEqualTo(400);
    assertThat(notInForce.json().at("/error/message").asText())
        .isEqualTo(
            "list: no list of that name is in force and no open alert has a hit on it; the lists"
                + " in force: un-sc-consolidated");
    // A parameter the route does not read, or one given twice, is said, never ignored (a
    // breaker's find: ?state=closed gave the open queue, ?threshhold=0.5 screened at 0.85).
    assertThat(refusal(analyst.get("/api/v1/alerts?state=closed")))
        .isEqualTo(
            "'state' is not read here; this route reads status, limit, min_score,"
                + " older_than_hours, list, flight");
    assertThat(refusal(analyst.get("/api/v1/alerts?list=un-sc-consolidated&list=foo")))
        .isEqualTo("list: given 2 times; give it once");
    // A stray & gives nothing, as form decoding reads it (a re-breaker's find: it was refused).
    assertThat(analyst.get("/api/v1/alerts?status=open&&limit=5&").status()).isEqualTo(200);
    assertThat(refusal(analyst.get("/api/v1/alerts?=open")))
        .isEqualTo("a query parameter has a value but no name");
    assertThat(refusal(analyst.post("/api/v1/screen?threshhold=0.5", "{\"name\":\"Ali\"}")))
        .isEqualTo("'threshhold' is not read here; this route reads threshold, limit, hits_only");
    Client.Answer inForce =
        analyst.get("/api/v1/alerts?status=open&list=un-sc-consolidated&flight=ZZ999");
    assertThat(inForce.status()).isEqualTo(200);
    assertThat(inForce.json().get("alerts")).isEmpty();
    assertThat(analyst.get("/api/v1/alerts?status=open&limit=10000&older_than_hours=1").body())
        .doesNotContain(alert);
    assertThat(analyst.get("/api/v1/alerts?min_score=2").status()).isEqualTo(400);
    Client.Answer empty = analyst.post("/api/v1/manifests", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    Client.Answer garbage = analyst.post("/api/v1/manifests", "hello".getBytes());
    assertThat(garbage.status()).isEqualTo(400);
  }

  @Test
  void usersLogInWithBasicAndEveryLoginIsAudited() {
    Client.Answer add =
        admin.post(
            "/api/v1/users",
            "{\"name\":\"amina\",\"role\":\"supervisor\",\"password\":\"correct horse battery\"}");
    assertThat(add.status()).as(add.toString()).isEqualTo(201);
    assertThat(
            admin
                .post(
                    "/api/v1/users", "{\"name\":\"b\",\"role\":\"analyst\",\"password\":\"short\"}")
                .status())
        .isEqualTo(400);
    Client amina = Client.user(port, "amina", "correct horse battery");
    assertThat(amina.post("/api/v1/screen", "{\"name\":\"Anna Berg\"}").status()).isEqualTo(200);
    assertThat(Client.user(port, "amina", "wrong horse battery").get("/api/v1/lists").status())
        .isEqualTo(401);
    List<String> actions = new ArrayList<>();
    for (JsonNode e : auditor.get("/api/v1/audit?limit=10000").json().get("events")) {
      if (e.get("target").asText().equals("amina")) {
        actions.add(e.get("action").asText());
      }
    }
    assertThat(actions).containsExactly("user-created", "login", "login-failed");
  }

  @Test
  void theAuditTrailIsIntactAfterAllThis() {
    anArabicNameIsScreenedStoredAndAlerted();
    JsonNode v = auditor.get("/api/v1/audit/verify").json();
    assertThat(v.get("intact").asBoolean()).isTrue();
    assertThat(v.get("events_checked").asLong()).isGreaterThan(5);
  }

  @Test
  void theOpenApiDocumentDescribesExactlyTheRoutesAndRoles() {
    JsonNode doc = analyst.get("/openapi.json").json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Map<String, Set<String>> documented = new TreeMap<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        Set<String> roles = new TreeSet<>();
        op.getValue().get("x-mizan-roles").forEach(r -> roles.add(r.asText()));
        documented.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), roles);
        boolean open = op.getValue().has("security") && op.getValue().get("security").isEmpty();
        assertThat(open).as(path.getKey()).isEqualTo(path.getKey().equals("/health"));
      }
    }
    Map<String, Set<String>> registered = new TreeMap<>();
    service.routeRoles().forEach((k, v) -> registered.put(k, new TreeSet<>(v)));
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void metricsCountRequestsByRoute() {
    analyst.get("/api/v1/lists");
    Client.Answer m = auditor.get("/metrics");
    assertThat(m.status()).isEqualTo(200);
    assertThat(m.body())
        .contains(
            "mizan_http_requests_seconds_count{method=\"GET\",route=\"/api/v1/lists\",status=\"200\"}");
  }

  @Test
  void aScreeningChangedInTheDatabaseGetsNoCertificate() throws Exception {
    String id =
        analyst
            .post("/api/v1/screen", "{\"name\":\"Lars Holm\"}")
            .json()
            .get("screening_id")
            .asText();
    try (java.sql.Connection c = org.mizan.store.TestDatabase.h2(dataDir).connect();
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate(
          "update screenings set subject = '{\"name\":\"Someone Else\"}' where id = '" + id + "'");
    }
    Client.Answer cert = auditor.get("/api/v1/screenings/" + id + "/certificate");
    assertThat(cert.status()).isEqualTo(409);
    assertThat(cert.json().at("/error/message").asText())
        .startsWith("no certificate: the stored screening no longer matches its audit event");
    JsonNode verify = auditor.get("/api/v1/audit/verify").json();
    assertThat(verify.get("intact").asBoolean()).as("the chain itself is intact").isTrue();
    assertThat(verify.get("screenings_intact").asBoolean()).isFalse();
    assertThat(verify.get("changed_screening").asText()).isEqualTo(id);
    assertThat(
            analyst.get("/api/v1/screenings/" + id).json().get("record_matches_event").asBoolean())
        .isFalse();
    try (java.sql.Connection c = org.mizan.store.TestDatabase.h2(dataDir).connect();
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("update screenings set subject = 'ZZSECRET' where id = '" + id + "'");
    }
    Client.Answer unreadable = analyst.get("/api/v1/screenings/" + id);
    assertThat(unreadable.status()).isEqualTo(409);
    assertThat(unreadable.body()).doesNotContain("ZZSECRET");
    try (java.sql.Connection c = org.mizan.store.TestDatabase.h2(dataDir).connect();
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("delete from screenings where id = '" + id + "'");
    }
  }

  @Test
  void openSanctionsClientsApiKeySchemeIsAccepted() {
    Client.Answer a =
        Client.scheme(port, "ApiKey " + analystKey)
            .post(
                "/match/default",
                "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Osama bin Laden\"]}}}}");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    Client.Answer typo =
        analyst.post(
            "/match/default?include_dataset=un-sc-consolidate",
            "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Osama bin Laden\"]}}}}");
    assertThat(typo.status()).isEqualTo(400);
    assertThat(typo.json().at("/error/message").asText())
        .isEqualTo(
            "include_dataset: no list in force is the dataset 'un-sc-consolidate'; the datasets"
                + " here are un-sc-consolidated");
  }

  @Test
  void matchFiltersChooseWhatTheCallerSeesNeverWhatIsStored() {
    // A breaker's find: exclude_entity_ids (or exclude_schema, or a misspelt topic) hid the hit
    // from the answer and from the stored screening, whose certificate then said "no hit" of the
    // UN list for Saddam Hussein. The answer is still filtered; the stored screening holds the hit,
    // and its alert is raised.
    String query =
        "{\"queries\":{\"filtered-q\":{\"schema\":\"Person\",\"properties\":{\"name\":"
            + "[\"Saddam Hussein Al-Tikriti\"],\"birthDate\":[\"1990\",\"1937\"]}}}}";
    Set<String> before = openAlertScreenings();
    Client.Answer a = analyst.post("/match/default?exclude_entity_ids=IQi.001&limit=1", query);
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.json().at("/responses/filtered-q/results").toString()).doesNotContain("IQi.001");
    Set<String> added = new HashSet<>(openAlertScreenings());
    added.removeAll(before);
    assertThat(added).hasSize(1);
    String screening = added.iterator().next();
    JsonNode stored = analyst.get("/api/v1/screenings/" + screening).json();
    assertThat(stored.at("/query/id").asText()).isEqualTo("filtered-q");
    assertThat(stored.get("matches").toString()).contains("\"IQi.001\"");
    // Every date screened is in the record, not the first alone (a re-breaker's find).
    assertThat(stored.at("/query/dobs").toString()).isEqualTo("[\"1990\",\"1937\"]");
    assertThat(
            auditor
                .get("/api/v1/screenings/" + screening + "/certificate")
                .json()
                .get("certificate")
                .asText())
        .isEqualTo("1 hit");
    // A misspelt topic or schema is refused, as a misspelt dataset is; so is excluding every list.
    assertThat(refusal(analyst.post("/match/default?topics=sanctions", query)))
        .isEqualTo(
            "topics: no list in force carries the topic 'sanctions'; the topics here are sanction");
    assertThat(refusal(analyst.post("/match/default?exclude_schema=person", query)))
        .startsWith("exclude_schema: 'person' is no FollowTheMoney schema; the schemas are Thing,");
    assertThat(refusal(analyst.post("/match/default?exclude_dataset=un-sc-consolidated", query)))
        .isEqualTo(
            "include_dataset and exclude_dataset leave no list of the dataset 'default' to screen"
                + " against");
  }

  /** The message of {@code a}, a 400. */
  private static String refusal(Client.Answer a) {
    return refusal(a, 400);
  }

  /** The message of {@code a}, of status {@code status}. */
  private static String refusal(Client.Answer a, int status) {
    assertThat(a.status()).as(a.toString()).isEqualTo(status);
    return a.json().at("/error/message").asText();
  }

  @Test
  void aLimitCapsTheMatchesShownNeverTheHits() {
    // A breaker's find: with the default limit of 10, a name with 20 hits stored and alerted 10
    // of them; with limit=1, one. Every hit is stored, answered and alerted whatever the limit.
    Client.Answer all =
        analyst.post("/api/v1/screen?threshold=0.75&limit=100", "{\"name\":\"Mohammed Ali\"}");
    long hits = 0;
    for (JsonNode m : all.json().get("matches")) {
      hits += m.get("hit").asBoolean() ? 1 : 0;
    }
    assertThat(hits).isGreaterThan(10);
    Client.Answer limited =
        analyst.post("/api/v1/screen?threshold=0.75&limit=1", "{\"name\":\"Mohammed Ali\"}");
    assertThat(limited.json().get("matches").size()).isEqualTo((int) hits);
    JsonNode alert =
        analyst.get("/api/v1/alerts/" + limited.json().get("alert_id").asText()).json();
    assertThat(alert.get("hits").size()).isEqualTo((int) hits);
    // Below the threshold the limit holds: one match shown of a name with none above it.
    Client.Answer below =
        analyst.post("/api/v1/screen?threshold=0.99&limit=1", "{\"name\":\"Mohammed Ali\"}");
    assertThat(below.json().get("matches").size()).isEqualTo(1);
  }

  @Test
  void hitsOnlyAnswersAndStoresEveryHitAloneAndSaysSo() throws Exception {
    Client.Answer all =
        analyst.post("/api/v1/screen?threshold=0.75&limit=100", "{\"name\":\"Mohammed Ali\"}");
    Client.Answer alone =
        analyst.post(
            "/api/v1/screen?threshold=0.75&limit=100&hits_only=true",
            "{\"name\":\"Mohammed Ali\"}");
    assertThat(alone.status()).as(alone.toString()).isEqualTo(200);
    List<String> hits = new ArrayList<>();
    int below = 0;
    for (JsonNode m : all.json().get("matches")) {
      if (m.get("hit").asBoolean()) {
        hits.add(m.get("id").asText() + " " + m.get("score").asText());
      } else {
        below++;
      }
    }
    assertThat(below).isPositive();
    List<String> found = new ArrayList<>();
    for (JsonNode m : alone.json().get("matches")) {
      found.add(m.get("id").asText() + " " + m.get("score").asText());
    }
    assertThat(found).hasSizeGreaterThan(10).isEqualTo(hits);
    assertThat(alone.json().get("hits_only").asBoolean()).isTrue();
    assertThat(all.json().has("hits_only")).isFalse();
    // The stored screening and its certificate say that nothing below the threshold was sought.
    String id = alone.json().get("screening_id").asText();
    JsonNode stored = analyst.get("/api/v1/screenings/" + id).json();
    assertThat(stored.get("hits_only").asBoolean()).isTrue();
    assertThat(stored.get("matches")).hasSize(found.size());
    JsonNode cert = auditor.get("/api/v1/screenings/" + id + "/certificate").json();
    assertThat(cert.get("hits_only").asBoolean()).isTrue();
    assertThat(cert.at("/audit/record_matches_event").asBoolean()).isTrue();
    String other = all.json().get("screening_id").asText();
    assertThat(analyst.get("/api/v1/screenings/" + other).json().has("hits_only")).isFalse();
    // hits_only=false is the default screening.
    assertThat(
            analyst
                .post(
                    "/api/v1/screen?threshold=0.75&limit=100&hits_only=false",
                    "{\"name\":\"Mohammed Ali\"}")
                .json()
                .get("matches"))
        .hasSize(all.json().get("matches").size());
    long before = auditEvents();
    Client.Answer bad = analyst.post("/api/v1/screen?hits_only=yes", "{\"name\":\"Mohammed Ali\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/error/message").asText()).isEqualTo("hits_only: true or false");
    // The auditor's reading adds one export event; the refused screening added nothing.
    assertThat(auditEvents()).isEqualTo(before + 1);
    byte[] edi;
    try (InputStream in = getClass().getResourceAsStream("/paxlst/three-travellers.edi")) {
      edi = in.readAllBytes();
    }
    JsonNode manifest = analyst.post("/api/v1/manifests?hits_only=true", edi).json();
    assertThat(manifest.get("hits_only").asBoolean()).isTrue();
    List<String> travellersMatched = new ArrayList<>();
    for (JsonNode t : manifest.get("results")) {
      for (JsonNode m : t.get("matches")) {
        assertThat(m.get("hit").asBoolean()).isTrue();
        travellersMatched.add(m.get("id").asText());
      }
    }
    assertThat(travellersMatched).containsExactly("QDi.059");
  }

  /**
   * A new user's find: each page read is an export event, so a reader that followed "next" until an
   * empty page never stopped. A page short of its limit says it reached the end.
   */
  @Test
  void aReaderOfTheWholeTrailStopsWhereAPageSaysItReachedTheEnd() {
    long from = 1;
    int pages = 0;
    JsonNode page;
    while (true) {
      page = auditor.get("/api/v1/audit?from=" + from + "&limit=7").json();
      pages++;
      from = page.get("next").asLong();
      if (page.get("end").asBoolean()) {
        assertThat(page.get("events").size()).isLessThan(7);
        break;
      }
      assertThat(page.get("events")).hasSize(7);
      assertThat(pages).isLessThan(10_000);
    }
    assertThat(pages).isGreaterThan(1);
    // What follows the end is the last page's own reading, an export event.
    JsonNode after = auditor.get("/api/v1/audit?from=" + from + "&limit=7").json();
    assertThat(after.get("events")).hasSize(1);
    assertThat(after.at("/events/0/action").asText()).isEqualTo("export");
    assertThat(after.get("end").asBoolean()).isTrue();
  }

  private Set<String> openAlertScreenings() {
    Set<String> screenings = new HashSet<>();
    for (JsonNode a : analyst.get("/api/v1/alerts?status=open&limit=10000").json().get("alerts")) {
      screenings.add(a.get("screening_id").asText());
    }
    return screenings;
  }

  @Test
  void aSubjectOnItsOwnIsTheQueryAsOnTheCommandLine() {
    assertThat(
            analyst
                .post("/api/v1/screen", "{\"name\":\"Anna Berg\"}")
                .json()
                .at("/query/id")
                .asText())
        .isEqualTo("query");
    assertThat(
            analyst
                .post("/api/v1/screen", "{\"id\":\"c-17\",\"name\":\"Anna Berg\"}")
                .json()
                .at("/query/id")
                .asText())
        .isEqualTo("c-17");
    Client.Answer get = analyst.get("/api/v1/screen");
    assertThat(get.status()).isEqualTo(405);
    // A breaker's find: no Allow header (RFC 9110 asks for one).
    assertThat(get.header("Allow")).contains("POST");
    Client.Answer delete = analyst.send("DELETE", "/api/v1/alerts");
    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.header("Allow")).contains("GET, HEAD");
  }

  @Test
  void aBodyCutShortIsTheClientsError() {
    // A breaker's find: a malformed chunk (or a body shorter than its Content-Length, the
    // connection closed) was a 500 "internal error", with a stack trace in the log each time.
    String chunked =
        rawSend(
            "POST /api/v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + analystKey
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
            "ZZ\r\nabc\r\n0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(chunked)
        .startsWith("HTTP/1.1 400")
        .contains(
            "the request body could not be read whole: the connection ended before it did, or its"
                + " chunked encoding is malformed");
  }

  /** {@code body} posted to /api/v1/screen as it is, by the analyst; the raw answer. */
  private String rawJson(byte[] body) {
    return rawSend(
        "POST /api/v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + analystKey
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n",
        body);
  }

  /** The message of the 400 that {@code body}, posted as {@link #rawJson} posts it, gets. */
  private String rawRefusal(byte[] body) {
    String answer = rawJson(body);
    assertThat(answer).startsWith("HTTP/1.1 400");
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4))
          .at("/error/message")
          .asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void aBodyBeyondTheReadersLimitsOrCompressedIsSaidToBe() {
    // A breaker's finds: JSON nested 100,000 deep read "not valid JSON (line 0, column 0)"; a
    // gzip body "not valid JSON"; a name of lone surrogates alone "no letters or digits".
    assertThat(
            refusal(
                analyst.post(
                    "/api/v1/screen", "{\"name\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}")))
        .isEqualTo("the body is JSON nested deeper than the 1,000 levels accepted");
    Client.Answer gzip =
        analyst.send(
            "POST", "/api/v1/screen", "{\"name\":\"a b\"}", Map.of("Content-Encoding", "gzip"));
    assertThat(gzip.status()).isEqualTo(415);
    assertThat(gzip.json().at("/error/message").asText())
        .isEqualTo("Content-Encoding is not accepted: send the body as it is, not compressed");
    assertThat(
            analyst
                .send("POST", "/api/v1/manifests", "UNA:+.? '", Map.of("Content-Encoding", "gzip"))
                .status())
        .isEqualTo(415);
    // A breaker's find: the coding in a second header, or after identity in a list, was not seen
    // (a 400 "not valid JSON" for the compressed bytes).
    String body = "{\"name\":\"a b\"}";
    assertThat(
            rawSend(
                "POST /api/v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + analystKey
                    + "\r\nContent-Encoding: identity\r\nContent-Encoding: gzip\r\nContent-Length: "
                    + body.length()
                    + "\r\nConnection: close\r\n\r\n",
                body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .startsWith("HTTP/1.1 415");
    assertThat(
            analyst
                .send("POST", "/api/v1/screen", body, Map.of("Content-Encoding", "identity, br"))
                .status())
        .isEqualTo(415);
    assertThat(
            analyst
                .send("POST", "/api/v1/screen", body, Map.of("Content-Encoding", "Identity"))
                .status())
        .isEqualTo(200);
    // A helper's find (2026-12-05): a body in ISO-8859-1 (a name with é) read "not valid JSON".
    byte[] latin1 = "{\"name\":\"Andr\u00e9 Dupont\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(
            rawSend(
                "POST /api/v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + analystKey
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + latin1.length
                    + "\r\nConnection: close\r\n\r\n",
                latin1))
        .startsWith("HTTP/1.1 400")
        .contains("the body is not valid UTF-8 (line 1, column 14): send JSON encoded in UTF-8")
        .doesNotContain("Dupont");
    // A breaker's finds on that: the column counted bytes and ran ahead (30 for 20 after Arabic
    // letters); UTF-16 and UTF-32 bodies were guessed and read, a lone surrogate in them mended to
    // U+FFFD and the name screened so; a UTF-8 byte-order mark is read past, as RFC 8259 allows.
    byte[] arabic =
        concat(
            "{\"name\": \"\u0635\u062f\u0627\u0645 \u062d\u0633\u064a\u0646"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE9, '"', '}'});
    assertThat(rawRefusal(arabic))
        .isEqualTo("the body is not valid UTF-8 (line 1, column 20): send JSON encoded in UTF-8");
    // Counted as the JSON reader counts its own positions: an emoji two, a carriage return a line.
    assertThat(
            rawRefusal(
                concat(
                    "{\"a\":\"\ud83d\ude00\", \r  \"name\": ".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xE9, '}'})))
        .isEqualTo("the body is not valid UTF-8 (line 2, column 11): send JSON encoded in UTF-8");
    assertThat(refusal(analyst.post("/api/v1/screen", "{\"a\":\"\ud83d\ude00\", \r  \"name\": x}")))
        .isEqualTo("the body is not valid JSON (line 2, column 11)");
    for (java.nio.charset.Charset wide :
        List.of(
            StandardCharsets.UTF_16,
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            java.nio.charset.Charset.forName("UTF-32"))) {
      assertThat(rawRefusal("{\"name\":\"Saddam Hussein\"}".getBytes(wide)))
          .as(wide.name())
          .isEqualTo("the body is UTF-16 or UTF-32, not UTF-8: send JSON encoded in UTF-8");
    }
    byte[] marked =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "{\"name\":\"Saddam Hussein\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(rawJson(marked)).startsWith("HTTP/1.1 200");
    assertThat(refusal(analyst.post("/api/v1/screen", "{\"name\":\"\\udc00\\ud800\"}")))
        .isEqualTo("body: name: the name is not valid Unicode text (a lone surrogate)");
  }

  @Test
  void headIsAllowedAsGetIs() {
    // A breaker's find: HEAD was refused (403) on every route, /health included, which load
    // balancers probe so.
    Client.Answer health = Client.anonymous(port).head("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).isEmpty();
    assertThat(analyst.head("/api/v1/lists").status()).isEqualTo(200);
    // HEAD runs the GET route: its status is GET's (a re-breaker's find: every HEAD was a 200).
    assertThat(analyst.head("/api/v1/screenings/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
    assertThat(analyst.head("/api/v1/alerts?status=bogus").status()).isEqualTo(400);
    assertThat(Client.anonymous(port).head("/api/v1/lists").status()).isEqualTo(401);
    assertThat(analyst.head("/api/v1/audit").status()).isEqualTo(403);
    long events = auditEvents();
    assertThat(auditor.head("/api/v1/audit").status()).isEqualTo(200);
    // No body leaves the server: HEAD is no export (a last re-check's find).
    assertThat(auditEvents()).isEqualTo(events + 1);
  }

  @Test
  void healthSaysTheDatabaseIsUp() {
    JsonNode h = Client.anonymous(port).get("/health").json();
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("database").asText()).isEqualTo("up");
  }

  @Test
  void errorsJettyAnswersBeforeTheRoutesAreJsonToo() {
    for (String path :
        List.of("/api/v1/subjects/%zz", "/api/v1/subjects/%00", "/api/v1/tasks/%ED%A0%80")) {
      String answer = rawPost(path, "{}");
      assertThat(answer).as(path).startsWith("HTTP/1.1 400 ");
      assertThat(answer)
          .as(path)
          .contains("Content-Type: application/json")
          .endsWith(
              "{\"error\":{\"status\":400,\"message\":\"the request cannot be read: its path or"
                  + " headers are malformed (a path must be valid percent-encoded UTF-8, a"
                  + " Content-Length a length, never beside Transfer-Encoding)\"}}");
    }
    String tooLong = rawPost("/api/v1/" + "a".repeat(20_000), "{}");
    assertThat(tooLong)
        .startsWith("HTTP/1.1 414 ")
        .endsWith("{\"error\":{\"status\":414,\"message\":\"the URL is too long\"}}");
  }

  private static String rawPost(String target, String body) {
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return rawSend(
        "POST "
            + target
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + analystKey
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n",
        bytes);
  }

  /** Sends {@code head} and {@code body} as they are, and returns the whole answer. */
  private static String rawSend(String head, byte[] body) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long auditEvents() {
    return auditor.get("/api/v1/audit?limit=10000").json().get("events").size();
  }
}
