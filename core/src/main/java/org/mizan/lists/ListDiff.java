package org.mizan.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryName;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * What changed between two versions of a list: entries added, removed and changed, by entry id, and
 * for each changed entry the fields that differ.
 *
 * @param added ids only in the new version, in {@link #ID_ORDER}
 * @param removed ids only in the old version, in {@link #ID_ORDER}
 * @param changed ids in both whose fields differ, in {@link #ID_ORDER}
 * @param changes for each changed id, its differing fields in {@link #FIELDS} order; its ids in
 *     {@link #ID_ORDER}, as {@code changed}
 */
public record ListDiff(
    List<String> added,
    List<String> removed,
    List<String> changed,
    Map<String, List<FieldChange>> changes) {

  /** One field of one entry that differs: its name and its old and new values as text. */
  public record FieldChange(String field, String oldValue, String newValue) {
    public FieldChange {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(oldValue, "oldValue");
      Objects.requireNonNull(newValue, "newValue");
    }
  }

  /** The fields compared, by the names shown in a diff, each rendered as text. */
  static final Map<String, Function<ListEntry, String>> FIELDS = fields();

  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    Map<String, List<FieldChange>> copy = new TreeMap<>(ID_ORDER);
    changes.forEach((id, list) -> copy.put(id, List.copyOf(list)));
    changes = Collections.unmodifiableMap(copy);
  }

  /** Whether the two versions hold the same entries: none added, removed or changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * Compares two versions of a list by entry id.
   *
   * @param older the earlier version
   * @param newer the later version
   */
  public static ListDiff of(Watchlist older, Watchlist newer) {
    Map<String, ListEntry> before = byId(older);
    Map<String, ListEntry> after = byId(newer);
    TreeSet<String> added = new TreeSet<>(ID_ORDER);
    added.addAll(after.keySet());
    added.removeAll(before.keySet());
    TreeSet<String> removed = new TreeSet<>(ID_ORDER);
    removed.addAll(before.keySet());
    removed.removeAll(after.keySet());
    Map<String, List<FieldChange>> changes = new TreeMap<>(ID_ORDER);
    after.forEach(
        (id, entry) -> {
          ListEntry old = before.get(id);
          if (old == null) {
            return;
          }
          List<FieldChange> fieldChanges = new ArrayList<>();
          FIELDS.forEach(
              (field, render) -> {
                String o = render.apply(old);
                String n = render.apply(entry);
                if (!o.equals(n)) {
                  fieldChanges.add(new FieldChange(field, o, n));
                }
              });
          if (!fieldChanges.isEmpty()) {
            changes.put(id, fieldChanges);
          }
        });
    return new ListDiff(
        List.copyOf(added), List.copyOf(removed), List.copyOf(changes.keySet()), changes);
  }

  /**
   * The order of ids in a diff: ids that are whole numbers (OFAC {@code ent_num}, EU logical ids)
   * by value, before any other id; other ids in string order ({@code SDi.007} before {@code
   * SDi.008}).
   */
  public static final Comparator<String> ID_ORDER =
      (a, b) -> {
        boolean na = a.chars().allMatch(c -> c >= '0' && c <= '9');
        boolean nb = b.chars().allMatch(c -> c >= '0' && c <= '9');
        if (na && nb) {
          String x = a.replaceFirst("^0+(?=.)", "");
          String y = b.replaceFirst("^0+(?=.)", "");
          int byLength = Integer.compare(x.length(), y.length());
          return byLength != 0 ? byLength : x.compareTo(y) != 0 ? x.compareTo(y) : a.compareTo(b);
        }
        if (na != nb) {
          return na ? -1 : 1;
        }
        return a.compareTo(b);
      };

  private static Map<String, ListEntry> byId(Watchlist list) {
    Map<String, ListEntry> map = new LinkedHashMap<>();
    list.entries().forEach(e -> map.put(e.id(), e));
    return map;
  }

  private static Map<String, Function<ListEntry, String>> fields() {
    Map<String, Function<ListEntry, String>> f = new LinkedHashMap<>();
    f.put("kind", e -> e.kind().id());
    f.put("names", e -> join(e.names(), ListDiff::name));
    f.put("gender", e -> e.gender().id());
    f.put("birth_dates", e -> join(e.birthDates(), BirthDate::text));
    f.put("places_of_birth", e -> String.join("; ", e.placesOfBirth()));
    f.put("nationalities", e -> String.join("; ", e.nationalities()));
    f.put("documents", e -> join(e.documents(), ListDiff::document));
    f.put("addresses", e -> String.join("; ", e.addresses()));
    f.put("programs", e -> String.join("; ", e.programs()));
    f.put("listed_on", ListEntry::listedOn);
    f.put("designations", e -> String.join("; ", e.designations()));
    f.put("titles", e -> String.join("; ", e.titles()));
    f.put("comments", ListEntry::comments);
    return Collections.unmodifiableMap(f);
  }

  private static String name(EntryName n) {
    return n.value() + " (" + n.type().id() + ")";
  }

  private static String document(IdentityDocument d) {
    return String.join(" ", d.type(), d.number(), d.issuingCountry()).strip();
  }

  private static <T> String join(List<T> values, Function<T, String> render) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(render.apply(v)));
    return String.join("; ", texts);
  }
}
