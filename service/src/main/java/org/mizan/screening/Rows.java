package org.mizan.screening;

/**
 * The rows of one batch input in one format; {@link SubjectReader} turns them into subjects.
 *
 * <p>Problems found by {@link #advance()} end the input (it cannot be read further); problems found
 * by {@link #row()} concern that row alone.
 */
sealed interface Rows extends AutoCloseable permits CsvRows, JsonLinesRows {
  /**
   * Moves to the next data row.
   *
   * @return false at the end of the input
   * @throws InputFormatException when the input cannot be read further (undecodable bytes, broken
   *     CSV quoting)
   * @throws java.io.UncheckedIOException when reading fails
   */
  boolean advance();

  /**
   * The current row's values; call once after {@link #advance()} returned true.
   *
   * @throws InputFormatException when this row alone is malformed (e.g. a line that is not a JSON
   *     object)
   */
  RawRow row();

  /** Closes the underlying stream. */
  @Override
  void close();
}
