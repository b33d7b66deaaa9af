package org.mizan.lists.ofac;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mizan.lists.CsvCursor;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.StrictUtf8Reader;

/**
 * The records of one file of the OFAC SDN legacy CSV, streamed one at a time by the shared {@link
 * CsvCursor} (RFC 4180 as OFAC writes it, no header row) from strict UTF-8 text. OFAC ends each
 * file with a Ctrl-Z byte (0x1A), after which only white space may follow. Every field is stripped,
 * and OFAC's {@code -0-} ("empty", also quoted) becomes the empty string. Pure.
 */
final class CsvRecords {
  static final char END_OF_FILE_MARK = 0x1A;
  static final String EMPTY_MARK = "-0-";

  private CsvRecords() {}

  /**
   * Reads every record of a file, in order, handing each to {@code action} as soon as it is read.
   *
   * @param bytes the file's bytes; read up to their end, not closed
   * @param location the file name to cite in errors
   * @throws ListFormatException as {@link CsvCursor#next()} (bytes that are not UTF-8, a quoted
   *     field never closed, text after a closing quote or after the Ctrl-Z), and whatever {@code
   *     action} throws
   * @throws UncheckedIOException when reading fails
   */
  static void forEach(InputStream bytes, String location, Consumer<CsvRow> action) {
    CsvCursor cursor = CsvCursor.open(StrictUtf8Reader.endingAt(bytes, END_OF_FILE_MARK), location);
    for (Optional<List<CsvCursor.Cell>> cells = cursor.next();
        cells.isPresent();
        cells = cursor.next()) {
      action.accept(row(cells.get()));
    }
  }

  /**
   * The first record of {@code text}, read as a file's.
   *
   * @return empty when the text holds no record
   * @throws ListFormatException as {@link #forEach}
   */
  static Optional<CsvRow> first(String text) {
    InputStream bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return CsvCursor.open(StrictUtf8Reader.endingAt(bytes, END_OF_FILE_MARK), "")
        .next()
        .map(CsvRecords::row);
  }

  private static CsvRow row(List<CsvCursor.Cell> cells) {
    List<String> fields = new ArrayList<>(cells.size());
    List<Long> columns = new ArrayList<>(cells.size());
    for (CsvCursor.Cell cell : cells) {
      fields.add(cell.text().equals(EMPTY_MARK) ? "" : cell.text());
      columns.add(cell.column());
    }
    return new CsvRow(cells.get(0).line(), fields, columns);
  }
}
