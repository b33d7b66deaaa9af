package org.mizan.lists.eu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mizan.lists.EntryNames;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.xml.XmlCursor;
import org.mizan.lists.xml.XsdDates;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;

/**
 * Reads one {@code sanctionEntity} of the EU Financial Sanctions File XML into a {@link
 * ListEntry}. The FSF writes its values as attributes; values are trimmed, white-space runs made
 * one space.
 *
 * <p>Mapping:
 *
 * <ul>
 *   <li>id = {@code @logicalId} (required, a whole number); recordId = {@code
 *       @euReferenceNumber} ({@code EU.27.28}); listedOn = {@code @designationDate} ({@code
 *       YYYY-MM-DD}); kind = {@code subjectType/@code} (required): {@code person} {@link
 *       EntryKind#PERSON}, {@code enterprise} {@link EntryKind#ORGANIZATION}.
 *   <li>names, from {@code nameAlias}: the value is {@code @wholeName}, else {@code @firstName
 *       @middleName @lastName} joined, kept as parts when two or more are given; a {@code
 *       nameAlias} with neither is left out, and an entry with no name at all is an error. The
 *       primary name is the first strong ({@code @strong="true"}) name in Latin script, else the
 *       first strong name, else the first name. The others follow in file order: a name with letters
 *       of a script other than Latin is {@link NameType#ORIGINAL_SCRIPT}, unless its {@code
 *       @nameLanguage} is {@code BG} or {@code EL} (the EU's own Cyrillic and Greek languages, in
 *       which the list translates names: those are aliases); a weak name ({@code @strong="false"},
 *       or a {@code remark} saying "low quality") is {@link NameType#ALIAS_LOW}; any other {@link
 *       NameType#ALIAS_GOOD}. The FSF labels no alias, so the quality is empty. A name equal in
 *       value and type to an earlier one is kept once.
 *   <li>gender: {@code nameAlias/@gender} {@code M} or {@code F} when the names agree ({@link
 *       Gender#UNKNOWN} otherwise, and for enterprises); titles: {@code nameAlias/@title};
 *       designations: {@code nameAlias/@function}.
 *   <li>programs: each {@code regulation/@programme}, once.
 *   <li>nationalities: {@code citizenship/@countryDescription} (else {@code @countryIso2Code});
 *       {@code UNKNOWN} and {@code 00} mean none.
 *   <li>birthDates, from {@code birthdate}: {@code @birthdate} ({@code YYYY-MM-DD}), else {@code
 *       @year} with {@code @monthOfYear} and {@code @dayOfMonth} as far as given (0 or empty: not
 *       given), else {@code
 *       @yearRangeFrom}..{@code @yearRangeTo}; {@code @circa="true"} marks it approximate; a date in
 *       another calendar than {@code GREGORIAN} is not read. placesOfBirth: {@code @place}, {@code
 *       @city}, {@code @region}, country, joined by ", ".
 *   <li>documents, from {@code identification} with a {@code @number} (else {@code @latinNumber}):
 *       type {@code @identificationTypeDescription} (else {@code @identificationTypeCode}), issuing
 *       country as for nationalities, note: the Latin number, issuer, issue date, the flags
 *       ({@code diplomatic}, {@code known expired}, {@code known false}, {@code reported lost},
 *       {@code revoked by issuer}) and the {@code remark}s, joined by "; ".
 *   <li>addresses: {@code @street}, {@code @poBox}, {@code @place}, {@code @city}, {@code @region},
 *       {@code @zipCode}, country and the {@code remark}s, joined by ", ".
 *   <li>comments: {@code @designationDetails} and the entity's {@code remark}s, one a line.
 * </ul>
 *
 * Not mapped: {@code @unitedNationId} (the UN reference number of a UN listing), the regulations'
 * other attributes, {@code contactInfo}, and any element or attribute the Commission may add.
 */
final class SanctionEntityReader {
  /** The EU languages written in another script than Latin: names in them are translations. */
  static final Set<String> TRANSLATION_LANGUAGES = Set.of("BG", "EL");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
  private static final Pattern LOW_QUALITY = Pattern.compile("(?i)\\blow quality\\b");

  private final XmlCursor cursor;

  SanctionEntityReader(XmlCursor cursor) {
    this.cursor = cursor;
  }

