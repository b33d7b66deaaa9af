package org.mizan.lists.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mizan.lists.ListFormatException;
import org.mizan.model.ListEntry;

/**
 * The entries of one list file as they are read, in file order, each id at most once. Not
 * thread-safe.
 */
public final class UniqueEntries {
  private final XmlCursor cursor;
  private final List<ListEntry> entries = new ArrayList<>();
  private final Map<String, Long> lines = new HashMap<>();

  /**
   * @param cursor the walk over the file, positioned on each record when {@link #read} is called
   */
  public UniqueEntries(XmlCursor cursor) {
    this.cursor = cursor;
  }

  /**
   * Reads the record the cursor is on with {@code reader} and keeps its entry.
   *
   * @param idField the element or attribute path of the id, e.g. {@code sdnEntry/uid}
   * @param idName what the id is called in messages, e.g. {@code uid}
   * @throws ListFormatException at the record's start tag when an earlier record has the same id
   */
  public void read(Supplier<ListEntry> reader, String idField, String idName) {
    long line = cursor.line();
    long column = cursor.column();
    ListEntry entry = reader.get();
    Long first = lines.putIfAbsent(entry.id(), line);
    if (first != null) {
      throw new ListFormatException(
          cursor.location(),
          line,
          column,
          idField,
          idName + " " + entry.id() + " is used twice (first at line " + first + ")");
    }
    entries.add(entry);
  }

  /**
   * The entries read, in file order.
   *
   * @param field the element to cite when there are none, e.g. the root element
   * @throws ListFormatException when none were read: a stub or cut-off download must not pass for a
   *     list on which nobody is listed
   */
  public List<ListEntry> all(String field) {
    if (entries.isEmpty()) {
      throw new ListFormatException(cursor.location(), 0, 0, field, "the list has no entries");
    }
    return List.copyOf(entries);
  }
}
