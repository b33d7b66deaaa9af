package org.mizan.lists.un;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.lists.EntryNames;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.xml.Field;
import org.mizan.lists.xml.Group;
import org.mizan.lists.xml.XmlCursor;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;

/**
 * Reads one {@code INDIVIDUAL} or {@code ENTITY} element into a {@link ListEntry}.
 *
 * <p>Mapping (element names as in the UN XML):
 *
 * <ul>
 *   <li>id = {@code REFERENCE_NUMBER} (required), recordId = {@code DATAID}, programs = [{@code
 *       UN_LIST_TYPE}], listedOn = {@code LISTED_ON} without a time-zone suffix.
 *   <li>names, in document order after the primary name: the primary name is {@code FIRST_NAME} ..
 *       {@code FOURTH_NAME}, each trimmed, the non-empty ones joined by one space and kept as parts
 *       (required); {@code NAME_ORIGINAL_SCRIPT} becomes an original-script name (the list writes
 *       it before the aliases, so it follows the primary name); each {@code *_ALIAS} with a
 *       non-empty {@code ALIAS_NAME} becomes an alias, {@code Low} quality {@link
 *       NameType#ALIAS_LOW}, every other quality ({@code Good}, {@code a.k.a.}, {@code f.k.a.})
 *       {@link NameType#ALIAS_GOOD}, the label kept as quality; an alias that holds several names
 *       (see {@link AliasNames}) gives each of them too, after the alias as written. A name whose
 *       value and type equal an earlier name's is left out (the list repeats an alias once per date
 *       of birth used with it).
 *   <li>birthDates: every {@code INDIVIDUAL_DATE_OF_BIRTH} (see {@link Dates}), then the {@code
 *       DATE_OF_BIRTH} the list gives for an alias; placesOfBirth: {@code
 *       INDIVIDUAL_PLACE_OF_BIRTH} as "street, city, province, country, note", then an alias's
 *       "city, country" of birth. Repeated values are kept once.
 *   <li>nationalities, titles, designations: the non-empty {@code VALUE}s.
 *   <li>documents: {@code INDIVIDUAL_DOCUMENT} with a non-empty {@code NUMBER}; type = {@code
 *       TYPE_OF_DOCUMENT}, issuing country = {@code ISSUING_COUNTRY}, else {@code
 *       COUNTRY_OF_ISSUE}; the note gathers {@code TYPE_OF_DOCUMENT2} (unless it repeats the type),
 *       date, city and country of issue, and {@code NOTE}.
 *   <li>addresses: "street, city, province, zip code, country, note", empty ones left out.
 *   <li>gender: see {@link Genders}; {@link Gender#UNKNOWN} for entities. comments = {@code
 *       COMMENTS1}.
 * </ul>
 *
 * Elements not named here ({@code VERSIONNUM}, {@code LIST_TYPE}, {@code LAST_DAY_UPDATED}, {@code
 * SORT_KEY}, ...) and any the UN may add are skipped.
 */
final class EntryReader {
  private static final List<String> NAME_PARTS =
      List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");

  private final XmlCursor cursor;
  private final String location;

  EntryReader(XmlCursor cursor, String location) {
    this.cursor = cursor;
    this.location = location;
  }

  /**
   * Reads the record the cursor is on, up to and including its end tag.
   *
   * @throws ListFormatException when a required field is missing or a value is malformed
   */
  ListEntry read(EntryKind kind) {
    String record = cursor.name();
    long line = cursor.line();
    long column = cursor.column();
    try {
      return build(kind, record, line, column);
    } catch (BadValue e) {
      Field field = e.field();
      throw new ListFormatException(
          location, field.line(), field.column(), field.path(), e.getMessage());
    }
  }

