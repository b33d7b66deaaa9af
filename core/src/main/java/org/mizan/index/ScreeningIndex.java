package org.mizan.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mizan.match.Candidate;
import org.mizan.match.CandidateIndex;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.match.Query;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;

/**
 * An immutable index over one or more watchlists: retrieves the entries whose name parts are alike
 * a subject's, scores them with a {@link Matcher}, and returns the ranked matches.
 *
 * <p>Retrieval and scoring are those of {@link CandidateIndex}: every distinct name part of the
 * lists compared with the subject's through a bound, the entries of the parts alike enough to reach
 * the floor scored, names that cannot reach it skipped. Thread-safe once built.
 */
public final class ScreeningIndex {
  private final Matcher matcher;
  private final List<Watchlist> lists;
  private final CandidateIndex candidates;
  // The parts of the lists' names, read only: a subject's parts that are among them are not
  // analysed again (Matcher#prepare(Subject, KnownParts)).
  private final NameNormalizer.KnownParts listParts;

  private ScreeningIndex(
      Matcher matcher,
      List<Watchlist> lists,
      CandidateIndex candidates,
      NameNormalizer.KnownParts listParts) {
    this.matcher = matcher;
    this.lists = List.copyOf(lists);
    this.candidates = candidates;
    this.listParts = listParts;
  }

  /**
   * Builds the index over every entry of {@code lists}.
   *
   * @param matcher the matcher that prepares and scores
   * @param lists the lists in force, in the order given
   */
  public static ScreeningIndex build(Matcher matcher, List<Watchlist> lists) {
    Objects.requireNonNull(matcher, "matcher");
    List<Candidate> candidates = new ArrayList<>();
    Matcher.Preparer preparer = matcher.preparer();
    for (Watchlist list : lists) {
      candidates.addAll(preparer.prepareAll(list.version().source(), list.entries()));
    }
    return new ScreeningIndex(
        matcher, lists, CandidateIndex.build(preparer, candidates), preparer.listParts());
  }

  /** The lists indexed, in the order given. */
  public List<Watchlist> lists() {
    return lists;
  }

  /** The number of entries indexed. */
  public int size() {
    return candidates.size();
  }

  /**
   * {@code subject} prepared for {@link #screen(Query, double, int)} by this index's matcher: what
   * it is screened as, its name given as a machine-readable zone read ({@link Query#zone}).
   */
  public Query prepare(Subject subject) {
    return matcher.prepare(subject, listParts);
  }

  /**
   * Screens one subject.
   *
   * @param subject what to screen
   * @param floor the lowest score reported, in [0, 1]
   * @param limit the most matches returned, at least 1
   * @return matches whose score and name score are both at or above {@code floor} (evidence beyond
   *     the name never brings a dissimilar name into view), among the entries of the kinds the
   *     subject allows, in {@link Match#RANKING} order, at most {@code limit}
   */
  public List<Match> screen(Subject subject, double floor, int limit) {
    checkArguments(floor, limit);
    return screen(prepare(subject), floor, limit);
  }

  /**
   * Screens one subject prepared by {@link #prepare}.
   *
   * @return as {@link #screen(Subject, double, int)}
   */
  public List<Match> screen(Query query, double floor, int limit) {
    checkArguments(floor, limit);
    return ranked(candidates.screen(query, floor, limit), limit);
  }

  /**
   * Screens one subject prepared by {@link #prepare} for the matches that score {@code scoreFloor}
   * or more, their name score at least {@code floor}: at the alert threshold, the hits alone. On a
   * large list this is much less work than every match at the floor (an entry that shares one part
   * alone with the subject is passed over unread where it cannot be a hit: {@link
   * CandidateIndex#screen(Query, double, double, int)}).
   *
   * @param floor the least name score, in [0, 1]
   * @param scoreFloor the least score, in [floor, 1]
   * @param limit the most matches returned, at least 1
   * @return as {@link #screen(Subject, double, int)}, each scoring {@code scoreFloor} or more
   */
  public List<Match> screen(Query query, double floor, double scoreFloor, int limit) {
    checkArguments(floor, limit);
    return ranked(candidates.screen(query, floor, scoreFloor, limit), limit);
  }

  /**
   * Screens one subject against every entry, retrieval left out: what {@link #screen} returns when
   * retrieval misses nothing. Its cost grows with the list; it is there to measure retrieval recall
   * ({@code mizan bench}).
   *
   * @param subject what to screen
   * @param floor the lowest score reported, in [0, 1]
   * @param limit the most matches returned, at least 1
   * @return as {@link #screen}
   */
  public List<Match> screenEveryEntry(Subject subject, double floor, int limit) {
    checkArguments(floor, limit);
    Query query = prepare(subject);
    return ranked(candidates.screenEveryEntry(query, floor), limit);
  }

  private static void checkArguments(double floor, int limit) {
    if (!(floor >= 0 && floor <= 1)) {
      throw new IllegalArgumentException("floor out of [0, 1]: " + floor);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  private static List<Match> ranked(List<Match> found, int limit) {
    List<Match> matches = new ArrayList<>(found);
    matches.sort(Match.RANKING);
    return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
  }
}
