package org.mizan.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.model.BirthDate;
import org.mizan.model.Countries;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;

/**
 * Turns one row of batch input into a {@link Subject}, the same way for CSV and JSONL.
 *
 * <p>Error messages quote the value only for {@code dob}, {@code gender} and {@code kind}: a name
 * or document number must never reach a log or the terminal.
 */
final class SubjectMapping {
  private static final Countries COUNTRIES = Countries.standard();

  /** The longest subject id accepted: far above any record id, far below what could flood. */
  static final int MAX_ID_LENGTH = 200;

  private SubjectMapping() {}

  /**
   * The subject a row describes.
   *
   * @param location the input's name, for errors
   * @param rowNumber 1-based count of data rows, for the default id {@code row-N}
   * @param defaultKinds the entry kinds of a row whose {@code kind} is empty ({@code --kind})
   * @param today today's date, after which no date of birth can be
   * @throws InputFormatException when the name is missing or blank, or dob, gender or kind is
   *     invalid
   */
  static Subject toSubject(
      String location, long rowNumber, RawRow row, Set<EntryKind> defaultKinds, LocalDate today) {
    return toSubject(location, "row-" + rowNumber, row, defaultKinds, today);
  }

  /**
   * As {@link #toSubject(String, long, RawRow, Set, LocalDate)}, with the id of a row without one.
   */
  static Subject toSubject(
      String location, String defaultId, RawRow row, Set<EntryKind> defaultKinds, LocalDate today) {
    String id = row.value(Column.ID);
    if (id.isEmpty()) {
      id = defaultId;
    }
    if (!SubjectFields.wellFormed(id)) {
      throw error(location, row, Column.ID, "not well-formed Unicode (a lone surrogate)");
    }
    if (SubjectFields.hasHiddenCharacter(id)) {
      throw error(location, row, Column.ID, "holds a control or invisible formatting character");
    }
    Optional<String> documentProblem = SubjectFields.documentProblem(row.value(Column.DOCUMENT));
    if (documentProblem.isPresent()) {
      throw error(location, row, Column.DOCUMENT, documentProblem.get());
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw error(
          location, row, Column.ID, "longer than " + MAX_ID_LENGTH + " characters (a record id)");
    }
    String name = row.value(Column.NAME);
    if (name.isEmpty()) {
      throw error(location, row, Column.NAME, "the name is missing or blank");
    }
    Optional<String> problem = SubjectFields.nameProblem(name);
    if (problem.isPresent()) {
      throw error(location, row, Column.NAME, "the name " + problem.get());
    }
    String nationality = row.value(Column.NATIONALITY);
    if (!nationality.isEmpty()
        && (SubjectFields.hasHiddenCharacter(nationality)
            || COUNTRIES.code(nationality).isEmpty())) {
      throw error(
          location,
          row,
          Column.NATIONALITY,
          "not an ISO 3166 country code or English country name (e.g. IQ, IRQ, Iraq)");
    }
    Set<EntryKind> kinds = kinds(location, row, defaultKinds);
    Optional<String> zone = SubjectFields.zoneKindProblem(name, kinds);
    if (zone.isPresent()) {
      throw error(location, row, Column.NAME, "the name " + zone.get());
    }
    return new Subject(
        id,
        name,
        birthDates(location, row, today),
        nationality,
        gender(location, row),
        row.value(Column.DOCUMENT),
        kinds);
  }

  private static List<BirthDate> birthDates(String location, RawRow row, LocalDate today) {
    String dob = row.value(Column.DOB);
    if (dob.isEmpty()) {
      return List.of();
    }
    BirthDate date;
    try {
      date = BirthDate.parse(dob);
    } catch (IllegalArgumentException e) {
      // BirthDate's message quotes only the date, which the contract allows.
      throw error(location, row, Column.DOB, e.getMessage());
    }
    Optional<String> problem = SubjectFields.birthDateProblem(date, today);
    if (problem.isPresent()) {
      throw error(location, row, Column.DOB, problem.get() + " (" + dob + ")");
    }
    return List.of(date);
  }

  private static Gender gender(String location, RawRow row) {
    String gender = row.value(Column.GENDER);
    if (gender.isEmpty()) {
      return Gender.UNKNOWN;
    }
    return SubjectFields.gender(gender)
        .orElseThrow(
            () -> error(location, row, Column.GENDER, "not " + SubjectFields.GENDER_WORDS));
  }

  private static Set<EntryKind> kinds(String location, RawRow row, Set<EntryKind> defaultKinds) {
    String kind = row.value(Column.KIND);
    if (kind.isEmpty()) {
      return defaultKinds;
    }
    return SubjectFields.kinds(kind)
        .orElseThrow(() -> error(location, row, Column.KIND, "not " + SubjectFields.KIND_WORDS));
  }

  private static InputFormatException error(
      String location, RawRow row, Column column, String problem) {
    return new InputFormatException(location, row.line(), row.key(column), problem);
  }
}