  private ListEntry build(EntryKind kind, String record, long line, long column) {
    Map<String, Field> fields = new HashMap<>();
    EntryNames names = new EntryNames();
    Set<BirthDate> birthDates = new LinkedHashSet<>();
    Set<BirthDate> aliasBirthDates = new LinkedHashSet<>();
    Set<String> placesOfBirth = new LinkedHashSet<>();
    Set<String> aliasPlacesOfBirth = new LinkedHashSet<>();
    Set<String> nationalities = new LinkedHashSet<>();
    Set<IdentityDocument> documents = new LinkedHashSet<>();
    Set<String> addresses = new LinkedHashSet<>();
    Set<String> designations = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();

    while (cursor.nextChild()) {
      String element = cursor.name();
      switch (element) {
        case "DATAID":
        case "FIRST_NAME":
        case "SECOND_NAME":
        case "THIRD_NAME":
        case "FOURTH_NAME":
        case "UN_LIST_TYPE":
        case "REFERENCE_NUMBER":
        case "LISTED_ON":
        case "GENDER":
        case "COMMENTS1":
          fields.putIfAbsent(element, cursor.text());
          break;
        case "NAME_ORIGINAL_SCRIPT":
          addName(names, cursor.text().text(), NameType.ORIGINAL_SCRIPT, "");
          break;
        case "NATIONALITY":
          for (String value : cursor.group().texts("VALUE")) {
            // The list writes "na" where the nationality is not available; it names no country
            // (read as a code, it would be Namibia's).
            if (!NOT_AVAILABLE.contains(value.strip().toLowerCase(java.util.Locale.ROOT))) {
              nationalities.add(value);
            }
          }
          break;
        case "TITLE":
          titles.addAll(cursor.group().texts("VALUE"));
          break;
        case "DESIGNATION":
          designations.addAll(cursor.group().texts("VALUE"));
          break;
        case "INDIVIDUAL_ALIAS":
        case "ENTITY_ALIAS":
          Group alias = cursor.group();
          String quality = alias.text("QUALITY");
          NameType type =
              quality.equalsIgnoreCase("low") ? NameType.ALIAS_LOW : NameType.ALIAS_GOOD;
          String aliasName = alias.text("ALIAS_NAME");
          if (!aliasName.isEmpty()) {
            AliasNames.of(aliasName).forEach(name -> addName(names, name, type, quality));
          }
          alias
              .field("DATE_OF_BIRTH")
              .filter(f -> !f.text().isEmpty())
              .ifPresent(f -> aliasBirthDates.add(Dates.day(f)));
          addIfNotEmpty(aliasPlacesOfBirth, alias.joined("CITY_OF_BIRTH", "COUNTRY_OF_BIRTH"));
          break;
        case "INDIVIDUAL_ADDRESS":
        case "ENTITY_ADDRESS":
          addIfNotEmpty(
              addresses,
              cursor
                  .group()
                  .joined("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"));
          break;
        case "INDIVIDUAL_DATE_OF_BIRTH":
          Dates.birthDate(cursor.group()).ifPresent(birthDates::add);
          break;
        case "INDIVIDUAL_PLACE_OF_BIRTH":
          addIfNotEmpty(
              placesOfBirth,
              cursor.group().joined("STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"));
          break;
        case "INDIVIDUAL_DOCUMENT":
          Group document = cursor.group();
          if (!document.text("NUMBER").isEmpty()) {
            documents.add(document(document));
          }
          break;
        default:
          cursor.skip();
          break;
      }
    }

    String id = text(fields, "REFERENCE_NUMBER");
    if (id.isEmpty()) {
      throw new ListFormatException(
          location,
          line,
          column,
          record + "/REFERENCE_NUMBER",
          "entry has no reference number (DATAID " + orNone(text(fields, "DATAID")) + ")");
    }
    List<String> parts = new ArrayList<>();
    for (String part : NAME_PARTS) {
      addIfNotEmpty(parts, text(fields, part));
    }
    if (parts.isEmpty()) {
      throw new ListFormatException(
          location,
          line,
          column,
          record + "/FIRST_NAME",
          "entry " + id + " has no name (FIRST_NAME to FOURTH_NAME are all empty)");
    }
    EntryNames all = new EntryNames();
    all.add(new EntryName(String.join(" ", parts), NameType.PRIMARY, "", parts));
    all.addAll(names.list());
    birthDates.addAll(aliasBirthDates);
    placesOfBirth.addAll(aliasPlacesOfBirth);
    Gender gender =
        kind == EntryKind.PERSON
            ? Genders.of(text(fields, "GENDER"), text(fields, "COMMENTS1"))
            : Gender.UNKNOWN;
    String program = text(fields, "UN_LIST_TYPE");
    Field listedOn = fields.get("LISTED_ON");
    String comments = fields.containsKey("COMMENTS1") ? fields.get("COMMENTS1").raw().strip() : "";
    try {
      return new ListEntry(
          id,
          text(fields, "DATAID"),
          kind,
          all.list(),
          gender,
          List.copyOf(birthDates),
          List.copyOf(placesOfBirth),
          List.copyOf(nationalities),
          List.copyOf(documents),
          List.copyOf(addresses),
          program.isEmpty() ? List.of() : List.of(program),
          listedOn == null ? "" : Dates.listedOn(listedOn),
          List.copyOf(designations),
          List.copyOf(titles),
          comments);
    } catch (IllegalArgumentException e) {
      throw new ListFormatException(location, line, column, record, e.getMessage(), e);
    }
  }

  private static IdentityDocument document(Group document) {
    String issuingCountry = document.text("ISSUING_COUNTRY");
    String countryOfIssue = document.text("COUNTRY_OF_ISSUE");
    String type = document.text("TYPE_OF_DOCUMENT");
    String subtype = document.text("TYPE_OF_DOCUMENT2");
    List<String> note = new ArrayList<>();
    if (!subtype.equalsIgnoreCase(type)) {
      addIfNotEmpty(note, subtype);
    }
    addLabelled(note, "date of issue", document.text("DATE_OF_ISSUE"));
    addLabelled(note, "city of issue", document.text("CITY_OF_ISSUE"));
    if (!countryOfIssue.equalsIgnoreCase(issuingCountry) && !issuingCountry.isEmpty()) {
      addLabelled(note, "country of issue", countryOfIssue);
    }
    addIfNotEmpty(note, document.text("NOTE"));
    return new IdentityDocument(
        type,
        document.text("NUMBER"),
        issuingCountry.isEmpty() ? countryOfIssue : issuingCountry,
        String.join("; ", note));
  }

  private static String text(Map<String, Field> fields, String name) {
    Field field = fields.get(name);
    return field == null ? "" : field.text();
  }

  private static void addIfNotEmpty(Collection<String> values, String value) {
    if (!value.isEmpty()) {
      values.add(value);
    }
  }

  /** What the list writes for a value not available. */
  private static final java.util.Set<String> NOT_AVAILABLE = java.util.Set.of("na", "n/a");

  private static void addLabelled(List<String> values, String label, String value) {
    if (!value.isEmpty()) {
      values.add(label + ": " + value);
    }
  }

  private static void addName(EntryNames names, String value, NameType type, String quality) {
    if (!value.isEmpty()) {
      names.add(new EntryName(value, type, quality, List.of()));
    }
  }

  private static String orNone(String text) {
    return text.isEmpty() ? "none" : text;
  }
}
