package org.mizan.eval;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.lists.CsvCursor;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.StrictUtf8Reader;

/**
 * Reads the CSV files of the evaluation data with core's {@link CsvCursor} (strict UTF-8, RFC 4180,
 * blank lines skipped, errors naming line and column and never quoting the text).
 *
 * <p>People files (yente's fixtures) have a header row; the columns read are {@code full_name},
 * {@code date_of_birth} and {@code nationality}, kept as text (dates are checked where they are
 * used, leniently); a row shorter than the header lacks its last columns (read as empty). The
 * cross-script pairs file has no header, {@code #} comment lines and the columns query, expected
 * match, minimum score, description.
 */
final class EvalCsv {
  private EvalCsv() {}

  /**
   * One row of a people file.
   *
   * @param row the data row's number, from 1 (the header is not counted)
   * @param name {@code full_name}
   * @param dob {@code date_of_birth} as written, empty when absent
   * @param nationality {@code nationality} as written, empty when absent
   */
  record Person(long row, String name, String dob, String nationality) {}

  /**
   * One row of the cross-script pairs file.
   *
   * @param number the pair's number in the file, from 1 (comments and blank lines not counted)
   * @param query the name in its own script
   * @param expected the Latin name it should match
   */
  record Pair(long number, String query, String expected) {}

  /**
   * Reads a people file.
   *
   * @throws EvalDataException naming the file and line when the file is not valid UTF-8 or CSV, has
   *     no {@code full_name} column, or a row has more cells than the header
   */
  static List<Person> people(InputStream in, String location) {
    CsvCursor cursor = CsvCursor.open(new StrictUtf8Reader(in), location);
    List<Person> rows = new ArrayList<>();
    Optional<List<CsvCursor.Cell>> header = next(cursor, location);
    if (header.isEmpty()) {
      return rows;
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.get().size(); i++) {
      columns.putIfAbsent(header.get().get(i).text(), i);
    }
    if (!columns.containsKey("full_name")) {
      throw new EvalDataException(location + ": no full_name column in the header");
    }
    int width = header.get().size();
    for (Optional<List<CsvCursor.Cell>> row = next(cursor, location);
        row.isPresent();
        row = next(cursor, location)) {
      List<CsvCursor.Cell> cells = row.get();
      if (cells.size() > width) {
        // An unquoted comma has shifted the later columns: never read them as other fields.
        throw new EvalDataException(
            at(location, cells.get(0))
                + "the row has "
                + cells.size()
                + " fields but the header "
                + width
                + " (a value holding a comma must be in double quotes)");
      }
      rows.add(
          new Person(
              rows.size() + 1,
              cell(cells, columns, "full_name"),
              cell(cells, columns, "date_of_birth"),
              cell(cells, columns, "nationality")));
    }
    return rows;
  }

  /**
   * Reads the cross-script pairs file.
   *
   * @throws EvalDataException naming the file and line when the file is not valid UTF-8 or CSV, or
   *     a row has no query or no expected match
   */
  static List<Pair> pairs(InputStream in, String location) {
    CsvCursor cursor = CsvCursor.open(new StrictUtf8Reader(in), location);
    List<Pair> rows = new ArrayList<>();
    for (Optional<List<CsvCursor.Cell>> row = next(cursor, location);
        row.isPresent();
        row = next(cursor, location)) {
      List<CsvCursor.Cell> cells = row.get();
      if (cells.get(0).text().startsWith("#")) {
        continue;
      }
      long number = rows.size() + 1;
      if (cells.size() < 2 || cells.get(0).text().isEmpty() || cells.get(1).text().isEmpty()) {
        throw new EvalDataException(
            at(location, cells.get(0))
                + "pair "
                + number
                + ": a pair needs a query and an expected match");
      }
      rows.add(new Pair(number, cells.get(0).text(), cells.get(1).text()));
    }
    return rows;
  }

  /**
   * The next record; the cursor's format errors (line and column, never the text) as invalid data,
   * and a failed read naming the file.
   */
  private static Optional<List<CsvCursor.Cell>> next(CsvCursor cursor, String location) {
    try {
      return cursor.next();
    } catch (ListFormatException e) {
      throw new EvalDataException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read " + location, e.getCause());
    }
  }

  private static String cell(
      List<CsvCursor.Cell> cells, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null || index >= cells.size() ? "" : cells.get(index).text();
  }

  private static String at(String location, CsvCursor.Cell first) {
    return location + ":" + first.line() + ": ";
  }
}
