package org.mizan.screening;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mizan.index.ScreeningIndex;
import org.mizan.match.Match;
import org.mizan.match.Query;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * Screens subjects against the lists in force.
 *
 * <p>Thread-safe: one instance serves every caller.
 */
public final class Screening {
  /** Default alert threshold: a match scoring at least this is a hit. */
  public static final double ALERT_THRESHOLD = 0.85;

  /** Reporting floor: matches scoring below this are not reported at all. */
  public static final double REPORTING_FLOOR = 0.70;

  /** Default number of matches reported per subject. */
  public static final int DEFAULT_LIMIT = 10;

  private final ScreeningIndex index;
  private final Map<String, List<String>> programs;

  /** Screening against every entry of the index's lists. */
  public Screening(ScreeningIndex index) {
    this(index, List.of());
  }

  /**
   * Screening against an index built over lists restricted to some programs ({@link
   * Programs#only}); every result names, for each list, the list's own programs it was restricted
   * to.
   *
   * @param programs the programs the lists were restricted to, as the user gave them; empty for
   *     none
   */
  public Screening(ScreeningIndex index, List<String> programs) {
    this.index = Objects.requireNonNull(index, "index");
    this.programs =
        programs.isEmpty() ? Map.of() : Map.copyOf(Programs.matching(index.lists(), programs));
  }

  /**
   * Screens one subject: its best {@code limit} matches at or above the reporting floor and, when
   * more of its matches than that are hits, every hit. A limit caps what is shown of the matches
   * below the threshold, never the hits: a human decides on every hit, and a hit left out by a
   * limit would be stored and answered as if there were none.
   *
   * @param subject what to screen
   * @param threshold the alert threshold in [0, 1]
   * @param limit the most matches reported below the threshold, at least 1
   */
  public ScreeningResult screen(Subject subject, double threshold, int limit) {
    return screen(subject, threshold, limit, false);
  }

  /**
   * {@link #screen(Subject, double, int)}, or with {@code hitsOnly} its hits alone: no match below
   * the threshold is looked for, which on a large list is much less work (every hit is found: a
   * hit's name score still needs only the reporting floor). The hits alone are every hit, however
   * many: {@code limit} then bounds nothing, though it is still checked.
   */
  public ScreeningResult screen(Subject subject, double threshold, int limit, boolean hitsOnly) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
    }
    if (limit < 1) {
      // Checked though the hits alone ignore it: a caller's mistake is told either way.
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    // Prepared once: the zone a name may be is read once, for the matches and for the output.
    Query query = index.prepare(subject);
    if (hitsOnly) {
      // Every hit, whatever the limit: screened once, with no best few to keep.
      List<Match> hits =
          index.screen(
              query, REPORTING_FLOOR, Math.max(REPORTING_FLOOR, threshold), Integer.MAX_VALUE);
      return new ScreeningResult(
          subject, index.lists(), programs, hits, threshold, query.zone(), true);
    }
    List<Match> matches = index.screen(query, REPORTING_FLOOR, limit);
    if (matches.size() == limit && matches.get(limit - 1).score() >= threshold) {
      // The last of the best is a hit: others may lie beyond the limit. Every match at the floor
      // (a hit's name score may be below the threshold), the hits kept: they come first.
      List<Match> all = index.screen(query, REPORTING_FLOOR, Integer.MAX_VALUE);
      int hits = 0;
      while (hits < all.size() && all.get(hits).score() >= threshold) {
        hits++;
      }
      matches = List.copyOf(all.subList(0, Math.max(hits, Math.min(limit, all.size()))));
    }
    return new ScreeningResult(
        subject, index.lists(), programs, matches, threshold, query.zone(), false);
  }

  /** The lists in force. */
  public List<Watchlist> lists() {
    return index.lists();
  }
}
