package org.mizan.lists.ftm;

import java.util.Map;
import java.util.Optional;
import org.mizan.model.EntryKind;

/**
 * What the parser does with an entity, by its FollowTheMoney schema (schemata as at
 * https://followthemoney.tech/explorer/schemata/).
 *
 * <p>{@code Person} is a {@link EntryKind#PERSON} entry; {@code Organization}, {@code Company},
 * {@code LegalEntity} and {@code PublicBody} are {@link EntryKind#ORGANIZATION} entries; {@code
 * Vessel} is a {@link EntryKind#VESSEL} and {@code Airplane} an {@link EntryKind#AIRCRAFT} entry.
 * {@code Sanction}, {@code Identification} and {@code Passport}, and {@code Address} entities are
 * read to enrich the entries they name. Every other schema (links such as {@code Ownership}, {@code
 * Family}, {@code Associate}, {@code UnknownLink}, {@code Occupancy}, {@code Position}, or a schema
 * this parser does not know) is skipped.
 */
enum Role {
  ENTRY,
  SANCTION,
  IDENTIFICATION,
  ADDRESS,
  SKIPPED;

  private static final Map<String, EntryKind> KINDS =
      Map.of(
          "Person", EntryKind.PERSON,
          "Organization", EntryKind.ORGANIZATION,
          "Company", EntryKind.ORGANIZATION,
          "LegalEntity", EntryKind.ORGANIZATION,
          "PublicBody", EntryKind.ORGANIZATION,
          "Vessel", EntryKind.VESSEL,
          "Airplane", EntryKind.AIRCRAFT);

  /** The role of entities of this schema (schema names are case-sensitive, as in FtM). */
  static Role of(String schema) {
    if (KINDS.containsKey(schema)) {
      return ENTRY;
    }
    return switch (schema) {
      case "Sanction" -> SANCTION;
      case "Identification", "Passport" -> IDENTIFICATION;
      case "Address" -> ADDRESS;
      default -> SKIPPED;
    };
  }

  /** The entry kind of an entry schema, empty for every other schema. */
  static Optional<EntryKind> kind(String schema) {
    return Optional.ofNullable(KINDS.get(schema));
  }

  /** The entry schemas, for messages. */
  static String entrySchemas() {
    return "Person, Organization, Company, LegalEntity, PublicBody, Vessel or Airplane";
  }
}
