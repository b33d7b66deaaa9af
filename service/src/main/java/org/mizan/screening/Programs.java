package org.mizan.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * Restricts lists to the entries under given sanctions programs or list types (UN {@code
 * UN_LIST_TYPE} such as {@code Al-Qaida}, OFAC programs such as {@code SDGT}, UK and EU regimes).
 *
 * <p>A wanted program matches an entry's program when both are equal after case folding and with
 * everything but letters and digits left out ({@code al qaida} matches {@code Al-Qaida}).
 */
public final class Programs {
  private Programs() {}

  /**
   * Each list with only the entries under at least one of {@code wanted}; the lists unchanged when
   * {@code wanted} is empty. The version of each list stays that of the whole list.
   *
   * @throws UnknownProgramException when no entry of any list is under one of {@code wanted} (a
   *     misspelt program must not pass for a screening that found nobody)
   */
  public static List<Watchlist> only(List<Watchlist> lists, Collection<String> wanted) {
    if (wanted.isEmpty()) {
      return lists;
    }
    Set<String> present = new HashSet<>();
    lists.forEach(l -> l.entries().forEach(e -> e.programs().forEach(p -> present.add(key(p)))));
    List<String> unknown = wanted.stream().filter(w -> !present.contains(key(w))).toList();
    if (!unknown.isEmpty()) {
      throw new UnknownProgramException(unknown, all(lists));
    }
    Set<String> keys = wanted.stream().map(Programs::key).collect(Collectors.toSet());
    List<Watchlist> result = new ArrayList<>();
    for (Watchlist list : lists) {
      result.add(
          new Watchlist(
              list.version(), list.entries().stream().filter(e -> under(e, keys)).toList()));
    }
    return result;
  }

  /** Programs asked for that no entry of the lists is under. */
  public static final class UnknownProgramException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> unknown;
    private final transient Set<String> available;

    UnknownProgramException(List<String> unknown, Set<String> available) {
      super("no entry of the lists is under " + String.join(", ", unknown));
      this.unknown = List.copyOf(unknown);
      this.available = Set.copyOf(available);
    }

    /** The programs asked for that no entry is under, as given. */
    public List<String> unknown() {
      return unknown;
    }

    /** Every program of the lists, as written, sorted. */
    public Set<String> available() {
      return new TreeSet<>(available);
    }
  }

  /**
   * For each list (by source), its own program names, as it writes them, that match one of {@code
   * wanted}: what a restricted screening used of each list (empty for a list with none of them).
   */
  public static java.util.Map<String, List<String>> matching(
      List<Watchlist> lists, Collection<String> wanted) {
    Set<String> keys = wanted.stream().map(Programs::key).collect(Collectors.toSet());
    java.util.Map<String, List<String>> result = new java.util.LinkedHashMap<>();
    for (Watchlist list : lists) {
      Set<String> names = new TreeSet<>();
      list.entries()
          .forEach(
              e -> e.programs().stream().filter(p -> keys.contains(key(p))).forEach(names::add));
      result.put(list.version().source(), List.copyOf(names));
    }
    return result;
  }

  /** Every program of the lists, as written, sorted. */
  public static Set<String> all(List<Watchlist> lists) {
    Set<String> all = new TreeSet<>();
    lists.forEach(l -> l.entries().forEach(e -> all.addAll(e.programs())));
    return all;
  }

  private static boolean under(ListEntry entry, Set<String> keys) {
    return entry.programs().stream().anyMatch(p -> keys.contains(key(p)));
  }

  static String key(String program) {
    String folded = Normalizer.normalize(program, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
