package org.mizan.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
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
 *
 * <p>The counts also say how many eligible aliases have a single name part in common with the rest
 * of their entry, whatever any matcher makes of them: aliases of one name part, and aliases of two
 * or more of which only one is alike ({@value #ALIKE} or more by Jaro-Winkler, after {@link
 * NameText#parts}' folding) with a name part of another name of the entry (the family name kept and
 * another given name, or a nickname with the family name). Jaro-Winkler is a rough measure of
 * alike: a matcher's own measures may find more. An alias that shares one name part with its entry
 * and nothing else is found only where a single shared name part makes a hit, which screening must
 * not do (a listed Samir Kassab is no hit for a Samir Haddad: {@code FieldRegressionTest}), or
 * where a date of birth stands in for the rest of the name (docs/evaluation.md, "latin-variants").
 */
final class LatinVariantsSuite {
  /** Jaro-Winkler similarity from which two name parts count as alike in the suite's counts. */
  static final double ALIKE = 0.85;

  /** The count of eligible aliases of one name part. */
  static final String ONE_PART = "eligible aliases of one name part";

  /** The count of eligible aliases of two name parts or more, only one of them alike. */
  static final String ONE_ALIKE =
      "eligible aliases of two name parts or more, only one of them alike with a part of the"
          + " entry's other names";

  /** The name of the set of aliases with two name parts or more alike. */
  static final String TWO_ALIKE = "latin-variants/name+dob/two-parts-alike";

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

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
    long onePart = 0;
    long oneAlike = 0;
    List<LabelledQuery> withDobs = new ArrayList<>();
    List<LabelledQuery> nameOnly = new ArrayList<>();
    List<LabelledQuery> twoAlike = new ArrayList<>();
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
        int alike = alikeParts(parts, others);
        if (parts.size() == 1) {
          onePart++;
        } else if (alike == 1) {
          oneAlike++;
        }
        ListEntry reduced = entry.withNames(others);
        List<BirthDate> dob =
            entry.birthDates().isEmpty() ? List.of() : List.of(entry.birthDates().get(0));
        withDob += dob.isEmpty() ? 0 : 1;
        String id = entry.id() + "#" + i;
        Set<String> truth = Set.of(entry.id());
        List<ListEntry> replaced = List.of(reduced);
        LabelledQuery query =
            new LabelledQuery(
                new Subject(id, alias, dob, "", Gender.UNKNOWN, "", Set.of(EntryKind.values())),
                truth,
                replaced);
        withDobs.add(query);
        if (alike >= 2) {
          twoAlike.add(query);
        }
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
    counts.put(ONE_PART, onePart);
    counts.put(ONE_ALIKE, oneAlike);
    Map<String, Long> partCounts = new LinkedHashMap<>();
    partCounts.put("queries of latin-variants/name+dob", eligible);
    partCounts.put("less " + ONE_PART, onePart);
    partCounts.put("less " + ONE_ALIKE, oneAlike);
    partCounts.put("queries with two name parts or more alike", (long) twoAlike.size());
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
            counts),
        new QuerySet(
            Suite.LATIN_VARIANTS,
            TWO_ALIKE,
            "The aliases of latin-variants/name+dob with two name parts or more alike with parts"
                + " of their entry's other names (Jaro-Winkler "
                + ALIKE
                + " or more after folding): those whose name can be found without a single shared"
                + " name part making a hit. The same queries and answers as in"
                + " latin-variants/name+dob, shown on their own and not pooled again."
                + method,
            true,
            Evidence.DOB,
            ofac,
            twoAlike,
            partCounts,
            "latin-variants/name+dob"));
  }

  /**
   * How many of {@code parts} are alike ({@link #ALIKE} or more by Jaro-Winkler) with a name part
   * of one of {@code names}.
   */
  private static int alikeParts(Set<String> parts, List<EntryName> names) {
    Set<String> theirs = new LinkedHashSet<>();
    names.forEach(n -> theirs.addAll(NameText.parts(n.value())));
    int alike = 0;
    for (String part : parts) {
      if (theirs.stream().anyMatch(t -> JARO_WINKLER.apply(part, t) >= ALIKE)) {
        alike++;
      }
    }
    return alike;
  }
}
