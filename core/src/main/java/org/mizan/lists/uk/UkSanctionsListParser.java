package org.mizan.lists.uk;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.lists.EntryIds;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.xml.Field;
import org.mizan.lists.xml.XmlCursor;
import org.mizan.model.EntryKind;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/**
 * Parser of the UK Sanctions List XML, the list of designations under the Sanctions and Anti-Money
 * Laundering Act 2018 as the Foreign, Commonwealth and Development Office (FCDO) publishes it at
 * {@code https://www.gov.uk/government/publications/the-uk-sanctions-list} (file {@code
 * UK-Sanctions-List.xml}; format described in the FCDO guidance "UK Sanctions List: change to the
 * list's format", {@code
 * https://www.gov.uk/government/publications/uk-sanctions-list-change-in-format}). The list carries
 * the UN designations the UK implements as well as its own.
 *
 * <p>The root {@code Designations} holds a {@code DateGenerated} ({@code DD/MM/YYYY}) and one
 * {@code Designation} per designated individual, entity or ship. Mapping:
 *
 * <ul>
 *   <li>id = {@code UniqueID} ({@code AQD0104}; required, unique in the list); recordId = {@code
 *       OFSIGroupID}; kind from {@code IndividualEntityShip}: {@code Individual} {@link
 *       EntryKind#PERSON}, {@code Entity} {@link EntryKind#ORGANIZATION}, {@code Ship} {@link
 *       EntryKind#VESSEL} (required; compared without case).
 *   <li>names, from {@code Names/Name}: the name is {@code Name1} to {@code Name6} (Name1 a given
 *       name, Name6 the family name or the whole name), each trimmed, the non-empty ones joined by
 *       one space in that order and kept as parts; {@code NameType} (compared without case, since
 *       the list spells it several ways) {@code Primary Name} is {@link NameType#PRIMARY}, {@code
 *       Primary Name Variation} (a spelling variant) {@link NameType#ALIAS_GOOD} with the type as
 *       quality, {@code Alias} {@link NameType#ALIAS_LOW} when its {@code AliasStrength} starts
 *       with "Low quality" and {@link NameType#ALIAS_GOOD} otherwise, the strength as written
 *       ({@code Good quality a.k.a}) as quality. A name whose parts are all empty is left out; at
 *       least one primary name must remain (the first is the entry's primary name, further ones
 *       follow it). Then each {@code NonLatinNames/NonLatinName/NameNonLatinScript} as an {@link
 *       NameType#ORIGINAL_SCRIPT} name. A name equal in value and type to an earlier one is kept
 *       once.
 *   <li>programs = the {@code RegimeName}s; listedOn = {@code DateDesignated} as ISO {@code
 *       YYYY-MM-DD}; comments = {@code OtherInformation}; titles = {@code Titles/Title} (at the
 *       designation or individual level).
 *   <li>addresses: {@code Addresses/Address} lines 1 to 6, postal code and country joined by ", ".
 *   <li>for individuals ({@code IndividualDetails/Individual}): birthDates from {@code DOBs/DOB}
 *       (see {@link UkDates#birthDate}; a value no rule reads gives no date and is no error);
 *       placesOfBirth from {@code BirthDetails/Location} as "town, country"; nationalities from
 *       {@code Nationalities/Nationality}; designations from {@code Positions/Position}; gender
 *       from {@code Genders/Gender} when it states exactly one of Male, Female; documents from
 *       {@code PassportDetails/Passport} (type "Passport", number, note = the additional
 *       information) and {@code NationalIdentifierDetails/NationalIdentifier} (type "National
 *       identifier").
 *   <li>documents also hold an entity's {@code EntityDetails/Entity/BusinessRegistrationNumbers}
 *       (type "Business registration number") and a ship's {@code ShipDetails/Ship/IMONumbers}
 *       (type "IMO number").
 * </ul>
 *
 * Not mapped (no field of {@link ListEntry} holds them): {@code LastUpdated}, {@code
 * UNReferenceNumber}, {@code DesignationSource}, {@code SanctionsImposed}, {@code
 * UKStatementofReasons}, phone numbers, e-mail addresses, websites, entity types, parent companies,
 * subsidiaries and the other ship details (flags, owners, type, tonnage); elements the FCDO may add
 * are skipped.
 *
 * <p>The XML is read as a stream (StAX) with DTDs and external entities disabled: a document with a
 * {@code DOCTYPE} is refused. Stateless and thread-safe.
 */
public final class UkSanctionsListParser {
  /** The source id of this list. */
  public static final String SOURCE = "uk-sanctions-list";

  /** The root element, by which {@link org.mizan.lists.ListReader} recognises the format. */
  public static final String ROOT = "Designations";

  static final String DESIGNATION = "Designation";
  static final String FORMAT = "the UK Sanctions List XML";
  private static final String DATE_GENERATED = "DateGenerated";

  private UkSanctionsListParser() {}

  /**
   * Reads a whole list. Either the whole list is returned or an exception is thrown: never part of
   * it.
   *
   * @param in the XML bytes, UTF-8 (a byte-order mark is allowed); read to the very end, not closed
   * @param location the file name to cite in errors
   * @return the list in document order; its version is {@code (uk-sanctions-list, DateGenerated as
   *     ISO YYYY-MM-DD, SHA-256 of every byte read from in, lower-case hex)}
   * @throws ListFormatException naming line, column and element path (e.g. {@code
   *     Designation/Names/Name/NameType}) when the bytes are not UTF-8 or not well-formed XML (a
   *     truncated file, an HTML page), hold a {@code DOCTYPE} or another root element, lack {@code
   *     DateGenerated}, a {@code UniqueID}, an {@code IndividualEntityShip} or a primary name, use
   *     a {@code UniqueID} twice, have a {@code NameType} or {@code IndividualEntityShip} the
   *     format does not define, a {@code DateGenerated} or {@code DateDesignated} that is not a
   *     date {@code DD/MM/YYYY}, or no designation at all
   * @throws UncheckedIOException when reading {@code in} fails
   */
  public static Watchlist parse(InputStream in, String location) {
    XmlCursor cursor = XmlCursor.open(in, location, FORMAT, Set.of(DESIGNATION));
    cursor.enterRoot(ROOT);
    Optional<Field> generated = Optional.empty();
    List<ListEntry> entries = new ArrayList<>();
    EntryIds ids = new EntryIds(location, "UniqueID");
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case DATE_GENERATED -> generated = Optional.of(cursor.text());
        case DESIGNATION -> {
          long line = cursor.line();
          long column = cursor.column();
          ListEntry entry = DesignationReader.read(cursor);
          ids.add(entry.id(), DESIGNATION + "/UniqueID", line, column);
          entries.add(entry);
        }
        default -> throw cursor.unexpected(DATE_GENERATED + " or " + DESIGNATION);
      }
    }
    String sha256 = cursor.finish();
    String published = published(generated, cursor);
    ids.requireAny(ROOT, "designations");
    return new Watchlist(new ListVersion(SOURCE, published, sha256), entries);
  }

  private static String published(Optional<Field> generated, XmlCursor cursor) {
    if (generated.isEmpty()) {
      throw new ListFormatException(
          cursor.location(), 0, 0, ROOT + "/" + DATE_GENERATED, "the DateGenerated is missing");
    }
    Field field = generated.get();
    return UkDates.isoDate(field.text())
        .orElseThrow(
            () ->
                cursor.at(
                    field,
                    "DateGenerated '" + field.text() + "' is not a calendar date DD/MM/YYYY"));
  }
}
