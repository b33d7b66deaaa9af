package org.mizan.lists.ftm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mizan.lists.EntryIds;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.Sha256Input;
import org.mizan.model.EntryKind;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;

/**
 * Parser of FollowTheMoney (FtM) entities in JSON Lines, the {@code entities.ftm.json} export that
 * OpenSanctions publishes for every dataset ({@code
 * https://data.opensanctions.org/datasets/latest/<dataset>/entities.ftm.json}; format: {@code
 * https://www.opensanctions.org/docs/bulk/json/}, schemata: {@code
 * https://followthemoney.tech/explorer/schemata/}). Its nested form ({@code targets.nested.json},
 * related entities written inline as property values) is read too.
 *
 * <p>Each line is one entity: {@code {"id", "schema", "properties": {property: [values]},
 * "caption", "datasets", "target", "first_seen", "last_seen", "last_change", "referents"}}. The
 * file is read as a stream, one entity at a time (see {@code EntityReader}); what entities on other
 * lines add to an entry is gathered during the pass and applied after it (see {@code Links}).
 *
 * <p>Mapping:
 *
 * <ul>
 *   <li>Entries: entities of the schemas {@code Person} ({@link EntryKind#PERSON}), {@code
 *       Organization}, {@code Company}, {@code LegalEntity}, {@code PublicBody} ({@link
 *       EntryKind#ORGANIZATION}), {@code Vessel} ({@link EntryKind#VESSEL}) and {@code Airplane}
 *       ({@link EntryKind#AIRCRAFT}), in file order, except those marked {@code "target": false}
 *       (OpenSanctions exports the relatives, owners and subsidiaries of listed parties as
 *       non-targets: they are not designated, and screening against them would raise alerts nobody
 *       should act on). An entity without {@code target} is an entry. Other schemas are not
 *       entries: see {@link Role}; an unknown schema is skipped, not an error.
 *   <li>id = the FtM {@code id}; names: see {@code Names} ({@code name}, {@code alias}, {@code
 *       previousName} good aliases, {@code weakAlias} low-quality aliases, names in another script
 *       than Latin original-script names).
 *   <li>gender = {@code gender} ({@code male}, {@code female}; persons only); birthDates = {@code
 *       birthDate} ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, a time after it ignored; a
 *       value that is no such date is left out, see {@code FtmDates}); placesOfBirth = {@code
 *       birthPlace}; nationalities = {@code nationality} then {@code citizenship}, as upper-case
 *       ISO 3166 codes ({@code iq} gives {@code IQ}, which {@link org.mizan.model.Countries}
 *       reads). {@code country} is not read: it is a loose association (a country of operation, of
 *       an address), not a nationality.
 *   <li>documents: each {@code Identification} or {@code Passport} entity whose {@code holder} is
 *       the entry (or nested in it), then the identifier properties {@code passportNumber}, {@code
 *       idNumber}, {@code taxNumber}, {@code innCode}, {@code registrationNumber}, {@code
 *       imoNumber}, ... (see {@code Documents}); a number already given is kept once.
 *   <li>addresses = {@code address}, then the {@code full} text (or parts) of each {@code Address}
 *       entity nested in the entry or named by its {@code addressEntity}.
 *   <li>programs = the {@code program} values of the entry and of each {@code Sanction} entity
 *       whose {@code entity} is the entry (or nested in it), then the {@code programId} values of
 *       both (for the UN list: {@code Al-Qaida}, {@code UN-SCISIL}). {@code topics} ({@code
 *       sanction}, {@code role.pep}, ...) are risk categories, not programs, and are not read.
 *   <li>recordId = the sanctions' {@code unscId} (the UN reference number, e.g. {@code QDi.290})
 *       and {@code authorityId} values, joined by "; "; listedOn = the earliest day among the
 *       sanctions' {@code listingDate} and {@code startDate} values.
 *   <li>designations = {@code position}; titles = {@code title}; comments = the {@code notes}
 *       values, one per line. Every other property is not read.
 * </ul>
 *
 * <p>Source id: {@code ftm:<dataset>}, the dataset is the first of the {@code datasets} that every
 * entry carries (an OpenSanctions dataset export has one, e.g. {@code ftm:un_sc_sanctions}); when
 * the entries share none (a collection, a file written by hand), it is the file name without {@code
 * .ftm.json}, {@code .json}, {@code .jsonl} or {@code .ndjson}, or the folder's name for {@code
 * entities.ftm.json} and {@code targets.nested.json} as OpenSanctions names them.
 *
 * <p>Version: the export has no header, so no publication timestamp as such. published = the latest
 * {@code last_seen} of the file as written (e.g. {@code 2026-02-27T06:12:44}): OpenSanctions sets
 * {@code last_seen} of every entity a run still finds to that run's time, so the latest one is when
 * the data was exported, a value read from the bytes and the same for the same bytes. ({@code
 * last_change} is not used: it stays put while the list is re-published, so two versions would show
 * one date.) Empty when no entity has {@code last_seen}. The SHA-256 is over every byte read.
 * Stateless and thread-safe.
 */
public final class FtmEntitiesParser {
  /** The prefix of the source ids of these lists: {@code ftm:<dataset>}. */
  public static final String SOURCE_PREFIX = "ftm:";

  private static final List<String> SUFFIXES =
      List.of(".ftm.json", ".nested.json", ".ndjson", ".jsonl", ".json");

