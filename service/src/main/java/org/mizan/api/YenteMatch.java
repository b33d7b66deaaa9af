package org.mizan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mizan.lists.eu.EuFsfParser;
import org.mizan.lists.ofac.OfacSdnCsvParser;
import org.mizan.lists.ofac.OfacXmlParser;
import org.mizan.lists.uk.UkSanctionsListParser;
import org.mizan.lists.un.UnListParser;
import org.mizan.match.Feature;
import org.mizan.match.FeatureScore;
import org.mizan.match.Match;
import org.mizan.model.BirthDate;
import org.mizan.model.Countries;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;
import org.mizan.screening.ScreeningResult;
import org.mizan.screening.SubjectFields;

/**
 * The OpenSanctions yente matching API ({@code POST /match/{dataset}}) translated to Mizan
 * screening: a yente request body in, Mizan subjects out; Mizan matches in, a yente response body
 * out. Pure: no HTTP, no clock, no I/O, so that existing yente clients work unchanged against
 * Mizan.
 *
 * <p>Shapes follow yente's own models (github.com/opensanctions/yente, {@code
 * yente/data/common.py}: {@code EntityMatchQuery}, {@code EntityExample}, {@code EntityMatches},
 * {@code ScoredEntityResponse}, {@code TotalSpec}, {@code EntityMatchResponse}) and its route
 * ({@code yente/routers/match.py}: query parameters, batch limit, error statuses). {@code
 * docs/yente-compatibility.md} lists what is supported and every difference from yente.
 *
 * <p>Use: {@link Params#parse} the query parameters, {@link #parse} the body, then {@link
 * #response} (which resolves the dataset with {@link #dataset}) screens and renders. Errors are
 * {@link ApiException}s (400 invalid request, 404 unknown dataset) whose message names the query
 * key and the property at fault and never quotes a name or an identifier. A whole request fails on
 * one invalid query, as in yente. Immutable and thread-safe.
 */
final class YenteMatch {
  /** The dataset that stands for every list in force, as in yente. */
  static final String DEFAULT_DATASET = "default";

  /** OpenSanctions' collection of sanctions lists: here, the official sanctions lists in force. */
  static final String SANCTIONS_DATASET = "sanctions";

  /** Results per query when {@code limit} is not given (yente's {@code YENTE_MATCH_PAGE}). */
  static final int DEFAULT_LIMIT = 5;

  /** The largest {@code limit} accepted (yente's {@code YENTE_MAX_MATCHES}). */
  static final int MAX_LIMIT = 500;

  /** The most queries in one request (yente's {@code YENTE_MAX_BATCH}). */
  static final int MAX_QUERIES = 100;

  /**
   * The most screenings one query may need: names × countries × identifiers, since a Mizan subject
   * holds one name, one nationality and one document number.
   */
  static final int MAX_SCREENINGS_PER_QUERY = 100;

  /** The most {@code exclude_entity_ids} accepted (yente's {@code max_length}). */
  static final int MAX_EXCLUDED_IDS = 50;

  /** The topic yente gives a sanctioned entity, here every entry of an official sanctions list. */
  static final String SANCTION_TOPIC = "sanction";

  /**
   * The algorithm names yente accepts ({@code GET /algorithms}, nomenklatura's {@code NAME}s), and
   * {@code mizan}: each is accepted and Mizan's own scoring is used whatever the name.
   */
  static final Set<String> ALGORITHMS =
      Set.of(
          "best",
          "logic-v2",
          "logic-v1",
          "name-based",
          "name-qualified",
          "ofac",
          "regression-v1",
          "mizan");

  /** The list sources that are official sanctions lists: their entries carry topic sanction. */
  private static final Set<String> SANCTIONS_SOURCES =
      Set.of(
          UnListParser.SOURCE,
          OfacSdnCsvParser.SOURCE,
          OfacXmlParser.CONSOLIDATED,
          EuFsfParser.SOURCE,
          UkSanctionsListParser.SOURCE);

  /**
   * OpenSanctions dataset names of the lists Mizan reads, so that a client's {@code
   * /match/un_sc_sanctions} or {@code include_dataset=eu_fsf} keeps working.
   */
  private static final Map<String, String> OPENSANCTIONS_DATASETS =
      Map.of(
          "un_sc_sanctions", UnListParser.SOURCE,
          "us_ofac_sdn", OfacSdnCsvParser.SOURCE,
          "us_ofac_cons", OfacXmlParser.CONSOLIDATED,
          "eu_fsf", EuFsfParser.SOURCE,
          "gb_fcdo_sanctions", UkSanctionsListParser.SOURCE);

  /** Where the features of {@code matcher} are documented. */
  private static final String FEATURES_URL = "docs/matching.md#scoring-match";

  private static final Countries COUNTRIES = Countries.standard();

