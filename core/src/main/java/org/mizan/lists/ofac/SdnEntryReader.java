package org.mizan.lists.ofac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    Draft d = new Draft(cursor.line(), cursor.column());
    while (cursor.nextChild()) {
      String element = cursor.name();
      switch (element) {
        case "uid", "firstName", "lastName", "title", "sdnType", "remarks" ->
            d.fields.putIfAbsent(element, cursor.text());
        case "programList" -> d.programs.addAll(cursor.group().texts("program"));
        case "akaList" -> {
          for (Group aka : items("aka")) {
            d.aliases.add(alias(aka));
          }
        }
        case "idList" -> {
          for (Group id : items("id")) {
            id(id, d);
          }
        }
        case "addressList" -> {
          for (Group address : items("address")) {
            addIfNotEmpty(
                d.addresses,
                address.joined(
                    "address1",
                    "address2",
                    "address3",
                    "city",
                    "stateOrProvince",
                    "postalCode",
                    "country"));
          }
        }
        case "nationalityList", "citizenshipList" -> {
          String item = element.equals("nationalityList") ? "nationality" : "citizenship";
          for (Group country : items(item)) {
            d.nationalities.addAll(country.texts("country"));
          }
        }
        case "dateOfBirthList" -> {
          for (Group item : items("dateOfBirthItem")) {
            for (String text : item.texts("dateOfBirth")) {
              Optional<BirthDate> date = BirthDates.parse(text);
              if (date.isPresent()) {
                d.birthDates.add(date.get());
              } else {
                d.notes.add("DOB " + text);
              }
            }
          }
        }
        case "placeOfBirthList" -> {
          for (Group item : items("placeOfBirthItem")) {
            d.placesOfBirth.addAll(item.texts("placeOfBirth"));
          }
        }
        default -> cursor.skip();
      }
    }
    return build(d);
  }

  private ListEntry build(Draft d) {
    String id = d.text("uid");
    if (!OfacSdnCsvParser.isNumber(id)) {
      throw error(
          d.fields.get("uid"),
          d,
          "uid",
          id.isEmpty() ? "the entry has no uid" : "uid '" + id + "' is not a whole number");
    }
    EntryKind kind = kind(d.fields.get("sdnType"), d, id);
    String last = d.text("lastName");
    if (last.isEmpty()) {
      throw error(d.fields.get("lastName"), d, "lastName", "entry " + id + " has no name");
    }
    EntryNames names = new EntryNames();
    names.add(name(last, d.text("firstName"), NameType.PRIMARY, ""));
    names.addAll(d.aliases);
    List<String> comments = new ArrayList<>();
    Field remarks = d.fields.get("remarks");
    addIfNotEmpty(comments, remarks == null ? "" : remarks.raw().strip());
    comments.addAll(d.notes);
    String title = d.text("title");
    return new ListEntry(
        id,
        "",
        kind,
        names.list(),
        d.genders.size() == 1 ? d.genders.iterator().next() : Gender.UNKNOWN,
        List.copyOf(d.birthDates),
        List.copyOf(d.placesOfBirth),
        List.copyOf(d.nationalities),
        List.copyOf(d.documents),
        List.copyOf(d.addresses),
        d.programs.stream().distinct().toList(),
        "",
        List.of(),
        title.isEmpty() ? List.of() : List.of(title),
        String.join("; ", comments));
  }

  /** One {@code idList/id}, into the field its type says (see {@link IdTypes}). */
  private static void id(Group item, Draft d) {
    String type = item.text("idType");
    String number = item.text("idNumber");
    String country = item.text("idCountry");
    switch (IdTypes.of(type)) {
      case DOCUMENT -> {
        if (!number.isEmpty()) {
          d.documents.add(document(type, number, country, item));
        }
      }
      case GENDER -> {
        Gender g = gender(number);
        if (g == Gender.UNKNOWN) {
          d.notes.add(type + " " + number);
        } else {
          d.genders.add(g);
        }
      }
      case NATIONALITY -> addIfNotEmpty(d.nationalities, number);
      case OTHER ->
          addIfNotEmpty(
              d.notes,
              joinNonEmpty(" ", type, number, country.isEmpty() ? "" : "(" + country + ")"));
    }
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
          aka,
          "type",
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
              aka,
              "category",
              "unknown alias category '" + category + "' (expected strong or weak)");
    }
    String last = aka.text("lastName");
    String first = aka.text("firstName");
    if (last.isEmpty() && first.isEmpty()) {
      throw error(aka, "lastName", "the alias has no name");
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

  private EntryKind kind(Field sdnType, Draft d, String id) {
    String type = sdnType == null ? "" : sdnType.text().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "individual" -> EntryKind.PERSON;
      case "entity" -> EntryKind.ORGANIZATION;
      case "vessel" -> EntryKind.VESSEL;
      case "aircraft" -> EntryKind.AIRCRAFT;
      default ->
          throw error(
              sdnType,
              d,
              "sdnType",
              type.isEmpty()
                  ? "entry " + id + " has no sdnType"
                  : "unknown sdnType '"
                      + sdnType.text()
                      + "' (expected Individual, Entity, Vessel or Aircraft)");
    };
  }

  private static IdentityDocument document(String type, String number, String country, Group item) {
    String docType = IdTypes.documentType(type);
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

  private static void addIfNotEmpty(Collection<String> values, String value) {
    if (!value.isEmpty()) {
      values.add(value);
    }
  }

  /** An entry being read. */
  private static final class Draft {
    final long line;
    final long column;
    final Map<String, Field> fields = new HashMap<>();
    final List<EntryName> aliases = new ArrayList<>();
    final List<String> programs = new ArrayList<>();
    final Set<String> addresses = new LinkedHashSet<>();
    final Set<String> nationalities = new LinkedHashSet<>();
    final Set<BirthDate> birthDates = new LinkedHashSet<>();
    final Set<String> placesOfBirth = new LinkedHashSet<>();
    final Set<IdentityDocument> documents = new LinkedHashSet<>();
    final Set<Gender> genders = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    Draft(long line, long column) {
      this.line = line;
      this.column = column;
    }

    String text(String name) {
      Field field = fields.get(name);
      return field == null ? "" : field.text();
    }
  }

  /** An error at the child {@code child} of {@code group}, or at the group when it is absent. */
  private ListFormatException error(Group group, String child, String problem) {
    return error(
        group.field(child).orElse(null),
        group.line(),
        group.column(),
        group.path() + "/" + child,
        problem);
  }

  /** An error at {@code field} of the entry, or at its start tag when the field is absent. */
  private ListFormatException error(Field field, Draft d, String path, String problem) {
    return error(field, d.line, d.column, OfacXmlParser.ENTRY + "/" + path, problem);
  }

  private ListFormatException error(
      Field field, long line, long column, String path, String problem) {
    if (field != null) {
      return new ListFormatException(
          cursor.location(), field.line(), field.column(), field.path(), problem);
    }
    return new ListFormatException(cursor.location(), line, column, path, problem);
  }
}
