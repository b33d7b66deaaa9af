package org.mizan.lists.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mizan.lists.CsvCursor;
import org.mizan.lists.CsvCursor.Cell;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.StrictUtf8Reader;

/**
 * The rows of a list CSV under its header row, read one at a time by the shared {@link CsvCursor}
 * (RFC 4180). Blank lines, and rows whose cells are all empty (a spreadsheet's {@code ,,,}), are
 * skipped.
 *
 * <p>The header names each column once: {@code id} and {@code name} are required, every other
 * header must be a {@link Column} or start with {@value Column#OWN_PREFIX}. Not thread-safe.
 */
final class CsvTable {
  private final CsvCursor cursor;
  private final String location;
  private final Map<Column, Integer> indexes = new EnumMap<>(Column.class);
  private int width;

  /** One data row: its line and the cells of the columns read (absent when the row is short). */
  record Row(long line, Map<Column, Cell> cells) {
    Row {
      cells = Map.copyOf(cells);
    }

    /** The cell of {@code column}, or an empty one at the row's start when the row lacks it. */
    Cell cell(Column column) {
      return cells.getOrDefault(column, new Cell("", line, 0));
    }
  }

  private CsvTable(StrictUtf8Reader text, String location) {
    this.cursor = CsvCursor.open(text, location);
    this.location = location;
  }

  /**
   * Opens the CSV text and reads its header row.
   *
   * @throws ListFormatException when the file is empty or the header lacks {@code id} or {@code
   *     name}, names an unknown column, names a column twice or has an empty name
   */
  static CsvTable open(StrictUtf8Reader text, String location) {
    CsvTable table = new CsvTable(text, location);
    List<Cell> header =
        table
            .cursor
            .next()
            .orElseThrow(
                () ->
                    new ListFormatException(
                        location,
                        0,
                        0,
                        "",
                        "the file is empty (a header row naming at least the columns id and name"
                            + " is required)"));
    table.readHeader(header);
    return table;
  }

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * What is wrong with column {@code i} (0-based) of a header row that holds a byte-order mark
   * (U+FEFF): the one a file may start with is read as none, so a second was written, by a tool
   * that added its own to text that had one.
   */
  private static String byteOrderMarkInHeader(int i) {
    return "column "
        + (i + 1)
        + " of the header row holds a byte-order mark (U+FEFF, invisible; the file starts with two?):"
        + " remove it";
  }

  /**
   * Parses the first line of a file's head as a header row: whether it names the column id or the
   * column name (a header lacking one of them is then refused with the columns it has).
   */
  static boolean hasListHeader(String firstLine) {
    InputStream bytes = new ByteArrayInputStream(firstLine.getBytes(StandardCharsets.UTF_8));
    try {
      Optional<List<Cell>> header = CsvCursor.open(new StrictUtf8Reader(bytes), "").next();
      List<Column> found = new ArrayList<>();
      header.ifPresent(
          cells -> cells.forEach(c -> Column.forHeader(c.text()).ifPresent(found::add)));
      return found.contains(Column.ID) || found.contains(Column.NAME);
    } catch (ListFormatException e) {
      // Not CSV at all: another format's head.
      return false;
    }
  }

  private void readHeader(List<Cell> header) {
    for (int i = 0; i < header.size(); i++) {
      Cell cell = header.get(i);
      if (cell.text().indexOf(BYTE_ORDER_MARK) >= 0) {
        // Invisible, it made a column's name look right and be unknown (a breaker's find).
        throw new ListFormatException(
            location, cell.line(), cell.column(), "", byteOrderMarkInHeader(i));
      }
    }
    for (Column column : Column.values()) {
      if (column.required()
          && header.stream()
              .noneMatch(c -> Column.forHeader(c.text()).equals(Optional.of(column)))) {
        throw new ListFormatException(
            location,
            header.get(0).line(),
            0,
            column.header(),
            "the header row has no '"
                + column.header()
                + "' column (columns found: "
                + header.stream().map(Cell::text).collect(Collectors.joining(", "))
                + "; a header row naming at least id and name is required)");
      }
    }
    for (int i = 0; i < header.size(); i++) {
      Cell cell = header.get(i);
      if (cell.text().isEmpty()) {
        throw new ListFormatException(
            location,
            cell.line(),
            cell.column(),
            "",
            "column " + (i + 1) + " of the header row has no name; name it or remove the column");
      }
      Optional<Column> column = Column.forHeader(cell.text());
      if (column.isEmpty()) {
        if (cell.text().toLowerCase(Locale.ROOT).startsWith(Column.OWN_PREFIX)) {
          continue;
        }
        throw new ListFormatException(
            location,
            cell.line(),
            cell.column(),
            cell.text(),
            "unknown column '"
                + cell.text()
                + "' (columns read: "
                + Column.all()
                + "; a column of your own must start with "
                + Column.OWN_PREFIX
                + ")");
      }
      Integer earlier = indexes.putIfAbsent(column.get(), i);
      if (earlier != null) {
        throw new ListFormatException(
            location,
            cell.line(),
            cell.column(),
            column.get().header(),
            "the header names the column '"
                + column.get().header()
                + "' twice (columns "
                + (earlier + 1)
                + " and "
                + (i + 1)
                + ")");
      }
    }
    width = header.size();
  }

  /**
   * The next data row.
   *
   * @return empty at the end of the file
   * @throws ListFormatException when the row has more cells than the header, the CSV is malformed
   *     or the bytes are not UTF-8
   */
  Optional<Row> next() {
    Optional<List<Cell>> record;
    do {
      record = cursor.next();
    } while (record.isPresent() && record.get().stream().allMatch(c -> c.text().isEmpty()));
    if (record.isEmpty()) {
      return Optional.empty();
    }
    List<Cell> cells = record.get();
    long line = cells.get(0).line();
    if (cells.size() > width) {
      Cell extra = cells.get(width);
      throw new ListFormatException(
          location,
          extra.line(),
          extra.column(),
          "",
          "the row has "
              + cells.size()
              + " fields but the header "
              + width
              + " (a value holding a comma must be in double quotes)");
    }
    Map<Column, Cell> read = new EnumMap<>(Column.class);
    indexes.forEach(
        (column, index) -> {
          if (index < cells.size()) {
            read.put(column, cells.get(index));
          }
        });
    return Optional.of(new Row(line, read));
  }
}
