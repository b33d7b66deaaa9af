package org.mizan.lists;

import java.util.ArrayList;
import java.util.List;
import org.mizan.model.EntryName;

/**
 * The names of one entry as a parser gathers them, in order, a name equal in value and type to an
 * earlier one kept once: lists repeat a name (the UN list once per date of birth used with an
 * alias, OFAC in alt.csv and in the remarks), and the repeat says nothing new. Values are compared
 * exactly; quality and parts of the repeat are dropped with it. Shared by the parsers of every
 * format. Not thread-safe.
 */
public final class EntryNames {
  private final List<EntryName> names = new ArrayList<>();

  /**
   * Adds {@code name} unless a name of the same value and type is there already. An entry has a few
   * names, rarely more than a hundred: a scan is cheaper than a hash set per entry.
   *
   * @return whether it was added
   */
  public boolean add(EntryName name) {
    for (EntryName n : names) {
      if (n.type() == name.type() && n.value().equals(name.value())) {
        return false;
      }
    }
    names.add(name);
    return true;
  }

  /** Adds each of {@code names} in order, as {@link #add(EntryName)}. */
  public void addAll(List<EntryName> more) {
    more.forEach(this::add);
  }

  /** Whether no name has been added. */
  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** The names added, in order; an unmodifiable copy. */
  public List<EntryName> list() {
    return List.copyOf(names);
  }
}