  /**
   * An FtM date, a timestamp's date part kept: {@code 1971}, {@code 1971-04}, ...; a time of day
   * after it (group 2) is checked by {@link #isTimeOfDay}.
   */
  private static final Pattern FTM_DATE =
      Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)([T ].*)?");

  /**
   * A time of day after a date in a FollowTheMoney date ({@code T12}, {@code T12:30:00.5Z}, {@code
   * T12:30+02:00}), its groups the hour, minute and second.
   */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile(
          "[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?(?:Z|[+-](\\d{2})(?::?(\\d{2}))?)?");

  /** Whether {@code time} is a {@link #TIME_OF_DAY} whose hour, minute and second are in range. */
  static boolean isTimeOfDay(String time) {
    Matcher m = TIME_OF_DAY.matcher(time);
    return m.matches()
        && Integer.parseInt(m.group(1)) < 24
        && (m.group(2) == null || Integer.parseInt(m.group(2)) < 60)
        && (m.group(3) == null || Integer.parseInt(m.group(3)) < 60)
        && (m.group(4) == null || Integer.parseInt(m.group(4)) <= 18)
        && (m.group(5) == null || Integer.parseInt(m.group(5)) < 60);
  }

  /** yente's {@code TS_PATTERN} for {@code changed_since}. */
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?");

  /**
   * A date or time of {@link #TIMESTAMP}'s form, each part in range (no 2020-02-30, no hour 99).
   */
  private static final java.time.format.DateTimeFormatter TIMESTAMP_PARTS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd['T'HH[:mm[:ss]]]", Locale.ROOT)
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /** Whether {@code text} is a date or timestamp {@code changed_since} accepts. */
  private static boolean isTimestamp(String text) {
    if (!TIMESTAMP.matcher(text).matches()) {
      return false;
    }
    try {
      TIMESTAMP_PARTS.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The longest query id (or key) accepted: it becomes the id of the stored screenings. */
  static final int MAX_ID_LENGTH = 200;

  /** The longest identifier (passport, registration number...) accepted. */
  static final int MAX_IDENTIFIER_LENGTH = 100;

  /** A word safe to repeat in an error message: no name or number can hide in it. */
  private static final Pattern SCHEMA_WORD = Pattern.compile("[A-Za-z]{1,40}");

  private final ObjectMapper mapper;
  private final ScreeningJson json;
  private final int maxQueries;

  /**
   * A translator that accepts at most {@value #MAX_QUERIES} queries per request, as yente.
   *
   * @param mapper makes the JSON nodes of responses
   */
  YenteMatch(ObjectMapper mapper) {
    this(mapper, MAX_QUERIES);
  }

  /**
   * @param mapper makes the JSON nodes of responses
   * @param maxQueries the most queries in one request, at least 1
   */
  YenteMatch(ObjectMapper mapper, int maxQueries) {
    if (maxQueries < 1) {
      throw new IllegalArgumentException("maxQueries must be at least 1: " + maxQueries);
    }
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.json = new ScreeningJson(mapper);
    this.maxQueries = maxQueries;
  }

  /**
   * Screens one subject: {@code screening::screen} ({@link Screening#screen}), or an adapter that
   * also records alerts. Called once per name × country × identifier of each query.
   */
  @FunctionalInterface
  interface Screener {
    /**
     * @param subject what to screen
     * @param threshold the alert threshold in [0, 1]
     * @param limit the most matches wanted, at least 1
     * @param hitsOnly look for the hits alone ({@link Screening#screen(Subject, double, int,
     *     boolean)}): asked when the cutoff drops every match below the threshold anyway
     * @return matches at or above the reporting floor, best first
     */
    ScreeningResult screen(Subject subject, double threshold, int limit, boolean hitsOnly);
  }

  /**
   * One query of a request: its key, the query entity as Mizan read it, and what to screen.
   *
   * @param key the client's key in {@code queries}, echoed as the key in {@code responses}
   * @param echo {@code {"id", "schema", "properties"}}: the query entity as read, each property
   *     Mizan used with its values cleaned (countries as lower-case ISO 3166 alpha-2 codes, dates
   *     without a time), as yente echoes the parsed entity
   * @param subjects one subject per name × country × identifier; empty for a schema of which the
   *     lists hold no entries (e.g. {@code Security})
   */
  record Query(String key, ObjectNode echo, List<Subject> subjects) {
    Query {
      Objects.requireNonNull(key, "key");
      echo = echo.deepCopy();
      subjects = List.copyOf(subjects);
    }
  }

  /**
   * The lists a {@code dataset} path parameter selects.
   *
   * @param name the dataset as the client named it
   * @param lists the lists in force that it selects, in the order in force
   */
  record Dataset(String name, List<Watchlist> lists) {
    Dataset {
      Objects.requireNonNull(name, "name");
      lists = List.copyOf(lists);
    }

    /** The list source ids selected. */
    Set<String> sources() {
      return lists.stream().map(l -> l.version().source()).collect(Collectors.toUnmodifiableSet());
    }
  }

  /**
   * The query parameters of {@code POST /match/{dataset}}, as yente names them.
   *
   * @param threshold {@code threshold} in [0, 1]: a result at or above it has {@code match: true}
   *     (default {@link Screening#ALERT_THRESHOLD})
   * @param cutoff {@code cutoff} in [0, 1]: results below {@code min(cutoff, threshold)} are left
   *     out, as in yente (default {@link Screening#REPORTING_FLOOR}; Mizan never reports below its
   *     floor, whatever the cutoff)
   * @param limit {@code limit}, 1..{@value #MAX_LIMIT}: the most results per query (default {@value
   *     #DEFAULT_LIMIT})
   * @param includeDatasets {@code include_dataset}: when not empty, only results from these
   *     datasets (Mizan list source ids or their OpenSanctions names)
   * @param excludeDatasets {@code exclude_dataset}: no results from these datasets
   * @param excludeSchemas {@code exclude_schema}: no results of these schemas ({@code Person},
   *     {@code Organization}, {@code Vessel}, {@code Airplane})
   * @param excludeEntityIds {@code exclude_entity_ids}: no results with these entry ids, at most
   *     {@value #MAX_EXCLUDED_IDS}
   * @param topics {@code topics}: when not empty, only results with one of these topics (entries of
   *     official sanctions lists have topic {@value #SANCTION_TOPIC}, others none)
   */
  record Params(
      double threshold,
      double cutoff,
      int limit,
      Set<String> includeDatasets,
      Set<String> excludeDatasets,
      Set<String> excludeSchemas,
      Set<String> excludeEntityIds,
      Set<String> topics) {
    /** Every parameter at its default. */
    static final Params DEFAULTS =
        new Params(
            Screening.ALERT_THRESHOLD,
            Screening.REPORTING_FLOOR,
            DEFAULT_LIMIT,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of());

    Params {
      if (!(threshold >= 0 && threshold <= 1) || !(cutoff >= 0 && cutoff <= 1)) {
        throw new IllegalArgumentException("threshold and cutoff must be in [0, 1]");
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit out of 1.." + MAX_LIMIT + ": " + limit);
      }
      includeDatasets = sourcesOf(includeDatasets);
      excludeDatasets = sourcesOf(excludeDatasets);
      excludeSchemas = Set.copyOf(excludeSchemas);
      excludeEntityIds = Set.copyOf(excludeEntityIds);
      topics = Set.copyOf(topics);
    }

    /**
     * Reads the query parameters. Parameters yente takes that change nothing here are accepted and
     * ignored: {@code algorithm} (any name of {@link #ALGORITHMS}: Mizan always scores its own
     * way), {@code fuzzy} (a retrieval switch), {@code changed_since} (Mizan keeps no change dates,
     * so every entry is screened: a superset of yente's results). Unknown parameters are ignored,
     * as in yente.
     *
     * @param queryParams every value of a parameter by name, in order, empty when absent (Javalin's
     *     {@code ctx::queryParams}); a single-valued parameter given twice takes the last value
     * @throws ApiException 400 naming the parameter when a value is not a number, out of range, or
     *     an unknown algorithm, or {@code changed_since} is not a date or timestamp
     */
    static Params parse(Function<String, List<String>> queryParams) {
      double threshold = unit(queryParams, "threshold", Screening.ALERT_THRESHOLD);
      double cutoff = unit(queryParams, "cutoff", Screening.REPORTING_FLOOR);
      int limit = DEFAULT_LIMIT;
      Optional<String> limitText = last(queryParams, "limit");
      if (limitText.isPresent()) {
        try {
          limit = Integer.parseInt(limitText.get().strip());
        } catch (NumberFormatException e) {
          limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
          throw ApiException.invalid("limit must be a whole number from 1 to " + MAX_LIMIT);
        }
      }
      Optional<String> algorithm = last(queryParams, "algorithm");
      if (algorithm.isPresent()
          && !ALGORITHMS.contains(algorithm.get().strip().toLowerCase(Locale.ROOT))) {
        throw ApiException.invalid(
            "algorithm must be one of "
                + String.join(", ", ALGORITHMS.stream().sorted().toList())
                + " (Mizan scores its own way whichever is named)");
      }
      Optional<String> changedSince = last(queryParams, "changed_since");
      if (changedSince.isPresent() && !isTimestamp(changedSince.get().strip())) {
        throw ApiException.invalid(
            "changed_since must be a date YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS");
      }
      List<String> excludedIds = all(queryParams, "exclude_entity_ids");
      if (excludedIds.size() > MAX_EXCLUDED_IDS) {
        throw ApiException.invalid(
            "exclude_entity_ids must not name more than " + MAX_EXCLUDED_IDS + " ids");
      }
      return new Params(
          threshold,
          cutoff,
          limit,
          Set.copyOf(all(queryParams, "include_dataset")),
          Set.copyOf(all(queryParams, "exclude_dataset")),
          Set.copyOf(all(queryParams, "exclude_schema")),
          Set.copyOf(excludedIds),
          Set.copyOf(all(queryParams, "topics")));
    }

    /**
     * Refuses an {@code include_dataset} or {@code exclude_dataset} that names no list in force, a
     * {@code topics} value that no list in force carries, and an {@code exclude_schema} that is no
     * FollowTheMoney schema ({@link Schema}): a misspelt dataset or topic would otherwise filter
     * every result away and read as "no hit", a misspelt schema filter nothing out unsaid.
     *
     * @throws ApiException 400 naming the parameter and the values that exist
     */
    void checkNames(List<Watchlist> inForce) {
      Set<String> carried = new java.util.TreeSet<>();
      inForce.forEach(l -> carried.addAll(topicsOf(l.version().source())));
      for (String topic : topics) {
        if (!carried.contains(topic)) {
          throw ApiException.invalid(
              "topics: no list in force carries the topic '"
                  + topic
                  + "'; the topics here are "
                  + (carried.isEmpty() ? "none" : String.join(", ", carried)));
        }
      }
      for (String schema : excludeSchemas) {
        if (Schema.byName(schema).isEmpty()) {
          throw ApiException.invalid(
              "exclude_schema: '"
                  + schema
                  + "' is no FollowTheMoney schema; the schemas are "
                  + String.join(
                      ", ", java.util.Arrays.stream(Schema.values()).map(x -> x.ftmName).toList()));
        }
      }
      checkDatasets(inForce);
    }

    private void checkDatasets(List<Watchlist> inForce) {
      Set<String> known =
          inForce.stream().map(l -> l.version().source()).collect(Collectors.toSet());
      for (Map.Entry<String, Set<String>> p :
          Map.of("include_dataset", includeDatasets, "exclude_dataset", excludeDatasets)
              .entrySet()) {
        for (String source : p.getValue()) {
          if (!known.contains(source)) {
            throw ApiException.invalid(
                p.getKey()
                    + ": no list in force is the dataset '"
                    + source
                    + "'; the datasets here are "
                    + String.join(", ", new java.util.TreeSet<>(known)));
          }
        }
      }
    }

    /**
     * The lists of {@code dataset} screened at the request's {@code include_dataset} and {@code
     * exclude_dataset}: what the answer names and each stored screening is against.
     */
    List<Watchlist> screened(Dataset dataset) {
      return dataset.lists().stream().filter(l -> screensDataset(l.version().source())).toList();
    }

    /**
     * Whether the list of {@code source} is screened at the request's {@code include_dataset} and
     * {@code exclude_dataset}.
     */
    boolean screensDataset(String source) {
      return (includeDatasets.isEmpty() || includeDatasets.contains(source))
          && !excludeDatasets.contains(source);
    }

    /** Whether a match passes the filters ({@code include_dataset}, ..., {@code topics}). */
    boolean keeps(Match m) {
      if (!screensDataset(m.source())
          || excludeSchemas.contains(schemaOf(m.entry().kind()))
          || excludeEntityIds.contains(m.entry().id())) {
        return false;
      }
      return topics.isEmpty() || topicsOf(m.source()).stream().anyMatch(topics::contains);
    }

    private static double unit(Function<String, List<String>> params, String name, double dflt) {
      Optional<String> text = last(params, name);
      if (text.isEmpty()) {
        return dflt;
      }
      return org.mizan.screening.Decimals.unit(text.get())
          .orElseThrow(
              () -> ApiException.invalid(name + " must be " + org.mizan.screening.Decimals.UNIT));
    }

    private static Optional<String> last(Function<String, List<String>> params, String name) {
      List<String> values = params.apply(name);
      return values == null || values.isEmpty()
          ? Optional.empty()
          : Optional.of(values.get(values.size() - 1));
    }

    private static List<String> all(Function<String, List<String>> params, String name) {
      List<String> values = params.apply(name);
      if (values == null) {
        return List.of();
      }
      return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Set<String> sourcesOf(Set<String> datasets) {
      return datasets.stream()
          .map(d -> OPENSANCTIONS_DATASETS.getOrDefault(d, d))
          .collect(Collectors.toUnmodifiableSet());
    }
  }

  /**
   * The lists a {@code dataset} path parameter selects among those in force: {@value
   * #DEFAULT_DATASET} every list; {@value #SANCTIONS_DATASET} the official sanctions lists (UN,
   * OFAC, EU, UK); a Mizan list source id ({@code un-sc-consolidated}) or its OpenSanctions dataset
   * name ({@code un_sc_sanctions}) that one list.
   *
   * @param name the {@code dataset} path parameter
   * @param inForce the lists in force ({@link Screening#lists()})
   * @throws ApiException 404 when the name selects no list in force; the message names the datasets
   *     that exist
   */
  static Dataset dataset(String name, List<Watchlist> inForce) {
    String source = OPENSANCTIONS_DATASETS.getOrDefault(name, name);
    List<Watchlist> lists;
    if (name.equals(DEFAULT_DATASET)) {
      lists = inForce;
    } else if (name.equals(SANCTIONS_DATASET)) {
      lists =
          inForce.stream().filter(l -> SANCTIONS_SOURCES.contains(l.version().source())).toList();
    } else {
      lists = inForce.stream().filter(l -> l.version().source().equals(source)).toList();
    }
    if (lists.isEmpty()) {
      throw new ApiException(
          404, "No such dataset: the datasets here are " + String.join(", ", datasets(inForce)));
    }
    return new Dataset(name, lists);
  }

  /**
   * The dataset names that select a list in force: {@value #DEFAULT_DATASET}, {@value
   * #SANCTIONS_DATASET} when an official sanctions list is in force, each list's source id and the
   * OpenSanctions name of each (such as {@code un_sc_sanctions}), in that order.
   */
  private static List<String> datasets(List<Watchlist> inForce) {
    List<String> known = new ArrayList<>();
    known.add(DEFAULT_DATASET);
    if (inForce.stream().anyMatch(l -> SANCTIONS_SOURCES.contains(l.version().source()))) {
      known.add(SANCTIONS_DATASET);
    }
    inForce.forEach(l -> known.add(l.version().source()));
    new java.util.TreeMap<>(OPENSANCTIONS_DATASETS)
        .forEach(
            (name, source) -> {
              if (inForce.stream().anyMatch(l -> l.version().source().equals(source))) {
                known.add(name);
              }
            });
    return known;
  }

  /**
   * Reads a request body, yente's {@code EntityMatchQuery}: {@code {"queries": {KEY: {"id"?,
   * "schema", "properties": {PROPERTY: [VALUE, ...]}}}}}, with optional {@code "weights"} and
   * {@code "config"} that must be empty (Mizan's scores are calibrated, not tunable per request). A
   * query that is JSON {@code null} is skipped, as in yente.
   *
   * <p>Schemas: {@code Person} screens persons; {@code Organization}, {@code Company}, {@code
   * PublicBody} organisations; {@code LegalEntity} persons and organisations; {@code Vessel}
   * vessels; {@code Airplane} aircraft; {@code Thing} every kind. {@code Address}, {@code
   * BankAccount}, {@code CryptoWallet}, {@code Position} and {@code Security} are accepted and
   * screen nothing (no list entry is one). Properties read, where FollowTheMoney defines them for
   * the schema: names ({@code name}, {@code alias}, {@code previousName}; else {@code firstName},
   * {@code secondName}, {@code middleName}, {@code fatherName}, {@code lastName} joined), {@code
   * birthDate}, countries ({@code nationality}, {@code citizenship}, {@code country}, {@code
   * jurisdiction}, {@code mainCountry}, {@code flag}), {@code gender} and identifiers ({@code
   * idNumber}, {@code passportNumber}, {@code registrationNumber}, {@code imoNumber}, ...). Other
   * properties, {@code weakAlias} among them (FtM: not for screening), are ignored, as yente
   * ignores properties a schema lacks. A value is a string or an array of strings; empty strings
   * are skipped.
   *
   * @param body the parsed JSON body
   * @param today today's date (UTC), after which no date of birth can be
   * @return the queries in request order, each with at least one subject unless its schema screens
   *     nothing
   * @throws ApiException 400 when the body has no {@code queries} object, no query or more than the
   *     most accepted ({@value #MAX_QUERIES} unless the constructor says otherwise), non-empty
   *     {@code weights} or {@code config}, or a query has no or an unknown or non-matchable schema,
   *     no {@code properties} object, a value that is not a string, no name, an invalid name, date,
   *     country or gender, or needs more than {@value #MAX_SCREENINGS_PER_QUERY} screenings; the
   *     message names the query key and the property (and the value's position), never a name or
   *     identifier
   */
  List<Query> parse(JsonNode body, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (body == null || !body.isObject()) {
      throw ApiException.invalid("the request body must be a JSON object with \"queries\"");
    }
    for (String tuning : List.of("weights", "config")) {
      JsonNode node = body.get(tuning);
      if (node != null && !node.isNull() && !(node.isObject() && node.isEmpty())) {
        throw ApiException.invalid(
            tuning
                + " is not supported: Mizan's scores are calibrated and cannot be tuned per"
                + " request; send an empty object or leave it out");
      }
    }
    JsonNode queries = body.get("queries");
    if (queries == null || !queries.isObject()) {
      throw ApiException.invalid("\"queries\" must be an object of query entities by key");
    }
    if (queries.size() > maxQueries) {
      throw ApiException.invalid("Too many queries in one batch (limit: " + maxQueries + ")");
    }
    List<Query> parsed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> q : queries.properties()) {
      if (!q.getValue().isNull()) {
        parsed.add(new QueryReader(q.getKey(), today).read(q.getValue()));
      }
    }
    if (parsed.isEmpty()) {
      throw ApiException.invalid("No queries provided.");
    }
    return parsed;
  }

  /**
   * Screens every query and renders yente's {@code EntityMatchResponse}: {@code {"responses": {KEY:
   * {"status": 200, "results": [...], "total": {"value", "relation": "eq"}, "query"}}, "matcher",
   * "limit", "lists"}}.
   *
   * <p>Each query's subjects are screened and their matches merged: one result per list entry, with
   * the score and explanation of the subject that scored it highest (of equal scores, the one with
   * more agreeing evidence). Results are those of the dataset's lists that pass the parameters'
   * filters and score at or above {@code min(cutoff, threshold)}, ranked by score then source then
   * id, at most {@code limit}. {@code total.value} counts the results (before {@code limit}) with
   * {@code match: true}, as yente counts. A result is yente's {@code ScoredEntityResponse} ({@code
   * id}, {@code caption}, {@code schema}, {@code properties}, {@code datasets}, {@code referents},
   * {@code target}, {@code first_seen}, {@code last_seen}, {@code last_change}, {@code score},
   * {@code match}, {@code explanations}), plus the deprecated {@code features} for older clients
   * and Mizan's own {@code explanation} array. {@code matcher} documents the features (yente's
   * deprecated {@code FeatureDocs}); {@code lists} (Mizan's) names the list versions screened: the
   * dataset's that {@code include_dataset} and {@code exclude_dataset} leave.
   *
   * @param queries the queries, as {@link #parse} returns them
   * @param dataset the lists to report results from
   * @param params the query parameters
   * @param screener screens one subject
   */
  ObjectNode response(List<Query> queries, Dataset dataset, Params params, Screener screener) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode responses = root.putObject("responses");
    Set<String> sources = dataset.sources();
    for (Query q : queries) {
      responses.set(q.key(), matches(q, sources, params, screener));
    }
    root.set("matcher", matcherDocs());
    root.put("limit", params.limit());
    root.set("lists", json.lists(params.screened(dataset)));
    return root;
  }

  /**
   * {@link #response(List, Dataset, Params, Screener)} over the lists of a {@link Screening}: the
   * dataset is resolved by {@link #dataset} among {@link Screening#lists()}, and every subject is
   * screened by {@link Screening#screen} and handed to {@code onResult} (e.g. to record it).
   *
   * @param queries the queries, as {@link #parse} returns them
   * @param dataset the {@code dataset} path parameter
   * @param screening screens every subject
   * @param onResult receives each subject's screening result, in order: one per name × country ×
   *     identifier of each query; its matches are the screening's own (at or above the reporting
   *     floor, up to {@value #MAX_LIMIT}), before the request's dataset, filters, cutoff and limit
   * @param params the query parameters
   * @throws ApiException 404 when the dataset selects no list in force
   */
  ObjectNode response(
      List<Query> queries,
      String dataset,
      Screening screening,
      Consumer<ScreeningResult> onResult,
      Params params) {
    Dataset selected = dataset(dataset, screening.lists());
    return response(
        queries,
        selected,
        params,
        (subject, threshold, limit, hitsOnly) -> {
          ScreeningResult result = screening.screen(subject, threshold, limit, hitsOnly);
          onResult.accept(result);
          return result;
        });
  }

  private ObjectNode matches(Query q, Set<String> sources, Params params, Screener screener) {
    double cutoff = Math.min(params.cutoff(), params.threshold());
    // A cutoff at or above the threshold keeps the hits alone: no other match need be looked for.
    boolean hitsOnly = params.cutoff() >= params.threshold();
    Map<String, Match> best = new LinkedHashMap<>();
    for (Subject subject : q.subjects()) {
      // The most the screener gives: the filters below may drop many of them.
      ScreeningResult result = screener.screen(subject, params.threshold(), MAX_LIMIT, hitsOnly);
      for (Match m : result.matches()) {
        if (m.score() >= cutoff && sources.contains(m.source()) && params.keeps(m)) {
          best.merge(m.source() + '\n' + m.entry().id(), m, YenteMatch::better);
        }
      }
    }
    List<Match> ranked = best.values().stream().sorted(Match.RANKING).toList();
    ObjectNode o = mapper.createObjectNode();
    o.put("status", 200);
    ArrayNode results = o.putArray("results");
    ranked.stream()
        .limit(params.limit())
        .forEach(m -> results.add(result(m, m.score() >= params.threshold())));
    ObjectNode total = o.putObject("total");
    total.put("value", ranked.stream().filter(m -> m.score() >= params.threshold()).count());
    total.put("relation", "eq");
    o.set("query", q.echo());
    return o;
  }

  /**
   * The better of two matches of one entry: the higher score; of equal scores (a name scoring 1
   * with or without a matching document number), the one with more agreeing evidence, so that the
   * explanation shows it; of equals, the first (the query's first name).
   */
  private static Match better(Match first, Match second) {
    if (second.score() != first.score()) {
      return second.score() > first.score() ? second : first;
    }
    return evidence(second) > evidence(first) ? second : first;
  }

  /** The weighted agreement of the evidence: Σ weight × score over the explanation. */
  private static double evidence(Match m) {
    return m.explanation().stream().mapToDouble(f -> f.weight() * f.score()).sum();
  }

  /** yente's {@code ScoredEntityResponse} for one match. */
  private ObjectNode result(Match m, boolean hit) {
    ListEntry entry = m.entry();
    ObjectNode o = mapper.createObjectNode();
    o.put("id", entry.id());
    o.put("caption", entry.primaryName());
    o.put("schema", schemaOf(entry.kind()));
    o.set("properties", properties(entry, m.source()));
    o.putArray("datasets").add(m.source());
    o.putArray("referents");
    // Every entry of a watchlist is a designated target.
    o.put("target", true);
    o.putNull("first_seen");
    o.putNull("last_seen");
    o.putNull("last_change");
    o.put("score", m.score());
    o.put("match", hit);
    ObjectNode explanations = o.putObject("explanations");
    ObjectNode features = o.putObject("features");
    for (FeatureScore f : m.explanation()) {
      ObjectNode e = explanations.putObject(f.feature());
      e.put("detail", f.detail());
      e.put("score", f.score());
      e.put("query", f.query());
      e.put("candidate", f.list());
      features.put(f.feature(), f.score());
    }
    o.set("explanation", json.match(m, hit).get("explanation"));
    return o;
  }

  /** The entry's fields as FollowTheMoney properties, those a list entry carries. */
  private ObjectNode properties(ListEntry entry, String source) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (EntryName name : entry.names()) {
      String property;
      switch (name.type()) {
        case PRIMARY:
          property = "name";
          break;
        case ALIAS_LOW:
          // FtM's weakAlias: "a relatively broad or generic alias", as UN Low quality is.
          property = "weakAlias";
          break;
        default:
          property = "alias";
          break;
      }
      add(p, property, name.value());
    }
    if (entry.kind() == EntryKind.PERSON) {
      if (entry.gender() != Gender.UNKNOWN) {
        add(p, "gender", entry.gender().id());
      }
      entry.birthDates().forEach(d -> ftmDates(d).forEach(v -> add(p, "birthDate", v)));
      entry.placesOfBirth().forEach(v -> add(p, "birthPlace", v));
      entry
          .nationalities()
          .forEach(v -> COUNTRIES.code(v).ifPresent(c -> add(p, "nationality", lower(c))));
      entry.titles().forEach(v -> add(p, "title", v));
      entry.designations().forEach(v -> add(p, "position", v));
    } else {
      entry
          .nationalities()
          .forEach(v -> COUNTRIES.code(v).ifPresent(c -> add(p, "country", lower(c))));
    }
    for (IdentityDocument d : entry.documents()) {
      boolean passport =
          entry.kind() == EntryKind.PERSON
              && d.type().toLowerCase(Locale.ROOT).contains("passport");
      add(p, passport ? "passportNumber" : "idNumber", d.number());
    }
    entry.addresses().forEach(v -> add(p, "address", v));
    entry.programs().forEach(v -> add(p, "program", v));
    if (!entry.comments().isEmpty()) {
      add(p, "notes", entry.comments());
    }
    topicsOf(source).forEach(t -> add(p, "topics", t));
    ObjectNode o = mapper.createObjectNode();
    p.forEach((k, values) -> values.forEach(o.putArray(k)::add));
    return o;
  }

  private static void add(Map<String, List<String>> p, String property, String value) {
    if (!value.isBlank()) {
      List<String> values = p.computeIfAbsent(property, k -> new ArrayList<>());
      if (!values.contains(value)) {
        values.add(value);
      }
    }
  }

  /**
   * A date of birth as FtM dates, which are ISO prefixes with no intervals: a day, a month or a
   * year alone; an interval of years as its first and last year; any other interval as its first
   * and last day. Whether the list marks it approximate is not said.
   */
  static List<String> ftmDates(BirthDate d) {
    LocalDate a = d.earliest();
    LocalDate b = d.latest();
    if (a.equals(b)) {
      return List.of(a.toString());
    }
    boolean wholeYears =
        a.getDayOfYear() == 1 && b.getMonthValue() == 12 && b.getDayOfMonth() == 31;
    if (wholeYears) {
      return a.getYear() == b.getYear()
          ? List.of(Integer.toString(a.getYear()))
          : List.of(Integer.toString(a.getYear()), Integer.toString(b.getYear()));
    }
    YearMonth month = YearMonth.from(a);
    if (a.getDayOfMonth() == 1
        && month.equals(YearMonth.from(b))
        && b.equals(month.atEndOfMonth())) {
      return List.of(month.toString());
    }
    return List.of(a.toString(), b.toString());
  }

  /** yente's deprecated {@code matcher} ({@code FeatureDocs}): Mizan's feature table. */
  private ObjectNode matcherDocs() {
    ObjectNode o = mapper.createObjectNode();
    for (Feature f : Feature.values()) {
      ObjectNode doc = o.putObject(f.id());
      doc.put("description", f.description());
      doc.put("coefficient", f.weight());
      doc.put("url", FEATURES_URL);
    }
    return o;
  }

  /** The FtM schema of an entry kind. */
  static String schemaOf(EntryKind kind) {
    switch (kind) {
      case PERSON:
        return Schema.PERSON.ftmName;
      case ORGANIZATION:
        return Schema.ORGANIZATION.ftmName;
      case VESSEL:
        return Schema.VESSEL.ftmName;
      case AIRCRAFT:
        return Schema.AIRPLANE.ftmName;
    }
    throw new IllegalArgumentException("unknown kind " + kind);
  }

  private static List<String> topicsOf(String source) {
    return SANCTIONS_SOURCES.contains(source) ? List.of(SANCTION_TOPIC) : List.of();
  }

  private static String lower(String code) {
    return code.toLowerCase(Locale.ROOT);
  }

  /**
   * The FollowTheMoney schemas a query may name: those yente matches (FtM {@code matchable}, and
   * {@code Thing}), and {@code Vehicle}, the parent of {@code Vessel} and {@code Airplane}, which
   * is not matchable. Source: FtM's {@code followthemoney/schema/*.yaml}.
   */
  enum Schema {
    THING("Thing", null, true, EnumSet.allOf(EntryKind.class)),
    LEGAL_ENTITY("LegalEntity", THING, true, EnumSet.of(EntryKind.PERSON, EntryKind.ORGANIZATION)),
    PERSON("Person", LEGAL_ENTITY, true, EnumSet.of(EntryKind.PERSON)),
    ORGANIZATION("Organization", LEGAL_ENTITY, true, EnumSet.of(EntryKind.ORGANIZATION)),
    COMPANY("Company", ORGANIZATION, true, EnumSet.of(EntryKind.ORGANIZATION)),
    PUBLIC_BODY("PublicBody", ORGANIZATION, true, EnumSet.of(EntryKind.ORGANIZATION)),
    VEHICLE("Vehicle", THING, false, EnumSet.noneOf(EntryKind.class)),
    VESSEL("Vessel", VEHICLE, true, EnumSet.of(EntryKind.VESSEL)),
    AIRPLANE("Airplane", VEHICLE, true, EnumSet.of(EntryKind.AIRCRAFT)),
    // Matchable in FtM, but no list entry is one: accepted, screen nothing.
    ADDRESS("Address", THING, true, EnumSet.noneOf(EntryKind.class)),
    BANK_ACCOUNT("BankAccount", THING, true, EnumSet.noneOf(EntryKind.class)),
    CRYPTO_WALLET("CryptoWallet", THING, true, EnumSet.noneOf(EntryKind.class)),
    POSITION("Position", THING, true, EnumSet.noneOf(EntryKind.class)),
    SECURITY("Security", THING, true, EnumSet.noneOf(EntryKind.class));

    final String ftmName;
    private final Schema parent;
    final boolean queryable;
    final Set<EntryKind> kinds;

    Schema(String ftmName, Schema parent, boolean queryable, Set<EntryKind> kinds) {
      this.ftmName = ftmName;
      this.parent = parent;
      this.queryable = queryable;
      this.kinds = Set.copyOf(kinds);
    }

    /** Whether this schema is {@code other} or extends it. */
    boolean isA(Schema other) {
      for (Schema s = this; s != null; s = s.parent) {
        if (s == other) {
          return true;
        }
      }
      return false;
    }

    static Optional<Schema> byName(String name) {
      for (Schema s : values()) {
        if (s.ftmName.equals(name)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    static String queryableNames() {
      return String.join(
          ", ",
          EnumSet.allOf(Schema.class).stream()
              .filter(s -> s.queryable)
              .map(s -> s.ftmName)
              .toList());
    }
  }

  /** What Mizan makes of a property's values. */
  private enum Role {
    NAME,
    NAME_PART,
    BIRTH_DATE,
    COUNTRY,
    GENDER,
    IDENTIFIER
  }

  /** One FtM property Mizan reads: its name, its role, and the schemas that define it. */
  private record Property(String name, Role role, List<Schema> definedOn) {
    Property {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      definedOn = List.copyOf(definedOn);
    }

    Property(String name, Role role, Schema... definedOn) {
      this(name, role, List.of(definedOn));
    }

    boolean appliesTo(Schema schema) {
      return definedOn.stream().anyMatch(schema::isA);
    }
  }

  /** The properties read, in the order of the echoed query; sources: FtM's schema YAML files. */
  private static final List<Property> PROPERTIES =
      List.of(
          new Property("name", Role.NAME, Schema.THING),
          new Property("alias", Role.NAME, Schema.THING),
          new Property("previousName", Role.NAME, Schema.THING),
          new Property("firstName", Role.NAME_PART, Schema.PERSON),
          new Property("secondName", Role.NAME_PART, Schema.PERSON),
          new Property("middleName", Role.NAME_PART, Schema.PERSON),
          new Property("fatherName", Role.NAME_PART, Schema.PERSON),
          new Property("lastName", Role.NAME_PART, Schema.PERSON),
          new Property("birthDate", Role.BIRTH_DATE, Schema.PERSON),
          new Property("gender", Role.GENDER, Schema.PERSON),
          new Property("nationality", Role.COUNTRY, Schema.PERSON),
          new Property("citizenship", Role.COUNTRY, Schema.PERSON),
          new Property("country", Role.COUNTRY, Schema.THING),
          new Property("jurisdiction", Role.COUNTRY, Schema.LEGAL_ENTITY),
          new Property("mainCountry", Role.COUNTRY, Schema.LEGAL_ENTITY),
          new Property("flag", Role.COUNTRY, Schema.VESSEL),
          new Property("idNumber", Role.IDENTIFIER, Schema.LEGAL_ENTITY),
          new Property("passportNumber", Role.IDENTIFIER, Schema.PERSON),
          new Property("socialSecurityNumber", Role.IDENTIFIER, Schema.PERSON),
          new Property("taxNumber", Role.IDENTIFIER, Schema.LEGAL_ENTITY),
          new Property("registrationNumber", Role.IDENTIFIER, Schema.LEGAL_ENTITY, Schema.VEHICLE),
          new Property("innCode", Role.IDENTIFIER, Schema.LEGAL_ENTITY),
          new Property("ogrnCode", Role.IDENTIFIER, Schema.LEGAL_ENTITY),
          new Property("vatCode", Role.IDENTIFIER, Schema.LEGAL_ENTITY),
          new Property("leiCode", Role.IDENTIFIER, Schema.LEGAL_ENTITY),
          new Property("swiftBic", Role.IDENTIFIER, Schema.LEGAL_ENTITY),
          new Property("imoNumber", Role.IDENTIFIER, Schema.ORGANIZATION, Schema.VESSEL),
          new Property("mmsi", Role.IDENTIFIER, Schema.VESSEL),
          new Property("callSign", Role.IDENTIFIER, Schema.VESSEL),
          new Property("serialNumber", Role.IDENTIFIER, Schema.AIRPLANE));

  /** Reads one query entity; every error names its key. */
  private final class QueryReader {
    private final String key;
    private final LocalDate today;

    QueryReader(String key, LocalDate today) {
      this.key = key;
      this.today = today;
    }

    Query read(JsonNode node) {
      if (!node.isObject()) {
        throw error("must be an object with \"schema\" and \"properties\"");
      }
      Schema schema = schema(node.get("schema"));
      String id = id(node.get("id"));
      JsonNode props = node.get("properties");
      if (props == null || !props.isObject()) {
        throw error("\"properties\" is missing or not an object");
      }
      Map<String, List<String>> given = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> p : props.properties()) {
        given.put(p.getKey(), strings(p.getKey(), p.getValue()));
      }

      ObjectNode echo = mapper.createObjectNode();
      if (id.isEmpty()) {
        echo.putNull("id");
      } else {
        echo.put("id", id);
      }
      echo.put("schema", schema.ftmName);
      ObjectNode echoed = echo.putObject("properties");

      Set<String> names = new LinkedHashSet<>();
      List<String> nameParts = new ArrayList<>();
      List<BirthDate> birthDates = new ArrayList<>();
      Set<String> countries = new LinkedHashSet<>();
      Set<Gender> genders = EnumSet.noneOf(Gender.class);
      Set<String> identifiers = new LinkedHashSet<>();
      for (Property property : PROPERTIES) {
        List<String> values = given.getOrDefault(property.name(), List.of());
        if (values.isEmpty() || !property.appliesTo(schema)) {
          continue;
        }
        for (int i = 0; i < values.size(); i++) {
          String value = values.get(i);
          if (value.isEmpty()) {
            continue;
          }
          String cleaned = value;
          switch (property.role()) {
            case NAME:
              checkName(property, i, value);
              // A whole zone is a person's document: as a company it matched no one, unread (a
              // breaker's find).
              if (SubjectFields.isZoneOfNoPerson(value, schema.kinds)) {
                throw error(
                    at(property, i)
                        + " is a machine-readable zone, a person's document: send it with the"
                        + " schema Person (or LegalEntity, Thing), not "
                        + schema.ftmName);
              }
              names.add(value);
              break;
            case NAME_PART:
              checkName(property, i, value);
              if (i == firstNonEmpty(values)) {
                nameParts.add(value);
              }
              break;
            case BIRTH_DATE:
              cleaned = datePart(property, i, value);
              birthDates.add(birthDate(property, i, cleaned));
              break;
            case COUNTRY:
              cleaned = lower(country(property, i, value));
              countries.add(cleaned);
              break;
            case GENDER:
              Gender g = gender(property, i, value);
              if (g == Gender.UNKNOWN) {
                // other, unknown, x: no evidence either way, so not read.
                continue;
              }
              genders.add(g);
              cleaned = g.id();
              break;
            case IDENTIFIER:
              identifiers.add(value);
              break;
          }
          ArrayNode array = array(echoed, property.name());
          if (!contains(array, cleaned)) {
            array.add(cleaned);
          }
        }
      }
      if (names.isEmpty() && !nameParts.isEmpty()) {
        // yente builds a name from the parts when none is given (FtM combine_names).
        String joined = String.join(" ", nameParts);
        checkName(PROPERTIES.get(0), 0, joined);
        names.add(joined);
        array(echoed, "name").add(joined);
      }
      if (schema.kinds.isEmpty()) {
        return new Query(key, echo, List.of());
      }
      if (names.isEmpty()) {
        throw error("has no name: give \"name\" (or \"alias\", \"previousName\", or name parts)");
      }
      Gender gender = genders.size() == 1 ? genders.iterator().next() : Gender.UNKNOWN;
      String subjectId = id.isEmpty() ? key.strip() : id;
      if (subjectId.isEmpty()
          || subjectId.length() > MAX_ID_LENGTH
          || !SubjectFields.plainText(subjectId)) {
        throw error(
            "needs an \"id\" or a query key of 1–"
                + MAX_ID_LENGTH
                + " characters (well-formed Unicode, no control or invisible character): it is the"
                + " id of what is screened");
      }
      for (String identifier : identifiers) {
        if (identifier.length() > MAX_IDENTIFIER_LENGTH) {
          throw error("an identifier is longer than " + MAX_IDENTIFIER_LENGTH + " characters");
        }
        if (!SubjectFields.plainText(identifier)) {
          throw error(
              "an identifier is not well-formed Unicode or holds a control or invisible character");
        }
      }
      return new Query(
          key,
          echo,
          subjects(subjectId, schema, names, birthDates, countries, gender, identifiers));
    }

    private List<Subject> subjects(
        String subjectId,
        Schema schema,
        Set<String> names,
        List<BirthDate> birthDates,
        Set<String> countries,
        Gender gender,
        Set<String> identifiers) {
      List<String> nationalities = countries.isEmpty() ? List.of("") : List.copyOf(countries);
      List<String> documents = identifiers.isEmpty() ? List.of("") : List.copyOf(identifiers);
      long screenings = (long) names.size() * nationalities.size() * documents.size();
      if (screenings > MAX_SCREENINGS_PER_QUERY) {
        throw error(
            names.size()
                + " names × "
                + nationalities.size()
                + " countries × "
                + documents.size()
                + " identifiers make "
                + screenings
                + " screenings, more than "
                + MAX_SCREENINGS_PER_QUERY);
      }
      List<Subject> subjects = new ArrayList<>();
      for (String name : names) {
        for (String nationality : nationalities) {
          for (String document : documents) {
            subjects.add(
                new Subject(
                    subjectId, name, birthDates, nationality, gender, document, schema.kinds));
          }
        }
      }
      return subjects;
    }

    private Schema schema(JsonNode node) {
      if (node == null || !node.isTextual() || node.textValue().isBlank()) {
        throw error("\"schema\" is missing or not a string");
      }
      String name = node.textValue().strip();
      Optional<Schema> schema = Schema.byName(name).filter(s -> s.queryable);
      if (schema.isEmpty()) {
        String quoted = SCHEMA_WORD.matcher(name).matches() ? " '" + name + "'" : "";
        throw error(
            "schema"
                + quoted
                + " is not a FollowTheMoney schema that can be matched; one of "
                + Schema.queryableNames());
      }
      return schema.get();
    }

    private String id(JsonNode node) {
      if (node == null || node.isNull()) {
        return "";
      }
      if (!node.isTextual()) {
        throw error("\"id\" must be a string");
      }
      return node.textValue().strip();
    }

    /** A property's values: a string, or an array of strings; stripped, empties kept in place. */
    private List<String> strings(String property, JsonNode node) {
      if (node.isTextual()) {
        return List.of(node.textValue().strip());
      }
      if (node.isArray()) {
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode v : node) {
          if (!v.isTextual()) {
            throw error(
                "property '"
                    + shownProperty(property)
                    + "' value "
                    + (values.size() + 1)
                    + " is not a string");
          }
          values.add(v.textValue().strip());
        }
        return values;
      }
      throw error(
          "property '" + shownProperty(property) + "' must be a string or an array of strings");
    }

    /**
     * A property's name as an error may show it: a FollowTheMoney property is a word beginning with
     * a small letter ({@code birthDate}); anything else the client wrote may be a name (a
     * re-breaker's find: property 'Osama bin Laden'), written {@code …}.
     */
    private static String shownProperty(String property) {
      return org.mizan.lists.ParserMessages.isFormatKey(property) ? property : "…";
    }

    private void checkName(Property property, int index, String name) {
      SubjectFields.nameProblem(name)
          .ifPresent(
              problem -> {
                throw error(at(property, index) + " " + problem);
              });
    }

    private String datePart(Property property, int index, String value) {
      Matcher m = FTM_DATE.matcher(value);
      if (!m.matches()) {
        throw error(at(property, index) + " is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
      }
      if (m.group(2) != null && !isTimeOfDay(m.group(2))) {
        throw error(
            at(property, index)
                + " has a time of day out of range or malformed (HH, HH:MM or HH:MM:SS after T,"
                + " hours 00–23, then Z or an offset)");
      }
      return m.group(1);
    }

    private BirthDate birthDate(Property property, int index, String text) {
      BirthDate date;
      try {
        date = BirthDate.parse(text);
      } catch (IllegalArgumentException e) {
        // BirthDate's message never repeats the text.
        throw error(at(property, index) + ": " + e.getMessage());
      }
      Optional<String> problem = SubjectFields.birthDateProblem(date, today);
      if (problem.isPresent()) {
        throw error(at(property, index) + " is " + problem.get());
      }
      return date;
    }

    private String country(Property property, int index, String value) {
      if (SubjectFields.hasHiddenCharacter(value)) {
        throw error(at(property, index) + " holds a control or invisible character");
      }
      return COUNTRIES
          .code(value)
          .orElseThrow(
              () ->
                  error(
                      at(property, index)
                          + " is not an ISO 3166 country code or English country name (e.g. iq,"
                          + " IRQ, Iraq)"));
    }

    private Gender gender(Property property, int index, String value) {
      return SubjectFields.gender(value)
          .orElseThrow(() -> error(at(property, index) + " is not male, female or other"));
    }

    private String at(Property property, int index) {
      return "property '" + property.name() + "' value " + (index + 1);
    }

    private ApiException error(String problem) {
      // The key is the client's own label; a long or odd one is shortened, not repeated whole.
      String shown =
          key.length() <= 40
                  && SubjectFields.wellFormed(key)
                  && key.chars().noneMatch(Character::isISOControl)
              ? key
              : key.codePoints()
                      .limit(20)
                      .filter(
                          c ->
                              !Character.isISOControl(c)
                                  && !(c >= Character.MIN_SURROGATE
                                      && c <= Character.MAX_SURROGATE))
                      .collect(
                          StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                  + "…";
      return ApiException.invalid("query '" + shown + "': " + problem);
    }
  }

  private static int firstNonEmpty(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static ArrayNode array(ObjectNode o, String property) {
    JsonNode existing = o.get(property);
    return existing instanceof ArrayNode ? (ArrayNode) existing : o.putArray(property);
  }

  private static boolean contains(ArrayNode array, String value) {
    for (JsonNode v : array) {
      if (v.textValue().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
