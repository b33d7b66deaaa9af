package org.mizan.lists;

import java.util.HashMap;
import java.util.Map;

/**
 * The entry ids of one list file read so far, each with the line it was first met on: an id used
 * twice is reported with both places, and a file in which no entry was met is refused. Shared by
 * the parsers of every format (XML, CSV, JSON lines). Not thread-safe.
 */
public final class EntryIds {
  private final String location;
  private final String idName;
  private final Map<String, Long> firstLines = new HashMap<>();

  /**
   * @param location the file name to cite in errors
   * @param idName what the id is called in messages, e.g. {@code uid}, {@code UniqueID}, {@code
   *     reference number}
   */
  public EntryIds(String location, String idName) {
    this.location = location;
    this.idName = idName;
  }

  /**
   * Records {@code id}, read from the record that starts at {@code line} and {@code column}.
   *
   * @param field the id's element path or column name to cite, e.g. {@code Designation/UniqueID}
   * @throws ListFormatException at that line and column, naming {@code field}, when {@code id} was
   *     met before; the message names the line it was first met on
   */
  public void add(String id, String field, long line, long column) {
    Long first = firstLines.putIfAbsent(id, line);
    if (first != null) {
      throw new ListFormatException(
          location,
          line,
          column,
          field,
          idName + " " + id + " is used twice (first at line " + first + ")");
    }
  }

  /**
   * Checks that at least one id was recorded: a stub or cut-off download must not pass for a list
   * on which nobody is listed.
   *
   * @param field the element or column to cite, e.g. the root element; empty when none applies
   * @param records what the list's records are called, e.g. {@code entries}, {@code designations}
   * @throws ListFormatException "the list has no {@code records}" when no id was recorded
   */
  public void requireAny(String field, String records) {
    if (firstLines.isEmpty()) {
      throw new ListFormatException(location, 0, 0, field, "the list has no " + records);
    }
  }
}
