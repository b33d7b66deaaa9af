package org.mizan.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;
import org.mizan.screening.Screening;

/**
 * The baseline: brute-force Jaro-Winkler over every name of every entry, as moov-io/watchman and US
 * CBP's GTAS screen.
 *
 * <p>The query and every list name are folded the simple way (Unicode NFD, combining marks removed,
 * lower case, every run of characters that are not letters or digits made one space); an entry's
 * score is the best Jaro-Winkler similarity (Apache Commons Text, Winkler 1990) of the folded query
 * against any of its folded names, rounded to four decimals like Mizan's. Dates of birth and other
 * evidence are not used. The alert threshold is GTAS's {@value #THRESHOLD}; matches below Mizan's
 * reporting floor are not reported, as for Mizan.
 *
 * <p>Since only the name counts, a searcher answers each distinct (name, entry kinds, replaced
 * entries) once and gives the same answer again when the query comes back with other evidence (the
 * name+dob run after the name-only run): the time of the baseline's second run is then near zero.
 * Thread-safe.
 */
final class JaroWinklerBaseline implements Engine {
  /** GTAS's Jaro-Winkler threshold for a watchlist hit. */
  static final double THRESHOLD = 0.95;

  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  @Override
  public String id() {
    return "jaro-winkler";
  }

  @Override
  public String description() {
    return "Brute force over every name of every entry: best Jaro-Winkler similarity after lower"
        + " case and accent folding (what moov-io/watchman and GTAS do); alert threshold "
        + THRESHOLD
        + " (GTAS); names only.";
  }

  @Override
  public double threshold() {
    return THRESHOLD;
  }

  @Override
  public Searcher over(Watchlist list) {
    List<ListEntry> entries = list.entries();
    List<String[]> folded = new ArrayList<>(entries.size());
    entries.forEach(e -> folded.add(folded(e)));
    Map<Asked, List<Scored>> answered = new ConcurrentHashMap<>();
    return query -> {
      Asked asked = new Asked(query.subject().name(), query.subject().kinds(), query.replaced());
      List<Scored> known = answered.get(asked);
      if (known != null) {
        return known;
      }
      Map<String, ListEntry> replaced = new HashMap<>();
      query.replaced().forEach(e -> replaced.put(e.id(), e));
      String q = NameText.fold(query.subject().name());
      List<Scored> scored = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        ListEntry entry = entries.get(i);
        EntryKind kind = entry.kind();
        if (!query.subject().kinds().contains(kind)) {
          continue;
        }
        ListEntry instead = replaced.get(entry.id());
        double best = best(q, instead == null ? folded.get(i) : folded(instead));
        double score = Math.round(best * 10_000) / 10_000.0;
        if (score >= Screening.REPORTING_FLOOR) {
          scored.add(new Scored(entry.id(), score));
        }
      }
      scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
      List<Scored> answer = List.copyOf(scored);
      answered.putIfAbsent(asked, answer);
      return answer;
    };
  }

  /** What the baseline's answer depends on. */
  private record Asked(String name, Set<EntryKind> kinds, List<ListEntry> replaced) {}

  private static double best(String query, String[] names) {
    double best = 0;
    for (String name : names) {
      best = Math.max(best, JW.apply(query, name));
    }
    return best;
  }

  private static String[] folded(ListEntry entry) {
    return entry.names().stream().map(EntryName::value).map(NameText::fold).toArray(String[]::new);
  }
}
