package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Mizan;
import org.mizan.app.Service;
import org.mizan.model.Watchlist;
import org.mizan.store.ListStore;
import org.mizan.store.Receivers;

/**
 * Monitored subjects and delta re-screening on the two real UN list versions: subjects registered
 * under the 2026-01-28 list, the 2026-02-27 list put in force (it adds SDi.007–SDi.010 and changes
 * nothing else), and at the next start alerts are raised for the subjects who match those four
 * entries and for no one else — not again for a subject whose hit on an older entry was raised at
 * registration.
 */
class DeltaRescreeningTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path january;
  private Path february;

  /** The four Sudan entries the February version adds, in the spellings a bank might hold. */
  private static final Map<String, String> NEW_ENTRY_SUBJECTS =
      Map.of(
          "sdi-7", "{\"name\":\"Gedo Hamdan Ahmed\",\"nationality\":\"SD\"}",
          "sdi-8", "{\"name\":\"Abdelrahim Hamdan Dagalo\",\"dob\":\"1972-01-01\"}",
          "sdi-9", "{\"name\":\"Al Fateh Abdallah Idris\",\"nationality\":\"Sudan\"}",
          "sdi-10", "{\"name\":\"Tijani Ibrahim Moussa Mohamed\"}");

  private static final Map<String, String> NEW_ENTRIES =
      Map.of("sdi-7", "SDi.007", "sdi-8", "SDi.008", "sdi-9", "SDi.009", "sdi-10", "SDi.010");

  /** Listed in both versions, unchanged: its hit is raised at registration, and only then. */
  private static final String LISTED_BEFORE =
      "{\"name\":\"SADDAM HUSSEIN AL-TIKRITI\",\"dob\":\"1937\"}";

  @BeforeEach
  void lists() throws IOException {
    january = dir.resolve("in/consolidated-2026-01-28.xml");
    february = dir.resolve("in/consolidated-2026-02-27.xml");
    Files.createDirectories(january.getParent());
    try (InputStream in = getClass().getResourceAsStream("/lists/un/consolidated-2026-01-28.xml")) {
      Files.copy(in, january);
    }
    Files.write(february, Mizan.bundledListBytes());
  }

  @Test
  void aNewListVersionRaisesAlertsOnlyForSubjectsMatchingItsAddedEntries() throws IOException {
    Path data = dir.resolve("data");
    ListStore store = ListStore.at(data, Clock.systemUTC());
    store.update(Receivers.copyOf(january), Optional.empty(), 3, 0.10, false);

    StringWriter err = new StringWriter();
    Map<String, String> subjectByReference = new HashMap<>();
    Set<String> registrationAlerts = new HashSet<>();
    String adminKey;
    try (Service service = start(data, List.of(), err)) {
      adminKey = firstKey(err);
      Client analyst = analyst(service.port(), adminKey);
      registrationAlerts.addAll(register(analyst, subjectByReference));
      // Only the subject listed before has a hit under the January version.
      assertThat(registrationAlerts).hasSize(1);
      JsonNode saddam =
          analyst.get("/api/v1/subjects/" + subjectByReference.get("listed-before")).json();
      // An alert is assigned to an analyst or supervisor who exists, by name.
      String saddamAlert = registrationAlerts.iterator().next();
      Client.Answer nobody =
          analyst.post("/api/v1/alerts/" + saddamAlert + "/assign", "{\"to\":\"nobody\"}");
      assertThat(nobody.status()).isEqualTo(400);
      assertThat(nobody.json().path("error").path("message").asText())
          .isEqualTo("to: no analyst or supervisor of this name (an active user or API key)");
      assertThat(
              analyst
                  .post("/api/v1/alerts/" + saddamAlert + "/assign", "{\"to\":\"admin\"}")
                  .status())
          .as("the administrator reviews no alerts")
          .isEqualTo(400);
      assertThat(
              analyst
                  .post("/api/v1/alerts/" + saddamAlert + "/assign", "{\"to\":\"desk\"}")
                  .status())
          .isEqualTo(204);
      // Its hit, with the alert raised for it; found again by its reference.
      assertThat(saddam.path("hits")).hasSize(1);
      assertThat(saddam.path("hits").get(0).path("entry").asText()).isEqualTo("IQi.001");
      assertThat(registrationAlerts)
          .containsExactly(saddam.path("hits").get(0).path("alert_id").asText());
      JsonNode found = analyst.get("/api/v1/subjects?reference=listed-before").json();
      assertThat(found.path("subjects")).hasSize(1);
      assertThat(found.path("subjects").get(0).path("subject_id").asText())
          .isEqualTo(subjectByReference.get("listed-before"));
      assertThat(analyst.get("/api/v1/subjects?reference=nobody").json().path("subjects"))
          .isEmpty();
      assertThat(analyst.get("/api/v1/subjects").status()).isEqualTo(400);
      // The same reference twice: refused, in a batch or against a subject monitored already.
      Client.Answer again =
          analyst.post("/api/v1/subjects", "{\"name\":\"Someone Else\",\"reference\":\"sdi-7\"}");
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.json().path("error").path("message").asText())
          .contains(subjectByReference.get("sdi-7"));
      // The same reference in another Unicode form is the same reference.
      assertThat(
              analyst
                  .post(
                      "/api/v1/subjects",
                      "{\"subjects\":[{\"name\":\"A B\",\"reference\":\"caf\u00e9\"},"
                          + "{\"name\":\"C D\",\"reference\":\"cafe\u0301\"}]}")
                  .status())
          .isEqualTo(400);
      assertThat(
              analyst
                  .post("/api/v1/subjects", "{\"name\":\"A B\",\"reference\":\"sdi-7\u034f\"}")
                  .status())
          .as("an invisible character after a reference")
          .isEqualTo(400);
      Client.Answer twice =
          analyst.post(
              "/api/v1/subjects",
              "{\"subjects\":[{\"name\":\"A B\",\"reference\":\"r-1\"},"
                  + "{\"name\":\"C D\",\"reference\":\"r-1\"}]}");
      assertThat(twice.status()).isEqualTo(400);
      assertThat(twice.json().path("error").path("message").asText())
          .isEqualTo("subjects[1].reference: given to another subject of the batch too");
      assertThat(analyst.get("/api/v1/subjects?reference=r-1").json().path("subjects"))
          .as("nothing of the refused batch is kept")
          .isEmpty();
      assertThat(saddam.path("status").asText()).isEqualTo("monitored");
      assertThat(saddam.path("subject").path("name").asText())
          .isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    }
    // Starting again on the same version re-screens nothing.
    StringWriter same = new StringWriter();
    try (Service service = start(data, List.of(), same)) {
      assertThat(same.toString()).doesNotContain("re-screen");
    }

    store.update(Receivers.copyOf(february), Optional.empty(), 3, 0.10, false);
    StringWriter second = new StringWriter();
    try (Service service = start(data, List.of(), second)) {
      assertThat(second.toString())
          .contains(
              "re-screened "
                  + subjectByReference.size()
                  + " monitored subjects against 4 added or changed entries");
      Client auditor = role(service.port(), adminKey, "dpo", "auditor");
      JsonNode rescreened = lastEvent(auditor, "rescreened");
      JsonNode details = rescreened.path("details");
      assertThat(details.path("subjects").asLong()).isEqualTo(subjectByReference.size());
      assertThat(details.path("entries").asInt()).isEqualTo(NEW_ENTRIES.size());
      assertThat(details.path("alerts").asInt()).isEqualTo(NEW_ENTRIES.size());
      JsonNode list = details.path("lists").get(0);
      assertThat(list.path("source").asText()).isEqualTo("un-sc-consolidated");
      assertThat(list.path("added").asInt()).isEqualTo(NEW_ENTRIES.size());
      assertThat(list.path("changed").asInt()).isZero();
      assertThat(list.path("whole").asBoolean()).isFalse();

      Client analyst = analyst(service.port(), adminKey, "desk-2");
      assertThat(newAlertHits(analyst, registrationAlerts))
          .isEqualTo(expectedNewHits(subjectByReference));
    }
  }

  @Test
  void withoutTheEarlierVersionAtHandEveryEntryIsScreenedAndOldHitsAreNotRaisedAgain()
      throws IOException {
    Watchlist jan = org.mizan.screening.ListFiles.read(january);
    Watchlist feb = org.mizan.screening.ListFiles.read(february);
    Path data = dir.resolve("data");
    StringWriter err = new StringWriter();
    Map<String, String> subjectByReference = new HashMap<>();
    Set<String> registrationAlerts;
    String adminKey;
    try (Service service = start(data, List.of(jan), err)) {
      adminKey = firstKey(err);
      registrationAlerts = register(analyst(service.port(), adminKey), subjectByReference);
      assertThat(registrationAlerts).hasSize(1);
    }
    // The January version was given by path: the data directory does not keep it.
    StringWriter second = new StringWriter();
    try (Service service = start(data, List.of(feb), second)) {
      assertThat(second.toString())
          .contains(
              "re-screened "
                  + subjectByReference.size()
                  + " monitored subjects against "
                  + feb.entries().size()
                  + " added or changed entries");
      Client auditor = role(service.port(), adminKey, "dpo", "auditor");
      JsonNode list = lastEvent(auditor, "rescreened").path("details").path("lists").get(0);
      assertThat(list.path("whole").asBoolean()).isTrue();
      assertThat(list.path("added").asInt()).isEqualTo(feb.entries().size());
      assertThat(newAlertHits(analyst(service.port(), adminKey, "desk-2"), registrationAlerts))
          .isEqualTo(expectedNewHits(subjectByReference));
    }
    // Started again with the January file: refused, it would roll every instance back.
    assertThatThrownBy(() -> start(data, List.of(jan), new StringWriter()))
        .isInstanceOf(org.mizan.lists.ListFormatException.class)
        .hasMessageContaining(
            "the version given (published 2026-01-28T00:00:11.197Z) is older than the version in"
                + " force in the store (published 2026-02-27T00:00:09.554Z");
    // On purpose: rolled back; no entry was added, so no one is re-screened.
    StringWriter rollBack = new StringWriter();
    try (Service service =
        Service.start(
            new Service.Settings(
                new ApiServer.Settings("127.0.0.1", 0, 10 << 20, 1_000, 10_000),
                data,
                Optional.empty(),
                List.of(jan),
                org.mizan.review.FollowUps.Periods.DEFAULT,
                org.mizan.retention.RetentionPolicy.defaults(),
                true),
            new PrintWriter(rollBack, true))) {
      assertThat(rollBack.toString()).doesNotContain("re-screen");
      assertThat(service.lists().get(0).version()).isEqualTo(jan.version());
    }
  }

  @Test
  void monitoringEndsWithAReasonAndClearsTheSubjectsData() throws IOException {
    StringWriter err = new StringWriter();
    try (Service service = start(dir.resolve("data"), List.of(), err)) {
      Client analyst = analyst(service.port(), firstKey(err));
      Client.Answer created =
          analyst.post(
              "/api/v1/subjects",
              "{\"name\":\"Amina Yusuf\",\"dob\":\"1990-03-04\",\"reference\":\"customer 4711\"}");
      assertThat(created.status()).isEqualTo(201);
      String id = created.json().path("subject_id").asText();
      assertThat(created.json().path("reference").asText()).isEqualTo("customer 4711");
      assertThat(created.json().path("screening_id").asText()).hasSize(36);
      assertThat(created.json().has("alert_id")).isFalse();

      assertThat(analyst.sendJson("DELETE", "/api/v1/subjects/" + id, "{}").status())
          .isEqualTo(400);
      assertThat(
              analyst
                  .sendJson("DELETE", "/api/v1/subjects/" + id, "")
                  .json()
                  .path("error")
                  .path("message")
                  .asText())
          .isEqualTo("the body is empty: a JSON object is expected");
      assertThat(
              analyst.sendJson("DELETE", "/api/v1/subjects/" + id, "{\"reason\":\"  \"}").status())
          .isEqualTo(400);
      assertThat(
              analyst
                  .sendJson(
                      "DELETE", "/api/v1/subjects/" + id, "{\"reason\":\"customer left the bank\"}")
                  .status())
          .isEqualTo(204);
      JsonNode ended = analyst.get("/api/v1/subjects/" + id).json();
      assertThat(ended.path("status").asText()).isEqualTo("ended");
      assertThat(ended.has("subject")).isFalse();
      assertThat(ended.path("reference").asText()).isEqualTo("customer 4711");
      assertThat(
              analyst
                  .sendJson(
                      "DELETE", "/api/v1/subjects/" + id, "{\"reason\":\"customer left the bank\"}")
                  .status())
          .isEqualTo(409);
      assertThat(
              analyst
                  .sendJson(
                      "DELETE",
                      "/api/v1/subjects/00000000-0000-0000-0000-000000000000",
                      "{\"reason\":\"gone\"}")
                  .status())
          .isEqualTo(404);
      assertThat(
              analyst
                  .post(
                      "/api/v1/subjects", "{\"name\":\"Amina Yusuf\",\"reference\":\"a\\u0000b\"}")
                  .status())
          .isEqualTo(400);
      assertThat(
              analyst
                  .post("/api/v1/subjects", "{\"name\":\"Amina Yusuf\",\"reference\":\"a\u202eb\"}")
                  .status())
          .as("a bidi override in a reference")
          .isEqualTo(400);
      // 200 characters that Unicode form C makes 400 (U+0958 is U+0915 U+093C): too long, said so.
      Client.Answer lengthened =
          analyst.post(
              "/api/v1/subjects",
              "{\"name\":\"Amina Yusuf\",\"reference\":\"" + "\u0958".repeat(200) + "\"}");
      assertThat(lengthened.status()).isEqualTo(400);
      assertThat(lengthened.json().path("error").path("message").asText())
          .isEqualTo("body.reference: at most 200 characters");
      // A reference is found whatever Unicode form the caller writes it in.
      analyst.post("/api/v1/subjects", "{\"name\":\"Amina Yusuf\",\"reference\":\"caf\u00e9-9\"}");
      assertThat(
              analyst
                  .get("/api/v1/subjects?reference=cafe%CC%81-9")
                  .json()
                  .path("subjects")
                  .path(0)
                  .path("reference")
                  .asText())
          .isEqualTo("caf\u00e9-9");
      assertThat(
              analyst
                  .post("/api/v1/subjects", "{\"name\":\"Amina Yusuf\",\"reference\":null}")
                  .json()
                  .has("reference"))
          .as("a null reference is none")
          .isFalse();
      assertThat(analyst.get("/api/v1/subjects?reference=a%00b").status()).isEqualTo(400);
      assertThat(
              analyst
                  .post("/api/v1/subjects", "{\"name\":\"Amina Yusuf\",\"reference\":7}")
                  .json()
                  .path("error")
                  .path("message")
                  .asText())
          .isEqualTo("body.reference: a string");
    }
  }

  /**
   * Registers the subjects in one batch: the four matching the February entries, the one listed
   * before, and 200 clean people (yente's synthetic negatives, Latin and Arabic script).
   *
   * @return the alerts raised at registration
   */
  private static Set<String> register(Client analyst, Map<String, String> subjectByReference)
      throws IOException {
    List<String> references = new ArrayList<>();
    ArrayNode subjects = MAPPER.createArrayNode();
    Map<String, String> all = new TreeMap<>(NEW_ENTRY_SUBJECTS);
    all.put("listed-before", LISTED_BEFORE);
    all.forEach(
        (reference, json) -> {
          ObjectNode s = (ObjectNode) tree(json);
          s.put("reference", reference);
          subjects.add(s);
          references.add(reference);
        });
    List<String> clean = cleanPeople(200);
    for (int i = 0; i < clean.size(); i++) {
      String[] f = clean.get(i).split(",", -1);
      ObjectNode s = subjects.addObject();
      s.put("name", f[0]).put("dob", f[5]).put("reference", "clean-" + i);
      references.add("clean-" + i);
    }
    ObjectNode body = MAPPER.createObjectNode();
    body.set("subjects", subjects);
    Client.Answer r = analyst.post("/api/v1/subjects", body.toString());
    assertThat(r.status()).isEqualTo(201);
    Set<String> alerts = new HashSet<>();
    JsonNode results = r.json().path("results");
    assertThat(results).hasSize(references.size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode result = results.get(i);
      assertThat(result.path("reference").asText()).isEqualTo(references.get(i));
      subjectByReference.put(references.get(i), result.path("subject_id").asText());
      if (result.has("alert_id")) {
        alerts.add(result.path("alert_id").asText());
      }
    }
    return alerts;
  }

  /** The hits of the open alerts raised after registration: monitored subject id → entry ids. */
  private static Map<String, Set<String>> newAlertHits(Client analyst, Set<String> before) {
    Map<String, Set<String>> hits = new TreeMap<>();
    for (JsonNode a : analyst.get("/api/v1/alerts?status=open&limit=1000").json().path("alerts")) {
      String id = a.path("alert_id").asText();
      if (before.contains(id)) {
        continue;
      }
      JsonNode alert = analyst.get("/api/v1/alerts/" + id).json();
      JsonNode screening =
          analyst.get("/api/v1/screenings/" + alert.path("screening_id").asText()).json();
      assertThat(screening.path("channel").asText()).isEqualTo("monitor");
      assertThat(screening.path("screened_by").asText()).isEqualTo("system");
      String subject = screening.path("query").path("context").path("monitored_subject").asText();
      for (JsonNode hit : alert.path("hits")) {
        hits.computeIfAbsent(subject, k -> new HashSet<>()).add(hit.path("id").asText());
      }
    }
    return hits;
  }

  private static Map<String, Set<String>> expectedNewHits(Map<String, String> subjectByReference) {
    Map<String, Set<String>> expected = new TreeMap<>();
    NEW_ENTRIES.forEach((ref, entry) -> expected.put(subjectByReference.get(ref), Set.of(entry)));
    return expected;
  }

  private static JsonNode lastEvent(Client auditor, String action) {
    JsonNode found = null;
    for (JsonNode e : auditor.get("/api/v1/audit?from=1&limit=10000").json().path("events")) {
      if (e.path("action").asText().equals(action)) {
        found = e;
      }
    }
    assertThat(found).as("an audit event " + action).isNotNull();
    return found;
  }

  private static List<String> cleanPeople(int n) throws IOException {
    try (InputStream in =
        DeltaRescreeningTest.class.getResourceAsStream("/eval/negatives_global-first1000.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .limit(n)
          .toList();
    }
  }

  private Service start(Path data, List<Watchlist> lists, StringWriter err) {
    return Service.start(
        new Service.Settings(
            new ApiServer.Settings("127.0.0.1", 0, 10 << 20, 1_000, 10_000),
            data,
            Optional.empty(),
            lists),
        new PrintWriter(err, true));
  }

  private static String firstKey(StringWriter err) {
    return err.toString().lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow();
  }

  private static Client analyst(int port, String adminKey) {
    return analyst(port, adminKey, "desk");
  }

  private static Client analyst(int port, String adminKey, String name) {
    return role(port, adminKey, name, "analyst");
  }

  private static Client role(int port, String adminKey, String name, String role) {
    Client admin = Client.key(port, adminKey);
    return Client.key(
        port,
        admin
            .post("/api/v1/keys", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}")
            .json()
            .get("key")
            .asText());
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