  /** A {@code nameAlias} as read. */
  private record Alias(
      String value,
      List<String> parts,
      String language,
      boolean strong,
      String gender,
      String title,
      String function) {
    boolean latin() {
      return value
          .codePoints()
          .filter(Character::isLetter)
          .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
  }

  /**
   * Reads the {@code sanctionEntity} the cursor is on, up to and including its end tag.
   *
   * @throws ListFormatException when a required value is missing or a value is malformed
   */
  ListEntry read() {
    long line = cursor.line();
    long column = cursor.column();
    String id = attribute("logicalId");
    if (!NUMBER.matcher(id).matches()) {
      throw cursor.here(
          cursor.path() + "/@logicalId",
          id.isEmpty()
              ? "the entry has no logicalId"
              : "logicalId '" + id + "' is not a whole number");
    }
    String reference = attribute("euReferenceNumber");
    String listedOn = date(attribute("designationDate"), "designationDate");
    String details = attribute("designationDetails");
    Optional<EntryKind> kind = Optional.empty();
    List<Alias> aliases = new ArrayList<>();
    Set<String> programs = new LinkedHashSet<>();
    Set<String> nationalities = new LinkedHashSet<>();
    Set<BirthDate> birthDates = new LinkedHashSet<>();
    Set<String> placesOfBirth = new LinkedHashSet<>();
    Set<IdentityDocument> documents = new LinkedHashSet<>();
    Set<String> addresses = new LinkedHashSet<>();
    List<String> comments = new ArrayList<>();
    addIfNotEmpty(comments, details);
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "remark" -> addIfNotEmpty(comments, cursor.text().raw().strip());
        case "regulation" -> {
          addIfNotEmpty(programs, attribute("programme"));
          cursor.skip();
        }
        case "subjectType" -> {
          kind = Optional.of(kind(attribute("code")));
          cursor.skip();
        }
        case "nameAlias" -> alias().ifPresent(aliases::add);
        case "citizenship" -> {
          addIfNotEmpty(nationalities, country());
          cursor.skip();
        }
        case "birthdate" -> {
          birthDate().ifPresent(birthDates::add);
          addIfNotEmpty(
              placesOfBirth,
              joined(", ", attribute("place"), attribute("city"), attribute("region"), country()));
          cursor.skip();
        }
        case "identification" -> identification().ifPresent(documents::add);
        case "address" -> addIfNotEmpty(addresses, address());
        default -> cursor.skip();
      }
    }
    if (kind.isEmpty()) {
      throw new ListFormatException(
          cursor.location(),
          line,
          column,
          EuFsfParser.ENTRY + "/subjectType",
          "entry " + id + " has no subjectType");
    }
    if (aliases.isEmpty()) {
      throw new ListFormatException(
          cursor.location(),
          line,
          column,
          EuFsfParser.ENTRY + "/nameAlias",
          "entry " + id + " has no name");
    }
    return new ListEntry(
        id,
        reference,
        kind.get(),
        names(aliases),
        kind.get() == EntryKind.PERSON ? gender(aliases) : Gender.UNKNOWN,
        List.copyOf(birthDates),
        List.copyOf(placesOfBirth),
        List.copyOf(nationalities),
        List.copyOf(documents),
        List.copyOf(addresses),
        List.copyOf(programs),
        listedOn,
        aliases.stream().map(Alias::function).filter(f -> !f.isEmpty()).distinct().toList(),
        aliases.stream().map(Alias::title).filter(t -> !t.isEmpty()).distinct().toList(),
        String.join("\n", comments));
  }

  private EntryKind kind(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "person" -> EntryKind.PERSON;
      case "enterprise" -> EntryKind.ORGANIZATION;
      default ->
          throw cursor.here(
              cursor.path() + "/@code",
              code.isEmpty()
                  ? "the subject type has no code"
                  : "unknown subject type '" + code + "' (expected person or enterprise)");
    };
  }

  /** The {@code nameAlias} the cursor is on, which it leaves; empty when it gives no name. */
  private Optional<Alias> alias() {
    List<String> parts = new ArrayList<>();
    addIfNotEmpty(parts, attribute("firstName"));
    addIfNotEmpty(parts, attribute("middleName"));
    addIfNotEmpty(parts, attribute("lastName"));
    String whole = attribute("wholeName");
    String value = whole.isEmpty() ? String.join(" ", parts) : whole;
    boolean strong = !attribute("strong").equalsIgnoreCase("false");
    String language = attribute("nameLanguage").toUpperCase(Locale.ROOT);
    String gender = attribute("gender");
    String title = attribute("title");
    String function = attribute("function");
    // The attributes are read: now the children.
    boolean lowQuality = remarks().stream().anyMatch(r -> LOW_QUALITY.matcher(r).find());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Alias(
            value,
            parts.size() > 1 ? parts : List.of(),
            language,
            strong && !lowQuality,
            gender,
            title,
            function));
  }

  private static List<EntryName> names(List<Alias> aliases) {
    Alias primary =
        aliases.stream()
            .filter(a -> a.strong() && a.latin())
            .findFirst()
            .or(() -> aliases.stream().filter(Alias::strong).findFirst())
            .orElse(aliases.get(0));
    EntryNames names = new EntryNames();
    names.add(new EntryName(primary.value(), NameType.PRIMARY, "", primary.parts()));
    for (Alias alias : aliases) {
      if (alias == primary) {
        continue;
      }
      NameType type;
      if (!alias.latin() && !TRANSLATION_LANGUAGES.contains(alias.language())) {
        type = NameType.ORIGINAL_SCRIPT;
      } else {
        type = alias.strong() ? NameType.ALIAS_GOOD : NameType.ALIAS_LOW;
      }
      if (!alias.value().equals(primary.value())) {
        names.add(new EntryName(alias.value(), type, "", alias.parts()));
      }
    }
    return names.list();
  }

  private static Gender gender(List<Alias> aliases) {
    Set<Gender> stated = new HashSet<>();
    for (Alias alias : aliases) {
      switch (alias.gender().toUpperCase(Locale.ROOT)) {
        case "M" -> stated.add(Gender.MALE);
        case "F" -> stated.add(Gender.FEMALE);
        default -> {
          // Not stated on this name.
        }
      }
    }
    return stated.size() == 1 ? stated.iterator().next() : Gender.UNKNOWN;
  }

  /** The {@code birthdate} the cursor is on, as a date; empty when it gives none. */
  private Optional<BirthDate> birthDate() {
    String calendar = attribute("calendarType");
    if (!calendar.isEmpty() && !calendar.equalsIgnoreCase("GREGORIAN")) {
      return Optional.empty();
    }
    boolean circa = attribute("circa").equalsIgnoreCase("true");
    BirthDate date;
    String full = attribute("birthdate");
    String year = attribute("year");
    String from = attribute("yearRangeFrom");
    String to = attribute("yearRangeTo");
    if (!full.isEmpty()) {
      date = birthDate(date(full, "birthdate"), "birthdate");
    } else if (!year.isEmpty() && number(year, "year") != 0) {
      StringBuilder text =
          new StringBuilder(String.format(Locale.ROOT, "%04d", number(year, "year")));
      String month = attribute("monthOfYear");
      if (!month.isEmpty() && number(month, "monthOfYear") != 0) {
        text.append(String.format(Locale.ROOT, "-%02d", number(month, "monthOfYear")));
        String day = attribute("dayOfMonth");
        if (!day.isEmpty() && number(day, "dayOfMonth") != 0) {
          text.append(String.format(Locale.ROOT, "-%02d", number(day, "dayOfMonth")));
        }
      }
      date = birthDate(text.toString(), "year");
    } else if (!from.isEmpty() || !to.isEmpty()) {
      int first = number(from, "yearRangeFrom");
      int last = number(to, "yearRangeTo");
      if (last < first) {
        throw cursor.here(
            cursor.path() + "/@yearRangeTo",
            "yearRangeTo " + last + " is before yearRangeFrom " + first);
      }
      birthDate(Integer.toString(first), "yearRangeFrom"); // checks the year is plausible
      date = BirthDate.betweenYears(first, last);
    } else {
      return Optional.empty();
    }
    return Optional.of(new BirthDate(date.earliest(), date.latest(), circa));
  }

  private BirthDate birthDate(String text, String attribute) {
    try {
      return BirthDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw cursor.here(cursor.path() + "/@" + attribute, "'" + text + "' is " + e.getMessage());
    }
  }

  /** An attribute holding a whole number. */
  private int number(String text, String attribute) {
    if (!NUMBER.matcher(text).matches() || text.length() > 9) {
      throw cursor.here(
          cursor.path() + "/@" + attribute,
          text.isEmpty()
              ? "the " + attribute + " attribute is missing"
              : attribute + " '" + text + "' is not a whole number");
    }
    return Integer.parseInt(text);
  }

  /** An XML Schema date ({@code YYYY-MM-DD}, optionally with a time zone) as {@code YYYY-MM-DD}. */
  private String date(String text, String attribute) {
    if (text.isEmpty()) {
      return "";
    }
    return XsdDates.date(text)
        .map(LocalDate::toString)
        .orElseThrow(
            () ->
                cursor.here(
                    cursor.path() + "/@" + attribute,
                    "'" + text + "' is not a calendar date YYYY-MM-DD"));
  }

  /** The {@code identification} the cursor is on; empty when it has no number. */
  private Optional<IdentityDocument> identification() {
    String number = attribute("number");
    String latin = attribute("latinNumber");
    String description = attribute("identificationTypeDescription");
    String type = description.isEmpty() ? attribute("identificationTypeCode") : description;
    String country = country();
    List<String> note = new ArrayList<>();
    if (!number.isEmpty() && !latin.isEmpty() && !latin.equals(number)) {
      note.add("Latin number " + latin);
    }
    addLabelled(note, "issued by", attribute("issuedBy"));
    addLabelled(note, "issued", attribute("issueDate"));
    addLabelled(note, "name on document", attribute("nameOnDocument"));
    addFlag(note, "diplomatic", "diplomatic");
    addFlag(note, "knownExpired", "known expired");
    addFlag(note, "knownFalse", "known false");
    addFlag(note, "reportedLost", "reported lost");
    addFlag(note, "revokedByIssuer", "revoked by issuer");
    note.addAll(remarks());
    String value = number.isEmpty() ? latin : number;
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new IdentityDocument(type, value, country, String.join("; ", note)));
  }

  /** The {@code address} the cursor is on, as text; empty when it gives nothing. */
  private String address() {
    String poBox = attribute("poBox");
    if (!poBox.isEmpty() && !poBox.toLowerCase(Locale.ROOT).startsWith("p")) {
      poBox = "P.O. Box " + poBox;
    }
    List<String> parts = new ArrayList<>();
    for (String part :
        List.of(
            attribute("street"),
            poBox,
            attribute("place"),
            attribute("city"),
            attribute("region"),
            attribute("zipCode"),
            country())) {
      addIfNotEmpty(parts, part);
    }
    parts.addAll(remarks());
    return String.join(", ", new LinkedHashSet<>(parts));
  }

  /** The country of the current element: its description, else its ISO code; "" for unknown. */
  private String country() {
    String description = attribute("countryDescription");
    if (!description.isEmpty() && !description.equalsIgnoreCase("UNKNOWN")) {
      return description;
    }
    String code = attribute("countryIso2Code");
    return code.isEmpty() || code.equals("00") ? "" : code;
  }

  /**
   * The {@code remark}s of the current element, which the cursor leaves; other children skipped.
   */
  private List<String> remarks() {
    List<String> remarks = new ArrayList<>();
    while (cursor.nextChild()) {
      if (cursor.name().equals("remark")) {
        addIfNotEmpty(remarks, cursor.text().text());
      } else {
        cursor.skip();
      }
    }
    return remarks;
  }

  private String attribute(String name) {
    return SPACES.matcher(cursor.attribute(name)).replaceAll(" ");
  }

  private void addFlag(List<String> note, String attribute, String label) {
    if (attribute(attribute).equalsIgnoreCase("true")) {
      note.add(label);
    }
  }

  private static void addLabelled(List<String> values, String label, String value) {
    if (!value.isEmpty()) {
      values.add(label + " " + value);
    }
  }

  private static void addIfNotEmpty(Collection<String> values, String value) {
    if (!value.isEmpty()) {
      values.add(value);
    }
  }

  private static String joined(String separator, String... values) {
    Set<String> kept = new LinkedHashSet<>();
    for (String v : values) {
      addIfNotEmpty(kept, v);
    }
    return String.join(separator, kept);
  }
}
