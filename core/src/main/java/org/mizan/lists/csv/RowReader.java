package org.mizan.lists.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mizan.lists.CsvCursor.Cell;
import org.mizan.lists.ListFormatException;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;

/**
 * Maps one row of a list CSV to a {@link ListEntry}; see {@link CsvListParser} for the mapping.
 * Errors name the line, column and column name of the cell, never its text (which may be personal
 * data). Pure.
 */
final class RowReader {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String location;

  RowReader(String location) {
    this.location = location;
  }

  /**
   * @throws ListFormatException when {@code id} or {@code name} is blank, {@code name} has no
   *     letter or digit, or {@code kind}, {@code gender}, {@code dob} or {@code listed_on} holds a
   *     value the format does not allow
   */
  ListEntry entry(CsvTable.Row row) {
    Cell id = row.cell(Column.ID);
    if (id.text().isEmpty()) {
      throw error(id, Column.ID, "the id is blank (every entry needs an id, unique in the list)");
    }
    Cell name = row.cell(Column.NAME);
    if (name.text().isEmpty()) {
      throw error(name, Column.NAME, "the name is blank (every entry needs its primary name)");
    }
    if (!hasLetterOrDigit(name.text())) {
      // Screening reads no name part in it: the entry could never be found (a breaker's find, a
      // name of a zero-width space alone).
      throw error(
          name,
          Column.NAME,
          "the name has no letters or digits (invisible characters, punctuation or symbols alone):"
              + " no screened name could match it");
    }
    List<EntryName> names = new ArrayList<>();
    names.add(EntryName.of(name.text(), NameType.PRIMARY));
    addNames(names, row, Column.ALIASES, NameType.ALIAS_GOOD);
    addNames(names, row, Column.WEAK_ALIASES, NameType.ALIAS_LOW);
    addNames(names, row, Column.ORIGINAL_SCRIPT_NAME, NameType.ORIGINAL_SCRIPT);
    return new ListEntry(
        id.text(),
        "",
        kind(row.cell(Column.KIND)),
        names,
        gender(row.cell(Column.GENDER)),
        birthDates(row.cell(Column.DOB)),
        List.of(),
        values(row.cell(Column.NATIONALITY)),
        values(row.cell(Column.DOCUMENT)).stream()
            .map(n -> new IdentityDocument("", n, "", ""))
            .toList(),
        List.of(),
        values(row.cell(Column.PROGRAM)),
        listedOn(row.cell(Column.LISTED_ON)),
        List.of(),
        List.of(),
        row.cell(Column.COMMENTS).text());
  }

  private EntryKind kind(Cell cell) {
    return switch (cell.text().toLowerCase(Locale.ROOT)) {
      case "", "person" -> EntryKind.PERSON;
      case "organization", "organisation" -> EntryKind.ORGANIZATION;
      case "vessel" -> EntryKind.VESSEL;
      case "aircraft" -> EntryKind.AIRCRAFT;
      default ->
          throw error(
              cell,
              Column.KIND,
              "unknown kind (expected person, organization, vessel or aircraft; empty is person)");
    };
  }

  private Gender gender(Cell cell) {
    return switch (cell.text().toLowerCase(Locale.ROOT)) {
      case "", "unknown", "u" -> Gender.UNKNOWN;
      case "male", "m" -> Gender.MALE;
      case "female", "f" -> Gender.FEMALE;
      default ->
          throw error(cell, Column.GENDER, "unknown gender (expected male, female, m, f or empty)");
    };
  }

  private List<BirthDate> birthDates(Cell cell) {
    List<String> texts = values(cell);
    List<BirthDate> dates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        BirthDate date = BirthDate.parse(texts.get(i));
        if (!dates.contains(date)) {
          dates.add(date);
        }
      } catch (IllegalArgumentException e) {
        throw error(
            cell,
            Column.DOB,
            "date of birth " + (i + 1) + " of " + texts.size() + " is " + e.getMessage());
      }
    }
    return dates;
  }

  private String listedOn(Cell cell) {
    if (cell.text().isEmpty()) {
      return "";
    }
    if (ISO_DATE.matcher(cell.text()).matches()) {
      try {
        return LocalDate.parse(cell.text()).toString();
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw error(cell, Column.LISTED_ON, "not a calendar date of the form YYYY-MM-DD");
  }

  private static void addNames(
      List<EntryName> names, CsvTable.Row row, Column column, NameType type) {
    for (String value : values(row.cell(column))) {
      EntryName name = EntryName.of(value, type);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
  }

  /**
   * Whether {@code text} has a letter or a digit as screening reads one: not a modifier letter (the
   * tatweel, which only stretches a word) nor a Hangul filler (blank), and a Latin letter enclosed
   * in a symbol NFKC leaves as one (the negative circled {@code 🅐}, as {@code
   * NameNormalizer.compatibilityFolded} reads it), or in NFKC's own compatibility forms ({@code
   * Ⓐ}). Screening's own test is {@code SubjectFields.nameProblem}; a list parser depends on the
   * model alone (a breaker's find: {@code 🅐🅑} refused, {@code ـــ} taken).
   */
  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(RowReader::isNameLetter)
        || java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
            .codePoints()
            .anyMatch(RowReader::isNameLetter);
  }

  private static boolean isNameLetter(int c) {
    if ((c >= 0x1F110 && c <= 0x1F129) || (c >= 0x1F150 && c <= 0x1F169)) {
      return true;
    }
    if (c >= 0x1F170 && c <= 0x1F189) {
      // Not the four that are emoji (blood types, parking), which screening drops.
      return c != 0x1F170 && c != 0x1F171 && c != 0x1F17E && c != 0x1F17F;
    }
    return Character.isLetterOrDigit(c)
        && Character.getType(c) != Character.MODIFIER_LETTER
        && c != 0x115F
        && c != 0x1160
        && c != 0x3164
        && c != 0xFFA0;
  }

  /**
   * The values of a cell that holds several, separated by {@code ;}, without empty ones or repeats.
   */
  private static List<String> values(Cell cell) {
    Set<String> values = new LinkedHashSet<>();
    for (String value : cell.text().split(Column.SEPARATOR, -1)) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return List.copyOf(values);
  }

  private ListFormatException error(Cell cell, Column column, String problem) {
    return new ListFormatException(location, cell.line(), cell.column(), column.header(), problem);
  }
}
