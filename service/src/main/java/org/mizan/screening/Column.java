package org.mizan.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns (CSV) or keys (JSONL) read from batch input; everything else is ignored.
 *
 * <p>Source: DESIGN.md, "Command-line contract", "Input and output".
 */
enum Column {
  ID("id"),
  NAME("name", "full_name"),
  DOB("dob", "date_of_birth"),
  NATIONALITY("nationality"),
  GENDER("gender"),
  DOCUMENT("document"),
  KIND("kind");

  private static final Map<String, Column> BY_KEY = new HashMap<>();

  static {
    for (Column column : values()) {
      for (String key : column.keys) {
        BY_KEY.put(key, column);
      }
    }
  }

  private final List<String> keys;

  /** The contract's key first, then accepted aliases; all lower case. */
  Column(String... keys) {
    this.keys = List.of(keys);
  }

  /** The contract's key for this column, e.g. {@code dob}. */
  String key() {
    return keys.get(0);
  }

  /** The column a header cell or JSON key names, matched trimmed and case-insensitively. */
  static Optional<Column> forKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key.strip().toLowerCase(Locale.ROOT)));
  }
}
