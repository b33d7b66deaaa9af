package org.mizan.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mizan.index.ScreeningIndex;
import org.mizan.match.CandidateIndex;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.match.Query;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;
import org.mizan.screening.Screening;

/**
 * Mizan as the product runs it: the {@link ScreeningIndex} over the list, screened through {@link
 * Screening} with its reporting floor.
 *
 * <p>A query that replaces an entry (a held-back alias) is answered without rebuilding the index
 * over the whole list: that index answers for every other entry, since whether an entry is
 * retrieved and how it scores depend on its own names only; the replacing entry is screened through
 * an index of its own ({@link CandidateIndex} over that one entry, with the same {@link Matcher}
 * and floor). The result equals screening against an index built over the list with that entry
 * replaced (a test checks this).
 */
final class MizanEngine implements Engine {
  private final Matcher matcher;

  MizanEngine(Matcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  @Override
  public String id() {
    return "mizan";
  }

  @Override
  public String description() {
    return "Mizan's screening index and matcher as `mizan screen` runs them (alert threshold "
        + Screening.ALERT_THRESHOLD
        + ", reporting floor "
        + Screening.REPORTING_FLOOR
        + ").";
  }

  @Override
  public double threshold() {
    return Screening.ALERT_THRESHOLD;
  }

  @Override
  public Searcher over(Watchlist list) {
    Screening screening = new Screening(ScreeningIndex.build(matcher, List.of(list)));
    String source = list.version().source();
    return query -> {
      List<Match> matches =
          screening.screen(query.subject(), threshold(), Integer.MAX_VALUE).matches();
      if (!query.replaced().isEmpty()) {
        matches = replace(matches, query, source);
      }
      List<Scored> scored = new ArrayList<>(matches.size());
      matches.forEach(m -> scored.add(new Scored(m.entry().id(), m.score())));
      return scored;
    };
  }

  private List<Match> replace(List<Match> matches, LabelledQuery query, String source) {
    Set<String> replacedIds =
        query.replaced().stream().map(ListEntry::id).collect(Collectors.toSet());
    List<Match> kept = new ArrayList<>();
    matches.stream().filter(m -> !replacedIds.contains(m.entry().id())).forEach(kept::add);
    Query prepared = matcher.prepare(query.subject());
    for (ListEntry entry : query.replaced()) {
      Matcher.Preparer preparer = matcher.preparer();
      CandidateIndex alone =
          CandidateIndex.build(preparer, List.of(preparer.prepare(source, entry)));
      kept.addAll(alone.screen(prepared, Screening.REPORTING_FLOOR));
    }
    kept.sort(Match.RANKING);
    return kept;
  }
}
