package org.mizan.lists.csv;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mizan.lists.EntryIds;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.Sha256Input;
import org.mizan.lists.StrictUtf8Reader;
import org.mizan.model.EntryKind;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/**
 * Parser of a Mizan list CSV: a national or internal watchlist that a unit keeps itself, in the
 * format documented in {@code docs/lists-csv.md}.
 *
 * <p>UTF-8 text (a byte-order mark is allowed), CSV as in RFC 4180 with a header row. Columns,
 * named in the header without regard to case, in any order:
 *
 * <ul>
 *   <li>{@code id} (required, unique in the file) is the entry id; {@code name} (required) the
 *       primary name.
 *   <li>{@code kind}: {@code person}, {@code organization} (or {@code organisation}), {@code
 *       vessel} or {@code aircraft}; empty or absent is {@link EntryKind#PERSON}.
 *   <li>{@code aliases} ({@link NameType#ALIAS_GOOD}), {@code weak_aliases} ({@link
 *       NameType#ALIAS_LOW}), {@code original_script_name} ({@link NameType#ORIGINAL_SCRIPT}):
 *       names after the primary name in that order, without quality labels; a name equal in value
 *       and type to an earlier one is kept once.
 *   <li>{@code dob}: dates of birth {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@code
 *       nationality}: as written (country names or ISO codes); {@code gender}: {@code male} or
 *       {@code m}, {@code female} or {@code f}, {@code unknown} or empty; {@code document}:
 *       identity-document numbers (no type); {@code program}: the list's programs; {@code
 *       listed_on}: {@code YYYY-MM-DD}; {@code comments}: free text.
 * </ul>
 *
 * The name columns, {@code dob}, {@code nationality}, {@code document} and {@code program} may hold
 * several values separated by {@code ;}. Cells are trimmed. A column whose header starts with
 * {@code x_} is the user's own and not read; any other column Mizan does not know is an error, so
 * that a misspelt header ({@code nationalty}) is reported instead of dropping its data. Blank lines
 * and rows of empty cells are skipped; a row shorter than the header lacks its last columns.
 *
 * <p>The format carries no date, so the version is {@code (csv:<file name>, "", SHA-256)}; the file
 * name is the last segment of the location. Streams row by row; stateless and thread-safe.
 */
public final class CsvListParser {
  /** The source id is this prefix and the file name: {@code csv:watchlist.csv}. */
  public static final String SOURCE_PREFIX = "csv:";

  private CsvListParser() {}

  /**
   * Reads a whole list. Either the whole list is returned or an exception is thrown: never part of
   * it.
   *
   * @param in the CSV bytes; read to the end, not closed
   * @param location the file name or path to cite in errors; its last segment (after the last
   *     {@code /} or {@code \}) names the source
   * @return the list in file order; its version is {@code (csv:<file name>, "", SHA-256 of every
   *     byte read from in, lower-case hex)}
   * @throws ListFormatException naming line, column and column name when the bytes are not UTF-8,
   *     the CSV is malformed (a quote never closed), the header lacks {@code id} or {@code name} or
   *     names an unknown column or one twice, a row has more cells than the header, an id or name
   *     is blank, an id is used twice (both lines named), a {@code kind}, {@code gender}, {@code
   *     dob} or {@code listed_on} value is not one the format allows, or the file has no data row
   * @throws UncheckedIOException when reading {@code in} fails
   */
  public static Watchlist parse(InputStream in, String location) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(location, "location");
    Sha256Input bytes = new Sha256Input(in);
    CsvTable table = CsvTable.open(new StrictUtf8Reader(bytes), location);
    RowReader reader = new RowReader(location);
    EntryIds ids = new EntryIds(location, Column.ID.header());
    List<ListEntry> entries = new ArrayList<>();
    Optional<CsvTable.Row> row;
    while ((row = table.next()).isPresent()) {
      ListEntry entry = reader.entry(row.get());
      ids.add(entry.id(), Column.ID.header(), row.get().line(), row.get().cell(Column.ID).column());
      entries.add(entry);
    }
    String sha256 = bytes.readToEndAndDigest();
    // A cut-off export must not pass for a list on which nobody is listed.
    ids.requireAny("", "entries (only a header row)");
    return new Watchlist(new ListVersion(sourceId(location), "", sha256), entries);
  }

  /**
   * Whether a file's head looks like a list CSV: its first line, read as CSV, names the column
   * {@code id} or the column {@code name} (without regard to case), so that a header with one of
   * them misspelt is still read as a list CSV and refused with a message naming the columns found.
   * The OFAC {@code sdn.csv}, which has no header, never does.
   *
   * @param head the file's first few kilobytes as text
   */
  public static boolean recognizes(String head) {
    return CsvTable.hasListHeader(firstLine(head));
  }

  /**
   * Whether a file's head looks like a list CSV saved with semicolons for commas (as a spreadsheet
   * does in locales whose decimal mark is a comma): its first non-blank line has a semicolon and no
   * comma, and one of its semicolon-separated cells is the header {@code id} or {@code name}. Such
   * a file is not {@link #recognizes recognised}; this lets the caller say why.
   *
   * @param head the file's first few kilobytes as text
   */
  public static boolean separatedBySemicolons(String head) {
    String firstLine = head.replace("\uFEFF", "").stripLeading().lines().findFirst().orElse("");
    return firstLine.contains(Column.SEPARATOR)
        && !firstLine.contains(",")
        && Arrays.stream(firstLine.split(Column.SEPARATOR))
            .map(Column::forHeader)
            .anyMatch(c -> c.equals(Optional.of(Column.ID)) || c.equals(Optional.of(Column.NAME)));
  }

  private static String firstLine(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** {@code csv:} and the last segment of {@code location}. */
  static String sourceId(String location) {
    int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
    return SOURCE_PREFIX + location.substring(slash + 1);
  }
}
