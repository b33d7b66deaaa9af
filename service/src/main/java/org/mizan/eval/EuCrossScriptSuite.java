package org.mizan.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mizan.lists.Sha256Input;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The EU cross-script suite: individuals of the EU consolidated list that are not on the UN list,
 * queried by their Arabic-script name against the EU entries' Latin names alone. Many are Syrian
 * and Iranian, so their names are Arabic and Persian ones that the UN list has few of: compound
 * given names written joined ({@code محمدرضا}), Persian family-name endings ({@code -pour}, {@code
 * -zadeh}), v spelt with {@code و}.
 *
 * <p>The names come from an unofficial, normalised copy of the EU list ({@code
 * lists/unofficial/pakote_data-all-2026-01-28.json} of the shared data folder, see its README):
 * entities with their primary name and aliases as strings, birth dates and sources. Entries whose
 * only source is the EU are kept, and of those any that may be a UN-listed person are left out: one
 * of whose Latin names is, folded, a name of the UN list, or who shares a date of birth and a name
 * part of four letters or more with a UN-listed individual. Each kept individual with a name in
 * Arabic script is queried by the first such name, by name alone and with the first date of birth,
 * against every kept entry with every name in Arabic script removed. Split by entity ({@code EU-}
 * and the entry's number).
 */
final class EuCrossScriptSuite {
  /** The shortest name part that ties an EU entry to a UN one born the same day. */
  private static final int SHARED_PART_LETTERS = 4;

  private EuCrossScriptSuite() {}

  /**
   * The query sets, from the EU list copy read from {@code euJson}; the list's version names the
   * SHA-256 of the bytes parsed, taken as they are read.
   *
   * @param location the copy's path, for errors
   * @throws EvalDataException naming {@code location} (and the line and column) when the copy is
   *     not JSON or has no array {@code entities}
   */
  static List<QuerySet> of(Watchlist un, InputStream euJson, String location, Split split) {
    Sha256Input bytes = new Sha256Input(euJson);
    JsonNode root;
    String sha256;
    try {
      root =
          new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bytes);
      sha256 = bytes.readToEndAndDigest();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new EvalDataException(
          location
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not JSON ("
              + withoutSource(e.getOriginalMessage())
              + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
    JsonNode entities = root == null ? null : root.get("entities");
    if (entities == null || !entities.isArray()) {
      throw new EvalDataException(location + ": no array 'entities' at the top level");
    }
    Set<String> unNames = new HashSet<>();
    Map<BirthDate, List<Set<String>>> unByDate = new HashMap<>();
    for (ListEntry e : un.entries()) {
      for (EntryName n : e.names()) {
        unNames.add(NameText.fold(n.value()));
      }
      if (e.kind() == EntryKind.PERSON) {
        for (BirthDate d : e.birthDates()) {
          for (EntryName n : e.names()) {
            unByDate.computeIfAbsent(d, k -> new ArrayList<>()).add(longParts(n.value()));
          }
        }
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    long euOnly = 0;
    long maybeUn = 0;
    List<ListEntry> entries = new ArrayList<>();
    Map<ListEntry, String> arabicName = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    long unusable = 0;
    long tooLong = 0;
    long badDates = 0;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (JsonNode e : entities) {
      if (!isEuOnly(e)) {
        continue;
      }
      euOnly++;
      List<String> latin = new ArrayList<>();
      String arabic = null;
      List<String> all = new ArrayList<>();
      all.add(text(e.path("name")));
      JsonNode aliases = e.path("aliases");
      if (!aliases.isMissingNode() && !aliases.isArray()) {
        unusable++;
        continue;
      }
      aliases.forEach(a -> all.add(text(a)));
      for (String name : all) {
        if (NameText.fold(name).isEmpty()) {
          continue;
        }
        if (!NameText.hasArabic(name)) {
          latin.add(name);
        } else if (arabic == null) {
          arabic = name;
        }
      }
      JsonNode number = e.path("source_id");
      String id = "EU-" + (number.isTextual() || number.isIntegralNumber() ? number.asText() : "");
      if (latin.isEmpty() || id.equals("EU-") || !ids.add(id)) {
        unusable++;
        continue;
      }
      if (arabic != null && Subject.isTooLong(arabic)) {
        tooLong++;
        arabic = null;
      }
      List<BirthDate> dates = new ArrayList<>();
      for (JsonNode d : e.path("birthdates")) {
        Optional<BirthDate> date = parseDate(text(d)).filter(b -> !b.earliest().isAfter(today));
        if (date.isPresent()) {
          dates.add(date.get());
        } else {
          badDates++;
        }
      }
      if (mayBeUnListed(latin, dates, unNames, unByDate)) {
        maybeUn++;
        continue;
      }
      boolean person = "individual".equals(e.path("type").asText(""));
      List<EntryName> names = new ArrayList<>();
      for (String name : latin) {
        names.add(EntryName.of(name, names.isEmpty() ? NameType.PRIMARY : NameType.ALIAS_GOOD));
      }
      ListEntry entry =
          new ListEntry(
              id,
              id,
              person ? EntryKind.PERSON : EntryKind.ORGANIZATION,
              names,
              Gender.UNKNOWN,
              dates,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              "",
              List.of(),
              List.of(),
              "");
      entries.add(entry);
      if (person && arabic != null) {
        arabicName.put(entry, arabic);
      }
    }
    if (euOnly == 0) {
      throw new EvalDataException(location + ": no entity whose only source is the EU");
    }
    counts.put("entries whose only source is the EU", euOnly);
    counts.put(
        "left out: no name in Latin script, aliases not a list, no source_id, or a source_id seen"
            + " before",
        unusable);
    counts.put("left out: may be UN-listed (a name of the UN list, or born the same day)", maybeUn);
    counts.put("entries in the list (Latin names only)", (long) entries.size());
    if (arabicName.isEmpty()) {
      throw new EvalDataException(
          location + ": no EU-only individual (type 'individual') with a name in Arabic script");
    }
    counts.put("individuals with an Arabic-script name", (long) arabicName.size());
    counts.put("dates of birth left out: not a date, or in the future", badDates);
    counts.put(
        "of them left unqueried: the Arabic-script name is longer than "
            + Subject.MAX_NAME_LENGTH
            + " characters",
        tooLong);
    Watchlist list = new Watchlist(new ListVersion("eu-unofficial", "2026-01-28", sha256), entries);
    List<QuerySet> sets = new ArrayList<>();
    for (Evidence evidence : List.of(Evidence.NAME_ONLY, Evidence.DOB)) {
      List<LabelledQuery> queries = new ArrayList<>();
      for (Map.Entry<ListEntry, String> q : arabicName.entrySet()) {
        ListEntry entry = q.getKey();
        if (!split.includes(entry.id())) {
          continue;
        }
        List<BirthDate> dates =
            evidence == Evidence.DOB && !entry.birthDates().isEmpty()
                ? List.of(entry.birthDates().get(0))
                : List.of();
        Subject subject =
            new Subject(
                entry.id(),
                q.getValue(),
                dates,
                "",
                Gender.UNKNOWN,
                "",
                Set.of(EntryKind.values()));
        queries.add(LabelledQuery.positive(subject, Set.of(entry.id())));
      }
      Map<String, Long> setCounts = new LinkedHashMap<>(counts);
      setCounts.put("queries in the split", (long) queries.size());
      sets.add(
          new QuerySet(
              Suite.CROSS_SCRIPT_EU,
              "cross-script-eu/" + evidence.id(),
              evidence == Evidence.NAME_ONLY
                  ? "EU-only individuals (not on the UN list) queried by their Arabic-script name"
                      + " alone, against the EU-only entries' Latin names."
                  : "The same individuals with their first listed date of birth as well.",
              true,
              evidence,
              list,
              queries,
              setCounts));
    }
    return sets;
  }

  /** Jackson's message without the source description it may append. */
  private static String withoutSource(String message) {
    int at = message == null ? -1 : message.indexOf("[Source:");
    return message == null ? "" : (at < 0 ? message : message.substring(0, at)).strip();
  }

  /** A string field's text; empty for any other kind of value (a number is not a name). */
  private static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : "";
  }

  private static boolean isEuOnly(JsonNode e) {
    JsonNode source = e.path("source");
    return source.isArray() && source.size() == 1 && "EU".equals(source.get(0).asText());
  }

  private static Optional<BirthDate> parseDate(String text) {
    try {
      return Optional.of(BirthDate.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean mayBeUnListed(
      List<String> latin,
      List<BirthDate> dates,
      Set<String> unNames,
      Map<BirthDate, List<Set<String>>> unByDate) {
    Set<String> parts = new HashSet<>();
    for (String name : latin) {
      if (unNames.contains(NameText.fold(name))) {
        return true;
      }
      parts.addAll(longParts(name));
    }
    for (BirthDate d : dates) {
      for (Set<String> unParts : unByDate.getOrDefault(d, List.of())) {
        if (!Collections.disjoint(parts, unParts)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> longParts(String name) {
    Set<String> parts = new LinkedHashSet<>();
    for (String p : NameText.parts(name)) {
      if (p.length() >= SHARED_PART_LETTERS) {
        parts.add(p);
      }
    }
    return parts;
  }
}
