package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Service;

/**
 * Follow-up tasks through the API over the bundled UN list: a confirmed true match on QDi.059 (ISIL
 * (Da'esh) &amp; Al-Qaida list) creates them; they are listed, exported as CSV (audited) and closed
 * with a reason by the roles allowed; a true match on the Iraq list (IQi.001) creates none.
 */
class FollowUpTasksApiTest {
  @TempDir static Path dataDir;

  static Service service;
  static Client admin;
  static Client analyst;
  static Client supervisor;
  static Client auditor;

  /** KHALID ABD AL-RAHMAN HAMD AL-FAWAZ, QDi.059 (Saudi Arabia as listed), screened as Yemeni. */
  private static final String QDI_059 =
      "{\"name\":\"KHALID ABD AL-RAHMAN HAMD AL-FAWAZ\",\"dob\":\"1962-08-24\","
          + "\"nationality\":\"YE\"}";

  @BeforeAll
  static void start() {
    StringWriter err = new StringWriter();
    service = ApiServerTest.startOn(dataDir, err);
    int port = service.port();
    admin =
        Client.key(
            port,
            err.toString().lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow());
    analyst = Client.key(port, key("desk", "analyst"));
    supervisor = Client.key(port, key("lead", "supervisor"));
    auditor = Client.key(port, key("inspector", "auditor"));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static String key(String name, String role) {
    return admin
        .post("/api/v1/keys", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}")
        .json()
        .get("key")
        .asText();
  }

  /** Screens a subject, decides a true match on {@code entry}, and returns the alert id. */
  private static String trueMatch(String subject, String entry, String[] decision) {
    JsonNode screened = analyst.post("/api/v1/screen", subject).json();
    String alert = screened.get("alert_id").asText();
    Client.Answer d =
        analyst.post(
            "/api/v1/alerts/" + alert + "/decisions",
            "{\"source\":\"un-sc-consolidated\",\"entry\":\""
                + entry
                + "\",\"disposition\":\"true-match\",\"reason\":\"date of birth agrees\"}");
    assertThat(d.status()).as(d.toString()).isEqualTo(201);
    decision[0] = d.json().get("id").asText();
    return alert;
  }

  private static Client.Answer confirm(String alert, String decision) {
    return supervisor.post(
        "/api/v1/alerts/" + alert + "/decisions/" + decision + "/confirm",
        "{\"reason\":\"passport scan checked\"}");
  }

  private static List<String> rows(JsonNode tasks) {
    List<String> out = new ArrayList<>();
    tasks.forEach(
        t ->
            out.add(
                t.get("kind").asText()
                    + " "
                    + t.get("addressee").asText()
                    + " "
                    + t.get("basis").asText()
                    + " "
                    + t.get("status").asText()));
    return out;
  }

  @Test
  void aConfirmedTrueMatchOnTheAlQaidaListCreatesTasksThatAreListedAndExported() {
    long head = auditor.get("/api/v1/audit/verify").json().get("head_seq").asLong();
    String[] decision = new String[1];
    String alert = trueMatch(QDI_059, "QDi.059", decision);
    // Pending confirmation: no task yet.
    assertThat(analyst.get("/api/v1/tasks?status=all&alert=" + alert).json().get("tasks"))
        .isEmpty();
    Client.Answer confirmed = confirm(alert, decision[0]);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    JsonNode created = confirmed.json().get("follow_up_tasks");
    assertThat(rows(created))
        .containsExactly(
            "confirm-interpol-ncb interpol-ncb listed open",
            "notify-committee un-1267-committee listed open",
            "notify-state SA listed-nationality open",
            "notify-state YE screened-nationality open");
    Instant at = Instant.parse(confirmed.json().at("/confirmation/at").asText());
    List<Duration> due = new ArrayList<>();
    created.forEach(t -> due.add(Duration.between(at, Instant.parse(t.get("due_at").asText()))));
    assertThat(due)
        .containsExactly(
            Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(3));
    JsonNode first = created.get(0);
    assertThat(first.get("alert_id").asText()).isEqualTo(alert);
    assertThat(first.get("decision_id").asText()).isEqualTo(decision[0]);
    assertThat(first.get("entry").asText()).isEqualTo("QDi.059");
    assertThat(first.get("created_by").asText()).isEqualTo("key:lead");
    assertThat(first.get("overdue").asBoolean()).isFalse();
    assertThat(first.has("reason")).isFalse();

    JsonNode listed = auditor.get("/api/v1/tasks?alert=" + alert).json().get("tasks");
    assertThat(listed).isEqualTo(created);
    String id = first.get("id").asText();
    assertThat(auditor.get("/api/v1/tasks/" + id).json()).isEqualTo(first);
    Client.Answer missing = analyst.get("/api/v1/tasks/no-such-task");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().at("/error/message").asText())
        .isEqualTo("no follow-up task with this id");
    // Due within two days: only the INTERPOL check.
    assertThat(
            rows(
                analyst
                    .get(
                        "/api/v1/tasks?alert="
                            + alert
                            + "&due_before="
                            + at.plus(Duration.ofDays(2)))
                    .json()
                    .get("tasks")))
        .containsExactly("confirm-interpol-ncb interpol-ncb listed open");

    Client.Answer csv = supervisor.get("/api/v1/tasks?format=csv&alert=" + alert);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "id,alert_id,decision_id,source,entry,kind,addressee,basis,due_at,status,overdue,"
                + "created_by,created_at,closed_by,closed_at,reason");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(3))
        .isEqualTo(
            created.get(2).get("id").asText()
                + ","
                + alert
                + ","
                + decision[0]
                + ",un-sc-consolidated,QDi.059,notify-state,SA,listed-nationality,"
                + created.get(2).get("due_at").asText()
                + ",open,false,key:lead,"
                + created.get(2).get("created_at").asText()
                + ",,,");
    // The screened name is in none of them.
    assertThat(csv.body()).doesNotContain("KHALID");

    List<String> events = new ArrayList<>();
    for (JsonNode e :
        auditor.get("/api/v1/audit?limit=10000&from=" + (head + 1)).json().get("events")) {
      String action = e.get("action").asText();
      if (action.equals("tasks-created") && e.get("target").asText().equals(alert)) {
        events.add(action + " " + e.get("actor").asText() + " " + e.at("/details/tasks").size());
      }
      if (action.equals("export") && e.at("/details/export").asText().startsWith("task")) {
        events.add(
            action
                + " "
                + e.get("actor").asText()
                + " "
                + e.get("target").asText()
                + " "
                + e.at("/details/export").asText());
      }
    }
    assertThat(events)
        .containsExactly(
            "tasks-created key:lead 4",
            "export key:inspector tasks tasks",
            "export key:inspector " + id + " task",
            "export key:desk tasks tasks",
            "export key:lead tasks tasks-csv");
  }

  @Test
  void aTaskIsClosedOnceWithAReasonAndOnlyASupervisorCancels() {
    String[] decision = new String[1];
    String alert = trueMatch(QDI_059, "QDi.059", decision);
    JsonNode created = confirm(alert, decision[0]).json().get("follow_up_tasks");
    String interpol = created.get(0).get("id").asText();
    String yemen = created.get(3).get("id").asText();
    String path = "/api/v1/tasks/" + interpol + "/status";

    assertThat(analyst.post(path, "{\"status\":\"done\"}").json().at("/error/message").asText())
        .isEqualTo("reason: required, a string");
    assertThat(analyst.post(path, "{\"status\":\"done\",\"reason\":\" \"}").status())
        .isEqualTo(400);
    assertThat(
            analyst
                .post(path, "{\"status\":\"closed\",\"reason\":\"sent\"}")
                .json()
                .at("/error/message")
                .asText())
        .isEqualTo("status: done or cancelled (an open task is closed, never reopened)");
    Client.Answer cancel = analyst.post(path, "{\"status\":\"cancelled\",\"reason\":\"no NCB\"}");
    assertThat(cancel.status()).isEqualTo(403);
    assertThat(cancel.json().at("/error/message").asText())
        .isEqualTo("only a supervisor cancels a follow-up task");
    assertThat(auditor.post(path, "{\"status\":\"done\",\"reason\":\"sent\"}").status())
        .isEqualTo(403);
    assertThat(
            analyst
                .post(
                    "/api/v1/tasks/no-such-task/status",
                    "{\"status\":\"done\",\"reason\":\"sent\"}")
                .status())
        .isEqualTo(404);

    Client.Answer done =
        analyst.post(path, "{\"status\":\"done\",\"reason\":\"NCB confirmed, ref 2026/118\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().get("status").asText()).isEqualTo("done");
    assertThat(done.json().get("closed_by").asText()).isEqualTo("key:desk");
    assertThat(done.json().get("reason").asText()).isEqualTo("NCB confirmed, ref 2026/118");
    Client.Answer again = supervisor.post(path, "{\"status\":\"cancelled\",\"reason\":\"x\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().at("/error/message").asText()).isEqualTo("the task is done already");
    assertThat(
            supervisor
                .post(
                    "/api/v1/tasks/" + yemen + "/status",
                    "{\"status\":\"cancelled\",\"reason\":\"notified under the earlier alert\"}")
                .status())
        .isEqualTo(200);
    // Reasons are free text: quoted in the CSV, and never a formula for a spreadsheet.
    String committee = created.get(1).get("id").asText();
    assertThat(
            supervisor
                .post(
                    "/api/v1/tasks/" + committee + "/status",
                    "{\"status\":\"done\",\"reason\":\"=HYPERLINK(\\\"http://x\\\") sent\"}")
                .status())
        .isEqualTo(200);
    String csv = auditor.get("/api/v1/tasks?status=all&format=csv&alert=" + alert).body();
    assertThat(csv)
        .contains(",\"NCB confirmed, ref 2026/118\"\r\n")
        .contains(",\"'=HYPERLINK(\"\"http://x\"\") sent\"\r\n")
        .contains(",notified under the earlier alert\r\n");

    assertThat(rows(analyst.get("/api/v1/tasks?status=all&alert=" + alert).json().get("tasks")))
        .containsExactly(
            "confirm-interpol-ncb interpol-ncb listed done",
            "notify-committee un-1267-committee listed done",
            "notify-state SA listed-nationality open",
            "notify-state YE screened-nationality cancelled");
    assertThat(analyst.get("/api/v1/tasks?alert=" + alert).json().get("tasks"))
        .extracting(t -> t.get("id").asText())
        .containsExactly(created.get(2).get("id").asText());
    assertThat(analyst.get("/api/v1/tasks?status=cancelled&alert=" + alert).json().get("tasks"))
        .extracting(t -> t.get("id").asText())
        .containsExactly(yemen);
    List<String> updates = new ArrayList<>();
    for (JsonNode e : auditor.get("/api/v1/audit?limit=10000").json().get("events")) {
      if (e.get("action").asText().equals("task-updated")
          && (e.get("target").asText().equals(interpol)
              || e.get("target").asText().equals(yemen))) {
        updates.add(
            e.get("actor").asText()
                + " "
                + e.at("/details/to").asText()
                + " "
                + e.get("reason").asText());
      }
    }
    assertThat(updates)
        .containsExactly(
            "key:desk done NCB confirmed, ref 2026/118",
            "key:lead cancelled notified under the earlier alert");
  }

  @Test
  void badQueriesAreRefusedWithAMessage() {
    for (String[] c :
        new String[][] {
          {"status=finished", "status: open, done, cancelled or all"},
          {"format=xml", "format: json or csv"},
          {
            "due_before=tomorrow",
            "due_before: a date (2026-12-03, UTC midnight) or a UTC time (2026-12-03T12:00:00Z)"
          },
          {"limit=0", "limit: a whole number from 1 to 10000"}
        }) {
      Client.Answer a = analyst.get("/api/v1/tasks?" + c[0]);
      assertThat(a.status()).as(c[0]).isEqualTo(400);
      assertThat(a.json().at("/error/message").asText()).as(c[0]).isEqualTo(c[1]);
    }
    assertThat(admin.get("/api/v1/tasks").status()).isEqualTo(403);
    assertThat(analyst.get("/api/v1/tasks?status=all&due_before=2000-01-01").json().get("tasks"))
        .isEmpty();
  }

  @Test
  void aTrueMatchOnTheIraqListCreatesNoTask() {
    String[] decision = new String[1];
    String alert =
        trueMatch(
            "{\"name\":\"SADDAM HUSSEIN AL-TIKRITI\",\"dob\":\"1937-04-28\"}", "IQi.001", decision);
    Client.Answer confirmed = confirm(alert, decision[0]);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("effective");
    assertThat(confirmed.json().get("follow_up_tasks")).isEmpty();
    assertThat(analyst.get("/api/v1/tasks?status=all&alert=" + alert).json().get("tasks"))
        .isEmpty();
  }
}
