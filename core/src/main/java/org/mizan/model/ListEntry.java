package org.mizan.model;

import java.util.List;
import java.util.Objects;

/**
 * One designated individual or entity of a watchlist, with every field the list carries.
 *
 * <p>Invariant: {@code names} is never empty and its first element is the primary name.
 *
 * @param id the source's own identifier (UN reference number such as {@code QDi.123})
 * @param recordId the source's internal record key (UN {@code DATAID}), empty when none
 * @param kind what the entry designates
 * @param names primary name first, then aliases and original-script names in list order
 * @param gender as the list states it, {@link Gender#UNKNOWN} when it does not
 * @param birthDates every date of birth the list gives
 * @param placesOfBirth places of birth as text ("city, province, country" as far as given)
 * @param nationalities nationalities as the list writes them (country names)
 * @param documents identity documents
 * @param addresses addresses as text
 * @param programs sanctions regimes or list types (UN {@code UN_LIST_TYPE}, e.g. {@code Al-Qaida})
 * @param listedOn the designation date as the list writes it (ISO {@code YYYY-MM-DD}), empty when
 *     not given
 * @param designations designations (job or role), as written
 * @param titles titles (honorifics), as written
 * @param comments the list's free-text comments, empty when none
 */
public record ListEntry(
    String id,
    String recordId,
    EntryKind kind,
    List<EntryName> names,
    Gender gender,
    List<BirthDate> birthDates,
    List<String> placesOfBirth,
    List<String> nationalities,
    List<IdentityDocument> documents,
    List<String> addresses,
    List<String> programs,
    String listedOn,
    List<String> designations,
    List<String> titles,
    String comments) {
  public ListEntry {
    id = Objects.requireNonNull(id, "id").strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("an entry id must not be blank");
    }
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(listedOn, "listedOn");
    Objects.requireNonNull(comments, "comments");
    names = List.copyOf(names);
    if (names.isEmpty() || names.get(0).type() != NameType.PRIMARY) {
      throw new IllegalArgumentException("entry " + id + " must start with its primary name");
    }
    birthDates = List.copyOf(birthDates);
    placesOfBirth = List.copyOf(placesOfBirth);
    nationalities = List.copyOf(nationalities);
    documents = List.copyOf(documents);
    addresses = List.copyOf(addresses);
    programs = List.copyOf(programs);
    designations = List.copyOf(designations);
    titles = List.copyOf(titles);
  }

  /**
   * This entry with other names (e.g. with original-script names left out, for evaluation).
   *
   * @param names primary name first, as for the constructor
   */
  public ListEntry withNames(List<EntryName> names) {
    return copy(id, names);
  }

  /**
   * An entry with names only: no record id, gender, dates, places, nationalities, documents,
   * addresses, programmes, listing date, designations, titles or comments (evaluation suites and
   * tests that build lists of names).
   *
   * @param names primary name first, as for the constructor
   */
  public static ListEntry named(String id, EntryKind kind, List<EntryName> names) {
    return new ListEntry(
        id,
        "",
        kind,
        names,
        Gender.UNKNOWN,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "",
        List.of(),
        List.of(),
        "");
  }

  /** This entry under another id (e.g. the same person in a second list, for tests and tools). */
  public ListEntry withId(String newId) {
    return copy(newId, names);
  }

  private ListEntry copy(String newId, List<EntryName> newNames) {
    return new ListEntry(
        newId,
        recordId,
        kind,
        newNames,
        gender,
        birthDates,
        placesOfBirth,
        nationalities,
        documents,
        addresses,
        programs,
        listedOn,
        designations,
        titles,
        comments);
  }

  /** The primary name as the list writes it. */
  public String primaryName() {
    return names.get(0).value();
  }
}
