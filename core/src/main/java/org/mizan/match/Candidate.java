package org.mizan.match;

import java.util.List;
import java.util.Objects;
import org.mizan.model.ListEntry;

/**
 * A list entry prepared for scoring by {@link Matcher#prepare(String, ListEntry)}: its names
 * analysed once. Immutable.
 */
public final class Candidate {
  private final String source;
  private final ListEntry entry;
  private final List<NameForm> names;

  Candidate(String source, ListEntry entry, List<NameForm> names) {
    this.source = Objects.requireNonNull(source, "source");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.names = List.copyOf(names);
  }

  /** The list source id. */
  public String source() {
    return source;
  }

  public ListEntry entry() {
    return entry;
  }

  List<NameForm> names() {
    return names;
  }
}
