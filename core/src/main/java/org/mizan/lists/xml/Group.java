package org.mizan.lists.xml;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The cleaned text of the first child of that name, empty when absent. */
  public String text(String name) {
    return field(name).map(Field::text).orElse("");
  }

  /** The cleaned, non-empty texts of every child of that name, in order. */
  public List<String> texts(String name) {
    return fields.stream()
        .filter(f -> f.name().equals(name))
        .map(Field::text)
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The non-empty texts of the named children, in the order of {@code names}, joined by ", ",
   * leaving out a text equal to one already taken (the list sometimes repeats a city as street).
   */
  public String joined(String... names) {
    return Arrays.stream(names)
        .map(this::text)
        .filter(t -> !t.isEmpty())
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
