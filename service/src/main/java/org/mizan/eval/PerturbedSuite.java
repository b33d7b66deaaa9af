package org.mizan.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The perturbed-positives suite: yente's UN positives, as listed ({@code positives_un_untreated})
 * and perturbed ({@code positives_un_treated}, the same people row for row), against the UN list.
 *
 * <p>Ground truth: each untreated row is mapped to the UN individuals that carry its name (any
 * name, compared after {@link NameText#fold}) with a date of birth in the same year range when the
 * row gives one; a row that maps to no entry is a person no longer on the list and is left out; a
 * row that maps to two entries (one person listed under two regimes) accepts either. The treated
 * row of the same position gets the same truth. Dates of birth are read leniently: one that does
 * not parse as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} is dropped from its query and
 * counted. Split by the smallest reference number of the truth.
 */
final class PerturbedSuite {
  private PerturbedSuite() {}

  static List<QuerySet> of(
      Watchlist un, List<EvalCsv.Person> untreated, List<EvalCsv.Person> treated, Split split) {
    if (untreated.size() != treated.size()) {
      throw new EvalDataException(
          EvalData.POSITIVES_TREATED
              + ": must hold the rows of "
              + EvalData.POSITIVES_UNTREATED
              + " in the same order ("
              + treated.size()
              + " rows, not "
              + untreated.size()
              + ")");
    }
    Map<String, List<ListEntry>> byName = new HashMap<>();
    for (ListEntry e : un.entries()) {
      if (e.kind() == EntryKind.PERSON) {
        for (EntryName n : e.names()) {
          List<ListEntry> entries =
              byName.computeIfAbsent(NameText.fold(n.value()), k -> new ArrayList<>());
          if (!entries.contains(e)) {
            entries.add(e);
          }
        }
      }
    }
    long notOnList = 0;
    long twoEntries = 0;
    List<Integer> rows = new ArrayList<>();
    List<Set<String>> truths = new ArrayList<>();
    for (int i = 0; i < untreated.size(); i++) {
      EvalCsv.Person row = untreated.get(i);
      Optional<BirthDate> dob = lenientDate(row.dob());
      Set<String> truth = new TreeSet<>();
      for (ListEntry e : byName.getOrDefault(NameText.fold(row.name()), List.of())) {
        if (dob.isEmpty() || e.birthDates().stream().anyMatch(d -> sameYears(d, dob.get()))) {
          truth.add(e.id());
        }
      }
      if (truth.isEmpty()) {
        notOnList++;
        continue;
      }
      twoEntries += truth.size() > 1 ? 1 : 0;
      if (split.includes(((TreeSet<String>) truth).first())) {
        rows.add(i);
        truths.add(truth);
      }
    }
    List<QuerySet> sets = new ArrayList<>();
    for (boolean perturbed : new boolean[] {true, false}) {
      List<EvalCsv.Person> file = perturbed ? treated : untreated;
      String label = perturbed ? "treated" : "untreated";
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("rows", (long) file.size());
      counts.put("rows of persons no longer on the list (left out)", notOnList);
      counts.put("rows mapped to two entries of one person", twoEntries);
      counts.put("queries in the split", (long) rows.size());
      long badDates = file.stream().filter(p -> isBadDate(p.dob())).count();
      counts.put("dates of birth that do not parse, dropped (whole file)", badDates);
      counts.put(
          "of them in the split", rows.stream().filter(i -> isBadDate(file.get(i).dob())).count());
      for (Evidence evidence : List.of(Evidence.DOB_NATIONALITY, Evidence.NAME_ONLY)) {
        List<LabelledQuery> queries = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
          EvalCsv.Person p = file.get(rows.get(k));
          String id = "row-" + (rows.get(k) + 1);
          Subject subject =
              evidence == Evidence.NAME_ONLY
                  ? Subject.ofName(id, p.name())
                  : new Subject(
                      id,
                      p.name(),
                      lenientDate(p.dob()).map(List::of).orElse(List.of()),
                      p.nationality(),
                      Gender.UNKNOWN,
                      "",
                      Set.of(EntryKind.values()));
          queries.add(LabelledQuery.positive(subject, truths.get(k)));
        }
        String what =
            perturbed
                ? "yente's perturbed UN positives (positives_un_treated.csv: swapped and doubled"
                    + " letters, reordered parts, NBSP, non-ASCII as '?', DOB ± 1)"
                : "yente's UN positives as listed (positives_un_untreated.csv)";
        sets.add(
            new QuerySet(
                Suite.PERTURBED_POSITIVES,
                "perturbed-positives/" + label + "/" + evidence.id(),
                what
                    + (evidence == Evidence.NAME_ONLY
                        ? ", by name alone,"
                        : ", with the date of birth and nationality the file gives,")
                    + " against the UN list.",
                true,
                evidence,
                un,
                queries,
                Collections.unmodifiableMap(counts)));
      }
    }
    return sets;
  }

  /** The date, or empty when the text is empty or not a date {@link BirthDate#parse} reads. */
  static Optional<BirthDate> lenientDate(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(BirthDate.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isBadDate(String text) {
    return !text.isBlank() && lenientDate(text).isEmpty();
  }

  private static boolean sameYears(BirthDate listed, BirthDate given) {
    return given.earliest().getYear() <= listed.latest().getYear()
        && listed.earliest().getYear() <= given.latest().getYear();
  }
}
