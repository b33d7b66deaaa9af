package org.mizan.lists.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flat container element of a record (UN {@code INDIVIDUAL_ALIAS}, OFAC {@code aka}, ...) with
 * its text children in document order.
 *
 * @param path element path from the record, e.g. {@code INDIVIDUAL/INDIVIDUAL_ALIAS}
 * @param fields the child elements, each read as text
 * @param line 1-based line of the start tag
 * @param column 1-based column just after the start tag
 */
public record Group(String path, List<Field> fields, long line, long column) {
  public Group {
    fields = List.copyOf(fields);
  }

  /** The first child of that name. */
  public Optional<Field> field(String name) {
    return Optional.ofNullable(first(name));
  }

  /** The cleaned text of the first child of that name, empty when absent. */
  public String text(String name) {
    Field f = first(name);
    return f == null ? "" : f.text();
  }

  /** The first child of that name, or null. */
  private Field first(String name) {
    for (Field f : fields) {
      if (f.named(name)) {
        return f;
      }
    }
    return null;
  }

  /** The cleaned, non-empty texts of every child of that name, in order. */
  public List<String> texts(String name) {
    List<String> texts = new ArrayList<>();
    for (Field f : fields) {
      if (f.named(name)) {
        String text = f.text();
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
    }
    return List.copyOf(texts);
  }

  /**
   * The non-empty texts of the named children, in the order of {@code names}, joined by ", ",
   * leaving out a text equal to one already taken (the list sometimes repeats a city as street).
   */
  public String joined(String... names) {
    List<String> taken = new ArrayList<>(names.length);
    for (String name : names) {
      String text = text(name);
      if (!text.isEmpty() && !taken.contains(text)) {
        taken.add(text);
      }
    }
    return String.join(", ", taken);
  }
}
