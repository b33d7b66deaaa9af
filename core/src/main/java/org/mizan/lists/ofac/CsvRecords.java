package org.mizan.lists.ofac;

import java.util.ArrayList;
import java.util.List;
import org.mizan.lists.ListFormatException;

/**
 * A strict splitter of CSV text (RFC 4180) as OFAC writes it: fields separated by commas, either
 * bare or in double quotes (a doubled quote stands for one), records ended by CRLF or LF, and an
 * optional Ctrl-Z (0x1A) end-of-file mark. Bare fields are trimmed; the value {@code -0-} (OFAC's
 * "empty") becomes the empty string. Pure and stateless.
 */
final class CsvRecords {
  static final char END_OF_FILE_MARK = 0x1A;
  static final String EMPTY_MARK = "-0-";

  private CsvRecords() {}

  /**
   * Splits {@code text} into records; blank lines are skipped.
   *
   * @throws ListFormatException for a quote that is never closed, a character other than a comma or
   *     line end after a closing quote, a quote inside a bare field, or text after the Ctrl-Z
   */
  static List<CsvRow> split(String text, String location) {
    List<CsvRow> rows = new ArrayList<>();
    int i = 0;
    long line = 1;
    int lineStart = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == END_OF_FILE_MARK) {
        if (!text.substring(i + 1).isBlank()) {
          throw new ListFormatException(
              location, line, i - lineStart + 1, "", "text after the end-of-file mark (Ctrl-Z)");
        }
        break;
      }
      if (c == '\r' || c == '\n') {
        // A blank line: skip it.
        i = skipLineEnd(text, i);
        line++;
        lineStart = i;
        continue;
      }
      long rowLine = line;
      List<String> fields = new ArrayList<>();
      List<Long> columns = new ArrayList<>();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        long column = i - lineStart + 1;
        columns.add(column);
        StringBuilder value = new StringBuilder();
        int j = i;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        if (j < n && text.charAt(j) == '"') {
          long quoteLine = line;
          long quoteColumn = j - lineStart + 1;
          j++;
          while (true) {
            if (j >= n) {
              throw new ListFormatException(
                  location, quoteLine, quoteColumn, "", "a quoted field is never closed");
            }
            char q = text.charAt(j);
            if (q == '"') {
              if (j + 1 < n && text.charAt(j + 1) == '"') {
                value.append('"');
                j += 2;
                continue;
              }
              j++;
              break;
            }
            if (q == '\n') {
              line++;
              lineStart = j + 1;
            }
            value.append(q);
            j++;
          }
          while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
          }
          if (j < n && !isFieldEnd(text.charAt(j))) {
            throw new ListFormatException(
                location,
                line,
                j - lineStart + 1,
                "",
                "unexpected character after a closing quote (expected a comma or a line end)");
          }
          fields.add(value.toString());
        } else {
          int start = j;
          while (j < n && !isFieldEnd(text.charAt(j))) {
            if (text.charAt(j) == '"') {
              throw new ListFormatException(
                  location, line, j - lineStart + 1, "", "a quote inside an unquoted field");
            }
            j++;
          }
          String bare = text.substring(start, j).strip();
          fields.add(bare.equals(EMPTY_MARK) ? "" : bare);
        }
        if (j < n && text.charAt(j) == ',') {
          i = j + 1;
        } else {
          endOfRecord = true;
          if (j < n && text.charAt(j) != END_OF_FILE_MARK) {
            i = skipLineEnd(text, j);
            line++;
            lineStart = i;
          } else {
            i = j;
          }
        }
      }
      rows.add(new CsvRow(rowLine, fields, columns));
    }
    return rows;
  }

  private static boolean isFieldEnd(char c) {
    return c == ',' || c == '\r' || c == '\n' || c == END_OF_FILE_MARK;
  }

  private static int skipLineEnd(String text, int i) {
    if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      return i + 2;
    }
    return i + 1;
  }
}
