package org.mizan.lists.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of a Mizan list CSV (see {@code docs/lists-csv.md}), by their header names.
 *
 * <p>Columns marked "several" hold one or more values separated by {@code ;} ({@link #SEPARATOR});
 * empty values between separators are ignored.
 */
enum Column {
  ID("id", true),
  NAME("name", true),
  KIND("kind", false),
  ALIASES("aliases", false),
  WEAK_ALIASES("weak_aliases", false),
  ORIGINAL_SCRIPT_NAME("original_script_name", false),
  DOB("dob", false),
  NATIONALITY("nationality", false),
  GENDER("gender", false),
  DOCUMENT("document", false),
  PROGRAM("program", false),
  LISTED_ON("listed_on", false),
  COMMENTS("comments", false);

  /** Separates several values in one cell. */
  static final String SEPARATOR = ";";

  /** Columns whose header starts with this are the user's own and are not read. */
  static final String OWN_PREFIX = "x_";

  private final String header;
  private final boolean required;

  Column(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** The header name, lower case. */
  String header() {
    return header;
  }

  boolean required() {
    return required;
  }

  /** The column a header cell names, compared without case and surrounding spaces. */
  static Optional<Column> forHeader(String cell) {
    String key = cell.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header.equals(key)).findFirst();
  }

  /** Every header name, in order, for messages. */
  static String all() {
    return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(", "));
  }
}