  private FtmEntitiesParser() {}

  /**
   * Reads a whole file of FtM entities. Either the whole list is returned or an exception is
   * thrown: never part of it.
   *
   * @param in the bytes, UTF-8 (a byte-order mark is allowed); read to the end, not closed
   * @param location the file name to cite in errors, and to name the source when the entities name
   *     no common dataset
   * @return the entries; version {@code (ftm:<dataset>, latest last_seen or "", SHA-256 of every
   *     byte read from in, lower-case hex)}
   * @throws ListFormatException naming line, column and JSON path (e.g. {@code properties/name/0})
   *     when: the file is empty or holds no entry; a line is not valid JSON (a truncated file, an
   *     HTML page) or not a JSON object, or holds a second entity; the bytes are not UTF-8; an
   *     entity lacks {@code id} or {@code schema}, or a key has a value of the wrong type; two
   *     entries, sanctions, identifications or addresses share an id; an entry has no name; a
   *     {@code last_seen} is no ISO 8601 date-time
   * @throws UncheckedIOException when reading {@code in} fails
   */
  public static Watchlist parse(InputStream in, String location) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(location, "location");
    Sha256Input hash = new Sha256Input(in);
    EntityReader reader = EntityReader.open(hash, location);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    EntryIds ids = new EntryIds(location, "entity id");
    Links links = new Links();
    Latest published = new Latest();
    boolean any = false;
    for (Optional<Entity> next = reader.next(); next.isPresent(); next = reader.next()) {
      Entity entity = next.get();
      any = true;
      published.offer(entity, location);
      Role role = Role.of(entity.schema());
      if (role == Role.SKIPPED || (role == Role.ENTRY && !entity.target())) {
        continue;
      }
      ids.add(entity.id(), "id", entity.line(), entity.column());
      if (role == Role.ENTRY) {
        EntryKind kind = Role.kind(entity.schema()).orElseThrow();
        drafts.put(entity.id(), Draft.of(entity, kind, location));
      } else {
        links.add(role, entity);
      }
    }
    String sha256 = hash.readToEndAndDigest();
    if (!any) {
      throw new ListFormatException(location, 0, 0, "", "the file is empty");
    }
    if (drafts.isEmpty()) {
      // A stub or cut-off download must not pass for a list on which nobody is listed.
      throw new ListFormatException(
          location,
          0,
          0,
          "",
          "the list has no entries (no target entity of schema " + Role.entrySchemas() + ")");
    }
    List<ListEntry> entries = new ArrayList<>(drafts.size());
    for (Draft draft : drafts.values()) {
      entries.add(draft.entry(links));
    }
    String source = SOURCE_PREFIX + dataset(drafts.values(), location);
    ListVersion version = new ListVersion(source, published.text, sha256);
    return new Watchlist(version, entries);
  }

  /**
   * Whether {@code head}, the start of a file, looks like FtM entities: its first value is a JSON
   * object with the top-level keys {@code schema} and {@code properties} (or {@code id}).
   *
   * @param head the file's first few kilobytes as text; an entity cut off at its end is judged on
   *     the keys before the cut
   */
  public static boolean recognizes(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    if (!text.stripLeading().startsWith("{")) {
      return false;
    }
    boolean schema = false;
    boolean propertiesOrId = false;
    try (JsonParser json = EntityReader.JSON.createParser(text)) {
      json.nextToken();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String key = json.currentName();
        schema |= key.equals("schema");
        propertiesOrId |= key.equals("properties") || key.equals("id");
        json.nextToken();
        json.skipChildren();
      }
    } catch (IOException e) {
      // The head ends inside the first entity, or is not JSON after all: judge the keys seen.
      return schema && propertiesOrId;
    }
    return schema && propertiesOrId;
  }

  /** The first dataset common to all entries, else a name from the file's location. */
  private static String dataset(Iterable<Draft> drafts, String location) {
    List<String> common = null;
    for (Draft draft : drafts) {
      if (common == null) {
        common = new ArrayList<>(draft.datasets());
      } else {
        common.retainAll(draft.datasets());
      }
    }
    if (common != null && !common.isEmpty()) {
      return common.get(0);
    }
    String[] path = location.replace('\\', '/').split("/");
    int last = path.length - 1;
    String name = path[last];
    for (String suffix : SUFFIXES) {
      if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    if ((name.equals("entities") || name.equals("targets"))
        && last > 0
        && !path[last - 1].isEmpty()) {
      return path[last - 1];
    }
    return name.isEmpty() ? "entities" : name;
  }

  /** The latest {@code last_seen} of the file, as written. */
  private static final class Latest {
    private String text = "";
    private Instant instant = Instant.MIN;

    void offer(Entity entity, String location) {
      if (entity.lastSeen().isEmpty()) {
        return;
      }
      Instant seen =
          FtmDates.timestamp(entity.lastSeen())
              .orElseThrow(
                  () ->
                      new ListFormatException(
                          location,
                          entity.line(),
                          entity.column(),
                          "last_seen",
                          "last_seen '"
                              + entity.lastSeen()
                              + "' of entity "
                              + entity.id()
                              + " is not an ISO 8601 date-time"));
      if (seen.isAfter(instant)) {
        instant = seen;
        text = entity.lastSeen();
      }
    }
  }
}
