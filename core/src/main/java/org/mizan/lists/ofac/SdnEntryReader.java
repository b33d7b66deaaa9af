package org.mizan.lists.ofac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Reads one {@code sdnEntry} of the OFAC {@code sdnList} XML into a {@link ListEntry}.
 *
 * <p>Mapping (element names as in the XML; values trimmed, white space runs made one space):
 *
 * <ul>
 *   <li>id = {@code uid} (required, a whole number); kind from {@code sdnType} (required): {@code
 *       Individual} {@link EntryKind#PERSON}, {@code Entity} {@link EntryKind#ORGANIZATION}, {@code
 *       Vessel} and {@code Aircraft} their kinds.
 *   <li>names: the primary name {@code lastName, firstName}, or {@code lastName} alone (required),
 *       as the legacy CSV writes SDN_Name; parts in that order. Then each {@code akaList/aka} named
 *       the same way, in file order: {@code category} {@code strong} (or absent) gives {@link
 *       NameType#ALIAS_GOOD} with quality {@code type} ({@code a.k.a.}, {@code f.k.a.}, {@code
 *       n.k.a.}), {@code weak} gives {@link NameType#ALIAS_LOW} with quality {@code weak a.k.a.}
 *       and the like. A name equal in value and type to an earlier one is kept once.
 *   <li>programs: each {@code programList/program}; titles: {@code title}.
 *   <li>birthDates: each {@code dateOfBirthList/dateOfBirthItem/dateOfBirth} in OFAC's forms
 *       ({@code 12 Jan 1970}, {@code Jan 1970}, {@code 1970}, {@code circa 1970}, {@code 1968 to
 *       1970}; see {@code BirthDates}); a date in no such form is kept in the comments as {@code
 *       DOB text}, never an error. placesOfBirth: each {@code placeOfBirth}. nationalities: each
 *       {@code nationalityList/nationality/country} and {@code
 *       citizenshipList/citizenship/country}.
 *   <li>addresses: {@code address1}, {@code address2}, {@code address3}, {@code city}, {@code
 *       stateOrProvince}, {@code postalCode}, {@code country}, the non-empty ones joined by ", ".
 *   <li>{@code idList/id} by {@code idType} (see {@link IdTypes}): identity and registration
 *       documents become documents (type without a trailing {@code No.}, number {@code idNumber},
 *       issuing country {@code idCountry}, note {@code issued issueDate expires expirationDate});
 *       {@code Gender} gives the gender; {@code Nationality of Registration} a nationality; every
 *       other kind (website, e-mail address, sanctions statements, dates) is kept in the comments
 *       as {@code idType idNumber (idCountry)}.
 *   <li>comments: {@code remarks}, then the items above that have no field of their own, joined by
 *       "; " as the legacy CSV's remarks write them.
 * </ul>
 *
 * {@code vesselInfo}, {@code mainEntry} and the {@code uid}s of the inner items are not mapped, nor
 * any element OFAC may add.
 */
final class SdnEntryReader {
  private final XmlCursor cursor;

  SdnEntryReader(XmlCursor cursor) {
    this.cursor = cursor;
  }

  /**
   * Reads the {@code sdnEntry} the cursor is on, up to and including its end tag.
   *
   * @throws ListFormatException when a required field is missing or a value is not allowed
   */
  ListEntry read() {
    long line = cursor.line();
    long column = cursor.column();
    Map<String, Field> fields = new HashMap<>();
    List<EntryName> aliases = new ArrayList<>();
    List<String> programs = new ArrayList<>();
    List<Group> ids = new ArrayList<>();
    Set<String> addresses = new LinkedHashSet<>();
    Set<String> nationalities = new LinkedHashSet<>();
    Set<BirthDate> birthDates = new LinkedHashSet<>();
    Set<String> placesOfBirth = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    while (cursor.nextChild()) {
      String element = cursor.name();
      switch (element) {
        case "uid", "firstName", "lastName", "title", "sdnType", "remarks" ->
            fields.putIfAbsent(element, cursor.text());
        case "programList" -> programs.addAll(cursor.group().texts("program"));
        case "akaList" -> {
          for (Group aka : items("aka")) {
            aliases.add(alias(aka));
          }
        }
        case "idList" -> ids.addAll(items("id"));
        case "addressList" -> {
          for (Group address : items("address")) {
            String text =
                address.joined(
                    "address1",
                    "address2",
                    "address3",
                    "city",
                    "stateOrProvince",
                    "postalCode",
                    "country");
            if (!text.isEmpty()) {
              addresses.add(text);
            }
          }
        }
        case "nationalityList", "citizenshipList" -> {
          String item = element.equals("nationalityList") ? "nationality" : "citizenship";
          for (Group country : items(item)) {
            nationalities.addAll(country.texts("country"));
          }
        }
        case "dateOfBirthList" -> {
          for (Group item : items("dateOfBirthItem")) {
            for (String text : item.texts("dateOfBirth")) {
              Optional<BirthDate> date = BirthDates.parse(text);
              if (date.isPresent()) {
                birthDates.add(date.get());
              } else {
                notes.add("DOB " + text);
              }
            }
          }
        }
        case "placeOfBirthList" -> {
          for (Group item : items("placeOfBirthItem")) {
            placesOfBirth.addAll(item.texts("placeOfBirth"));
          }
        }
        default -> cursor.skip();
      }
    }
    return build(
        line,
        column,
        fields,
        aliases,
        programs,
        ids,
        addresses,
        nationalities,
        birthDates,
        placesOfBirth,
        notes);
  }

  private ListEntry build(
      long line,
      long column,
      Map<String, Field> fields,
      List<EntryName> aliases,
      List<String> programs,
      List<Group> ids,
      Set<String> addresses,
      Set<String> nationalities,
      Set<BirthDate> birthDates,
      Set<String> placesOfBirth,
      List<String> notes) {
    String id = text(fields, "uid");
    if (!OfacSdnCsvParser.isNumber(id)) {
      throw error(
          fields.get("uid"),
          line,
          column,
          "uid",
          id.isEmpty() ? "the entry has no uid" : "uid '" + id + "' is not a whole number");
    }
    EntryKind kind = kind(fields.get("sdnType"), line, column, id);
    String last = text(fields, "lastName");
    if (last.isEmpty()) {
      throw error(fields.get("lastName"), line, column, "lastName", "entry " + id + " has no name");
    }
    List<EntryName> names = new ArrayList<>();
    names.add(name(last, text(fields, "firstName"), NameType.PRIMARY, ""));
    for (EntryName alias : aliases) {
      if (names.stream()
          .noneMatch(n -> n.value().equals(alias.value()) && n.type() == alias.type())) {
        names.add(alias);
      }
    }
    Set<IdentityDocument> documents = new LinkedHashSet<>();
    Set<Gender> genders = new LinkedHashSet<>();
    for (Group item : ids) {
      String type = item.text("idType");
      String number = item.text("idNumber");
      String country = item.text("idCountry");
      switch (IdTypes.of(type)) {
        case DOCUMENT -> {
          if (!number.isEmpty()) {
            documents.add(document(type, number, country, item));
          }
        }
        case GENDER -> {
          Gender g = gender(number);
          if (g == Gender.UNKNOWN) {
            notes.add(type + " " + number);
          } else {
            genders.add(g);
          }
        }
        case NATIONALITY -> {
          if (!number.isEmpty()) {
            nationalities.add(number);
          }
        }
        case OTHER -> {
          String note =
              joinNonEmpty(" ", type, number, country.isEmpty() ? "" : "(" + country + ")");
          if (!note.isEmpty()) {
            notes.add(note);
          }
        }
      }
    }
    List<String> comments = new ArrayList<>();
    String remarks = fields.containsKey("remarks") ? fields.get("remarks").raw().strip() : "";
    if (!remarks.isEmpty()) {
      comments.add(remarks);
    }
    comments.addAll(notes);
    String title = text(fields, "title");
    return new ListEntry(
        id,
        "",
        kind,
        names,
        genders.size() == 1 ? genders.iterator().next() : Gender.UNKNOWN,
        List.copyOf(birthDates),
        List.copyOf(placesOfBirth),
        List.copyOf(nationalities),
        List.copyOf(documents),
        List.copyOf(addresses),
        programs.stream().distinct().toList(),
        "",
        List.of(),
        title.isEmpty() ? List.of() : List.of(title),
        String.join("; ", comments));
  }

  /** The children named {@code item} of the list element the cursor is on, each read as a group. */
  private List<Group> items(String item) {
    List<Group> items = new ArrayList<>();
    while (cursor.nextChild()) {
      if (cursor.name().equals(item)) {
        items.add(cursor.group());
      } else {
        cursor.skip();
      }
    }
    return items;
  }

  private EntryName alias(Group aka) {
    String type = aka.text("type").toLowerCase(Locale.ROOT);
    if (!type.equals("a.k.a.") && !type.equals("f.k.a.") && !type.equals("n.k.a.")) {
      throw error(
          aka.field("type").orElse(null),
          aka.line(),
          aka.column(),
          aka.path() + "/type",
          type.isEmpty()
              ? "the alias has no type (a.k.a., f.k.a. or n.k.a.)"
              : "unknown alias type '" + type + "' (expected a.k.a., f.k.a. or n.k.a.)");
    }
    String category = aka.text("category").toLowerCase(Locale.ROOT);
    NameType nameType;
    String quality;
    switch (category) {
      case "", "strong" -> {
        nameType = NameType.ALIAS_GOOD;
        quality = type;
      }
      case "weak" -> {
        nameType = NameType.ALIAS_LOW;
        quality = Remarks.WEAK + type;
      }
      default ->
          throw error(
              aka.field("category").orElse(null),
              aka.line(),
              aka.column(),
              aka.path() + "/category",
              "unknown alias category '" + category + "' (expected strong or weak)");
    }
    String last = aka.text("lastName");
    String first = aka.text("firstName");
    if (last.isEmpty() && first.isEmpty()) {
      throw error(
          aka.field("lastName").orElse(null),
          aka.line(),
          aka.column(),
          aka.path() + "/lastName",
          "the alias has no name");
    }
    return name(last, first, nameType, quality);
  }

  /** {@code LAST, First}, or the one part given; parts in that order. */
  private static EntryName name(String last, String first, NameType type, String quality) {
    List<String> parts = new ArrayList<>();
    if (!last.isEmpty()) {
      parts.add(last);
    }
    if (!first.isEmpty()) {
      parts.add(first);
    }
    return new EntryName(
        String.join(", ", parts), type, quality, parts.size() > 1 ? parts : List.of());
  }

  private EntryKind kind(Field sdnType, long line, long column, String id) {
    String type = sdnType == null ? "" : sdnType.text().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "individual" -> EntryKind.PERSON;
      case "entity" -> EntryKind.ORGANIZATION;
      case "vessel" -> EntryKind.VESSEL;
      case "aircraft" -> EntryKind.AIRCRAFT;
      default ->
          throw error(
              sdnType,
              line,
              column,
              "sdnType",
              type.isEmpty()
                  ? "entry " + id + " has no sdnType"
                  : "unknown sdnType '"
                      + sdnType.text()
                      + "' (expected Individual, Entity, Vessel or Aircraft)");
    };
  }

  private static IdentityDocument document(String type, String number, String country, Group item) {
    String docType = type.endsWith(" No.") ? type.substring(0, type.length() - 4).strip() : type;
    String note =
        joinNonEmpty(
            " ",
            item.text("issueDate").isEmpty() ? "" : "issued " + item.text("issueDate"),
            item.text("expirationDate").isEmpty() ? "" : "expires " + item.text("expirationDate"));
    return new IdentityDocument(docType, number, country, note);
  }

  private static Gender gender(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "male" -> Gender.MALE;
      case "female" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private static String joinNonEmpty(String separator, String... values) {
    List<String> kept = new ArrayList<>();
    for (String v : values) {
      if (!v.isEmpty()) {
        kept.add(v);
      }
    }
    return String.join(separator, kept);
  }

  private static String text(Map<String, Field> fields, String name) {
    Field field = fields.get(name);
    return field == null ? "" : field.text();
  }

  /** An error at {@code field}, or at the record's start tag when the field is absent. */
  private ListFormatException error(
      Field field, long line, long column, String path, String problem) {
    if (field != null) {
      return new ListFormatException(
          cursor.location(), field.line(), field.column(), field.path(), problem);
    }
    String full = path.startsWith(OfacXmlParser.ENTRY) ? path : OfacXmlParser.ENTRY + "/" + path;
    return new ListFormatException(cursor.location(), line, column, full, problem);
  }
}
