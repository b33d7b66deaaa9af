package org.mizan.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mizan.model.EntryKind;
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
  static final double THRESHOLD = BruteForceJaroWinkler.THRESHOLD;

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
    BruteForceJaroWinkler all = new BruteForceJaroWinkler(list);
    List<ListEntry> entries = all.entries();
    Map<Asked, List<Scored>> answered = new ConcurrentHashMap<>();
    return query -> {
      Asked asked = new Asked(query.subject().name(), query.subject().kinds(), query.replaced());
      List<Scored> known = answered.get(asked);
      if (known != null) {
        return known;
      }
      Map<String, ListEntry> replaced = new HashMap<>();
      query.replaced().forEach(e -> replaced.put(e.id(), e));
      List<Scored> scored = new ArrayList<>();
      for (BruteForceJaroWinkler.Scored s :
          all.search(query.subject().name(), query.subject().kinds(), Screening.REPORTING_FLOOR)) {
        String id = entries.get(s.index()).id();
        if (!replaced.containsKey(id)) {
          scored.add(new Scored(id, s.score()));
        }
      }
      String q = replaced.isEmpty() ? "" : BruteForceJaroWinkler.fold(query.subject().name());
      for (ListEntry instead : replaced.values()) {
        if (!query.subject().kinds().contains(instead.kind())) {
          continue;
        }
        double score = BruteForceJaroWinkler.score(q, BruteForceJaroWinkler.folded(instead));
        if (score >= Screening.REPORTING_FLOOR) {
          scored.add(new Scored(instead.id(), score));
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
}
