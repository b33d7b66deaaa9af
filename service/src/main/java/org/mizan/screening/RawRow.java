package org.mizan.screening;

import java.util.Map;

/**
 * One row of batch input before it becomes a subject: the values of the columns read.
 *
 * @param line 1-based physical line where the row starts
 * @param keys each present column's key as written in the input, for error messages
 * @param values each present column's value as given (absent when missing or JSON {@code null})
 */
record RawRow(long line, Map<Column, String> keys, Map<Column, String> values) {
  RawRow {
    keys = Map.copyOf(keys);
    values = Map.copyOf(values);
  }

  /** The value of {@code column}, stripped; empty when absent. */
  String value(Column column) {
    return values.getOrDefault(column, "").strip();
  }

  /** The key under which {@code column} appears in the input, or its contract key if absent. */
  String key(Column column) {
    return keys.getOrDefault(column, column.key());
  }
}
