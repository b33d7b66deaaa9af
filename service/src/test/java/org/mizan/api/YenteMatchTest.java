package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.app.Mizan;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningResult;

/** The yente translator over the bundled UN Security Council Consolidated List (2026-02-27). */
class YenteMatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final String UN = "un-sc-consolidated";

  /** A name and a number that must never appear in an error message. */
  private static final String SECRET_NAME = "Zaphod Beeblebrox";

  private static final String SECRET_NUMBER = "SECRET4711";

  private static Screening screening;
  private static YenteMatch yente;

  @BeforeAll
  static void wire() {
    screening = Mizan.over(List.of(Mizan.bundledList())).screening();
    yente = new YenteMatch(MAPPER);
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A body of one query {@code q} from a JSON object literal written with single quotes. */
  private static JsonNode one(String query) {
    return json("{\"queries\": {\"q\": " + query.replace('\'', '"') + "}}");
  }

  private static ObjectNode match(JsonNode body, Map<String, List<String>> params) {
    return match(body, YenteMatch.DEFAULT_DATASET, params);
  }

  private static ObjectNode match(JsonNode body, String dataset, Map<String, List<String>> params) {
    YenteMatch.Params p = YenteMatch.Params.parse(name -> params.getOrDefault(name, List.of()));
    List<YenteMatch.Query> queries = yente.parse(body, TODAY);
    return yente.response(
        queries, YenteMatch.dataset(dataset, screening.lists()), p, screening::screen);
  }

  private static ObjectNode match(JsonNode body) {
    return match(body, Map.of());
  }

  private static List<String> ids(JsonNode response, String key) {
    List<String> ids = new ArrayList<>();
    response.get("responses").get(key).get("results").forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  @Test
  void arabicScriptNameFindsSaddamHusseinAsAMatch() {
    ObjectNode response =
        match(one("{'schema': 'Person', 'properties': {'name': ['صدام حسين التكريتي']}}"));

    JsonNode q = response.get("responses").get("q");
    assertThat(q.get("status").asInt()).isEqualTo(200);
    JsonNode first = q.get("results").get(0);
    assertThat(first.get("id").asText()).isEqualTo("IQi.001");
    assertThat(first.get("caption").asText()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(first.get("schema").asText()).isEqualTo("Person");
    assertThat(first.get("match").asBoolean()).isTrue();
    assertThat(first.get("score").asDouble()).isGreaterThanOrEqualTo(Screening.ALERT_THRESHOLD);
    assertThat(texts(first.get("datasets"))).containsExactly(UN);
    assertThat(first.get("referents").isArray()).isTrue();
    assertThat(first.get("referents")).isEmpty();
    assertThat(first.get("target").asBoolean()).isTrue();
    assertThat(first.has("first_seen") && first.get("first_seen").isNull()).isTrue();
    JsonNode props = first.get("properties");
    assertThat(texts(props.get("name"))).containsExactly("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(texts(props.get("alias"))).contains("صدام حسين التكريتي");
    assertThat(texts(props.get("weakAlias"))).contains("Abu Ali");
    assertThat(texts(props.get("birthDate"))).containsExactly("1937-04-28");
    assertThat(texts(props.get("nationality"))).containsExactly("iq");
    assertThat(texts(props.get("topics"))).containsExactly("sanction");
    JsonNode name = first.get("explanations").get("name");
    assertThat(name.get("score").asDouble())
        .isEqualTo(first.get("features").get("name").asDouble());
    assertThat(name.get("query").asText()).isEqualTo("صدام حسين التكريتي");
    assertThat(name.get("candidate").asText()).isNotEmpty();
    assertThat(name.get("detail").asText()).contains("name parts matched");
    assertThat(first.get("explanation").get(0).get("feature").asText()).isEqualTo("name");
    assertThat(first.get("explanation").get(0).has("weight")).isTrue();
    assertThat(q.get("total").get("value").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(q.get("total").get("relation").asText()).isEqualTo("eq");
  }

  @Test
  void latinNameWithBirthDateAndNationalityUsesBoth() {
    ObjectNode response =
        match(
            one(
                "{'schema': 'Person', 'properties': {'name': ['Izzat Ibrahim al-Douri'],"
                    + " 'birthDate': ['1942'], 'nationality': ['iq']}}"));

    JsonNode q = response.get("responses").get("q");
    JsonNode first = q.get("results").get(0);
    assertThat(first.get("id").asText()).isEqualTo("IQi.006");
    assertThat(first.get("match").asBoolean()).isTrue();
    assertThat(first.get("explanations").get("dob").get("score").asDouble()).isEqualTo(1.0);
    assertThat(first.get("explanations").get("nationality").get("score").asDouble()).isEqualTo(1.0);
    JsonNode echo = q.get("query");
    assertThat(echo.get("id").isNull()).isTrue();
    assertThat(echo.get("schema").asText()).isEqualTo("Person");
    assertThat(texts(echo.get("properties").get("birthDate"))).containsExactly("1942");
    assertThat(texts(echo.get("properties").get("nationality"))).containsExactly("iq");
  }

  @Test
  void aTimestampIsReadAsItsDate() {
    List<YenteMatch.Query> queries =
        yente.parse(
            one(
                "{'schema': 'Person', 'properties': {'name': ['Saddam Hussein'],"
                    + " 'birthDate': '1937-04-28T00:00:00'}}"),
            TODAY);

    Subject subject = queries.get(0).subjects().get(0);
    assertThat(subject.birthDates()).containsExactly(BirthDate.parse("1937-04-28"));
    assertThat(texts(queries.get(0).echo().get("properties").get("birthDate")))
        .containsExactly("1937-04-28");
    for (String time : List.of("T00", "T23:59", "T12:30:00.5Z", "T12:30+02:00", " 08:00:00")) {
      assertThat(YenteMatch.isTimeOfDay(time)).as(time).isTrue();
    }
    // A breaker's find: a time of day out of range was accepted, and the date read.
    for (String time :
        List.of("T99:00:00", "T24", "T12:60", "T12:30:61", "T1", "T::", "T-", "T12:00+25:00")) {
      assertThat(YenteMatch.isTimeOfDay(time)).as(time).isFalse();
    }
    assertThatThrownBy(
            () ->
                yente.parse(
                    one(
                        "{'schema': 'Person', 'properties': {'name': ['Saddam Hussein'],"
                            + " 'birthDate': '1937-04-28T99:00:00'}}"),
                    TODAY))
        .hasMessageEndingWith(
            "has a time of day out of range or malformed (HH, HH:MM or HH:MM:SS after T, hours"
                + " 00–23, then Z or an offset)");
  }

  @Test
  void aMultiQueryRequestAnswersEveryKeyInOrder() {
    JsonNode body =
        json(
            "{\"queries\": {"
                + "\"saddam\": {\"schema\": \"Person\", \"properties\": {\"name\":"
                + " [\"SADDAM HUSSEIN AL-TIKRITI\"]}},"
                + "\"adf\": {\"schema\": \"Organization\", \"properties\": {\"name\":"
                + " [\"Allied Democratic Forces\"]}},"
                + "\"skipped\": null}}");

    ObjectNode response = match(body);

    assertThat(response.get("responses").fieldNames())
        .toIterable()
        .containsExactly("saddam", "adf");
    assertThat(ids(response, "saddam")).first().isEqualTo("IQi.001");
    assertThat(ids(response, "adf")).first().isEqualTo("CDe.001");
    JsonNode adf = response.get("responses").get("adf").get("results").get(0);
    assertThat(adf.get("schema").asText()).isEqualTo("Organization");
    assertThat(texts(adf.get("properties").get("alias"))).contains("Allied Democratic Forces");
  }

  @Test
  void severalNamesAreEachScreenedAndMergedKeepingEachEntrysBestScore() {
    List<String> names = List.of("Saddam al Tikriti", "صدام حسين التكريتي", SECRET_NAME);
    JsonNode body =
        one("{'schema': 'Person', 'properties': {'name': ['" + String.join("', '", names) + "']}}");
    List<YenteMatch.Query> queries = yente.parse(body, TODAY);
    assertThat(queries.get(0).subjects())
        .extracting(Subject::name)
        .containsExactlyElementsOf(names);

    ObjectNode response = match(body, Map.of("limit", List.of("50")));

    List<String> ids = ids(response, "q");
    assertThat(ids).doesNotHaveDuplicates().contains("IQi.001");
    double best =
        names.stream()
            .flatMap(
                n ->
                    screening.screen(Subject.ofName("q", n), 0.85, 10).matches().stream()
                        .filter(m -> m.entry().id().equals("IQi.001")))
            .mapToDouble(m -> m.score())
            .max()
            .orElseThrow();
    JsonNode saddam = response.get("responses").get("q").get("results").get(ids.indexOf("IQi.001"));
    assertThat(saddam.get("score").asDouble()).isEqualTo(best);
    assertThat(saddam.get("explanations").get("name").get("query").asText())
        .isEqualTo("صدام حسين التكريتي");
  }

  @ParameterizedTest
  @CsvSource({
    "Person, PERSON",
    "Organization, ORGANIZATION",
    "Company, ORGANIZATION",
    "PublicBody, ORGANIZATION",
    "LegalEntity, PERSON ORGANIZATION",
    "Vessel, VESSEL",
    "Airplane, AIRCRAFT",
    "Thing, PERSON ORGANIZATION VESSEL AIRCRAFT"
  })
  void schemasMapToEntryKinds(String schema, String kinds) {
    List<YenteMatch.Query> queries =
        yente.parse(one("{'schema': '" + schema + "', 'properties': {'name': 'Al Nur'}}"), TODAY);

    Set<EntryKind> expected =
        java.util.Arrays.stream(kinds.split(" "))
            .map(EntryKind::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryKind.class)));
    assertThat(queries.get(0).subjects().get(0).kinds()).isEqualTo(expected);
    assertThat(queries.get(0).echo().get("schema").asText()).isEqualTo(schema);
  }

  @Test
  void aMatchableSchemaOfWhichNoEntryIsOneScreensNothing() {
    ObjectNode response = match(one("{'schema': 'Security', 'properties': {'name': ['ADF']}}"));

    JsonNode q = response.get("responses").get("q");
    assertThat(q.get("status").asInt()).isEqualTo(200);
    assertThat(q.get("results")).isEmpty();
    assertThat(q.get("total").get("value").asInt()).isZero();
  }

  @Test
  void anOrganisationIsFoundAsOrganizationButNotAsPerson() {
    String props = "'properties': {'name': ['Allied Democratic Forces']}}";

    assertThat(ids(match(one("{'schema': 'Organization', " + props)), "q")).contains("CDe.001");
    assertThat(ids(match(one("{'schema': 'Person', " + props)), "q")).doesNotContain("CDe.001");
  }

  @Test
  void aPassportNumberIsComparedAsADocument() {
    JsonNode body =
        one(
            "{'schema': 'Person', 'properties': {'name': ['Ahmad Mahmood Hassan'],"
                + " 'passportNumber': ['X 99', 'AB850901']}}");
    assertThat(yente.parse(body, TODAY).get(0).subjects())
        .extracting(Subject::document)
        .containsExactly("X 99", "AB850901");

    JsonNode first = match(body).get("responses").get("q").get("results").get(0);

    assertThat(first.get("id").asText()).isEqualTo("CDi.040");
    assertThat(first.get("explanations").get("document").get("score").asDouble()).isEqualTo(1.0);
    assertThat(texts(first.get("properties").get("passportNumber"))).contains("AB850901");
  }

  @Test
  void nationalityCitizenshipAndCountryEachGiveASubjectAndGenderIsRead() {
    List<YenteMatch.Query> queries =
        yente.parse(
            one(
                "{'schema': 'Person', 'properties': {'name': 'Saddam Hussein', 'nationality':"
                    + " 'IQ', 'citizenship': ['Iraq'], 'country': ['jo'], 'gender': 'male'}}"),
            TODAY);

    List<Subject> subjects = queries.get(0).subjects();
    assertThat(subjects).extracting(Subject::nationality).containsExactly("iq", "jo");
    assertThat(subjects).extracting(Subject::gender).containsOnly(Gender.MALE);
    JsonNode echoed = queries.get(0).echo().get("properties");
    assertThat(texts(echoed.get("nationality"))).containsExactly("iq");
    assertThat(texts(echoed.get("citizenship"))).containsExactly("iq");
    assertThat(texts(echoed.get("gender"))).containsExactly("male");
  }

  @Test
  void namePartsMakeTheNameWhenNoNameIsGiven() {
    List<YenteMatch.Query> queries =
        yente.parse(
            one(
                "{'schema': 'Person', 'properties': {'firstName': ['Saddam'], 'fatherName':"
                    + " ['Hussein'], 'lastName': ['al-Tikriti']}}"),
            TODAY);

    assertThat(queries.get(0).subjects())
        .extracting(Subject::name)
        .containsExactly("Saddam Hussein al-Tikriti");
    assertThat(texts(queries.get(0).echo().get("properties").get("name")))
        .containsExactly("Saddam Hussein al-Tikriti");
  }

  @Test
  void propertiesTheSchemaLacksOrMizanDoesNotReadAreIgnored() {
    List<YenteMatch.Query> queries =
        yente.parse(
            one(
                "{'schema': 'Organization', 'properties': {'name': ['ADF'], 'birthDate':"
                    + " ['1970'], 'weakAlias': ['X'], 'address': ['Beni'], 'topics': []}}"),
            TODAY);

    Subject subject = queries.get(0).subjects().get(0);
    assertThat(subject.birthDates()).isEmpty();
    assertThat(queries.get(0).subjects()).hasSize(1);
    assertThat(queries.get(0).echo().get("properties").fieldNames())
        .toIterable()
        .containsExactly("name");
  }

  @Test
  void theQueryIdIsPassedThroughAndNamesTheSubjects() {
    List<YenteMatch.Query> queries =
        yente.parse(
            one("{'id': 'zakharov', 'schema': 'Person', 'properties': {'name': 'Saddam'}}"), TODAY);

    assertThat(queries.get(0).echo().get("id").asText()).isEqualTo("zakharov");
    assertThat(queries.get(0).subjects().get(0).id()).isEqualTo("zakharov");
    assertThat(yente.parse(one("{'schema': 'Person', 'properties': {'name': 'S'}}"), TODAY))
        .first()
        .satisfies(q -> assertThat(q.subjects().get(0).id()).isEqualTo("q"));
  }

  /**
   * The example of yente's own documentation of {@code POST /match/{dataset}} (docstring of {@code
   * match} in opensanctions/yente {@code yente/routers/match.py}), as sent.
   */
  @Test
  void yentesDocumentedExampleRequestIsAnswered() {
    JsonNode body =
        json(
            "{\"queries\": {"
                + "\"entity1\": {\"schema\": \"Person\", \"properties\": {"
                + "\"name\": [\"John Doe\"], \"birthDate\": [\"1975-04-21\"],"
                + " \"nationality\": [\"us\"]}},"
                + "\"entity2\": {\"schema\": \"Company\", \"properties\": {"
                + "\"name\": [\"Brilliant Amazing Limited\"], \"jurisdiction\": [\"hk\"],"
                + " \"registrationNumber\": [\"84BA99810\"]}}}}");

    ObjectNode response = match(body);

    assertThat(response.get("responses").fieldNames())
        .toIterable()
        .containsExactly("entity1", "entity2");
    for (String key : List.of("entity1", "entity2")) {
      JsonNode r = response.get("responses").get(key);
      assertThat(r.get("status").asInt()).isEqualTo(200);
      assertThat(r.get("results").isArray()).isTrue();
      assertThat(r.get("total").get("relation").asText()).isEqualTo("eq");
    }
    JsonNode entity2 = response.get("responses").get("entity2").get("query");
    assertThat(entity2.get("schema").asText()).isEqualTo("Company");
    assertThat(texts(entity2.get("properties").get("jurisdiction"))).containsExactly("hk");
    assertThat(texts(entity2.get("properties").get("registrationNumber")))
        .containsExactly("84BA99810");
    assertThat(response.get("limit").asInt()).isEqualTo(YenteMatch.DEFAULT_LIMIT);
    assertThat(response.get("matcher").get("name").get("coefficient").asDouble()).isPositive();
    assertThat(response.get("lists").get(0).get("source").asText()).isEqualTo(UN);
  }

  /**
   * {@code QUERY_ZAKHAROV} of yente's {@code tests/test_match.py}: a property given as a bare
   * string and a country given by name, which yente echoes as its code.
   */
  @Test
  void yentesTestQueryWithABareStringCountryIsEchoedAsACode() {
    JsonNode body =
        json(
            "{\"queries\": {\"vv\": {\"schema\": \"Person\", \"properties\": {"
                + "\"name\": [\"Alexander Vyacheslavovich ZAKHAROV\"], \"birthDate\": [\"1965\"],"
                + " \"country\": \"Russia\"}}}}");

    JsonNode vv = match(body).get("responses").get("vv");

    assertThat(vv.get("query").get("schema").asText()).isEqualTo("Person");
    assertThat(vv.get("query").get("properties").get("country").get(0).asText()).isEqualTo("ru");
  }

  /** Invalid bodies (single quotes for double, NAME and NUMBER for secrets) and the message. */
  static Stream<Arguments> invalidBodies() {
    String person = "{'queries': {'k': {'schema': 'Person', 'properties': {'name': ['NAME'], ";
    return Stream.of(
        Arguments.of("{}", "queries"),
        Arguments.of("{'queries': []}", "queries"),
        Arguments.of("{'queries': {}}", "No queries provided."),
        Arguments.of("{'queries': {'k': null}}", "No queries provided."),
        Arguments.of("{'queries': {'k': 'NAME'}}", "query 'k': must be an object"),
        Arguments.of(
            "{'queries': {'k': {'properties': {'name': ['NAME']}}}}", "query 'k': \"schema\""),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Banana', 'properties': {'name': ['NAME']}}}}",
            "query 'k': schema 'Banana' is not"),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Vehicle', 'properties': {'name': ['NAME']}}}}",
            "query 'k': schema 'Vehicle' is not"),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Ownership', 'properties': {'name': ['NAME']}}}}",
            "query 'k': schema 'Ownership' is not"),
        Arguments.of(
            "{'queries': {'k': {'schema': 'NAME', 'properties': {'name': ['NAME']}}}}",
            "query 'k': schema is not"),
        Arguments.of("{'queries': {'k': {'schema': 'Person'}}}", "query 'k': \"properties\""),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Person', 'properties': ['NAME']}}}",
            "query 'k': \"properties\""),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Person', 'properties': {'birthDate': ['1970']}}}}",
            "query 'k': has no name"),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Person', 'properties': {'name': [42]}}}}",
            "query 'k': property 'name' value 1 is not a string"),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Person', 'properties': {'name': 42}}}}",
            "query 'k': property 'name' must be a string or an array of strings"),
        // A property the client named otherwise may be a name (a re-breaker's find).
        Arguments.of(
            "{'queries': {'k': {'schema': 'Person', 'properties': {'name': ['a b'],"
                + " 'Osama bin Laden': [1]}}}}",
            "query 'k': property '…' value 1 is not a string"),
        Arguments.of(person + "'alias': [null]}}}}", "query 'k': property 'alias' value 1"),
        Arguments.of(
            person + "'birthDate': ['1971', '28/04/1971']}}}}",
            "query 'k': property 'birthDate' value 2 is not a date"),
        Arguments.of(
            person + "'birthDate': ['2999']}}}}",
            "query 'k': property 'birthDate' value 1 is a date of birth in the future"),
        Arguments.of(
            person + "'birthDate': ['1700']}}}}",
            "query 'k': property 'birthDate' value 1: not a plausible year"),
        Arguments.of(
            person + "'birthDate': ['1971-13']}}}}",
            "query 'k': property 'birthDate' value 1: not a calendar date"),
        Arguments.of(
            person + "'nationality': ['Narnia']}}}}",
            "query 'k': property 'nationality' value 1 is not an ISO 3166 country"),
        Arguments.of(
            person + "'gender': ['robot']}}}}",
            "query 'k': property 'gender' value 1 is not male, female or other"),
        Arguments.of(
            "{'queries': {'k': {'schema': 'Person', 'properties': {'name': ['NAME', '***']}}}}",
            "query 'k': property 'name' value 2 has no letters or digits"),
        Arguments.of(
            person + "'idNumber': ['NUMBER']}}}, 'weights': {'name_literal': 0.8}}",
            "weights is not supported"),
        Arguments.of(
            person + "'idNumber': ['NUMBER']}}}, 'config': {'nm_number_mismatch': 0.4}}",
            "config is not supported"),
        Arguments.of(
            "{'queries': {'k': {'id': 7, 'schema': 'Person', 'properties': {'name': ['NAME']}}}}",
            "query 'k': \"id\" must be a string"));
  }

  @ParameterizedTest
  @MethodSource("invalidBodies")
  void invalidInputIsA400NamingTheQueryAndPropertyButNeverTheNameOrNumber(
      String body, String message) {
    JsonNode node =
        json(body.replace('\'', '"').replace("NAME", SECRET_NAME).replace("NUMBER", SECRET_NUMBER));

    assertThatThrownBy(() -> yente.parse(node, TODAY))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage())
                  .contains(message)
                  .doesNotContain(SECRET_NAME)
                  .doesNotContain(SECRET_NUMBER);
            });
  }

  @Test
  void tooManyScreeningsInOneQueryIsA400() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      names.add(SECRET_NAME + " " + (char) ('a' + i));
    }
    JsonNode body =
        one(
            "{'schema': 'Person', 'properties': {'name': ['"
                + String.join("', '", names)
                + "'], 'nationality': ['iq', 'jo', 'sy', 'lb', 'eg', 'ye', 'sa', 'ir', 'tr',"
                + " 'af']}}");

    assertThatThrownBy(() -> yente.parse(body, TODAY))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("query 'q': 11 names × 10 countries × 1 identifiers make 110")
        .hasMessageNotContaining(SECRET_NAME);
  }

  @Test
  void moreQueriesThanTheBatchLimitIsA400() {
    ObjectNode queries = MAPPER.createObjectNode();
    for (int i = 0; i <= YenteMatch.MAX_QUERIES; i++) {
      queries.set(
          "q" + i,
          one("{'schema': 'Person', 'properties': {'name': 'x'}}").get("queries").get("q"));
    }
    ObjectNode body = MAPPER.createObjectNode();
    body.set("queries", queries);

    assertThatThrownBy(() -> yente.parse(body, TODAY))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Too many queries in one batch (limit: 100)");
    assertThat(new YenteMatch(MAPPER, 200).parse(body, TODAY)).hasSize(101);
  }

  @Test
  void parametersDefaultToMizansThresholdsAndYentesLimit() {
    YenteMatch.Params p = YenteMatch.Params.parse(name -> List.of());

    assertThat(p).isEqualTo(YenteMatch.Params.DEFAULTS);
    assertThat(p.threshold()).isEqualTo(Screening.ALERT_THRESHOLD);
    assertThat(p.cutoff()).isEqualTo(Screening.REPORTING_FLOOR);
    assertThat(p.limit()).isEqualTo(5);
  }

  @Test
  void parametersAreRead() {
    Map<String, List<String>> given =
        Map.of(
            "threshold", List.of("0.9"),
            "cutoff", List.of("0.8"),
            "limit", List.of("7", "12"),
            "algorithm", List.of("Logic-V1"),
            "include_dataset", List.of("un_sc_sanctions", "eu-fsf"),
            "exclude_schema", List.of("Vessel"),
            "topics", List.of("sanction"),
            "changed_since", List.of("2024-01-01T10:00"),
            "fuzzy", List.of("false"));

    YenteMatch.Params p = YenteMatch.Params.parse(name -> given.getOrDefault(name, List.of()));

    assertThat(p.threshold()).isEqualTo(0.9);
    assertThat(p.cutoff()).isEqualTo(0.8);
    assertThat(p.limit()).isEqualTo(12);
    assertThat(p.includeDatasets()).containsExactlyInAnyOrder(UN, "eu-fsf");
    assertThat(p.excludeSchemas()).containsExactly("Vessel");
    assertThat(p.topics()).containsExactly("sanction");
  }

  @ParameterizedTest
  @CsvSource({
    "limit, 0, limit",
    "limit, 501, limit",
    "limit, five, limit",
    "threshold, 1.5, threshold",
    "threshold, NaN, threshold",
    "cutoff, -0.1, cutoff",
    "algorithm, neural-net, algorithm",
    "changed_since, yesterday, changed_since",
    "changed_since, 2020-13-01, changed_since",
    "changed_since, 2020-02-30, changed_since",
    "changed_since, 2020-01-01T99, changed_since",
    "changed_since, 2020-01-01T10:61, changed_since"
  })
  void invalidParametersAreA400(String name, String value, String message) {
    assertThatThrownBy(
            () -> YenteMatch.Params.parse(n -> n.equals(name) ? List.of(value) : List.of()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining(message);
  }

  @Test
  void moreThanFiftyExcludedIdsIsA400() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      ids.add("QDi." + i);
    }
    assertThatThrownBy(
            () -> YenteMatch.Params.parse(n -> n.equals("exclude_entity_ids") ? ids : List.of()))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("exclude_entity_ids");
  }

  private static final String SADDAM =
      "{'schema': 'Person', 'properties': {'name': ['Saddam Hussein al-Tikriti']}}";

  @Test
  void limitCapsTheResultsButNotTheTotal() {
    ObjectNode all =
        match(one(SADDAM), Map.of("limit", List.of("50"), "threshold", List.of("0.7")));
    JsonNode allResults = all.get("responses").get("q").get("results");
    assertThat(allResults.size()).isGreaterThan(1);

    ObjectNode one = match(one(SADDAM), Map.of("limit", List.of("1"), "threshold", List.of("0.7")));

    JsonNode q = one.get("responses").get("q");
    assertThat(q.get("results")).hasSize(1);
    assertThat(q.get("results").get(0).get("id").asText()).isEqualTo("IQi.001");
    assertThat(q.get("total").get("value").asInt()).isEqualTo(allResults.size());
    assertThat(one.get("limit").asInt()).isEqualTo(1);
  }

  @Test
  void thresholdDecidesMatchAndTotalCountsMatches() {
    ObjectNode response =
        match(one(SADDAM), Map.of("limit", List.of("50"), "threshold", List.of("0.95")));

    JsonNode q = response.get("responses").get("q");
    int matches = 0;
    for (JsonNode r : q.get("results")) {
      boolean above = r.get("score").asDouble() >= 0.95;
      assertThat(r.get("match").asBoolean()).isEqualTo(above);
      matches += above ? 1 : 0;
    }
    assertThat(q.get("total").get("value").asInt()).isEqualTo(matches);
  }

  @Test
  void resultsBelowTheCutoffAreLeftOut() {
    ObjectNode response =
        match(
            one(SADDAM),
            Map.of("limit", List.of("50"), "threshold", List.of("1"), "cutoff", List.of("0.9")));

    JsonNode results = response.get("responses").get("q").get("results");
    assertThat(results).isNotEmpty();
    results.forEach(r -> assertThat(r.get("score").asDouble()).isGreaterThanOrEqualTo(0.9));
    // As in yente, a cutoff above the threshold is lowered to it.
    ObjectNode lowered =
        match(
            one(SADDAM),
            Map.of("limit", List.of("50"), "threshold", List.of("0.7"), "cutoff", List.of("0.99")));
    assertThat(lowered.get("responses").get("q").get("results").size())
        .isGreaterThan(results.size());
  }

  @Test
  void aCutoffAtTheThresholdScreensForTheHitsAloneAndAnswersTheSame() {
    List<Boolean> asked = new ArrayList<>();
    YenteMatch.Screener spy =
        (subject, threshold, limit, hitsOnly) -> {
          asked.add(hitsOnly);
          return screening.screen(subject, threshold, limit, hitsOnly);
        };
    List<YenteMatch.Query> queries =
        yente.parse(one("{'schema': 'Person', 'properties': {'name': ['Mohammed Ali']}}"), TODAY);
    YenteMatch.Dataset all = YenteMatch.dataset("default", screening.lists());
    Map<String, List<String>> cutAtThreshold =
        Map.of("limit", List.of("500"), "threshold", List.of("0.8"), "cutoff", List.of("0.8"));
    ObjectNode alone =
        yente.response(
            queries,
            all,
            YenteMatch.Params.parse(p -> cutAtThreshold.getOrDefault(p, List.of())),
            spy);
    assertThat(asked).containsExactly(true);
    ObjectNode every =
        yente.response(
            queries,
            all,
            YenteMatch.Params.parse(p -> cutAtThreshold.getOrDefault(p, List.of())),
            (subject, threshold, limit, hitsOnly) -> screening.screen(subject, threshold, limit));
    JsonNode results = alone.at("/responses/q/results");
    assertThat(results.size()).isGreaterThan(5);
    assertThat(results).isEqualTo(every.at("/responses/q/results"));
    assertThat(alone.at("/responses/q/total")).isEqualTo(every.at("/responses/q/total"));
    asked.clear();
    yente.response(queries, all, YenteMatch.Params.DEFAULTS, spy);
    assertThat(asked).containsExactly(false);
  }

  @ParameterizedTest
  @CsvSource({
    "exclude_dataset, un-sc-consolidated, false",
    "exclude_dataset, un_sc_sanctions, false",
    "include_dataset, un_sc_sanctions, true",
    "include_dataset, eu-fsf, false",
    "exclude_schema, Person, false",
    "exclude_schema, Organization, true",
    "exclude_entity_ids, IQi.001, false",
    "topics, sanction, true",
    "topics, crime.cyber, false"
  })
  void filtersDecideWhichResultsRemain(String name, String value, boolean found) {
    ObjectNode response = match(one(SADDAM), Map.of(name, List.of(value)));

    assertThat(ids(response, "q").contains("IQi.001")).isEqualTo(found);
    // The lists the answer names are those screened: the dataset filters leave none of them here
    // when they exclude the UN list (a re-breaker's find: they were named whatever the filters).
    boolean unScreened =
        !(name.equals("exclude_dataset") || (name.equals("include_dataset") && !found));
    assertThat(response.get("lists").size()).as(name + "=" + value).isEqualTo(unScreened ? 1 : 0);
  }

  /** A breaker's find: a whole passport zone as a company's name matched no one, unread. */
  @Test
  void aMachineReadableZoneIsAPersonsDocument() {
    String zone =
        "P<IRQAL<TIKRITI<<SADDAM<HUSSEIN<<<<<<<<<<<<<\\nA123456784IRQ3704284M3001019<<<<<<<<<<<<<<<6";
    for (String schema : List.of("Company", "Vessel", "Organization", "Address")) {
      assertThatThrownBy(
              () ->
                  yente.parse(
                      one("{'schema': '" + schema + "', 'properties': {'name': ['" + zone + "']}}"),
                      TODAY))
          .as(schema)
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContaining(
              "is a machine-readable zone, a person's document: send it with the schema Person (or"
                  + " LegalEntity, Thing), not "
                  + schema)
          .hasMessageNotContaining("TIKRITI");
    }
    assertThat(
            yente.parse(
                one("{'schema': 'Person', 'properties': {'name': ['" + zone + "']}}"), TODAY))
        .hasSize(1);
  }

  @Test
  void datasetsAreMizanListSourcesTheirOpenSanctionsNamesOrCollections() {
    List<org.mizan.model.Watchlist> lists = screening.lists();

    for (String name : List.of("default", "sanctions", UN, "un_sc_sanctions")) {
      assertThat(YenteMatch.dataset(name, lists).sources()).containsExactly(UN);
    }
    for (String name : List.of("us-ofac-sdn", "us_ofac_sdn", "peps", "")) {
      assertThatThrownBy(() -> YenteMatch.dataset(name, lists))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404))
          .hasMessage(
              "No such dataset: the datasets here are default, sanctions, "
                  + UN
                  + ", un_sc_sanctions");
    }
  }

  @Test
  void theScreeningOverloadResolvesTheDatasetAndHandsOverEveryResult() {
    List<YenteMatch.Query> queries =
        yente.parse(
            one("{'schema': 'Person', 'properties': {'name': ['Saddam Hussein', 'صدام حسين']}}"),
            TODAY);
    List<ScreeningResult> seen = new ArrayList<>();

    ObjectNode response =
        yente.response(
            queries, "un_sc_sanctions", screening, seen::add, YenteMatch.Params.DEFAULTS);

    assertThat(seen)
        .extracting(r -> r.subject().name())
        .containsExactly("Saddam Hussein", "صدام حسين");
    assertThat(ids(response, "q")).first().isEqualTo("IQi.001");
    assertThatThrownBy(
            () ->
                yente.response(queries, "eu_fsf", screening, seen::add, YenteMatch.Params.DEFAULTS))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void datesOfBirthBecomeFtmDates() {
    assertThat(YenteMatch.ftmDates(BirthDate.parse("1937-04-28"))).containsExactly("1937-04-28");
    assertThat(YenteMatch.ftmDates(BirthDate.parse("1942"))).containsExactly("1942");
    assertThat(YenteMatch.ftmDates(BirthDate.year(1970, true))).containsExactly("1970");
    assertThat(YenteMatch.ftmDates(BirthDate.parse("1971-04"))).containsExactly("1971-04");
    assertThat(YenteMatch.ftmDates(BirthDate.betweenYears(1964, 1966)))
        .containsExactly("1964", "1966");
    assertThat(
            YenteMatch.ftmDates(
                new BirthDate(LocalDate.of(1960, 3, 2), LocalDate.of(1960, 5, 1), false)))
        .containsExactly("1960-03-02", "1960-05-01");
  }

  /** Random JSON bodies: the parser answers or refuses with an ApiException, nothing else. */
  @RepeatedTest(200)
  void randomBodiesNeverThrowAnythingButApiException(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    JsonNode body = randomBody(random);

    try {
      List<YenteMatch.Query> queries = yente.parse(body, TODAY);
      yente.response(
          queries,
          YenteMatch.dataset("default", screening.lists()),
          YenteMatch.Params.DEFAULTS,
          screening::screen);
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(400);
    }
  }

  private static final List<String> SCHEMAS =
      List.of("Person", "Organization", "Thing", "Vessel", "Security", "Vehicle", "person", "");
  private static final List<String> PROPERTIES =
      List.of("name", "alias", "birthDate", "nationality", "gender", "idNumber", "firstName", "x");
  private static final List<String> VALUES =
      List.of(
          "Saddam",
          "صدام",
          "1971",
          "1971-04-28T00:00",
          "iq",
          "Iraq",
          "male",
          "",
          " ",
          "***",
          "2999",
          "12/12/1970",
          "\uD800");

  private static JsonNode randomBody(Random random) {
    ObjectNode body = MAPPER.createObjectNode();
    if (random.nextInt(10) == 0) {
      return body;
    }
    ObjectNode queries = body.putObject("queries");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(10) == 0) {
        queries.putNull("q" + i);
        continue;
      }
      ObjectNode q = queries.putObject("q" + i);
      if (random.nextInt(8) != 0) {
        q.put("schema", SCHEMAS.get(random.nextInt(SCHEMAS.size())));
      }
      if (random.nextInt(8) != 0) {
        ObjectNode props = q.putObject("properties");
        int k = random.nextInt(5);
        for (int j = 0; j < k; j++) {
          String prop = PROPERTIES.get(random.nextInt(PROPERTIES.size()));
          switch (random.nextInt(4)) {
            case 0:
              props.put(prop, VALUES.get(random.nextInt(VALUES.size())));
              break;
            case 1:
              props.put(prop, random.nextInt(100));
              break;
            default:
              ArrayNode values = props.putArray(prop);
              int m = random.nextInt(3);
              for (int v = 0; v < m; v++) {
                if (random.nextInt(10) == 0) {
                  values.addNull();
                } else {
                  values.add(VALUES.get(random.nextInt(VALUES.size())));
                }
              }
          }
        }
      }
    }
    return body;
  }
}
