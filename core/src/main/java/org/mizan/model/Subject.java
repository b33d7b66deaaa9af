package org.mizan.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is screened: a name with optional evidence.
 *
 * @param id caller's identifier (or {@code row-N} for batch rows), never blank
 * @param name the name as given, never blank, at most {@value #MAX_NAME_LENGTH} characters
 * @param birthDates dates of birth given (usually zero or one)
 * @param nationality country as given (ISO code or English name), empty when not given
 * @param gender {@link Gender#UNKNOWN} when not given
 * @param document identity-document number, empty when not given
 * @param kinds which entry kinds may match; all kinds when the caller said {@code any}, except that
 *     a subject with a date of birth or a gender and all kinds is screened against individuals only
 *     (organisations, vessels and aircraft have neither)
 */
public record Subject(
    String id,
    String name,
    List<BirthDate> birthDates,
    String nationality,
    Gender gender,
    String document,
    Set<EntryKind> kinds) {
  /** The longest name screened, in UTF-16 characters: far above any real name. */
  public static final int MAX_NAME_LENGTH = 1000;

  /**
   * Whether {@code name} is longer than {@value #MAX_NAME_LENGTH} UTF-16 characters as given or
   * once Unicode compatibility normalisation (NFKC, the first step of name normalisation) has
   * expanded it: one character such as U+FDFA becomes 18.
   */
  public static boolean isTooLong(String name) {
    if (name.length() > MAX_NAME_LENGTH) {
      return true;
    }
    // Most names are too short for any expansion to reach the limit: normalise only the others.
    return name.length() * MAX_NFKC_EXPANSION > MAX_NAME_LENGTH
        && java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).length()
            > MAX_NAME_LENGTH;
  }

  /** The most UTF-16 characters NFKC makes of one (U+FDFA, 18), Unicode 15. */
  private static final int MAX_NFKC_EXPANSION = 18;

  public Subject {
    id = Objects.requireNonNull(id, "id").strip();
    name = Objects.requireNonNull(name, "name").strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a subject id must not be blank");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a subject name must not be blank");
    }
    if (isTooLong(name)) {
      throw new IllegalArgumentException(
          "a subject name must not be longer than " + MAX_NAME_LENGTH + " characters");
    }
    birthDates = List.copyOf(birthDates);
    nationality = Objects.requireNonNull(nationality, "nationality").strip();
    Objects.requireNonNull(gender, "gender");
    document = Objects.requireNonNull(document, "document").strip();
    kinds = Set.copyOf(kinds);
    if ((!birthDates.isEmpty() || gender != Gender.UNKNOWN)
        && kinds.size() == EntryKind.values().length) {
      // A subject with a date of birth or a gender is a person: organisations, vessels and
      // aircraft have neither.
      kinds = Set.of(EntryKind.PERSON);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a subject must allow at least one entry kind");
    }
  }

  /** A name alone, matched against every kind of entry. */
  public static Subject ofName(String id, String name) {
    return new Subject(id, name, List.of(), "", Gender.UNKNOWN, "", Set.of(EntryKind.values()));
  }
}
