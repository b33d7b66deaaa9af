package org.mizan.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CSV rows (RFC 4180, as Jackson reads it) under a required header row naming the columns.
 *
 * <p>Jackson reads the syntax (quoting, separators, line breaks inside quotes, CR, LF or CRLF line
 * ends); blank lines are skipped. The header maps each {@link Column} to a cell index; rows shorter
 * than the header lack the missing columns; a row longer than the header is an error, since an
 * unquoted comma has shifted its columns.
 */
final class CsvRows implements Rows {
  private static final CsvFactory FACTORY =
      CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private final String location;
  private final CsvParser parser;
  private final List<String> cells = new ArrayList<>();
  private long line;
  private Map<Column, String> keys = Map.of();
  private final Map<Column, Integer> indexes = new EnumMap<>(Column.class);
  private int headerSize;
  private List<String> header = List.of();

  private CsvRows(Reader text, String location) {
    this.location = location;
    try {
      this.parser = FACTORY.createParser(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens CSV text and reads its header row; an empty input has no rows and needs no header.
   *
   * @throws InputFormatException when the header has no name column or names a column twice
   */
  static CsvRows open(Reader text, String location) {
    CsvRows rows = new CsvRows(text, location);
    if (rows.advance()) {
      rows.readHeader();
    }
    return rows;
  }

  private void readHeader() {
    Map<Column, String> found = new EnumMap<>(Column.class);
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).indexOf('\uFEFF') >= 0) {
        // Invisible, it made a column's name unknown, and the column was left out without a word
        // (a breaker's find: a second mark at the start lost the ids).
        throw hiddenInHeader(
            i, "holds a byte-order mark (U+FEFF, invisible; the file starts with two?)");
      }
      String cell = cells.get(i).strip();
      String plain = SubjectFields.plainKey(cell);
      // NUL before every letter is UTF-16 read as another encoding: said below, with its remedy.
      if (Column.forKey(cell).isEmpty()
          && Column.forKey(plain).isPresent()
          && cell.indexOf('\u0000') < 0) {
        // Unknown as written, the column was left out without a word (a re-breaker's find:
        // id\u200B and dob\u00A0 lost the ids and dates of birth).
        throw hiddenInHeader(
            i, "names '" + plain + "' with an invisible character or a no-break space in it");
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      Optional<Column> column = Column.forKey(cell);
      if (column.isEmpty()) {
        continue;
      }
      String earlier = found.putIfAbsent(column.get(), cell);
      if (earlier != null) {
        throw new InputFormatException(
            location,
            line,
            cell,
            "the header names this column twice (also as '" + earlier + "'); keep one");
      }
      indexes.put(column.get(), i);
    }
    if (!found.containsKey(Column.NAME)) {
      // Do not quote the cells: without a header, this row is data and may hold a name.
      boolean nul = cells.stream().anyMatch(c -> c.indexOf('\u0000') >= 0);
      throw new InputFormatException(
          location,
          line,
          "",
          "the header row has no 'name' or 'full_name' column (a header row is required; columns"
              + " read: id, name, dob, nationality, gender, document, kind)"
              + (nul
                  ? "; it holds NUL characters, as UTF-16 text read as another encoding does:"
                      + " give --encoding UTF-16LE or UTF-16BE"
                  : ""));
    }
    keys = Map.copyOf(found);
    headerSize = cells.size();
    header = cells.stream().map(CsvRows::headerCell).toList();
  }

  @Override
  public boolean advance() {
    cells.clear();
    // Where the previous row ended: the best guess at this row's line until its first cell is read.
    long fallbackLine = Math.max(1, parser.currentLocation().getLineNr());
    line = 0;
    try {
      if (parser.nextToken() == null) {
        return false;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (line == 0) {
          line = parser.currentTokenLocation().getLineNr();
        }
        cells.add(parser.getText());
      }
      if (token != JsonToken.END_ARRAY) {
        throw new IllegalStateException("CSV parser gave " + token + " inside a row");
      }
      if (line == 0) {
        line = fallbackLine;
      }
      return true;
    } catch (JsonProcessingException e) {
      throw malformed(e, line == 0 ? fallbackLine : line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Jackson's message may quote input text, so it is neither copied nor kept as the cause.
  private InputFormatException malformed(JsonProcessingException e, long rowLine) {
    String message = String.valueOf(e.getOriginalMessage());
    long errorLine = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    long errorColumn = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    String problem;
    if (message.startsWith("Missing closing quote")) {
      problem = "a quoted value opened in this row is not closed by the end of the file";
    } else if (message.contains("Expected column separator")) {
      problem =
          "text after a closing quote at line "
              + errorLine
              + ", column "
              + errorColumn
              + " (a quote inside a quoted value must be doubled)";
    } else {
      problem =
          JsonLinesRows.beyondLimit(e)
              .orElse("malformed CSV at line " + errorLine + ", column " + errorColumn);
    }
    return new InputFormatException(location, rowLine, "", problem);
  }

  @Override
  public RawRow row() {
    if (cells.size() > headerSize) {
      // A value with an unquoted comma shifts every later column: never read it as another field.
      throw new InputFormatException(
          location,
          line,
          "",
          "the row has "
              + cells.size()
              + " fields but the header "
              + headerSize
              + " (a value holding a comma must be in double quotes)");
    }
    if (cells.size() == headerSize
        && cells.stream().map(CsvRows::headerCell).toList().equals(header)) {
      // Two exports joined: the second's header would be screened as a person named "name" (a
      // breaker's find).
      throw new InputFormatException(
          location,
          line,
          "",
          "the row repeats the header row (files joined?): remove it, or screen each file");
    }
    Map<Column, String> values = new EnumMap<>(Column.class);
    indexes.forEach(
        (column, index) -> {
          if (index < cells.size()) {
            values.put(column, cells.get(index));
          }
        });
    return new RawRow(line, keys, values);
  }

  /** Column {@code i} (0-based) of the header row holds what does not show: {@code what}. */
  private InputFormatException hiddenInHeader(int i, String what) {
    return new InputFormatException(
        location, line, "", "column " + (i + 1) + " of the header row " + what + ": remove it");
  }

  /** A header cell as compared with a row's: without a byte-order mark, spaces or case. */
  private static String headerCell(String cell) {
    String c = cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    return c.strip().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
