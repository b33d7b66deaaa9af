package org.mizan.lists.uk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
 * Reads one {@code Designation} element into a {@link ListEntry}; see {@link UkSanctionsListParser}
 * for the mapping. Elements it does not name are skipped, wherever they are.
 */
final class DesignationReader {
  private static final List<String> NAME_PARTS =
      List.of("Name1", "Name2", "Name3", "Name4", "Name5", "Name6");
  private static final List<String> ADDRESS_PARTS =
      List.of(
          "AddressLine1",
          "AddressLine2",
          "AddressLine3",
          "AddressLine4",
          "AddressLine5",
          "AddressLine6",
          "AddressPostalCode",
          "AddressCountry");

  private final XmlCursor cursor;

  private final Map<String, Field> fields = new HashMap<>();
  private final EntryNames primaries = new EntryNames();
  private final EntryNames others = new EntryNames();
  private final Set<BirthDate> birthDates = new LinkedHashSet<>();
  private final Set<String> placesOfBirth = new LinkedHashSet<>();
  private final Set<String> nationalities = new LinkedHashSet<>();
  private final Set<IdentityDocument> documents = new LinkedHashSet<>();
  private final Set<String> addresses = new LinkedHashSet<>();
  private final Set<String> programs = new LinkedHashSet<>();
  private final Set<String> positions = new LinkedHashSet<>();
  private final Set<String> titles = new LinkedHashSet<>();
  private final Set<Gender> genders = EnumSet.noneOf(Gender.class);

  private DesignationReader(XmlCursor cursor) {
    this.cursor = cursor;
  }

  /**
   * Reads the {@code Designation} the cursor is on, up to and including its end tag.
   *
   * @throws ListFormatException when {@code UniqueID}, {@code IndividualEntityShip} or a primary
   *     name is missing, or a {@code NameType}, {@code IndividualEntityShip} or {@code
   *     DateDesignated} has a value the format does not define
   */
  static ListEntry read(XmlCursor cursor) {
    long line = cursor.line();
    long column = cursor.column();
    DesignationReader reader = new DesignationReader(cursor);
    reader.readChildren();
    return reader.entry(line, column);
  }

  private void readChildren() {
    while (cursor.nextChild()) {
      String element = cursor.name();
      switch (element) {
        case "UniqueID",
            "OFSIGroupID",
            "IndividualEntityShip",
            "DateDesignated",
            "OtherInformation" ->
            fields.putIfAbsent(element, cursor.text());
        case "RegimeName" -> addIfNotEmpty(programs, cursor.text().text());
        case "Names" -> each("Name", this::name);
        case "NonLatinNames" ->
            each(
                "NonLatinName",
                g -> add(others, g.text("NameNonLatinScript"), NameType.ORIGINAL_SCRIPT, ""));
        case "Titles" -> titles.addAll(cursor.group().texts("Title"));
        case "Addresses" ->
            each("Address", g -> addIfNotEmpty(addresses, joined(g, ADDRESS_PARTS)));
        case "IndividualDetails" -> children("Individual", this::individual);
        case "EntityDetails" ->
            children(
                "Entity",
                () ->
                    numbers(
                        "BusinessRegistrationNumbers",
                        "BusinessRegistrationNumber",
                        "Business registration number"));
        case "ShipDetails" ->
            children("Ship", () -> numbers("IMONumbers", "IMONumber", "IMO number"));
        default -> cursor.skip();
      }
    }
  }

  private void name(Group name) {
    List<String> parts = new ArrayList<>();
    for (String part : NAME_PARTS) {
      addIfNotEmpty(parts, name.text(part));
    }
    Field typeField =
        name.field("NameType")
            .orElseThrow(() -> fieldError(name, "NameType", "a name without a NameType"));
    String type = typeField.text().toLowerCase(Locale.ROOT);
    if (parts.isEmpty()) {
      // The list has a few names whose parts are all empty; they name nothing.
      checkNameType(typeField, type);
      return;
    }
    EntryName entryName;
    switch (type) {
      case "primary name" -> {
        primaries.add(new EntryName(String.join(" ", parts), NameType.PRIMARY, "", parts));
        return;
      }
      case "primary name variation" ->
          entryName =
              new EntryName(String.join(" ", parts), NameType.ALIAS_GOOD, typeField.text(), parts);
      case "alias" -> {
        String strength = name.text("AliasStrength");
        NameType aliasType =
            strength.toLowerCase(Locale.ROOT).startsWith("low quality")
                ? NameType.ALIAS_LOW
                : NameType.ALIAS_GOOD;
        entryName = new EntryName(String.join(" ", parts), aliasType, strength, parts);
      }
      default -> throw unknownNameType(typeField);
    }
    others.add(entryName);
  }

  private void checkNameType(Field typeField, String type) {
    if (!type.equals("primary name")
        && !type.equals("primary name variation")
        && !type.equals("alias")) {
      throw unknownNameType(typeField);
    }
  }

  private ListFormatException unknownNameType(Field typeField) {
    return cursor.at(
        typeField,
        "unknown NameType '"
            + typeField.text()
            + "' (expected Primary Name, Primary Name Variation or Alias)");
  }

