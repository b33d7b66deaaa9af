package org.mizan.lists.ftm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mizan.lists.ListFormatException;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;

/**
 * One entry read from its entity, waiting for what linked entities add at the end of the file.
 * Keeps only the values the entry uses, not the entity. See {@link FtmEntitiesParser} for the
 * mapping.
 */
final class Draft {
  /** Name parts joined, in this order, into the primary name of a person with no {@code name}. */
  static final List<String> NAME_PARTS =
      List.of("firstName", "secondName", "middleName", "fatherName", "lastName");

  private final String id;
  private final EntryKind kind;
  private final List<String> datasets;
  private final List<EntryName> names;
  private final Gender gender;
  private final List<BirthDate> birthDates;
  private final List<String> placesOfBirth;
  private final List<String> nationalities;
  private final List<IdentityDocument> ownDocuments;
  private final List<String> addresses;
  private final List<String> addressIds;
  private final List<String> programs;
  private final List<String> programIds;
  private final List<String> designations;
  private final List<String> titles;
  private final String comments;
  private final List<Sanction> nestedSanctions = new ArrayList<>();
  private final List<IdentityDocument> nestedDocuments = new ArrayList<>();

  private Draft(Entity e, EntryKind kind, List<EntryName> names) {
    this.id = e.id();
    this.kind = kind;
    this.datasets = e.datasets();
    this.names = names;
    this.gender = kind == EntryKind.PERSON ? gender(e.values("gender")) : Gender.UNKNOWN;
    Set<BirthDate> dates = new LinkedHashSet<>();
    for (String value : e.values("birthDate")) {
      FtmDates.birthDate(value).ifPresent(dates::add);
    }
    this.birthDates = List.copyOf(dates);
    this.placesOfBirth = distinct(e.values("birthPlace"));
    List<String> countries = new ArrayList<>();
    e.values("nationality").forEach(c -> countries.add(CountryCodes.of(c)));
    e.values("citizenship").forEach(c -> countries.add(CountryCodes.of(c)));
    this.nationalities = distinct(countries);
    this.ownDocuments = Documents.fromProperties(e);
    this.addresses = new ArrayList<>(e.values("address"));
    this.addressIds = e.values("addressEntity");
    this.programs = e.values("program");
    this.programIds = e.values("programId");
    this.designations = distinct(e.values("position"));
    this.titles = distinct(e.values("title"));
    this.comments = String.join("\n", e.values("notes"));
  }

  /**
   * Reads an entry entity, with the sanctions, documents and addresses nested in it.
   *
   * @throws ListFormatException when the entity has no name at all
   */
  static Draft of(Entity entity, EntryKind kind, String location) {
    List<EntryName> names = Names.of(entity);
    if (names.isEmpty()) {
      throw new ListFormatException(
          location,
          entity.line(),
          entity.column(),
          "properties/name",
          "entity "
              + entity.id()
              + " ("
              + entity.schema()
              + ") has no name (no name, "
              + String.join(", ", NAME_PARTS)
              + " or caption)");
    }
    Draft draft = new Draft(entity, kind, names);
    for (Entity nested : entity.nested()) {
      switch (Role.of(nested.schema())) {
        case SANCTION -> draft.nestedSanctions.add(Sanction.of(nested));
        case IDENTIFICATION -> Documents.of(nested).ifPresent(draft.nestedDocuments::add);
        case ADDRESS -> draft.addresses.add(Addresses.text(nested));
        default -> {
          // Links to other entries (ownership, family) name other entries, not this one.
        }
      }
    }
    return draft;
  }

  String id() {
    return id;
  }

  List<String> datasets() {
    return datasets;
  }

  /** The entry, with what {@code links} adds: sanctions, documents and addresses. */
  ListEntry entry(Links links) {
    List<Sanction> sanctions = new ArrayList<>(nestedSanctions);
    sanctions.addAll(links.sanctionsOf(id));
    List<String> allPrograms = new ArrayList<>(programs);
    sanctions.forEach(s -> allPrograms.addAll(s.programs()));
    allPrograms.addAll(programIds);
    sanctions.forEach(s -> allPrograms.addAll(s.programIds()));
    List<String> references = new ArrayList<>();
    sanctions.forEach(s -> references.addAll(s.references()));
    List<IdentityDocument> documents = new ArrayList<>(nestedDocuments);
    documents.addAll(links.documentsOf(id));
    documents.addAll(ownDocuments);
    List<String> allAddresses = new ArrayList<>(addresses);
    for (String addressId : addressIds) {
      links.address(addressId).ifPresent(allAddresses::add);
    }
    return new ListEntry(
        id,
        String.join("; ", distinct(references)),
        kind,
        names,
        gender,
        birthDates,
        placesOfBirth,
        nationalities,
        Documents.distinct(documents),
        distinct(allAddresses),
        distinct(allPrograms),
        listedOn(sanctions),
        designations,
        titles,
        comments);
  }

  /** The earliest listing day of the sanctions, else their earliest start day; empty if none. */
  private static String listedOn(List<Sanction> sanctions) {
    String earliest = "";
    for (Sanction s : sanctions) {
      for (String value : s.listingDates()) {
        String day = FtmDates.day(value).orElse("");
        if (!day.isEmpty() && (earliest.isEmpty() || day.compareTo(earliest) < 0)) {
          earliest = day;
        }
      }
    }
    return earliest;
  }

  /** {@code male} or {@code female} when the values say one of them only; FtM also has other. */
  private static Gender gender(List<String> values) {
    Set<Gender> found = EnumSet.noneOf(Gender.class);
    for (String v : values) {
      switch (v.toLowerCase(Locale.ROOT)) {
        case "male" -> found.add(Gender.MALE);
        case "female" -> found.add(Gender.FEMALE);
        default -> found.add(Gender.UNKNOWN);
      }
    }
    return found.size() == 1 ? found.iterator().next() : Gender.UNKNOWN;
  }

  private static List<String> distinct(Collection<String> values) {
    Set<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      if (!v.isBlank()) {
        seen.add(v.strip());
      }
    }
    return List.copyOf(seen);
  }
}
