package org.mizan.lists;

import java.util.HashMap;
import java.util.Map;

/**
 * The entry ids of one list file read so far, each with the line it was first met on, so that an id
 * used twice is reported with both places. Not thread-safe.
 */
public final class EntryIds {
  private final String location;
  private final String field;
  private final Map<String, Long> firstLines = new HashMap<>();

  /**
   * @param location the file name to cite in errors
   * @param field the id's element path or column name, e.g. {@code Designation/UniqueID}
   */
  public EntryIds(String location, String field) {
    this.location = location;
    this.field = field;
  }

  /**
   * Records {@code id}, read from the record at {@code line} and {@code column}.
   *
   * @throws ListFormatException at that line and column when {@code id} was met before, naming the
   *     line it was first met on
   */
  public void add(String id, long line, long column) {
    Long first = firstLines.putIfAbsent(id, line);
    if (first != null) {
      throw new ListFormatException(
          location,
          line,
          column,
          field,
          field.substring(field.lastIndexOf('/') + 1)
              + " "
              + id
              + " is used twice (first at line "
              + first
              + ")");
    }
  }
}
