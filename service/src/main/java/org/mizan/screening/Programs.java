package org.mizan.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
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
   */
  public static List<Watchlist> only(List<Watchlist> lists, Collection<String> wanted) {
    if (wanted.isEmpty()) {
      return lists;
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

  /** The wanted programs that no entry of {@code lists} is under. */
  public static List<String> unknown(List<Watchlist> lists, Collection<String> wanted) {
    Set<String> present = new TreeSet<>();
    lists.forEach(l -> l.entries().forEach(e -> e.programs().forEach(p -> present.add(key(p)))));
    return wanted.stream().filter(w -> !present.contains(key(w))).toList();
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
