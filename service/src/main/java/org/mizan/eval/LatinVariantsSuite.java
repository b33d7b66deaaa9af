package org.mizan.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The Latin-variants suite: OFAC SDN persons with two aliases or more; each eligible alias is held
 * back (the entry is searched without it) and queried, with the entry's first date of birth from
 * the remarks, and again by name alone.
 *
 * <p>An alias is eligible when it shares at least one name part ({@link NameText#parts}: folded
 * words that are neither particles nor single letters) with another name of the same entry. A false
 * identity, such as an unrelated name, cannot be found by any matcher and is left out by this rule,
 * not by any system's result. Held back are the alias and every other name of the entry written the
 * same after folding (the same alias as a weak a.k.a., say); an alias written as the primary name
 * is not eligible, since the primary name stays. Split by {@code ent_num}.
 */
final class LatinVariantsSuite {
  private LatinVariantsSuite() {}

  static List<QuerySet> of(Watchlist ofac, Split split) {
    Map<String, Long> counts = new LinkedHashMap<>();
    long persons = 0;
    long several = 0;
    long aliases = 0;
    long noSharedPart = 0;
    long asPrimary = 0;
    long eligible = 0;
    long withDob = 0;
    List<LabelledQuery> withDobs = new ArrayList<>();
    List<LabelledQuery> nameOnly = new ArrayList<>();
    for (ListEntry entry : ofac.entries()) {
      if (entry.kind() != EntryKind.PERSON) {
        continue;
      }
      persons++;
      List<EntryName> names = entry.names();
      if (names.size() < 3) {
        continue;
      }
      several++;
      if (!split.includes(entry.id())) {
        continue;
      }
      for (int i = 1; i < names.size(); i++) {
        aliases++;
        String alias = names.get(i).value();
        String folded = NameText.fold(alias);
        List<EntryName> others =
            names.stream().filter(n -> !NameText.fold(n.value()).equals(folded)).toList();
        if (others.isEmpty() || others.get(0) != names.get(0)) {
          asPrimary++;
          continue;
        }
        Set<String> parts = NameText.parts(alias);
        boolean shares =
            others.stream().anyMatch(n -> !Collections.disjoint(parts, NameText.parts(n.value())));
        if (!shares) {
          noSharedPart++;
          continue;
        }
        eligible++;
        ListEntry reduced = entry.withNames(others);
        List<BirthDate> dob =
            entry.birthDates().isEmpty() ? List.of() : List.of(entry.birthDates().get(0));
        withDob += dob.isEmpty() ? 0 : 1;
        String id = entry.id() + "#" + i;
        Set<String> truth = Set.of(entry.id());
        List<ListEntry> replaced = List.of(reduced);
        withDobs.add(
            new LabelledQuery(
                new Subject(id, alias, dob, "", Gender.UNKNOWN, "", Set.of(EntryKind.values())),
                truth,
                replaced));
        nameOnly.add(new LabelledQuery(Subject.ofName(id, alias), truth, replaced));
      }
    }
    counts.put("persons", persons);
    counts.put("persons with two aliases or more", several);
    counts.put("their aliases in the split", aliases);
    counts.put("aliases written as the primary name (not eligible)", asPrimary);
    counts.put("aliases sharing no name part with another name (not eligible)", noSharedPart);
    counts.put("eligible aliases (queries)", eligible);
    counts.put("queries with a date of birth from the remarks", withDob);
    String method =
        " Each query is answered as if the list lacked the held-back names (see docs/evaluation.md,"
            + " \"held-back aliases\").";
    return List.of(
        new QuerySet(
            Suite.LATIN_VARIANTS,
            "latin-variants/name+dob",
            "OFAC SDN (2021-04) persons with two aliases or more: each eligible alias held back and"
                + " queried with the entry's first date of birth from the remarks."
                + method,
            true,
            Evidence.DOB,
            ofac,
            withDobs,
            counts),
        new QuerySet(
            Suite.LATIN_VARIANTS,
            "latin-variants/name-only",
            "The same held-back aliases queried by name alone." + method,
            true,
            Evidence.NAME_ONLY,
            ofac,
            nameOnly,
            counts));
  }
}
