package org.mizan.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The clean-names suite: yente's synthetic people meant to be on no list, screened against the UN
 * list by name alone and with their date of birth. Every hit is a false alert.
 *
 * <p>Split by the text of the full name (so a name that occurs twice falls in one split); a row
 * whose date of birth does not parse is screened without it in the second run, and counted.
 */
final class CleanNamesSuite {
  private CleanNamesSuite() {}

  /**
   * The two query sets.
   *
   * @param files people files by name (for the counts), in order
   */
  static List<QuerySet> of(Watchlist un, Map<String, List<EvalCsv.Person>> files, Split split) {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<LabelledQuery> nameOnly = new ArrayList<>();
    List<LabelledQuery> withDob = new ArrayList<>();
    long blank = 0;
    long badDates = 0;
    for (Map.Entry<String, List<EvalCsv.Person>> file : files.entrySet()) {
      counts.put("rows of " + file.getKey(), (long) file.getValue().size());
      for (EvalCsv.Person p : file.getValue()) {
        if (p.name().isBlank()) {
          blank++;
          continue;
        }
        if (!split.includes(p.name())) {
          continue;
        }
        String id = file.getKey() + ":" + p.row();
        nameOnly.add(LabelledQuery.negative(Subject.ofName(id, p.name())));
        var dob = PerturbedSuite.lenientDate(p.dob());
        badDates += dob.isEmpty() && !p.dob().isBlank() ? 1 : 0;
        withDob.add(
            LabelledQuery.negative(
                new Subject(
                    id,
                    p.name(),
                    dob.map(List::of).orElse(List.of()),
                    "",
                    Gender.UNKNOWN,
                    "",
                    Set.of(EntryKind.values()))));
      }
    }
    counts.put("rows without a name (left out)", blank);
    counts.put("queries in the split", (long) nameOnly.size());
    counts.put("of them with a date of birth that does not parse (screened without)", badDates);
    return List.of(
        new QuerySet(
            Suite.CLEAN_NAMES,
            "clean-names/name-only",
            "yente's synthetic people meant to be on no list, by name alone, against the UN list.",
            false,
            Evidence.NAME_ONLY,
            un,
            nameOnly,
            counts),
        new QuerySet(
            Suite.CLEAN_NAMES,
            "clean-names/name+dob",
            "The same people with their date of birth.",
            false,
            Evidence.DOB,
            un,
            withDob,
            counts));
  }
}