  private void individual() {
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "DOBs" ->
            cursor
                .group()
                .texts("DOB")
                .forEach(d -> UkDates.birthDate(d).ifPresent(birthDates::add));
        case "Nationalities" -> nationalities.addAll(cursor.group().texts("Nationality"));
        case "Positions" -> positions.addAll(cursor.group().texts("Position"));
        case "Titles" -> titles.addAll(cursor.group().texts("Title"));
        case "Genders" -> cursor.group().texts("Gender").forEach(g -> genders.add(gender(g)));
        case "PassportDetails" ->
            each(
                "Passport",
                g -> document(g, "Passport", "PassportNumber", "PassportAdditionalInformation"));
        case "NationalIdentifierDetails" ->
            each(
                "NationalIdentifier",
                g ->
                    document(
                        g,
                        "National identifier",
                        "NationalIdentifierNumber",
                        "NationalIdentifierAdditionalInformation"));
        case "BirthDetails" ->
            each(
                "Location",
                g ->
                    addIfNotEmpty(
                        placesOfBirth, joined(g, List.of("TownOfBirth", "CountryOfBirth"))));
        default -> cursor.skip();
      }
    }
  }

  /** Reads the {@code element} groups of the current container as documents of one type. */
  private void numbers(String element, String number, String type) {
    each(
        element,
        g -> g.texts(number).forEach(n -> documents.add(new IdentityDocument(type, n, "", ""))));
  }

  private void document(Group group, String type, String number, String note) {
    String value = group.text(number);
    if (!value.isEmpty()) {
      documents.add(new IdentityDocument(type, value, "", group.text(note)));
    }
  }

  private ListEntry entry(long line, long column) {
    String id = text("UniqueID");
    if (id.isEmpty()) {
      throw atDesignation(
          line,
          column,
          "UniqueID",
          "designation has no UniqueID (OFSIGroupID " + orNone(text("OFSIGroupID")) + ")");
    }
    EntryKind kind = kind(id, line, column);
    if (primaries.isEmpty()) {
      throw atDesignation(
          line,
          column,
          "Names",
          "designation "
              + id
              + " has no primary name (no Name of NameType Primary Name with text)");
    }
    EntryNames names = new EntryNames();
    names.addAll(primaries.list());
    names.addAll(others.list());
    String listedOn = "";
    Field designated = fields.get("DateDesignated");
    if (designated != null && !designated.text().isEmpty()) {
      listedOn =
          UkDates.isoDate(designated.text())
              .orElseThrow(
                  () ->
                      cursor.at(
                          designated,
                          "date '" + designated.text() + "' is not a calendar date DD/MM/YYYY"));
    }
    Field comments = fields.get("OtherInformation");
    return new ListEntry(
        id,
        text("OFSIGroupID"),
        kind,
        names.list(),
        kind == EntryKind.PERSON && genders.size() == 1
            ? genders.iterator().next()
            : Gender.UNKNOWN,
        List.copyOf(birthDates),
        List.copyOf(placesOfBirth),
        List.copyOf(nationalities),
        List.copyOf(documents),
        List.copyOf(addresses),
        List.copyOf(programs),
        listedOn,
        List.copyOf(positions),
        List.copyOf(titles),
        comments == null ? "" : comments.raw().strip());
  }

  private EntryKind kind(String id, long line, long column) {
    Field field = fields.get("IndividualEntityShip");
    if (field == null || field.text().isEmpty()) {
      throw atDesignation(
          line,
          column,
          "IndividualEntityShip",
          "designation " + id + " has no IndividualEntityShip");
    }
    return switch (field.text().toLowerCase(Locale.ROOT)) {
      case "individual" -> EntryKind.PERSON;
      case "entity" -> EntryKind.ORGANIZATION;
      case "ship" -> EntryKind.VESSEL;
      default ->
          throw cursor.at(
              field,
              "unknown IndividualEntityShip '"
                  + field.text()
                  + "' (expected Individual, Entity or Ship)");
    };
  }

  private static Gender gender(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "male" -> Gender.MALE;
      case "female" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** Reads each child of the current container named {@code element} as a flat group. */
  private void each(String element, Consumer<Group> action) {
    children(element, () -> action.accept(cursor.group()));
  }

  /** Walks into each child of the current container named {@code element}. */
  private void children(String element, Runnable action) {
    while (cursor.nextChild()) {
      if (cursor.name().equals(element)) {
        action.run();
      } else {
        cursor.skip();
      }
    }
  }

  private ListFormatException atDesignation(
      long line, long column, String element, String problem) {
    return new ListFormatException(
        cursor.location(),
        line,
        column,
        UkSanctionsListParser.DESIGNATION + "/" + element,
        problem);
  }

  private ListFormatException fieldError(Group group, String element, String problem) {
    return new ListFormatException(
        cursor.location(), group.line(), group.column(), group.path() + "/" + element, problem);
  }

  private String text(String element) {
    Field field = fields.get(element);
    return field == null ? "" : field.text();
  }

  private static String joined(Group group, List<String> parts) {
    return group.joined(parts.toArray(String[]::new));
  }

  private static void add(EntryNames names, String value, NameType type, String quality) {
    if (!value.isEmpty()) {
      names.add(new EntryName(value, type, quality, List.of()));
    }
  }

  private static void addIfNotEmpty(Collection<String> values, String value) {
    if (!value.isEmpty()) {
      values.add(value);
    }
  }

  private static String orNone(String text) {
    return text.isEmpty() ? "none" : text;
  }
}
