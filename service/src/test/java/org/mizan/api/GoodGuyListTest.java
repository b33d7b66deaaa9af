package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Mizan;
import org.mizan.app.Service;
import org.mizan.lists.ListReader;
import org.mizan.model.Watchlist;

/**
 * The good-guy list through the API: a false-positive decision suppresses the same subject's hit on
 * the same entry in the next screening (shown as suppressed, no alert); other data, or the entry
 * changed in a new list version, and the hit comes back.
 */
class GoodGuyListTest {
  @TempDir Path dir;

  private static final String SUBJECT = "{\"name\":\"SADDAM HUSSEIN AL-TIKRITI\",\"dob\":\"1937\"}";

  private Service start(List<Watchlist> lists, StringWriter err) {
    return Service.start(
        new Service.Settings(
            new ApiServer.Settings("127.0.0.1", 0, 1 << 20, 100, 10_000),
            dir,
            Optional.empty(),
            lists),
        new PrintWriter(err, true));
  }

  @Test
  void aConfirmedTrueMatchIsNeverSuppressedByOnePersonsFalsePositive() {
    StringWriter err = new StringWriter();
    try (Service service = start(List.of(), err)) {
      int port = service.port();
      Client admin =
          Client.key(
              port,
              err.toString().lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow());
      Client analyst =
          Client.key(
              port,
              admin
                  .post("/api/v1/keys", "{\"name\":\"desk\",\"role\":\"analyst\"}")
                  .json()
                  .get("key")
                  .asText());
      Client supervisor =
          Client.key(
              port,
              admin
                  .post("/api/v1/keys", "{\"name\":\"lead\",\"role\":\"supervisor\"}")
                  .json()
                  .get("key")
                  .asText());
      String first = analyst.post("/api/v1/screen", SUBJECT).json().get("alert_id").asText();
      String second = analyst.post("/api/v1/screen", SUBJECT).json().get("alert_id").asText();
      String tm =
          analyst
              .post(
                  "/api/v1/alerts/" + first + "/decisions",
                  "{\"source\":\"un-sc-consolidated\",\"entry\":\"IQi.001\",\"disposition\":\"true-match\",\"reason\":\"it is him\"}")
              .json()
              .get("id")
              .asText();
      assertThat(
              supervisor
                  .post(
                      "/api/v1/alerts/" + first + "/decisions/" + tm + "/confirm",
                      "{\"reason\":\"agreed\"}")
                  .status())
          .isEqualTo(200);
      assertThat(
              analyst
                  .post(
                      "/api/v1/alerts/" + second + "/decisions",
                      "{\"source\":\"un-sc-consolidated\",\"entry\":\"IQi.001\",\"disposition\":\"false-positive\",\"reason\":\"not him\"}")
                  .status())
          .isEqualTo(201);
      JsonNode again = analyst.post("/api/v1/screen", SUBJECT).json();
      assertThat(again.at("/matches/0/id").asText()).isEqualTo("IQi.001");
      assertThat(again.at("/matches/0").has("suppressed")).isFalse();
      assertThat(again.has("alert_id")).isTrue();
    }
  }

  @Test
  void aFalsePositiveIsSuppressedUntilTheSubjectOrTheEntryChanges() {
    StringWriter err = new StringWriter();
    String analystKey;
    try (Service service = start(List.of(), err)) {
      int port = service.port();
      Client admin =
          Client.key(
              port,
              err.toString().lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow());
      analystKey =
          admin
              .post("/api/v1/keys", "{\"name\":\"desk\",\"role\":\"analyst\"}")
              .json()
              .get("key")
              .asText();
      Client analyst = Client.key(port, analystKey);
      JsonNode first = analyst.post("/api/v1/screen", SUBJECT).json();
      String alert = first.get("alert_id").asText();
      for (JsonNode hit : analyst.get("/api/v1/alerts/" + alert).json().get("hits")) {
        Client.Answer d =
            analyst.post(
                "/api/v1/alerts/" + alert + "/decisions",
                "{\"source\":\"un-sc-consolidated\",\"entry\":\""
                    + hit.get("id").asText()
                    + "\",\"disposition\":\"false-positive\",\"reason\":\"our customer since 1990\"}");
        assertThat(d.status()).as(d.toString()).isEqualTo(201);
      }
      JsonNode again = analyst.post("/api/v1/screen", SUBJECT).json();
      assertThat(again.has("alert_id")).as("no alert: every hit suppressed").isFalse();
      JsonNode top = again.at("/matches/0");
      assertThat(top.get("id").asText()).isEqualTo("IQi.001");
      assertThat(top.get("hit").asBoolean()).as("still a hit, shown").isTrue();
      assertThat(top.get("suppressed").asBoolean()).isTrue();
      assertThat(top.get("suppressed_by").asText()).isNotBlank();
      // A supervisor takes the pair off: the hit raises an alert again, then it is put back on.
      Client supervisor =
          Client.key(
              port,
              admin
                  .post("/api/v1/keys", "{\"name\":\"lead\",\"role\":\"supervisor\"}")
                  .json()
                  .get("key")
                  .asText());
      String decision = top.get("suppressed_by").asText();
      assertThat(analyst.send("DELETE", "/api/v1/good-guys/" + decision).status()).isEqualTo(403);
      assertThat(supervisor.send("DELETE", "/api/v1/good-guys/" + decision).status())
          .as("no reason given")
          .isEqualTo(400);
      assertThat(
              supervisor
                  .sendJson(
                      "DELETE",
                      "/api/v1/good-guys/" + decision,
                      "{\"reason\":\"new intelligence\"}")
                  .status())
          .isEqualTo(204);
      JsonNode back = analyst.post("/api/v1/screen", SUBJECT).json();
      assertThat(back.at("/matches/0").has("suppressed")).isFalse();
      assertThat(back.has("alert_id")).isTrue();
      assertThat(
              supervisor
                  .sendJson("DELETE", "/api/v1/good-guys/" + decision, "{\"reason\":\"again\"}")
                  .status())
          .isEqualTo(404);
      // The subject's data changed: not the pair that was decided.
      JsonNode other =
          analyst
              .post(
                  "/api/v1/screen",
                  "{\"name\":\"SADDAM HUSSEIN AL-TIKRITI\",\"dob\":\"1937-04-28\"}")
              .json();
      assertThat(other.has("alert_id")).isTrue();
    }
    // A new version of the list in which the entry changed (a comment added).
    String xml = new String(Mizan.bundledListBytes(), StandardCharsets.UTF_8);
    String changed =
        xml.replaceFirst(
            "(<REFERENCE_NUMBER>IQi\\.001</REFERENCE_NUMBER>(?s:.*?))<COMMENTS1/>",
            "$1<COMMENTS1>Deceased.</COMMENTS1>");
    assertThat(changed).isNotEqualTo(xml);
    Watchlist newVersion =
        ListReader.read(
            new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "new version");
    try (Service service = start(List.of(newVersion), new StringWriter())) {
      JsonNode after =
          Client.key(service.port(), analystKey).post("/api/v1/screen", SUBJECT).json();
      assertThat(after.has("alert_id")).as("the changed entry's hit comes back").isTrue();
      assertThat(after.at("/matches/0/id").asText()).isEqualTo("IQi.001");
      assertThat(after.at("/matches/0").has("suppressed")).isFalse();
    }
  }
}
