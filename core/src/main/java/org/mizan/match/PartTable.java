package org.mizan.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct name parts of a set of names, each with an id: 0, 1, 2 ... in order of first
 * appearance. Equal parts ({@link Token#equals}) get the same id and become one shared instance, so
 * that a query compares itself with each distinct list part once ({@link PartMemo}). One table per
 * prepared list ({@link Matcher.Preparer}) and one per query. Thread-safe.
 */
final class PartTable {
  private final Map<Token, Integer> ids = new HashMap<>();
  private final List<Token> parts = new ArrayList<>();

  /** The id of {@code part}, added when new. */
  synchronized int id(Token part) {
    Integer known = ids.get(part);
    if (known != null) {
      return known;
    }
    int id = parts.size();
    ids.put(part, id);
    parts.add(part);
    return id;
  }

  /** The shared instance of the part with id {@code id}. */
  synchronized Token part(int id) {
    return parts.get(id);
  }

  /** The distinct parts so far, by id. */
  synchronized List<Token> parts() {
    return List.copyOf(parts);
  }

  /** The number of distinct parts so far. */
  synchronized int size() {
    return parts.size();
  }
}
