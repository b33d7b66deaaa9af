package org.mizan.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of one list, completely parsed: its version and its entries in list order.
 *
 * <p>Invariant: entry ids are unique within the list.
 */
public record Watchlist(ListVersion version, List<ListEntry> entries) {
  public Watchlist {
    Objects.requireNonNull(version, "version");
    entries = List.copyOf(entries);
    Set<String> seen = new HashSet<>();
    for (ListEntry entry : entries) {
      if (!seen.add(entry.id())) {
        throw new IllegalArgumentException("duplicate entry id " + entry.id());
      }
    }
  }

  /** The number of entries of the given kind. */
  public long count(EntryKind kind) {
    return entries.stream().filter(e -> e.kind() == kind).count();
  }
}
