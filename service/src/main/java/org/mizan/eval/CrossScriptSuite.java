package org.mizan.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The cross-script suite: each UN entry with an Arabic-script original-script name is queried by
 * that name against the same list with every original-script name and every alias containing Arabic
 * script removed, so that only its Latin names can answer.
 *
 * <p>Individuals are queried by name alone, and again with their first listed date of birth and
 * first listed nationality (when the list gives them); entities, whose Arabic names are often
 * translations rather than transliterations, by name alone, reported apart. Split by reference
 * number.
 */
final class CrossScriptSuite {
  private CrossScriptSuite() {}

  static List<QuerySet> of(Watchlist un, Split split) {
    Watchlist latinOnly = latinOnly(un);
    List<QuerySet> sets = new ArrayList<>();
    sets.add(
        build(
            un,
            latinOnly,
            split,
            EntryKind.PERSON,
            Evidence.NAME_ONLY,
            "cross-script/name-only",
            "UN individuals queried by their Arabic-script original-script name alone, against the"
                + " UN list with every original-script name and every alias containing Arabic"
                + " script removed."));
    sets.add(
        build(
            un,
            latinOnly,
            split,
            EntryKind.PERSON,
            Evidence.DOB_NATIONALITY,
            "cross-script/name+dob+nationality",
            "The same individuals queried with their first listed date of birth and first listed"
                + " nationality as well, as a traveller's document would give them."));
    sets.add(
        build(
            un,
            latinOnly,
            split,
            EntryKind.ORGANIZATION,
            Evidence.NAME_ONLY,
            "cross-script-entities/name-only",
            "UN entities queried by their Arabic-script original-script name alone against the"
                + " same Latin-only list (often a translation, not a transliteration, of the Latin"
                + " name)."));
    return sets;
  }

  private static QuerySet build(
      Watchlist un,
      Watchlist latinOnly,
      Split split,
      EntryKind kind,
      Evidence evidence,
      String name,
      String description) {
    Map<String, Long> counts = new LinkedHashMap<>();
    long withScript = 0;
    long withDob = 0;
    long withNationality = 0;
    List<LabelledQuery> queries = new ArrayList<>();
    for (ListEntry entry : un.entries()) {
      Optional<String> original = arabicOriginalScriptName(entry);
      if (entry.kind() != kind || original.isEmpty()) {
        continue;
      }
      withScript++;
      if (!split.includes(entry.id())) {
        continue;
      }
      List<BirthDate> dobs = List.of();
      String nationality = "";
      if (evidence == Evidence.DOB_NATIONALITY) {
        dobs = entry.birthDates().isEmpty() ? List.of() : List.of(entry.birthDates().get(0));
        nationality = entry.nationalities().isEmpty() ? "" : entry.nationalities().get(0);
        withDob += dobs.isEmpty() ? 0 : 1;
        withNationality += nationality.isEmpty() ? 0 : 1;
      }
      Subject subject =
          new Subject(
              entry.id(),
              original.get(),
              dobs,
              nationality,
              Gender.UNKNOWN,
              "",
              Set.of(EntryKind.values()));
      queries.add(LabelledQuery.positive(subject, Set.of(entry.id())));
    }
    counts.put("entries of this kind with an Arabic-script original-script name", withScript);
    counts.put("queries in the split", (long) queries.size());
    if (evidence == Evidence.DOB_NATIONALITY) {
      counts.put("queries with a date of birth", withDob);
      counts.put("queries with a nationality", withNationality);
    }
    counts.put(
        "names removed from the list (original-script, or an alias with Arabic script)",
        removedNames(un, latinOnly));
    return new QuerySet(
        Suite.CROSS_SCRIPT, name, description, true, evidence, latinOnly, queries, counts);
  }

  /** The entry's first original-script name written in Arabic script. */
  static Optional<String> arabicOriginalScriptName(ListEntry entry) {
    return entry.names().stream()
        .filter(n -> n.type() == NameType.ORIGINAL_SCRIPT && NameText.hasArabic(n.value()))
        .map(EntryName::value)
        .findFirst();
  }

  /** The list without original-script names and without aliases that contain Arabic script. */
  static Watchlist latinOnly(Watchlist list) {
    List<ListEntry> entries = new ArrayList<>(list.entries().size());
    for (ListEntry e : list.entries()) {
      entries.add(
          e.withNames(
              e.names().stream()
                  .filter(
                      n -> n.type() != NameType.ORIGINAL_SCRIPT && !NameText.hasArabic(n.value()))
                  .toList()));
    }
    return new Watchlist(list.version(), entries);
  }

  private static long removedNames(Watchlist before, Watchlist after) {
    long all = before.entries().stream().mapToLong(e -> e.names().size()).sum();
    return all - after.entries().stream().mapToLong(e -> e.names().size()).sum();
  }
}
