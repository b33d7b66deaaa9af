package org.mizan.index;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mizan.match.Candidate;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.match.Query;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * An immutable index over one or more watchlists: retrieves the entries that share a name key with
 * a subject, scores them with a {@link Matcher}, and returns the ranked matches.
 *
 * <p>Retrieval is by inverted index over the keys of {@link Query#keys()} and {@link
 * Candidate#keys()} (consonant skeletons of name parts and their one-letter deletions, and the
 * Latin spelling of short parts), which finds every entry that has a name part within one edit of a
 * query part's skeleton. Thread-safe once built.
 */
public final class ScreeningIndex {
  private final Matcher matcher;
  private final List<Watchlist> lists;
  private final List<Candidate> candidates;
  private final Map<String, int[]> postings;

  private ScreeningIndex(
      Matcher matcher,
      List<Watchlist> lists,
      List<Candidate> candidates,
      Map<String, int[]> postings) {
    this.matcher = matcher;
    this.lists = List.copyOf(lists);
    this.candidates = List.copyOf(candidates);
    this.postings = Map.copyOf(postings);
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
    Map<String, List<Integer>> building = new HashMap<>();
    Matcher.Preparer preparer = matcher.preparer();
    for (Watchlist list : lists) {
      for (ListEntry entry : list.entries()) {
        Candidate c = preparer.prepare(list.version().source(), entry);
        int ordinal = candidates.size();
        candidates.add(c);
        for (String key : c.keys()) {
          building.computeIfAbsent(key, k -> new ArrayList<>()).add(ordinal);
        }
      }
    }
    Map<String, int[]> postings = new HashMap<>();
    building.forEach(
        (key, ordinals) -> postings.put(key, ordinals.stream().mapToInt(i -> i).toArray()));
    return new ScreeningIndex(matcher, lists, candidates, postings);
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
    Query query = matcher.prepare(subject);
    BitSet retrieved = new BitSet(candidates.size());
    for (String key : query.keys()) {
      int[] ordinals = postings.get(key);
      if (ordinals != null) {
        for (int ordinal : ordinals) {
          retrieved.set(ordinal);
        }
      }
    }
    return scored(query, retrieved, floor, limit);
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
    BitSet all = new BitSet(candidates.size());
    all.set(0, candidates.size());
    return scored(matcher.prepare(subject), all, floor, limit);
  }

  private static void checkArguments(double floor, int limit) {
    if (!(floor >= 0 && floor <= 1)) {
      throw new IllegalArgumentException("floor out of [0, 1]: " + floor);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  private List<Match> scored(Query query, BitSet retrieved, double floor, int limit) {
    Subject subject = query.subject();
    List<Candidate> chosen = new ArrayList<>(retrieved.cardinality());
    for (int i = retrieved.nextSetBit(0); i >= 0; i = retrieved.nextSetBit(i + 1)) {
      Candidate c = candidates.get(i);
      if (subject.kinds().contains(c.entry().kind())) {
        chosen.add(c);
      }
    }
    List<Match> matches = new ArrayList<>(matcher.score(query, chosen, floor));
    matches.sort(Match.RANKING);
    return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
  }
}
