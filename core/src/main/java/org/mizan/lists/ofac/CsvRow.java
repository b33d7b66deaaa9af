package org.mizan.lists.ofac;

import java.util.List;

/**
 * One record of a CSV file: its fields (trimmed, OFAC's {@code -0-} made empty) and where each
 * starts.
 *
 * @param line 1-based line of the record's first character
 * @param fields field values
 * @param columns 1-based column of each field's first character, same size as {@code fields}
 */
record CsvRow(long line, List<String> fields, List<Long> columns) {
  CsvRow {
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
  }

  String field(int index) {
    return fields.get(index);
  }

  long column(int index) {
    return columns.get(index);
  }
}
